"""Team-leader scope (services/scope.py) on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from conftest import Signed
from sqlalchemy import select
from test_roles_service import user_with_role

from engage_desktop.models import Team, TeamMember, User
from engage_desktop.services.access import scope
from engage_desktop.services.core.errors import PermissionDenied


def make_team(signed: Signed, name: str, members: dict[int, bool]) -> int:
    with signed.db.session_factory() as session, session.begin():
        team = Team(name=name, name_key=name.casefold())
        team.members = [TeamMember(user_id=uid, is_leader=lead) for uid, lead in members.items()]
        session.add(team)
        session.flush()
        return team.id


@pytest.fixture
def leader(admin: Signed) -> Signed:
    return user_with_role(admin, "Leads", ["read_user", "update_user", "manage_users_of_my_teams"], "lea")


def test_a_leader_sees_members_of_the_teams_they_lead_only(admin: Signed, leader: Signed) -> None:
    other = user_with_role(admin, "Plain", [], "oscar").user.id
    mate = user_with_role(admin, "Plain 2", [], "mia").user.id
    led = make_team(admin, "Care", {leader.user.id: True, mate: False})
    make_team(admin, "Sales", {leader.user.id: False, other: False})
    with admin.db.session_factory() as session:
        actor = session.get_one(User, leader.user.id)
        assert scope.is_team_scoped(actor.role.permission_names)
        assert scope.led_team_ids(session, actor.id) == {led}
        seen = set(session.scalars(select(User.id).where(scope.users_visible_to(actor))))
        assert seen == {leader.user.id, mate}
        scope.ensure_users_visible(session, actor, [mate])
        scope.ensure_team_led(session, actor, led)
        with pytest.raises(PermissionDenied):
            scope.ensure_users_visible(session, actor, [mate, other])
        with pytest.raises(PermissionDenied):
            scope.ensure_users_visible(session, actor, [987654])


def test_a_leader_of_no_team_sees_nobody(admin: Signed, leader: Signed) -> None:
    with admin.db.session_factory() as session:
        actor = session.get_one(User, leader.user.id)
        assert session.scalars(select(User.id).where(scope.users_visible_to(actor))).all() == []


def test_manage_roles_lifts_the_scope(admin: Signed) -> None:
    """The Administrator role holds every permission, manage_users_of_my_teams included."""
    with admin.db.session_factory() as session:
        actor = session.get_one(User, admin.user.id)
        assert not scope.is_team_scoped(actor.role.permission_names)
        assert scope.led_team_ids(session, actor.id) == set()
        everyone = set(session.scalars(select(User.id)))
        assert set(session.scalars(select(User.id).where(scope.users_visible_to(actor)))) == everyone
        scope.ensure_users_visible(session, actor, everyone)
