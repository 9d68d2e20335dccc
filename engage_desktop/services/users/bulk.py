"""Bulk actions on selected users: change role, add to / remove from a team, enable, disable.

All or nothing: one transaction for the whole selection and one journal event per user changed;
a refusal (escalation, scope, disabling oneself, locking the account out) changes nobody.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from engage_desktop.models import Role, Team, TeamMember
from engage_desktop.services.access.guards import ensure_account_can_be_administered
from engage_desktop.services.access.scope import load_editable, refuse_team_changes, user_scope
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ValidationError
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.lifecycle import refuse_role_escalation, require_role
from engage_desktop.services.users.records import is_id


class BulkAction(StrEnum):
    CHANGE_ROLE = "change_role"
    ADD_TEAM = "add_team"
    REMOVE_TEAM = "remove_team"
    ENABLE = "enable"
    DISABLE = "disable"


@dataclass(frozen=True)
class BulkResult:
    changed: int
    unchanged: int


class UserBulkService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def apply(self, user_ids: Iterable[int], action: BulkAction, value: int | None = None) -> BulkResult:
        """`value` is the role id (CHANGE_ROLE) or the team id (ADD_TEAM, REMOVE_TEAM)."""
        action = BulkAction(action)
        with UnitOfWork(self.ctx) as uow:
            session = uow.session
            scope = user_scope(uow)
            users = load_editable(uow, scope, user_ids)
            if not users:
                raise ValidationError("user_ids", "Select at least one user.")
            changes: dict[int, dict[str, object]] = {}
            if action is BulkAction.CHANGE_ROLE:
                role = require_role(session, value)
                moving = [u for u in users if u.role_id != role.id]
                if moving:
                    refuse_role_escalation(uow, role)
                labels = dict(session.execute(select(Role.id, Role.label)).all())
                for user in moving:
                    changes[user.id] = {"role": {"from": labels.get(user.role_id), "to": role.label}}
                    user.role_id = role.id
            elif action in (BulkAction.ADD_TEAM, BulkAction.REMOVE_TEAM):
                team = self._team(uow, value)
                refuse_team_changes(scope, [team.id], {team.id: team.name})
                members = set(
                    session.scalars(
                        select(TeamMember.user_id).where(
                            TeamMember.team_id == team.id, TeamMember.user_id.in_([u.id for u in users])
                        )
                    )
                )
                for user in users:
                    if action is BulkAction.ADD_TEAM and user.id not in members:
                        user.memberships.append(TeamMember(team_id=team.id, user_id=user.id))
                        changes[user.id] = {"teams": {"added": [team.name], "removed": []}}
                    elif action is BulkAction.REMOVE_TEAM and user.id in members:
                        user.memberships = [m for m in user.memberships if m.team_id != team.id]
                        changes[user.id] = {"teams": {"added": [], "removed": [team.name]}}
            else:
                enabled = action is BulkAction.ENABLE
                if not enabled and any(u.id == scope.actor_id for u in users):
                    raise Conflict("You cannot disable your own account.")
                for user in users:
                    if user.enabled != enabled:
                        changes[user.id] = {"enabled": {"from": user.enabled, "to": enabled}}
                        user.enabled = enabled
            ensure_account_can_be_administered(session)
            for user in users:
                if user.id in changes:
                    uow.record(
                        "user.updated",
                        object_type="user",
                        object_id=user.platform_id,
                        changes=changes[user.id],
                        details={"bulk": action.value, "selected": len(users)} if len(users) > 1 else None,
                    )
            uow.commit()
            return BulkResult(len(changes), len(users) - len(changes))

    def _team(self, uow: UnitOfWork, team_id: int | None) -> Team:
        team = uow.session.get(Team, team_id) if is_id(team_id) else None
        if team is None:
            raise ValidationError("team_id", "This team no longer exists.")
        return team
