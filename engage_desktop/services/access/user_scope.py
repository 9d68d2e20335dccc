"""Which users the actor may see and change (permissions.md rule 4, team-leader scope).

- `manage_users_of_my_teams` (and no `manage_roles`: see `team_scope.is_team_scoped`): only
  members of the teams the actor leads, for reading as well as writing (even with `read_user` or
  `update_user`), and only those teams may be added or removed. The Supervisor default role is
  such a team leader ("manage teams of their own").
- `update_user`: every user, read and write.
- `read_user` alone: every user, read only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from engage_desktop.models import TeamMember, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.team_scope import is_team_scoped, led_team_ids
from engage_desktop.services.core.errors import NotFound, PermissionDenied
from engage_desktop.services.core.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class UserScope:
    actor_id: int
    can_edit: bool
    led_team_ids: frozenset[int] | None  # None: not limited to led teams

    @property
    def limited(self) -> bool:
        return self.led_team_ids is not None

    def may_change_team(self, team_id: int) -> bool:
        return self.can_edit and (self.led_team_ids is None or team_id in self.led_team_ids)


def user_scope(uow: UnitOfWork) -> UserScope:
    actor = uow.actor()
    held = uow.actor_permissions()
    if is_team_scoped(held):
        return UserScope(actor.id, True, frozenset(led_team_ids(uow.session, actor.id)))
    if Permission.UPDATE_USER.value in held:
        return UserScope(actor.id, True, None)
    if Permission.READ_USER.value in held:
        return UserScope(actor.id, False, None)
    raise PermissionDenied(Permission.READ_USER.value)


def members_of_led_teams(scope: UserScope) -> Any:
    """A subquery of the user ids the limited actor may see (use only when `scope.limited`)."""
    return select(TeamMember.user_id).where(TeamMember.team_id.in_(sorted(scope.led_team_ids or ())))


def visible_users(stmt: Any, scope: UserScope) -> Any:
    """Narrow a query on User to what the actor may see."""
    return stmt.where(User.id.in_(members_of_led_teams(scope))) if scope.limited else stmt


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
    user = uow.session.get(User, user_id)
    if user is None or outside_scope(uow, scope, [user_id]):
        raise NotFound("This user no longer exists, or is not in a team you lead.")
    return user


def load_editable(uow: UnitOfWork, scope: UserScope, user_ids: Iterable[int]) -> list[User]:
    """Every user named, each one the actor may change; else nothing is changed (typed refusal)."""
    require_edit(scope)
    wanted = list(dict.fromkeys(int(i) for i in user_ids))
    users = list(uow.session.scalars(select(User).where(User.id.in_(wanted)))) if wanted else []
    if len(users) != len(wanted):
        raise NotFound("Some of these users no longer exist; reload the list and try again.")
    hidden = outside_scope(uow, scope, wanted)
    if hidden:
        names = sorted(u.nickname for u in users if u.id in set(hidden))
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value,
            "You may only change members of the teams you lead; not: " + ", ".join(names) + ".",
        )
    by_id = {u.id: u for u in users}
    return [by_id[i] for i in wanted]


def refuse_team_changes(scope: UserScope, team_ids: Iterable[int], team_names: dict[int, str]) -> None:
    """A team leader adds to or removes from only the teams they lead."""
    refused = sorted(team_names.get(t, str(t)) for t in team_ids if not scope.may_change_team(t))
    if refused:
        raise PermissionDenied(
            Permission.MANAGE_USERS_OF_MY_TEAMS.value,
            "You may only add users to or remove them from the teams you lead; not: "
            + ", ".join(refused)
            + ".",
        )
