"""Bulk actions on selected users: change role, add to / remove from a team, enable, disable.

All or nothing: one transaction for the whole selection and one journal event per user changed;
a refusal (escalation, scope, disabling oneself, locking the account out) changes nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from engage_desktop.services.access.scope import load_editable, user_scope
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import field_label
from engage_desktop.services.users import account_changes

UNKNOWN_ACTION = ErrorCode(
    "user.bulk_unknown_action", QT_TRANSLATE_NOOP("Errors", "{label} must be one of: {choices}.")
)
SELECT_A_USER = ErrorCode("user.select_one", QT_TRANSLATE_NOOP("Errors", "Select at least one user."))


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
        return run_operation(self.ctx, apply_bulk_action, user_ids, action, value)


def apply_bulk_action(
    uow: UnitOfWork, user_ids: Iterable[int], action: BulkAction, value: int | None = None
) -> BulkResult:
    """The single-user operation for each user selected, in this one unit of work."""
    try:
        action = BulkAction(action)
    except (ValueError, TypeError):
        choices = [a.value for a in BulkAction]
        raise ValidationError(
            "action",
            UNKNOWN_ACTION(label=field_label(QT_TRANSLATE_NOOP("Errors", "Action")), choices=choices),
        ) from None
    users = load_editable(uow, user_scope(uow), user_ids)  # every refusal of scope at once, by name
    if not users:
        raise ValidationError("user_ids", SELECT_A_USER())
    details = {"bulk": action.value, "selected": len(users)} if len(users) > 1 else None
    change = _single_user_operation(action, value)
    changed = sum(1 for user in users if change(uow, user.id, details))
    return BulkResult(changed, len(users) - changed)


def _single_user_operation(
    action: BulkAction, value: int | None
) -> Callable[[UnitOfWork, int, dict[str, Any] | None], bool]:
    target = value if value is not None else 0
    operations: dict[BulkAction, Callable[[UnitOfWork, int, dict[str, Any] | None], bool]] = {
        BulkAction.CHANGE_ROLE: lambda uow, u, d: account_changes.change_role(uow, u, target, details=d),
        BulkAction.ADD_TEAM: lambda uow, u, d: account_changes.add_to_team(uow, u, target, details=d),
        BulkAction.REMOVE_TEAM: lambda uow, u, d: account_changes.remove_from_team(uow, u, target, details=d),
        BulkAction.ENABLE: lambda uow, u, d: account_changes.set_enabled(uow, u, True, details=d),
        BulkAction.DISABLE: lambda uow, u, d: account_changes.set_enabled(uow, u, False, details=d),
    }
    return operations[action]
