"""The password rules of Security settings that need a user's history: no reuse of the last N
passwords (only argon2 hashes of old passwords are kept) and expiry after N days.

Called from the access paths (password_change.py, sign_in.py); the length/digit/symbol rules stay
in access/passwords.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engage_desktop.models import PasswordHistory, SecuritySettings, User
from engage_desktop.services.access.passwords import verify_password
from engage_desktop.services.core.errors import AuthenticationFailed, ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication

PASSWORD_REUSED = ErrorCode(
    "password.reused",
    QCoreApplication.translate("Errors", "This password was one of your last %n; choose a new one.", None, 0),
    plural="count",
)
PASSWORD_EXPIRED = ErrorCode(
    "password.expired",
    QT_TRANSLATE_NOOP("Errors", "Your password has expired (older than {days} days); choose a new one."),
)
# At most this many old hashes are kept per user, whatever the setting says.
MAX_HISTORY = 24


def history_size(policy: SecuritySettings) -> int:
    return (
        min(max(policy.password_archivable_size, 0), MAX_HISTORY) if policy.password_archivable_enabled else 0
    )


def refuse_reused_password(
    session: Session, user: User, new_password: str, policy: SecuritySettings, field: str = "new_password"
) -> None:
    """The current password counts as one of the last N (N ≥ 1 means "not the same again")."""
    size = history_size(policy)
    if size <= 0:
        return
    hashes = [user.password_hash] if user.password_hash else []
    hashes += list(
        session.scalars(
            select(PasswordHistory.password_hash)
            .where(PasswordHistory.user_id == user.id)
            .order_by(PasswordHistory.created_at.desc(), PasswordHistory.id.desc())
            .limit(max(size - 1, 0))
        )
    )
    if any(verify_password(h, new_password) for h in hashes[:size]):
        raise ValidationError(field, PASSWORD_REUSED(count=size))


def remember_old_password(session: Session, user: User, policy: SecuritySettings) -> None:
    """Before a user's password changes: keep the old hash, forget those beyond the last N."""
    if user.password_hash:
        session.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash))
        session.flush()
    keep = max(history_size(policy), 1) - 1 if policy.password_archivable_enabled else 0
    kept = select(PasswordHistory.id).where(PasswordHistory.user_id == user.id)
    kept = kept.order_by(PasswordHistory.created_at.desc(), PasswordHistory.id.desc()).limit(keep)
    stale = delete(PasswordHistory).where(PasswordHistory.user_id == user.id)
    keep_ids = list(session.scalars(kept)) if keep else []
    if keep_ids:
        stale = stale.where(PasswordHistory.id.not_in(keep_ids))
    session.execute(stale.execution_options(synchronize_session=False))


def password_expired(user: User, policy: SecuritySettings, now: datetime) -> bool:
    if not policy.expire_password_enabled or policy.expire_password_after <= 0:
        return False
    changed = user.password_changed_at
    if changed is None:
        return False
    changed = changed if changed.tzinfo else changed.replace(tzinfo=UTC)
    return now >= changed + timedelta(days=policy.expire_password_after)


class PasswordExpired(AuthenticationFailed):
    """The password was right but is too old: the sign-in dialog asks for a new one
    (`change_expired_password`)."""
