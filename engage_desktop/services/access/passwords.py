"""Password hashing (argon2) and the policy of Security settings."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engage_desktop.models import SecuritySettings
from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication

_hasher = PasswordHasher()

PASSWORD_NEEDS = ErrorCode(
    "password.needs", QT_TRANSLATE_NOOP("Errors", "The password needs {requirements}.")
)
NEEDS_LENGTH = ErrorCode(
    "password.needs_length",
    QCoreApplication.translate("Errors", "at least %n characters", None, 0),
    plural="count",
)
NEEDS_DIGIT = ErrorCode("password.needs_digit", QT_TRANSLATE_NOOP("Errors", "a digit"))
NEEDS_SYMBOL = ErrorCode(
    "password.needs_symbol", QT_TRANSLATE_NOOP("Errors", "a symbol (not a letter or digit)")
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_policy(password: str, policy: SecuritySettings, field: str = "password") -> None:
    problems: list[Message] = []
    if len(password) < policy.password_min_length:
        problems.append(NEEDS_LENGTH(count=policy.password_min_length))
    if policy.password_numbers and not re.search(r"\d", password):
        problems.append(NEEDS_DIGIT())
    if policy.password_non_word and not re.search(r"[^\w\s]", password):
        problems.append(NEEDS_SYMBOL())
    if problems:
        raise ValidationError(field, PASSWORD_NEEDS(requirements=_listed(problems)))


def _listed(parts: list[Message]) -> Message:
    """Each part stays a Message, so the view translates every one of them."""
    names = [f"p{i}" for i in range(len(parts))]
    return Message("list", ", ".join("{" + n + "}" for n in names), dict(zip(names, parts, strict=True)))
