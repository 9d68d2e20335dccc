"""Rules that protect the account as a whole (lock-out, at least one all-powerful role)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from engage_desktop.models import Role, RolePermission, User, utcnow
from engage_desktop.services.access.permissions import ALL_PERMISSIONS, PERMISSION_EXTENSION, Permission
from engage_desktop.services.core.errors import Conflict, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

# Every administrator-removing operation takes this transaction-level lock on PostgreSQL before
# counting, so two such operations never both count the other's administrator (write skew).
ADMINISTRATORS_LOCK = 0x656E_6761_6765_0001
# A lock ending later than this is no lock-out after failed sign-ins: the user is locked for good.
LOCKED_FOR_GOOD_AFTER = timedelta(days=366)

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


def _full_roles() -> Select[Any]:
    every = [p.value for p in ALL_PERMISSIONS]
    return (
        select(RolePermission.role_id)
        .where(RolePermission.permission.in_(every))
        .group_by(RolePermission.role_id)
        .having(func.count() == len(every))
    )


def administrators_count(session: Session) -> int:
    """Users who can sign in and repair anything: enabled, a password set (not a pending invitation),
    not locked for good, and a role holding every permission.

    Only such a user can grant again whatever a partial administrator lacks.
    """
    now = utcnow()
    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.enabled.is_(True),
                User.invitation_pending.is_(False),
                User.password_hash.is_not(None),
                User.password_hash != "",
                or_(User.locked_until.is_(None), User.locked_until < now + LOCKED_FOR_GOOD_AFTER),
                User.role_id.in_(_full_roles()),
            )
        )
        or 0
    )


def serialise_administrator_changes(session: Session) -> None:
    """Wait for any other transaction that may remove an administrator to end (PostgreSQL).

    Held until commit or rollback. SQLite already runs one writer at a time. Taken before
    counting, so the count (a new statement under READ COMMITTED) sees the other's commit.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADMINISTRATORS_LOCK})


def _committed_administrators_count(session: Session) -> int:
    """The count as committed, read on another connection: what this transaction started from."""
    with session.get_bind().engine.connect() as connection, Session(bind=connection) as committed:
        return administrators_count(committed)


def ensure_account_can_be_administered(session: Session) -> None:
    """Call after a change, before commit: refuses the change that locks everyone out.

    Only a change that takes the account from some administrators to none is refused: an account
    that already has none (an old database, only invited users) must stay editable so that
    someone can be made administrator again.
    """
    session.flush()
    serialise_administrator_changes(session)
    if administrators_count(session) == 0 and _committed_administrators_count(session) > 0:
        raise Conflict(NOBODY_LEFT_TO_ADMINISTER())


def ensure_a_full_role_remains(session: Session) -> None:
    session.flush()
    serialise_administrator_changes(session)  # two role edits must not each strip a different full role
    if not session.scalar(select(func.count(Role.id)).where(Role.id.in_(_full_roles()))):
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
