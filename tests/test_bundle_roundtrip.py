"""Bundles end to end on real SQLite files: demo configuration -> export -> workspace -> no
difference; every resource survives a round trip; no secret or password hash reaches a bundle's
bytes; a merge is permission-checked, journaled and changes nothing the second time."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from bundle_helpers import every_resource, oid
from conftest import MemoryKeyring, Signed
from sqlalchemy import select

from engage_desktop.models import AuditEvent, ContentSource, Tag, User
from engage_desktop.secrets import SecretStore
from engage_desktop.services.bundles.bundle_diff import diff_configurations, format_diff
from engage_desktop.services.bundles.bundle_export import read_configuration
from engage_desktop.services.bundles.bundle_format import Bundle, load_bundle, write_bundle
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.channels.source_secrets import secret_key
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.services.users.roles import RoleService


@pytest.fixture
def demo(sqlite_admin: Signed) -> Signed:
    load_demo_data(sqlite_admin.ctx.acting_as(None), users=60)
    return sqlite_admin


def test_demo_configuration_round_trips_through_a_workspace(demo: Signed, tmp_path: Path) -> None:
    service = BundleService(demo.ctx)
    service.export_bundle(tmp_path / "demo.zip", origin="demo")
    bundle = load_bundle(tmp_path / "demo.zip")
    assert len(bundle.resources["users"]) == 62 and bundle.resources["categories"]
    workspace, report = service.import_into_workspace(bundle, tmp_path / "workspace.sqlite3")
    try:
        assert report.created["users"] == 61  # the administrator was carried over first
        with workspace.session_factory() as session:
            again = read_configuration(session)
            diff = diff_configurations(bundle.resources, again)
            assert diff.is_empty, format_diff(diff)
            names = set(session.scalars(select(AuditEvent.name)))
        assert {"workspace.created", "user.created", "category.created"} <= names
    finally:
        workspace.dispose()


def test_every_resource_survives_export_and_import(sqlite_admin: Signed, tmp_path: Path) -> None:
    source = tmp_path / "every"
    write_bundle(every_resource(), source)
    workspace, _ = BundleService(sqlite_admin.ctx).import_into_workspace(
        load_bundle(source), tmp_path / "w.sqlite3"
    )
    try:
        with workspace.session_factory() as session:
            again = read_configuration(session)
    finally:
        workspace.dispose()
    diff = diff_configurations(load_bundle(source).resources, again)
    assert not any(r.removed or r.changed for r in diff.resources), format_diff(diff)
    # The workspace also holds its administrator and the reference data every database has.
    assert {o.label for r in diff.resources for o in r.added} == {
        "Administrator",
        "ada@example.com",
        "Available",
    }
    (user,) = [u for u in again["users"] if u["id"] == oid(9)]
    assert (user["team_ids"], user["user_capacity_id"], user["category_ids"]) == ([oid(10)], oid(8), [oid(7)])
    assert again["reply_assistant_entries"][0]["shortcuts"] == ["hi", "hello"]
    assert again["folders"][0]["role_restriction"] == {"only": [oid(1)]}


def test_no_secret_and_no_password_hash_in_any_exported_byte(
    demo: Signed, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with demo.db.session_factory() as session:
        hashes = [h for h in session.scalars(select(User.password_hash)) if h]
        source = session.scalars(select(ContentSource).where(ContentSource.type == "email")).first()
        assert source is not None
        source.secret_fields_set = ["password"]  # set up as the source form would leave it
        session.commit()
        SecretStore().set(secret_key(source.platform_id, "password"), "Mailbox-Pa55word!")
    secrets = [v for v in memory_keyring.store.values() if len(v) >= 6]
    BundleService(demo.ctx).export_bundle(tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        data = b"".join(archive.read(n) for n in archive.namelist())
    assert hashes
    for value in [*hashes, *secrets]:
        assert value.encode() not in data
    assert b"password_hash" not in data
    # The demo's mailboxes have passwords: the bundle names them, and that is all.
    assert secrets and b'"password": "secret:' in data


def test_a_secret_in_a_record_is_refused_at_write(tmp_path: Path) -> None:
    resources = every_resource()
    resources["content_sources"][0]["secrets"] = {"imap_password": "hunter22"}
    with pytest.raises(Exception, match="secret may not be written"):
        write_bundle(resources, tmp_path / "leak")
    assert not (tmp_path / "leak").exists()


def test_merge_is_journaled_and_idempotent(sqlite_admin: Signed, tmp_path: Path) -> None:
    write_bundle({"tags": [{"id": oid(14), "name": "VIP"}]}, tmp_path / "tags")
    bundle = load_bundle(tmp_path / "tags")
    service = BundleService(sqlite_admin.ctx)
    first = service.merge_bundle(bundle)
    second = service.merge_bundle(bundle)
    assert first.created == {"tags": 1} and second.changes == 0
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(Tag.name).where(Tag.platform_id == oid(14))) == "VIP"
        events = session.scalars(select(AuditEvent).where(AuditEvent.name == "tag.created")).all()
    assert [(e.object_id, e.user_id) for e in events] == [(oid(14), sqlite_admin.user.id)]


def test_merge_matches_by_natural_key_and_reports_field_changes(sqlite_admin: Signed, tmp_path: Path) -> None:
    RoleService(sqlite_admin.ctx).create_role("Night agent", ["read_user"])
    bundle = Bundle(load_bundle_manifest(tmp_path), {"roles": every_resource()["roles"]})
    diff = BundleService(sqlite_admin.ctx).compare_with_local(bundle)
    (roles,) = [r for r in diff.resources if r.resource == "roles"]
    assert roles.added == [] and len(roles.changed) == 1
    (change,) = roles.changed[0].fields
    assert (change.field, change.old, change.new) == (
        "permissions",
        ["read_user"],
        ["read_user", "receive_tasks"],
    )
    BundleService(sqlite_admin.ctx).merge_bundle(bundle)
    after = BundleService(sqlite_admin.ctx).compare_with_local(bundle)
    assert [r.changed for r in after.resources if r.resource == "roles"] == [[]]


def load_bundle_manifest(tmp_path: Path):  # type: ignore[no-untyped-def]
    write_bundle({}, tmp_path / "empty")
    return load_bundle(tmp_path / "empty").manifest


def test_merge_needs_the_permission_of_what_it_changes(sqlite_admin: Signed, tmp_path: Path) -> None:
    from test_roles_service import user_with_role

    clerk = user_with_role(sqlite_admin, "Clerk", ["manage_tags"], "clerk")
    write_bundle(
        {"tags": [{"id": oid(14), "name": "VIP"}], "roles": every_resource()["roles"]}, tmp_path / "b"
    )
    with pytest.raises(PermissionDenied):
        BundleService(clerk.ctx).merge_bundle(load_bundle(tmp_path / "b"))
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(Tag.id)) is None


def test_merging_every_resource_twice_on_both_databases(admin: Signed, tmp_path: Path) -> None:
    write_bundle(every_resource(), tmp_path / "every")
    bundle = load_bundle(tmp_path / "every")
    service = BundleService(admin.ctx)
    first = service.merge_bundle(bundle)
    assert first.created["users"] == 1 and first.created["categories"] == 2
    assert service.merge_bundle(bundle).changes == 0
    diff = service.compare_with_local(bundle)
    assert not any(r.added or r.changed for r in diff.resources), format_diff(diff)
