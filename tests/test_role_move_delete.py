"""Deleting a role in use: its users move to another role, then it goes, in one unit of work."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select

from engage_desktop.models import User
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import NewUser, UserService


def journal(signed: Signed, *names: str) -> list[audit.AuditEvent]:
    with signed.db.session_factory() as session:
        return audit.find_events(session, audit.JournalFilter(names=names), limit=1000)


def add_user(admin: Signed, nickname: str, role_id: int) -> int:
    return (
        UserService(admin.ctx)
        .create_user(
            NewUser(
                "Sam", nickname.title(), nickname, f"{nickname}@example.com", role_id, password=ADMIN_PASSWORD
            )
        )
        .id
    )


def sign_in_as(admin: Signed, label: str, permissions: list[str], nickname: str) -> Signed:
    role = RoleService(admin.ctx).create_role(label, permissions)
    add_user(admin, nickname, role.id)
    user = auth.sign_in(admin.ctx.acting_as(None), nickname, ADMIN_PASSWORD)
    return Signed(admin.db, admin.ctx.acting_as(user.id), user)


def role_of(admin: Signed, user_id: int) -> int:
    with admin.db.session_factory() as session:
        role_id = session.scalar(select(User.role_id).where(User.id == user_id))
        assert role_id is not None
        return role_id


def role_id(admin: Signed, label: str) -> int:
    return next(r.id for r in RoleService(admin.ctx).list_roles(ListQuery()) if r.label == label)


def test_users_move_then_the_role_goes_with_one_event_each(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    night = roles.create_role("Night", ["read_user"])
    day = roles.create_role("Day", ["read_user", "receive_tasks"])
    moved = [add_user(admin, "nina", night.id), add_user(admin, "noah", night.id)]
    before = len(journal(admin, "user.updated"))

    assert roles.move_users_and_delete_role(night.id, day.id) == 2

    assert [role_of(admin, u) for u in moved] == [day.id, day.id]
    assert roles.get_role(day.id).user_count == 2
    with pytest.raises(NotFound):
        roles.get_role(night.id)
    updates = journal(admin, "user.updated")[: len(journal(admin, "user.updated")) - before]
    assert len(updates) == 2
    assert all(e.changes["role"] == {"from": "Night", "to": "Day"} for e in updates)
    assert all(e.details == {"role_deleted": "Night"} for e in updates)
    assert journal(admin, "role.destroyed")[0].changes["label"] == {"from": "Night", "to": None}


def test_an_unused_role_is_deleted_too(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    spare = roles.create_role("Spare", ["read_user"])
    assert roles.move_users_and_delete_role(spare.id, role_id(admin, "Administrator")) == 0
    with pytest.raises(NotFound):
        roles.get_role(spare.id)


def test_moving_to_the_same_or_a_missing_role_is_refused(admin: Signed) -> None:
    roles = RoleService(admin.ctx)
    night = roles.create_role("Night", ["read_user"])
    nina = add_user(admin, "nina", night.id)
    with pytest.raises(ValidationError):
        roles.move_users_and_delete_role(night.id, night.id)
    with pytest.raises(ValidationError):
        roles.move_users_and_delete_role(night.id, 987654)
    assert role_of(admin, nina) == night.id
    assert roles.get_role(night.id).user_count == 1


def test_a_role_the_actor_may_not_grant_is_refused_and_nothing_moves(admin: Signed) -> None:
    lead = sign_in_as(admin, "Role manager", ["manage_roles", "read_user", "update_user"], "lead")
    night = RoleService(admin.ctx).create_role("Night", ["read_user"])
    nina = add_user(admin, "nina", night.id)
    with pytest.raises(PermissionDenied):
        RoleService(lead.ctx).move_users_and_delete_role(night.id, role_id(admin, "Administrator"))
    assert role_of(admin, nina) == night.id
    assert RoleService(admin.ctx).get_role(night.id).user_count == 1


@pytest.mark.parametrize(
    "permissions", [["manage_roles", "read_user"], ["update_user", "read_user"]], ids=["no-users", "no-roles"]
)
def test_both_permissions_are_needed(admin: Signed, permissions: list[str]) -> None:
    actor = sign_in_as(admin, "Half", permissions, "half")
    night = RoleService(admin.ctx).create_role("Night", ["read_user"])
    nina = add_user(admin, "nina", night.id)
    with pytest.raises(PermissionDenied):
        RoleService(actor.ctx).move_users_and_delete_role(night.id, role_id(admin, "Half"))
    assert role_of(admin, nina) == night.id


def test_a_refusal_half_way_leaves_every_user_where_they_were(admin: Signed) -> None:
    """Moving the only administrators to a weak role locks the console: refused, nothing moved."""
    roles = RoleService(admin.ctx)
    weak = roles.create_role("Readers", ["read_user"])
    admins = role_id(admin, "Administrator")
    second = add_user(admin, "second", admins)
    with pytest.raises(Conflict):
        roles.move_users_and_delete_role(admins, weak.id)
    assert role_of(admin, second) == admins
    assert role_of(admin, admin.user.id) == admins
    assert roles.get_role(admins).user_count == 2
    assert not journal(admin, "role.destroyed")
