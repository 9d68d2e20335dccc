"""Field checks shared by every service: collect all problems, raise them together."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

REQUIRED = ErrorCode("field.required", QT_TRANSLATE_NOOP("Errors", "{label} is required."))
TOO_LONG = ErrorCode(
    "field.too_long", QT_TRANSLATE_NOOP("Errors", "{label} is too long (at most {max_length} characters).")
)
CONTROL_CHARACTERS = ErrorCode(
    "field.control_characters", QT_TRANSLATE_NOOP("Errors", "{label} contains control characters.")
)
EMAIL_REQUIRED = ErrorCode("field.email_required", QT_TRANSLATE_NOOP("Errors", "E-mail is required."))
EMAIL_INVALID = ErrorCode(
    "field.email_invalid", QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid e-mail address.")
)
TIMEZONE_UNKNOWN = ErrorCode(
    "field.timezone_unknown",
    QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a known time zone (use an IANA name such as Europe/Paris)."
    ),
)


def field_label(label: str) -> Message:
    """A field's name inside a message, translated with the message (mark it with QT_TRANSLATE_NOOP)."""
    return label if isinstance(label, Message) else Message("field.label", label, {})


MAX_ID = 2**31 - 1  # integer keys are 32-bit on PostgreSQL


def is_id(value: object) -> bool:
    """A value that can be a row's key; anything else (2**70, "x", None, True) names no row."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_ID


def unstorable(text: str) -> bool:
    """Control characters (NUL, C0, DEL, C1) or lone surrogates: text no database keeps faithfully
    (PostgreSQL refuses NUL, UTF-8 refuses surrogates) and no form should hold."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)


def nfc(text: str) -> str:
    """One spelling per text: 'é' typed precomposed or as 'e' + accent is the same name."""
    return unicodedata.normalize("NFC", text)


@cache
def _time_zones() -> frozenset[str]:
    """Read once: listing them walks the zone database on disk (30 ms a call)."""
    return frozenset(available_timezones())


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldErrors:
    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def required(self, field: str, value: str, label: str, max_length: int = 120) -> str:
        """`label` is the field's English name, marked `QT_TRANSLATE_NOOP("Errors", "Name")`."""
        cleaned = nfc(" ".join(value.split())) if isinstance(value, str) else ""
        name = field_label(label)
        if not cleaned:
            self.add(field, REQUIRED(label=name))
        elif len(cleaned) > max_length:
            self.add(field, TOO_LONG(label=name, max_length=max_length))
        elif unstorable(cleaned):
            self.add(field, CONTROL_CHARACTERS(label=name))
        return cleaned

    def email(self, field: str, value: str) -> str:
        cleaned = nfc(value.strip()) if isinstance(value, str) else ""
        if not cleaned:
            self.add(field, EMAIL_REQUIRED())
        elif unstorable(cleaned):
            self.add(field, CONTROL_CHARACTERS(label=field_label(QT_TRANSLATE_NOOP("Errors", "E-mail"))))
        elif len(cleaned) > 254 or not EMAIL_RE.match(cleaned):
            self.add(field, EMAIL_INVALID(value=cleaned))
        return cleaned

    def timezone(self, field: str, value: str) -> str:
        try:
            if value not in _time_zones() and value != "UTC":
                raise ZoneInfoNotFoundError(value)
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            self.add(field, TIMEZONE_UNKNOWN(value=value))
        return value

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError.from_errors(self.errors)
