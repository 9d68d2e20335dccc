"""No lost update on users, and bulk actions that land whole, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Signed
from sqlalchemy import select
from test_units_of_work import second_admin
from users_helpers import World, build_world, journal, quick_user

from engage_desktop.models import AuditEvent, User
from engage_desktop.services.core.errors import Conflict
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users import account_changes
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.service import UserService


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def test_a_stale_user_editor_cannot_overwrite_another_admins_save(admin: Signed, world: World) -> None:
    ours = UserService(admin.ctx)
    user_id = quick_user(admin, world, "bea")
    loaded = ours.get_user(user_id)  # our editor opens Bea

    other = second_admin(admin)
    theirs = UserService(other.ctx)
    bo_sees = theirs.get_user(user_id)
    theirs.update_user(
        user_id,
        replace(bo_sees.form, lastname="Bolt", team_ids=(world.teams["Care"],)),
        version=bo_sees.version,
    )

    mine = replace(loaded.form, firstname="Beatrix")
    with pytest.raises(Conflict) as caught:
        ours.update_user(user_id, mine, version=loaded.version)
    conflict = caught.value
    assert conflict.is_stale_edit and conflict.code == "object.changed_elsewhere"
    assert conflict.changed_by == "bo"
    assert set(conflict.fields) == {"firstname", "lastname", "teams"}
    assert conflict.theirs["lastname"] == "Bolt" and conflict.theirs["teams"] == frozenset({"Care"})
    assert conflict.mine["firstname"] == "Beatrix"

    saved = ours.get_user(user_id)  # nothing of Bo's save was lost, nothing of ours landed
    assert (saved.form.firstname, saved.form.lastname) == (loaded.form.firstname, "Bolt")
    assert saved.form.team_ids == (world.teams["Care"],)
    assert saved.version == conflict.current_version

    # "Keep mine" saves again over the version the conflict named.
    ours.update_user(user_id, mine, version=conflict.current_version)
    assert ours.get_user(user_id).form.firstname == "Beatrix"


def test_a_change_of_teams_only_moves_the_users_version(admin: Signed, world: World) -> None:
    users = UserService(admin.ctx)
    user_id = quick_user(admin, world, "carl")
    first = users.get_user(user_id)  # an editor opens Carl before the team changes
    v1 = first.version
    UserBulkService(admin.ctx).apply([user_id], BulkAction.ADD_TEAM, world.teams["Care"])
    v2 = users.get_user(user_id).version
    detail = users.get_user(user_id)
    users.update_user(user_id, replace(detail.form, team_ids=()), version=v2)
    assert v1 < v2 < users.get_user(user_id).version
    with pytest.raises(Conflict) as caught:
        users.update_user(user_id, replace(first.form, firstname="Carlos"), version=v1)
    assert "teams" not in caught.value.fields  # both say no team now
    assert caught.value.fields == ("firstname",)


def test_an_unchanged_save_moves_no_version_and_journals_nothing(admin: Signed, world: World) -> None:
    users = UserService(admin.ctx)
    user_id = quick_user(admin, world, "dina")
    detail = users.get_user(user_id)
    before = len(journal(admin, "user.updated"))
    users.update_user(user_id, detail.form, version=detail.version)
    assert users.get_user(user_id).version == detail.version
    assert len(journal(admin, "user.updated")) == before


def test_change_role_is_its_own_operation_with_one_event(admin: Signed, world: World) -> None:
    users = UserService(admin.ctx)
    user_id = quick_user(admin, world, "eve")
    version = users.get_user(user_id).version
    users.change_role(user_id, world.roles["Supervisor"])
    detail = users.get_user(user_id)
    assert detail.role_label == "Supervisor" and detail.version > version
    (event,) = journal(admin, "user.updated")
    assert event.changes == {"role": {"from": "Agent", "to": "Supervisor"}}
    assert event.details == {}


def test_single_user_operations_compose_in_one_unit_of_work(admin: Signed, world: World) -> None:
    user_id = quick_user(admin, world, "finn")
    with UnitOfWork(admin.ctx) as uow:
        assert account_changes.change_role(uow, user_id, world.roles["Supervisor"])
        assert account_changes.add_to_team(uow, user_id, world.teams["Care"])
        assert not account_changes.add_to_team(uow, user_id, world.teams["Care"])  # already in
        assert account_changes.set_enabled(uow, user_id, False)
        uow.commit()
    assert len(journal(admin, "user.updated")) == 3
    detail = UserService(admin.ctx).get_user(user_id)
    assert (detail.role_label, detail.form.team_ids, detail.enabled) == (
        "Supervisor",
        (world.teams["Care"],),
        False,
    )


def test_a_bulk_action_lands_all_or_none_with_one_event_per_user(admin: Signed, world: World) -> None:
    selected = [quick_user(admin, world, name) for name in ("gus", "hana", "ivo")]
    with admin.db.session_factory() as session:
        events_before = len(session.scalars(select(AuditEvent.id)).all())
    admin_id = admin.ctx.actor_id
    assert admin_id is not None
    with pytest.raises(Conflict):  # the actor is last: the first three were disabled, then undone
        UserBulkService(admin.ctx).apply([*selected, admin_id], BulkAction.DISABLE)
    with admin.db.session_factory() as session:
        assert all(session.scalars(select(User.enabled).where(User.id.in_(selected))))
        assert len(session.scalars(select(AuditEvent.id)).all()) == events_before

    result = UserBulkService(admin.ctx).apply(selected, BulkAction.DISABLE)
    assert (result.changed, result.unchanged) == (3, 0)
    events = journal(admin, "user.updated")
    assert len(events) == 3
    assert all(e.details == {"bulk": "disable", "selected": 3} for e in events)
    with admin.db.session_factory() as session:
        assert not any(session.scalars(select(User.enabled).where(User.id.in_(selected))))
