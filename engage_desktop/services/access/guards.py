"""Rules that protect the account as a whole (lock-out, at least one all-powerful role)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, RolePermission, User
from engage_desktop.services.access.permissions import ALL_PERMISSIONS, PERMISSION_EXTENSION, Permission
from engage_desktop.services.core.errors import Conflict, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

# "Able to manage users and roles": what it takes to repair any account mistake.
ADMINISTERING = (Permission.MANAGE_ROLES, Permission.UPDATE_USER)

NOBODY_LEFT_TO_ADMINISTER = ErrorCode(
    "account.nobody_left_to_administer",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This change would leave no enabled user able to manage users and roles. "
        "Give another user that power first.",
    ),
)
NO_FULL_ROLE_LEFT = ErrorCode(
    "account.no_full_role_left",
    QT_TRANSLATE_NOOP("Errors", "At least one role must keep every permission (the account's safety net)."),
)


def administrators_count(session: Session) -> int:
    """Enabled users whose role holds every ADMINISTERING permission."""
    roles_with_all = (
        select(RolePermission.role_id)
        .where(RolePermission.permission.in_([p.value for p in ADMINISTERING]))
        .group_by(RolePermission.role_id)
        .having(func.count() == len(ADMINISTERING))
    )
    return int(
        session.scalar(
            select(func.count(User.id)).where(User.enabled.is_(True), User.role_id.in_(roles_with_all))
        )
        or 0
    )


def ensure_account_can_be_administered(session: Session) -> None:
    """Call after flushing a change, before commit: refuses the change that locks everyone out."""
    session.flush()
    if administrators_count(session) == 0:
        raise Conflict(NOBODY_LEFT_TO_ADMINISTER())


def ensure_a_full_role_remains(session: Session) -> None:
    session.flush()
    full = (
        select(RolePermission.role_id)
        .group_by(RolePermission.role_id)
        .having(func.count() == len(ALL_PERMISSIONS))
    )
    if not session.scalar(select(func.count(Role.id)).where(Role.id.in_(full))):
        raise Conflict(NO_FULL_ROLE_LEFT())


def escalating_permissions(
    held: Iterable[str], extensions_off: Iterable[str], wanted: Iterable[str]
) -> list[str]:
    """The permissions of `wanted` the actor may not grant: held by them, or pre-set for an extension that is off."""
    held_set, off = set(held), set(extensions_off)
    result = []
    for name in wanted:
        permission = Permission(name)
        extension = PERMISSION_EXTENSION.get(permission)
        if name not in held_set and not (extension is not None and extension.value in off):
            result.append(name)
    return sorted(result)
