"""The layers of STYLE.md, checked statically (ast only, nothing imported, well under a second).

- views never reach the database: no `sqlalchemy`, no `engage_desktop.db`, no `session_factory`
  (they get services from AppSession);
- services and models never import Qt;
- models never import services (or views);
- no import cycle among engage_desktop modules.

The layer rules count every import, wherever it is written (inside a function too). The cycle rule
counts module-level imports only: an import inside a function (or under `if TYPE_CHECKING:`) runs
after every module is loaded, so it cannot make an import fail half-way.

A known violation in a file being reworked elsewhere is listed in an ALLOWED_* set with the reason;
remove the entry once it is fixed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "engage_desktop"

# Known violations, (importing module, what it imports or touches).
ALLOWED_VIEWS_REACHING_DATABASE: set[tuple[str, str]] = set()
ALLOWED_QT_IN_SERVICES_OR_MODELS: set[tuple[str, str]] = set()
ALLOWED_MODELS_IMPORTING_SERVICES: set[tuple[str, str]] = set()
# Each known cycle as the sorted tuple of its modules.
ALLOWED_CYCLES: set[tuple[str, ...]] = set()


@dataclass(frozen=True)
class Import:
    target: str  # absolute dotted name
    module_level: bool  # executed while the module loads


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, module_level: bool) -> Iterator[tuple[ast.AST, bool]]:
    for child in ast.iter_child_nodes(node):
        yield child, module_level
        inner = module_level and not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield stmt, False
                yield from _walk(stmt, False)
            for stmt in child.orelse:
                yield stmt, module_level
                yield from _walk(stmt, module_level)
            continue
        yield from _walk(child, inner)


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> list[Import]:
    is_package = path.name == "__init__.py"
    found: list[Import] = []
    for node, module_level in _walk(ast.parse(path.read_text(encoding="utf-8")), True):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, module_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            found.append(Import(source, module_level))
            for alias in node.names:
                if f"{source}.{alias.name}" in modules:  # `from package import submodule`
                    found.append(Import(f"{source}.{alias.name}", module_level))
    return found


def touches_session_factory(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "session_factory":
            return True
        if isinstance(node, ast.Name) and node.id == "session_factory":
            return True
    return False


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _all_imports() -> dict[str, list[Import]]:
    modules = all_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def test_views_do_not_reach_the_database() -> None:
    found = set()
    for name, imports in _all_imports().items():
        if not _under(name, "engage_desktop.views"):
            continue
        for imp in imports:
            if _under(imp.target, "sqlalchemy", "engage_desktop.db"):
                found.add((name, imp.target))
        if touches_session_factory(all_modules()[name]):
            found.add((name, "session_factory"))
    assert found - ALLOWED_VIEWS_REACHING_DATABASE == set()


def test_services_and_models_do_not_import_qt() -> None:
    found = {
        (name, imp.target)
        for name, imports in _all_imports().items()
        if _under(name, "engage_desktop.services", "engage_desktop.models")
        for imp in imports
        if _under(imp.target, "PySide6", "shiboken6", "PyQt5", "PyQt6", "qasync")
    }
    assert found - ALLOWED_QT_IN_SERVICES_OR_MODELS == set()


def test_models_do_not_import_services_or_views() -> None:
    found = {
        (name, imp.target)
        for name, imports in _all_imports().items()
        if _under(name, "engage_desktop.models")
        for imp in imports
        if _under(imp.target, "engage_desktop.services", "engage_desktop.views")
    }
    assert found - ALLOWED_MODELS_IMPORTING_SERVICES == set()


def import_cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[tuple[str, ...]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(tuple(sorted(component)))
    return sorted(cycles)


def test_no_import_cycles() -> None:
    imports = _all_imports()
    graph = {
        name: {
            imp.target for imp in found if imp.module_level and imp.target in imports and imp.target != name
        }
        for name, found in imports.items()
    }
    assert set(import_cycles(graph)) - ALLOWED_CYCLES == set()


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [("a", "b", "c")]
