"""Field checks shared by every service: collect all problems, raise them together."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from engage_desktop.services.core.errors import ValidationError

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldErrors:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def required(self, field: str, value: str, label: str, max_length: int = 120) -> str:
        cleaned = " ".join(value.split()) if isinstance(value, str) else ""
        if not cleaned:
            self.add(field, f"{label} is required.")
        elif len(cleaned) > max_length:
            self.add(field, f"{label} is too long (at most {max_length} characters).")
        elif any(ord(ch) < 32 for ch in cleaned):
            self.add(field, f"{label} contains control characters.")
        return cleaned

    def email(self, field: str, value: str) -> str:
        cleaned = value.strip() if isinstance(value, str) else ""
        if not cleaned:
            self.add(field, "E-mail is required.")
        elif len(cleaned) > 254 or not EMAIL_RE.match(cleaned):
            self.add(field, f"{cleaned!r} is not a valid e-mail address.")
        return cleaned

    def timezone(self, field: str, value: str) -> str:
        try:
            if value not in available_timezones() and value != "UTC":
                raise ZoneInfoNotFoundError(value)
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            self.add(field, f"{value!r} is not a known time zone (use an IANA name such as Europe/Paris).")
        return value

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError.from_errors(self.errors)
