"""What a custom field's value may be, per type, and how a value converts to another type.

Pure functions: the custom fields service uses them to check a type change against the stored
values (naming the ones that do not convert), the identity group service to check what is typed.
Stored forms: string/text/single choice -> str, boolean -> bool, integer -> int, float -> float,
date -> "YYYY-MM-DD", multiple choice -> list[str].
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

STRING_MAX = 255
TEXT_MAX = 10_000
TRUE_WORDS = ("true", "1", "on", "yes")
FALSE_WORDS = ("false", "0", "off", "no")
_INTEGER = re.compile(r"^[+-]?\d{1,18}$")
FLOAT_EXACT = 2**53  # every integer up to this has an exact float


class NotConvertible(ValueError):
    """The value has no faithful form in the wanted type."""


def convert(value: Any, to_type: str, choices: Sequence[str] = ()) -> Any:
    """`value` (any stored form) in `to_type`'s stored form, or NotConvertible."""
    if isinstance(value, list):
        if to_type == "multiple_choice":
            return [_choice(str(v), choices) for v in value]
        if to_type in ("string", "text") and len(value) > 1:
            value = ", ".join(str(v) for v in value)
        elif len(value) != 1:
            raise NotConvertible(value)
        else:
            value = value[0]
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float):
        text = repr(value) if not value.is_integer() else str(int(value))
    else:
        text = str(value)
    stripped = text.strip()
    if to_type == "string":
        if len(text) > STRING_MAX or "\n" in text:
            raise NotConvertible(value)
        return text
    if to_type == "text":
        if len(text) > TEXT_MAX:
            raise NotConvertible(value)
        return text
    if to_type == "boolean":
        if isinstance(value, bool):
            return value
        lowered = stripped.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        raise NotConvertible(value)
    if to_type == "integer":
        if isinstance(value, bool):
            return int(value)
        candidate = stripped.replace(",", ".")
        if _INTEGER.match(stripped):
            return int(stripped)
        try:
            number = float(candidate)
        except ValueError:
            raise NotConvertible(value) from None
        if not math.isfinite(number) or not number.is_integer() or abs(number) > FLOAT_EXACT:
            raise NotConvertible(value)  # past 2**53 the float is no longer the number typed
        return int(number)
    if to_type == "float":
        if isinstance(value, bool):
            raise NotConvertible(value)
        try:
            number = float(stripped.replace(",", "."))
        except ValueError:
            raise NotConvertible(value) from None
        if not math.isfinite(number):
            raise NotConvertible(value)
        if number == 0 and any(c in "123456789" for c in stripped.lower().partition("e")[0]):
            raise NotConvertible(value)  # 1e-400: too small for a float, it would be stored as 0
        return number
    if to_type == "date":
        try:
            return date.fromisoformat(stripped).isoformat()
        except ValueError:
            raise NotConvertible(value) from None
    if to_type == "single_choice":
        return _choice(stripped, choices)
    if to_type == "multiple_choice":
        return [_choice(stripped, choices)]
    raise NotConvertible(value)


def _choice(text: str, choices: Sequence[str]) -> str:
    for choice in choices:
        if choice.casefold() == text.strip().casefold():
            return choice
    raise NotConvertible(text)


def shown(value: Any) -> str:
    """A stored value as a message names it."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
