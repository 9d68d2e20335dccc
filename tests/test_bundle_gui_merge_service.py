"""What File › Merge this workspace into… calls, on SQLite and PostgreSQL main databases: a SQLite
workspace is recognised as one, signs in to the main database with the password kept there, shows
what would change and merges it (journaled there); the acting person's permissions there count."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select
from test_roles_service import user_with_role

from engage_desktop.db import Database
from engage_desktop.models import Role
from engage_desktop.services.access.sign_in import AuthenticationFailed
from engage_desktop.services.bundles.bundle_format import load_bundle
from engage_desktop.services.bundles.bundle_import import workspace_actor
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.bundles.workspace import MainDatabase, workspace_bundle, workspace_info
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.users.roles import RoleService


def role_labels(database: Database) -> set[str]:
    with database.session_factory() as session:
        return set(session.scalars(select(Role.label)))


def open_workspace(admin: Signed, tmp_path: Path) -> tuple[Database, ServiceContext]:
    BundleService(admin.ctx).export_bundle(tmp_path / "b.zip", origin="Acme")
    database, _ = BundleService(admin.ctx).import_into_workspace(
        load_bundle(tmp_path / "b.zip"), tmp_path / "w.sqlite3"
    )
    actor = workspace_actor(database, admin.user.email)
    return database, ServiceContext(database.session_factory).acting_as(actor)


def test_a_workspace_is_recognised_and_a_main_database_is_not(admin: Signed, tmp_path: Path) -> None:
    assert workspace_info(admin.ctx) is None
    database, ctx = open_workspace(admin, tmp_path)
    try:
        info = workspace_info(ctx)
        assert info is not None and info.origin == "Acme"
    finally:
        database.dispose()


def test_merge_into_the_main_database_signed_in_there(admin: Signed, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    database, ctx = open_workspace(admin, tmp_path)
    try:
        RoleService(ctx).create_role("Offline desk", ["read_user"])
        bundle = workspace_bundle(ctx)
        with pytest.raises(AuthenticationFailed):
            MainDatabase.sign_in(admin.db.url, "ada", "wrong", workspace_url=database.url)
        main = MainDatabase.sign_in(admin.db.url, "ada", ADMIN_PASSWORD, workspace_url=database.url)
        try:
            diff = main.compare(bundle)
            assert {r.resource: len(r.added) for r in diff.resources if r.has_changes} == {"roles": 1}
            report = main.merge(bundle)
            assert report.created == {"roles": 1}
            assert main.compare(bundle).is_empty
        finally:
            main.close()
        with admin.db.session_factory() as session:
            created = audit.find_events(session, audit.JournalFilter(names=("role.created",)), limit=5)
            assert created[0].user_label == "ada"
            closed = audit.find_events(session, audit.JournalFilter(names=("session.destroyed",)), limit=5)
            assert closed, "the merge's sign-in is closed with the dialog"
        assert "Offline desk" in role_labels(admin.db)
    finally:
        database.dispose()


def test_the_main_database_permissions_count_not_the_workspaces(
    admin: Signed, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    user_with_role(admin, "Readers", ["read_user"], "rita")
    database, ctx = open_workspace(admin, tmp_path)
    try:
        RoleService(ctx).create_role("Offline desk", ["read_user"])
        main = MainDatabase.sign_in(admin.db.url, "rita", ADMIN_PASSWORD, workspace_url=database.url)
        try:
            with pytest.raises(PermissionDenied):
                main.compare(workspace_bundle(ctx))
            with pytest.raises(PermissionDenied):
                main.merge(workspace_bundle(ctx))
        finally:
            main.close()
        assert "Offline desk" not in role_labels(admin.db)
    finally:
        database.dispose()
