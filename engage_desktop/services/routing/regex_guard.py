"""The rules engine's guard on regular expressions: a pattern an administrator types must not be able
to freeze the engine on a long message (catastrophic backtracking), so it is capped in length and
refused when it repeats a repetition (like "(a+)+"). Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from engage_desktop.services.core.errors import ErrorCode, Message
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

try:
    import re._parser as _sre_parse  # type: ignore[import-not-found]  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_PATTERN_LENGTH = 300

REGEX_TOO_LONG = ErrorCode(
    "rule.regex_too_long",
    QT_TRANSLATE_NOOP("Errors", "The pattern is too long (at most {max_length} characters)."),
)
REGEX_INVALID = ErrorCode(
    "rule.regex_invalid",
    QT_TRANSLATE_NOOP("Errors", "The pattern is not a valid regular expression: {reason}."),
)
REGEX_NESTED = ErrorCode(
    "rule.regex_nested_quantifier",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The pattern repeats a repetition (like “(a+)+”), which can freeze on long messages; simplify it.",
    ),
)


def regex_problem(pattern: str) -> Message | None:
    """Why a pattern may not be used (None: it is fine): too long, invalid, or nested repetition."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return REGEX_TOO_LONG(max_length=MAX_PATTERN_LENGTH)
    try:
        parsed = _sre_parse.parse(pattern)
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError, ValueError) as exc:
        return REGEX_INVALID(reason=str(exc))
    if _nested_repeat(list(parsed), False):
        return REGEX_NESTED()
    return None


def _nested_repeat(items: Iterable[Any], inside: bool) -> bool:
    """A repetition inside a repetition: the shape that backtracks exponentially."""
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            repeats = av[1] > 1
            if (repeats and inside) or _nested_repeat(av[2], inside or repeats):
                return True
        elif any(_nested_repeat(part, inside) for part in _sub_patterns(name, av)):
            return True
    return False


def _sub_patterns(name: str, av: Any) -> list[Any]:
    if name == "SUBPATTERN":
        return [av[-1]]
    if name == "BRANCH":
        return list(av[1])
    if name in ("ASSERT", "ASSERT_NOT"):
        return [av[1]]
    if name == "ATOMIC_GROUP":
        return [av]
    if name == "GROUPREF_EXISTS":
        return [part for part in av[1:] if part is not None]
    return []
