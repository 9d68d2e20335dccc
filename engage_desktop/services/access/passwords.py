"""Password hashing (argon2) and the policy of Security settings."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from engage_desktop.models import SecuritySettings
from engage_desktop.services.core.errors import ValidationError

_hasher = PasswordHasher()


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
    problems: list[str] = []
    if len(password) < policy.password_min_length:
        problems.append(f"at least {policy.password_min_length} characters")
    if policy.password_numbers and not re.search(r"\d", password):
        problems.append("a digit")
    if policy.password_non_word and not re.search(r"[^\w\s]", password):
        problems.append("a symbol (not a letter or digit)")
    if problems:
        raise ValidationError(field, "The password needs " + ", ".join(problems) + ".")
