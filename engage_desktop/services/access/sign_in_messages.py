"""The messages of sign-in and of the first administrator (services/access/sign_in.py)."""

from __future__ import annotations

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

SIGN_IN_FAILED = ErrorCode(
    "sign_in.failed",
    QT_TRANSLATE_NOOP("Errors", "Wrong e-mail/nickname or password, or the account is disabled or locked."),
)
SESSION_ENDED = ErrorCode(
    "sign_in.session_ended",
    QT_TRANSLATE_NOOP("Errors", "Your password was changed since you signed in. Sign in again."),
)
WRONG_CURRENT_PASSWORD = ErrorCode(
    "sign_in.wrong_current_password", QT_TRANSLATE_NOOP("Errors", "This is not your current password.")
)
ADMINISTRATOR_EXISTS = ErrorCode(
    "sign_in.administrator_exists",
    QT_TRANSLATE_NOOP("Errors", "An administrator already exists; sign in instead."),
)
NO_FULL_ROLE = ErrorCode(
    "sign_in.no_full_role",
    QT_TRANSLATE_NOOP("Errors", "No role holds every permission; the database's default roles are missing."),
)
PASSWORDS_DIFFER = ErrorCode(
    "sign_in.passwords_differ", QT_TRANSLATE_NOOP("Errors", "The two passwords differ.")
)
NICKNAME_USED = ErrorCode(
    "sign_in.nickname_used", QT_TRANSLATE_NOOP("Errors", "Nickname already used by another user.")
)
EMAIL_USED = ErrorCode(
    "sign_in.email_used", QT_TRANSLATE_NOOP("Errors", "Email already used by another user.")
)
ALREADY_USED = {"nickname": NICKNAME_USED, "email": EMAIL_USED}

# Field names inside messages ("First name is required.").
FIRST_NAME = QT_TRANSLATE_NOOP("Errors", "First name")
LAST_NAME = QT_TRANSLATE_NOOP("Errors", "Last name")
NICKNAME = QT_TRANSLATE_NOOP("Errors", "Nickname")
