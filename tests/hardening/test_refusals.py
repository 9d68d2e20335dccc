"""One table-driven test for every registered action: refused without its permission, nothing
written; done by the administrator (so the test can fail). And the registry is complete."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from conftest import Signed
from test_roles_service import user_with_role

import engage_desktop.services as services
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.errors import PermissionDenied

from .database_state import fingerprint, journal_length
from .registry import ACTIONS, BY_NAME, CHANGING_PREFIXES, ServiceAction, setup_for
from .tally import COUNTS

EVERY = sorted(p.value for p in Permission)
# A representative subset also runs on PostgreSQL (one per section and kind of check).
ON_POSTGRES = {
    "RoleService.update_role",
    "UserService.update_user",
    "UserBulkService.apply",
    "UserImportService.run",
    "UserCsvExport.export",
    "TeamService.update_team",
    "CapacityService.assign_users",
    "ContentSourceService.update_source",
    "IdentityService.set_controlled",
    "CategoryDeletionService.delete_category",
    "TopologyService.activate_topology",
    "RuleService.create_rule",
}


def service_classes() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(services.__path__, services.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and (name.endswith("Service") or name.endswith("Export")):
                found[name] = cls
    return list(found.values())


def changing_methods() -> set[str]:
    names = set()
    for cls in service_classes():
        for method, value in vars(cls).items():
            if callable(value) and not method.startswith("_") and method.startswith(CHANGING_PREFIXES):
                names.add(f"{cls.__name__}.{method}")
    return names


def test_registry_is_complete() -> None:
    assert len(BY_NAME) == len(ACTIONS), "an action is registered twice"
    assert {"RoleService.create_role", "UserBulkService.apply", "UserCsvExport.export"} <= changing_methods()
    missing = sorted(changing_methods() - set(BY_NAME))
    assert not missing, (
        f"register these data-changing service methods in tests/hardening/registry.py: {missing}"
    )
    stale = sorted(set(BY_NAME) - changing_methods())
    assert not stale, f"registered actions that no longer exist: {stale}"


def params() -> list[object]:
    out: list[object] = []
    for action in ACTIONS:
        out.append(pytest.param(action, "sqlite", id=f"{action.name}-sqlite"))
        if action.name in ON_POSTGRES:
            out.append(pytest.param(action, "postgresql", id=f"{action.name}-pg", marks=pytest.mark.postgres))
    return out


@pytest.fixture
def database_for(request: pytest.FixtureRequest, tmp_path: Path):
    from conftest import _open, make_admin

    opened = []

    def make(kind: str) -> Signed:
        if kind == "sqlite":
            url = f"sqlite:///{tmp_path}/engage.sqlite3"
        else:
            url = request.getfixturevalue("postgres_server").new_database()
        database = _open(url)
        opened.append(database)
        return make_admin(database)

    yield make
    for database in opened:
        database.dispose()


@pytest.mark.parametrize(("action", "kind"), params())
def test_refused_without_permission_and_done_by_admin(
    action: ServiceAction, kind: str, database_for, tmp_path: Path
) -> None:
    admin: Signed = database_for(kind)
    context = setup_for(action, admin)
    context.tmp = tmp_path
    actors = []
    for n, withheld in enumerate(action.missing_sets()):
        held = [p for p in EVERY if p not in withheld]
        actors.append((f"all but {sorted(withheld)}", user_with_role(admin, f"Lacks {n}", held, f"lacks{n}")))
    actors.append(("no permission", user_with_role(admin, "Nothing", [], "nothing")))
    before, events = fingerprint(admin), journal_length(admin)
    for label, actor in actors:
        with pytest.raises(PermissionDenied):
            action.call(actor.ctx, context)
        assert journal_length(admin) == events, f"{action.name} as {label} journaled something"
        assert fingerprint(admin) == before, f"{action.name} as {label} changed the database"
        COUNTS[f"refusals verified ({kind})"] += 1
    assert not list(tmp_path.glob("*.csv")), "a refused export left a file"
    action.call(admin.ctx, context)
    COUNTS[f"actions done by the administrator ({kind})"] += 1
