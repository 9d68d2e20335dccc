"""The one-field changes of a user the list's actions make: role, enabled, a team more or less.

Each is an operation on one user (`change_role(uow, user_id, role_id)`); the bulk actions loop
over them in one unit of work, so a selection lands whole or not at all, one event per user.
Each returns whether the user changed (an unchanged user gets no journal event).
"""

from __future__ import annotations

from typing import Any

from engage_desktop.models import Role, Team, TeamMember, User, utcnow
from engage_desktop.services.access.guards import ensure_account_can_be_administered
from engage_desktop.services.access.scope import load_editable, refuse_team_changes, user_scope
from engage_desktop.services.core.errors import Conflict, ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.lifecycle import refuse_role_escalation, require_role
from engage_desktop.services.users.records import is_id

DISABLE_SELF = ErrorCode(
    "user.disable_self", QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account.")
)
TEAM_GONE = ErrorCode("user.team_gone", QT_TRANSLATE_NOOP("Errors", "This team no longer exists."))


def change_role(
    uow: UnitOfWork, user_id: int, role_id: int, *, details: dict[str, Any] | None = None
) -> bool:
    """Giving a role grants its permissions: the no-escalation rule applies to a real change."""
    (user,) = load_editable(uow, user_scope(uow), [user_id])
    role = require_role(uow.session, role_id)
    if user.role_id == role.id:
        return False
    refuse_role_escalation(uow, role)
    before = uow.session.get(Role, user.role_id)
    user.role_id = role.id
    ensure_account_can_be_administered(uow.session)
    _record(uow, user, {"role": {"from": before.label if before else None, "to": role.label}}, details)
    return True


def set_enabled(
    uow: UnitOfWork, user_id: int, enabled: bool, *, details: dict[str, Any] | None = None
) -> bool:
    scope = user_scope(uow)
    (user,) = load_editable(uow, scope, [user_id])
    if not enabled and user.id == scope.actor_id:
        raise Conflict(DISABLE_SELF())
    if user.enabled == enabled:
        return False
    user.enabled = enabled
    ensure_account_can_be_administered(uow.session)
    _record(uow, user, {"enabled": {"from": not enabled, "to": enabled}}, details)
    return True


def add_to_team(
    uow: UnitOfWork, user_id: int, team_id: int, *, details: dict[str, Any] | None = None
) -> bool:
    user, team = _user_and_team(uow, user_id, team_id)
    if any(m.team_id == team.id for m in user.memberships):
        return False
    user.memberships.append(TeamMember(team_id=team.id, user_id=user.id))
    user.updated_at = utcnow()  # memberships are children: move the user's version too
    _record(uow, user, {"teams": {"added": [team.name], "removed": []}}, details)
    return True


def remove_from_team(
    uow: UnitOfWork, user_id: int, team_id: int, *, details: dict[str, Any] | None = None
) -> bool:
    user, team = _user_and_team(uow, user_id, team_id)
    if not any(m.team_id == team.id for m in user.memberships):
        return False
    user.memberships = [m for m in user.memberships if m.team_id != team.id]
    user.updated_at = utcnow()
    ensure_account_can_be_administered(uow.session)
    _record(uow, user, {"teams": {"added": [], "removed": [team.name]}}, details)
    return True


def _user_and_team(uow: UnitOfWork, user_id: int, team_id: int) -> tuple[User, Team]:
    scope = user_scope(uow)
    (user,) = load_editable(uow, scope, [user_id])
    team = uow.session.get(Team, team_id) if is_id(team_id) else None
    if team is None:
        raise ValidationError("team_id", TEAM_GONE())
    refuse_team_changes(scope, [team.id], {team.id: team.name})
    return user, team


def _record(uow: UnitOfWork, user: User, changes: dict[str, Any], details: dict[str, Any] | None) -> None:
    uow.record(
        "user.updated", object_type="user", object_id=user.platform_id, changes=changes, details=details
    )
