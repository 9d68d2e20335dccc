"""lupdate (PySide6's Python parser) sees a plural message only as `self.tr(text, "", n)` or
`QCoreApplication.translate(ctx, text, None, <number literal>)`: with a variable count in
`translate` it files the text as a singular message (English then shows "%n row(s)") or skips it.
Only the one place that translates already-marked templates at run time may pass a variable."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "engage_desktop"
RUNTIME_TRANSLATION = {("views/widgets/messages.py", "message.template")}


def _variable_count_translations(root: Path = PACKAGE) -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
            ):
                continue
            args = node.args
            if any(not isinstance(arg, ast.Constant) for arg in args[2:4]):
                text = ast.unparse(args[1]) if len(args) > 1 else ""
                found.append((path.relative_to(root).as_posix(), node.lineno, text))
    return found


def test_no_plural_message_hidden_from_lupdate() -> None:
    hidden = [f for f in _variable_count_translations() if (f[0], f[2]) not in RUNTIME_TRANSLATION]
    assert hidden == [], "use self.tr(text, '', n) in a QObject class instead: " + repr(hidden)


def test_the_scan_finds_a_variable_count(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        'a = QCoreApplication.translate("Ctx", "%n row(s)", None, n)\n'
        'b = QCoreApplication.translate("Ctx", "%n task(s)", None, 0)\n',
        encoding="utf-8",
    )
    assert _variable_count_translations(tmp_path) == [("page.py", 1, "'%n row(s)'")]
