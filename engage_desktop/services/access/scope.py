"""Who the actor may see and change: the team-leader rule (permissions.md rule 4), in one place.

- `manage_users_of_my_teams` without `manage_roles` (`is_team_scoped`): only members of the teams
  the actor leads, for reading as well as writing (even with `read_user` or `update_user`), and only
  those teams may be changed or have members added or removed. The Supervisor default role is such
  a team leader. `manage_roles` lifts the limit: such an actor could lift it from their own role at
  once, and the Administrator role (every permission) must keep seeing everyone.
  A team leader sees every member of their teams but changes only those whose role holds no
  permission the leader's own role lacks (`within_permissions`): never a more powerful member.
- `update_user`: every user, read and write.
- `read_user` alone: every user, read only.

Operations ask `user_scope(uow)` once and use its answers; queries narrow with `visible_users` (a
`UserScope`) or `users_visible_to` (an actor, no extra query).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from engage_desktop.models import TeamMember, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.errors import ErrorCode, NotFound, PermissionDenied
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import is_id

USER_GONE_OR_OUTSIDE = ErrorCode(
    "scope.user_gone_or_outside",
    QT_TRANSLATE_NOOP("Errors", "This user no longer exists, or is not in a team you lead."),
)
SOME_USERS_GONE = ErrorCode(
    "scope.some_users_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these users no longer exist; reload the list and try again."),
)
USERS_OUTSIDE_LED_TEAMS = ErrorCode(
    "scope.users_outside_led_teams",
    QT_TRANSLATE_NOOP("Errors", "You may only change members of the teams you lead; not: {names}."),
)
TEAMS_NOT_LED = ErrorCode(
    "scope.teams_not_led",
    QT_TRANSLATE_NOOP(
        "Errors", "You may only add users to or remove them from the teams you lead; not: {teams}."
    ),
)
ONLY_USERS_OF_LED_TEAMS = ErrorCode(
    "scope.only_users_of_led_teams",
    QT_TRANSLATE_NOOP("Errors", "You can only manage users of the teams you lead."),
)
USERS_MORE_POWERFUL = ErrorCode(
    "scope.users_more_powerful",
    QT_TRANSLATE_NOOP(
        "Errors", "You may not change users whose role holds permissions your own role lacks: {names}."
    ),
)
ONLY_LED_TEAMS = ErrorCode(
    "scope.only_led_teams", QT_TRANSLATE_NOOP("Errors", "You can only change the teams you lead.")
)


def is_team_scoped(permissions: Iterable[str]) -> bool:
    """The one team-leader rule: limited to led teams unless the role also manages roles."""
    held = set(permissions)
    return Permission.MANAGE_USERS_OF_MY_TEAMS.value in held and Permission.MANAGE_ROLES.value not in held


def within_permissions(held: Iterable[str], role_permissions: Iterable[str]) -> bool:
    """A team leader acts on a member only if the member's role holds nothing the leader lacks."""
    return set(role_permissions) <= set(held)


def _led_teams(user_id: int) -> Select[Any]:
    return select(TeamMember.team_id).where(TeamMember.user_id == user_id, TeamMember.is_leader.is_(True))


def led_team_ids(session: Session, user_id: int) -> set[int]:
    """The teams this user leads."""
    return set(session.scalars(_led_teams(user_id)))


@dataclass(frozen=True)
class UserScope:
    actor_id: int
    can_edit: bool
    led_team_ids: frozenset[int] | None  # None: not limited to led teams
    held_permissions: frozenset[str] = frozenset()  # the actor's; bounds whom a limited actor changes

    @property
    def limited(self) -> bool:
        return self.led_team_ids is not None

    def may_change_team(self, team_id: int) -> bool:
        return self.can_edit and (self.led_team_ids is None or team_id in self.led_team_ids)


def scope_of(session: Session, actor: User) -> UserScope:
    """What `actor` may see and change, without checking they may see users at all."""
    held = frozenset(actor.role.permission_names)
    if is_team_scoped(held):
        return UserScope(actor.id, True, frozenset(led_team_ids(session, actor.id)), held)
    return UserScope(actor.id, Permission.UPDATE_USER.value in held, None, held)


def user_scope(uow: UnitOfWork) -> UserScope:
    """The actor's scope; an actor who may not read users at all is refused."""
    actor = uow.actor()
    held = uow.actor_permissions()
    if not is_team_scoped(held) and not held & {Permission.UPDATE_USER.value, Permission.READ_USER.value}:
        raise PermissionDenied(Permission.READ_USER.value)
    return scope_of(uow.session, actor)


# ---- narrowing queries -------------------------------------------------------------------------
def members_of_teams_led_by(user_id: int) -> Select[Any]:
    """User ids of every member (leaders included) of the teams `user_id` leads, as a subquery."""
    return select(TeamMember.user_id).where(TeamMember.team_id.in_(_led_teams(user_id)))


def members_of_led_teams(scope: UserScope) -> Any:
    """A subquery of the user ids the limited actor may see (use only when `scope.limited`)."""
    return select(TeamMember.user_id).where(TeamMember.team_id.in_(sorted(scope.led_team_ids or ())))


def visible_users(stmt: Any, scope: UserScope) -> Any:
    """Narrow a query on User to what the actor may see."""
    return stmt.where(User.id.in_(members_of_led_teams(scope))) if scope.limited else stmt


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


# ---- checking changes --------------------------------------------------------------------------
def require_edit(scope: UserScope) -> None:
    if not scope.can_edit:
        raise PermissionDenied(Permission.UPDATE_USER.value)


def outside_scope(uow: UnitOfWork, scope: UserScope, user_ids: Collection[int]) -> list[int]:
    """The ids among `user_ids` the actor may not see (all of them exist or not)."""
    if not scope.limited or not user_ids:
        return []
    inside = set(
        uow.session.scalars(
            select(TeamMember.user_id).where(
                TeamMember.user_id.in_(list(user_ids)),
                TeamMember.team_id.in_(sorted(scope.led_team_ids or ())),
            )
        )
    )
    return sorted(set(user_ids) - inside)


def load_visible(uow: UnitOfWork, scope: UserScope, user_id: int) -> User:
    """The user, if the actor may see them; a user outside the scope is reported as not found."""
    user = uow.session.get(User, user_id) if is_id(user_id) else None
    if user is None or outside_scope(uow, scope, [user_id]):
        raise NotFound(USER_GONE_OR_OUTSIDE())
    return user


def load_editable(uow: UnitOfWork, scope: UserScope, user_ids: Iterable[int]) -> list[User]:
    """Every user named, each one the actor may change; else nothing is changed (typed refusal)."""
    require_edit(scope)
    given = list(user_ids) if isinstance(user_ids, Iterable) and not isinstance(user_ids, str) else [user_ids]
    if not all(is_id(i) for i in given):
        raise NotFound(SOME_USERS_GONE())  # "x", None, 2**70: no user has such an id
    wanted = list(dict.fromkeys(given))
    users = list(uow.session.scalars(select(User).where(User.id.in_(wanted)))) if wanted else []
    if len(users) != len(wanted):
        raise NotFound(SOME_USERS_GONE())
    hidden = set(outside_scope(uow, scope, wanted))
    if hidden:
        names = [f"“{name}”" for name in sorted(u.nickname for u in users if u.id in hidden)]
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value, USERS_OUTSIDE_LED_TEAMS(names=names)
        )
    if scope.limited:
        refuse_more_powerful(scope.held_permissions, users)
    by_id = {u.id: u for u in users}
    return [by_id[i] for i in wanted]


def refuse_more_powerful(held: Iterable[str], users: Iterable[User]) -> None:
    """A team leader may not change a member whose role holds permissions their own role lacks."""
    held_set = set(held)
    stronger = sorted(u.nickname for u in users if not within_permissions(held_set, u.role.permission_names))
    if stronger:
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value,
            USERS_MORE_POWERFUL(names=[f"“{name}”" for name in stronger]),
        )


def refuse_team_changes(scope: UserScope, team_ids: Iterable[int], team_names: dict[int, str]) -> None:
    """A team leader adds to or removes from only the teams they lead."""
    refused = sorted(team_names.get(t, str(t)) for t in team_ids if not scope.may_change_team(t))
    if refused:
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value,
            TEAMS_NOT_LED(teams=[f"“{name}”" for name in refused]),
        )


def ensure_users_visible(session: Session, actor: User, user_ids: Collection[int]) -> None:
    """Refuse a change that touches a user outside the actor's teams (or one that does not exist)."""
    wanted = set(user_ids)
    if not wanted or not is_team_scoped(actor.role.permission_names):
        return
    visible = int(
        session.scalar(select(func.count(User.id)).where(User.id.in_(wanted), users_visible_to(actor))) or 0
    )
    if visible != len(wanted):
        raise PermissionDenied(Permission.MANAGE_USERS_OF_MY_TEAMS.value, ONLY_USERS_OF_LED_TEAMS())
    refuse_more_powerful(
        actor.role.permission_names, session.scalars(select(User).where(User.id.in_(wanted)))
    )


def ensure_team_led(session: Session, actor: User, team_id: int) -> None:
    """A team-scoped actor may change only the teams they lead."""
    if is_team_scoped(actor.role.permission_names) and team_id not in led_team_ids(session, actor.id):
        raise PermissionDenied(Permission.MANAGE_USERS_OF_MY_TEAMS.value, ONLY_LED_TEAMS())


# ---- what views may offer ----------------------------------------------------------------------
@dataclass(frozen=True)
class UserCapabilities:
    """What the actor may do with users, so that views hide what the services would refuse.

    For comfort only: every service checks again (and narrows a team leader to their teams).
    """

    see: bool
    edit: bool
    create: bool
    invite: bool
    team_scoped: bool  # limited to the teams they lead
    define_capacities: bool  # create or change agent capacities (not a team leader's job)


def user_capabilities(permissions: Iterable[str]) -> UserCapabilities:
    held = frozenset(permissions)
    scoped = is_team_scoped(held)
    edit = scoped or Permission.UPDATE_USER.value in held
    return UserCapabilities(
        see=edit or Permission.READ_USER.value in held,
        edit=edit,
        create=Permission.CREATE_USER.value in held,
        invite=Permission.INVITE_USER.value in held,
        team_scoped=scoped,
        define_capacities=Permission.UPDATE_USER.value in held and not scoped,
    )
