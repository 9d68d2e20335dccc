"""Roles at the service layer, on SQLite and PostgreSQL: CRUD, escalation, guards, journal."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select

from engage_desktop.models import Extension, User
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.access.permissions import ALL_PERMISSIONS, DEFAULT_ROLES, Permission
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import NewUser, UserService


def journal(signed: Signed, *names: str) -> list[audit.AuditEvent]:
    with signed.db.session_factory() as session:
        return audit.find_events(session, audit.JournalFilter(names=names), limit=1000)


def user_with_role(admin: Signed, label: str, permissions: list[str], nickname: str) -> Signed:
    roles = RoleService(admin.ctx)
    role = roles.create_role(label, permissions)
    UserService(admin.ctx).create_user(
        NewUser(
            "Sam", nickname.title(), nickname, f"{nickname}@example.com", role.id, password=ADMIN_PASSWORD
        )
    )
    user = auth.sign_in(admin.ctx.acting_as(None), nickname, ADMIN_PASSWORD)
    return Signed(admin.db, admin.ctx.acting_as(user.id), user)


def test_default_roles_exist_with_their_permissions(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    rows = roles.list_roles(ListQuery())
    assert {r.label for r in rows} == set(DEFAULT_ROLES)
    by_label = {r.label: r for r in rows}
    assert by_label["Administrator"].permission_count == len(ALL_PERMISSIONS)
    assert by_label["Administrator"].user_count == 1
    auditor = roles.get_role(by_label["Auditor"].id)
    assert auditor.permissions == {p.value for p in DEFAULT_ROLES["Auditor"]}


def test_new_role_starts_empty_and_is_journaled(admin: Signed) -> None:
    role = RoleService(admin.ctx).create_role("  Night   shift ")
    assert role.label == "Night shift"
    assert role.permissions == frozenset()
    (event,) = journal(admin, "role.created")[:1]
    assert event.object_id == role.platform_id
    assert event.user_id == admin.user.id
    assert event.changes["label"] == {"from": None, "to": "Night shift"}


def test_update_records_field_level_diff(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    role = roles.create_role("Team lead", ["read_user", "manage_teams"])
    roles.update_role(role.id, "Team leader", ["read_user", "read_presence"])
    event = journal(admin, "role.updated")[0]
    assert event.changes == {
        "label": {"from": "Team lead", "to": "Team leader"},
        "permissions": {"added": ["read_presence"], "removed": ["manage_teams"]},
    }
    assert roles.get_role(role.id).permissions == {"read_user", "read_presence"}


def test_update_without_change_writes_no_event(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    role = roles.create_role("Same", ["read_user"])
    before = len(journal(admin, "role.updated"))
    roles.update_role(role.id, "Same", ["read_user"])
    assert len(journal(admin, "role.updated")) == before


@pytest.mark.parametrize("label", ["", "   ", "x" * 121, "bad\x07label"])
def test_invalid_labels_are_field_errors(admin: Signed, label: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RoleService(admin.ctx).create_role(label)
    assert caught.value.field == "label"


def test_label_is_unique_case_insensitively_after_trimming(admin: Signed) -> None:
    with pytest.raises(ValidationError) as caught:
        RoleService(admin.ctx).create_role("  agent ")
    assert "already exists" in caught.value.errors["label"]


def test_unknown_permission_is_refused(admin: Signed) -> None:
    with pytest.raises(ValidationError) as caught:
        RoleService(admin.ctx).create_role("Odd", ["read_user", "launch_rockets"])
    assert "launch_rockets" in caught.value.message


def test_nobody_grants_what_their_role_lacks(admin: Signed) -> None:
    lead = user_with_role(admin, "Role manager", ["manage_roles", "read_user"], "lead")
    roles = RoleService(lead.ctx)
    with pytest.raises(PermissionDenied) as caught:
        roles.create_role("Sneaky", ["read_user", "update_settings"])
    assert "update_settings" in caught.value.message
    # Granting only what one holds is fine.
    ok = roles.create_role("Readers", ["read_user"])
    with pytest.raises(PermissionDenied):
        roles.update_role(ok.id, "Readers", ["read_user", "manage_roles", "create_user"])
    assert roles.get_role(ok.id).permissions == {"read_user"}
    assert not [e for e in journal(admin, "role.created") if e.changes["label"]["to"] == "Sneaky"]


def test_permissions_of_a_disabled_extension_can_be_preset(admin: Signed) -> None:
    lead = user_with_role(admin, "Role manager", ["manage_roles", "read_user"], "lead")
    with pytest.raises(PermissionDenied):
        RoleService(lead.ctx).create_role("Assistants", ["manage_reply_assistant"])
    with admin.db.session_factory() as session, session.begin():
        ext = session.scalar(select(Extension).where(Extension.name == "reply_assistant"))
        assert ext is not None
        ext.enabled = False
    role = RoleService(lead.ctx).create_role("Assistants", ["manage_reply_assistant"])
    assert role.permissions == {"manage_reply_assistant"}
    hidden = {c.permission for c in RoleService(lead.ctx).permission_choices() if not c.visible}
    assert Permission.MANAGE_REPLY_ASSISTANT in hidden and Permission.READ_USER not in hidden


def test_assigning_a_stronger_role_is_escalation(admin: Signed) -> None:
    lead = user_with_role(admin, "User manager", ["read_user", "create_user", "update_user"], "lead")
    admin_role_id = next(
        r.id for r in RoleService(admin.ctx).list_roles(ListQuery()) if r.label == "Administrator"
    )
    with pytest.raises(PermissionDenied):
        UserService(lead.ctx).create_user(NewUser("Eve", "Il", "eve", "eve@example.com", admin_role_id))


def test_without_manage_roles_nothing_changes(admin: Signed) -> None:
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    roles = RoleService(reader.ctx)
    assert roles.list_roles(ListQuery(search="read"))[0].label == "Readers"
    with pytest.raises(PermissionDenied):
        roles.create_role("Nope")
    with pytest.raises(PermissionDenied):
        roles.delete_role(roles.list_roles(ListQuery(search="read"))[0].id)


def test_last_full_role_keeps_every_permission(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    admin_role = next(r for r in roles.list_roles(ListQuery()) if r.label == "Administrator")
    with pytest.raises(Conflict):
        roles.update_role(admin_role.id, "Administrator", ["read_user", "manage_roles", "update_user"])
    assert len(roles.get_role(admin_role.id).permissions) == len(ALL_PERMISSIONS)


def test_lockout_guard_on_role_edit(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    # A second all-powerful role so the "full role" guard is not what refuses.
    roles.create_role("Backup admins", [p.value for p in ALL_PERMISSIONS])
    admin_role = next(r for r in roles.list_roles(ListQuery()) if r.label == "Administrator")
    keep = [p.value for p in ALL_PERMISSIONS if p is not Permission.MANAGE_ROLES]
    with pytest.raises(Conflict) as caught:
        roles.update_role(admin_role.id, "Administrator", keep)
    assert "no enabled user" in caught.value.message


def test_delete_role_in_use_refused_unused_deleted(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    used = next(r for r in roles.list_roles(ListQuery()) if r.label == "Administrator")
    with pytest.raises(Conflict):
        roles.delete_role(used.id)
    spare = roles.create_role("Spare", ["read_user"])
    roles.delete_role(spare.id)
    with pytest.raises(NotFound):
        roles.get_role(spare.id)
    assert journal(admin, "role.destroyed")[0].changes["permissions"]["removed"] == ["read_user"]


def test_duplicate_copies_permissions(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    agent = next(r for r in roles.list_roles(ListQuery()) if r.label == "Agent")
    copy = roles.duplicate_role(agent.id, "Agent (copy)")
    assert copy.permissions == roles.get_role(agent.id).permissions


def test_list_search_filter_sort_and_paging(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    for i in range(25):
        roles.create_role(f"Zone {i:02d}", ["read_user"] if i % 2 else [])
    assert roles.count_roles(ListQuery(search="zone")) == 25
    assert roles.count_roles(ListQuery(search="zone", filters={"permission": "read_user"})) == 12
    page1 = roles.list_roles(ListQuery(search="zone", sort="label"), offset=0, limit=10)
    page3 = roles.list_roles(ListQuery(search="zone", sort="label"), offset=20, limit=10)
    assert [r.label for r in page1][:2] == ["Zone 00", "Zone 01"]
    assert [r.label for r in page3] == [f"Zone {i}" for i in range(20, 25)]
    desc = roles.list_roles(ListQuery(sort="permission_count", descending=True), limit=1)
    assert desc[0].label == "Administrator"
    assert roles.count_roles(ListQuery(filters={"in_use": True})) == 1
    # LIKE wildcards in the search are literal.
    assert roles.count_roles(ListQuery(search="%")) == 0


def test_admin_user_is_disabled_elsewhere_stops_acting(admin: Signed) -> None:
    with admin.db.session_factory() as session, session.begin():
        user = session.get(User, admin.user.id)
        assert user is not None
        user.enabled = False
    with pytest.raises(auth.AuthenticationFailed):
        RoleService(admin.ctx).create_role("Late")
