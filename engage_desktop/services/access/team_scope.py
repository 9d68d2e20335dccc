"""Team-leader scope (permissions.md rule 4): `manage_users_of_my_teams` limits user management to
members of the teams the actor leads.

An actor whose role holds `manage_roles` is never limited: they could lift the limit from their
own role at once, and the Administrator role (every permission) must keep seeing everyone.
Services filter with `users_visible_to` and check writes with `ensure_users_visible`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from engage_desktop.models import TeamMember, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.errors import PermissionDenied


def is_team_scoped(permissions: Iterable[str]) -> bool:
    held = set(permissions)
    return Permission.MANAGE_USERS_OF_MY_TEAMS.value in held and Permission.MANAGE_ROLES.value not in held


def led_team_ids(session: Session, user_id: int) -> set[int]:
    """The teams this user leads."""
    return set(
        session.scalars(
            select(TeamMember.team_id).where(TeamMember.user_id == user_id, TeamMember.is_leader.is_(True))
        )
    )


def _led_teams(user_id: int) -> Select[Any]:
    return select(TeamMember.team_id).where(TeamMember.user_id == user_id, TeamMember.is_leader.is_(True))


def members_of_teams_led_by(user_id: int) -> Select[Any]:
    """User ids of every member (leaders included) of the teams `user_id` leads, as a subquery."""
    return select(TeamMember.user_id).where(TeamMember.team_id.in_(_led_teams(user_id)))


def users_visible_to(
    actor: User, user_id_column: InstrumentedAttribute[int] | ColumnElement[int] = User.id
) -> ColumnElement[bool]:
    """A WHERE clause keeping only the users the actor may see: add it to any query over users."""
    if not is_team_scoped(actor.role.permission_names):
        return true()
    return user_id_column.in_(members_of_teams_led_by(actor.id))


def team_ids_visible_to(actor: User, team_id_column: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """A team-scoped actor sees the teams they lead; everyone else sees every team."""
    if not is_team_scoped(actor.role.permission_names):
        return true()
    return team_id_column.in_(_led_teams(actor.id))


def ensure_users_visible(session: Session, actor: User, user_ids: Collection[int]) -> None:
    """Refuse a change that touches a user outside the actor's teams (or one that does not exist)."""
    wanted = set(user_ids)
    if not wanted or not is_team_scoped(actor.role.permission_names):
        return
    visible = int(
        session.scalar(select(func.count(User.id)).where(User.id.in_(wanted), users_visible_to(actor))) or 0
    )
    if visible != len(wanted):
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value,
            "You can only manage users of the teams you lead.",
        )


def ensure_team_led(session: Session, actor: User, team_id: int) -> None:
    """A team-scoped actor may change only the teams they lead."""
    if is_team_scoped(actor.role.permission_names) and team_id not in led_team_ids(session, actor.id):
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value, "You can only change the teams you lead."
        )
