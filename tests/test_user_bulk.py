"""Bulk actions on SQLite and PostgreSQL: one transaction, one journal event per user changed."""

from __future__ import annotations

import pytest
from conftest import Signed
from users_helpers import World, add_member, build_world, journal, quick_user

from engage_desktop.services.core.errors import NotFound, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.service import UserService


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


@pytest.fixture
def three(admin: Signed, world: World) -> list[int]:
    return [quick_user(admin, world, name) for name in ("bea", "carl", "dina")]


def test_change_role_of_many_journals_each_user(admin: Signed, world: World, three: list[int]) -> None:
    bulk = UserBulkService(admin.ctx)
    UserService(admin.ctx).change_role(three[0], world.roles["Supervisor"])
    result = bulk.apply(three, BulkAction.CHANGE_ROLE, world.roles["Supervisor"])
    assert (result.changed, result.unchanged) == (2, 1)
    events = journal(admin, "user.updated")
    assert len(events) == 3  # one from change_role, then one per user the bulk action changed
    assert {e.changes["role"]["to"] for e in events} == {"Supervisor"}
    assert events[0].details == {"bulk": "change_role", "selected": 3}
    rows = UserService(admin.ctx).list_users(ListQuery(filters={"role_id": world.roles["Supervisor"]}))
    assert len(rows) == 3


def test_add_and_remove_a_team(admin: Signed, world: World, three: list[int]) -> None:
    bulk = UserBulkService(admin.ctx)
    care = world.teams["Care"]
    add_member(admin, care, three[0], leader=True)
    assert bulk.apply(three, BulkAction.ADD_TEAM, care).changed == 2
    users = UserService(admin.ctx)
    assert users.count_users(ListQuery(filters={"team_id": care})) == 3
    added = journal(admin, "user.updated")
    assert [e.changes for e in added] == [{"teams": {"added": ["Care"], "removed": []}}] * 2
    assert bulk.apply(three[:2], BulkAction.REMOVE_TEAM, care).changed == 2
    assert [r.nickname for r in users.list_users(ListQuery(filters={"team_id": care}))] == ["dina"]


def test_disable_then_enable(admin: Signed, three: list[int]) -> None:
    bulk = UserBulkService(admin.ctx)
    assert bulk.apply(three, BulkAction.DISABLE).changed == 3
    assert UserService(admin.ctx).count_users(ListQuery(filters={"enabled": False})) == 3
    assert bulk.apply(three[:1], BulkAction.ENABLE).changed == 1
    assert journal(admin, "user.updated")[0].changes == {"enabled": {"from": False, "to": True}}


def test_refusals_change_nobody(admin: Signed, world: World, three: list[int]) -> None:
    bulk = UserBulkService(admin.ctx)
    with pytest.raises(NotFound):
        bulk.apply([*three, 999_999], BulkAction.DISABLE)
    with pytest.raises(ValidationError):
        bulk.apply(three, BulkAction.ADD_TEAM, 999_999)
    with pytest.raises(ValidationError):
        bulk.apply(three, BulkAction.CHANGE_ROLE, None)
    with pytest.raises(ValidationError):
        bulk.apply([], BulkAction.ENABLE)
    assert UserService(admin.ctx).count_users(ListQuery(filters={"enabled": False})) == 0
    assert journal(admin, "user.updated") == []
