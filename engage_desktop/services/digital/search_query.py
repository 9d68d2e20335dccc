"""The platform's search syntax (api.md) as a pure parser: folders, and anything else that stores a
query, read it here.

`keyword:value` pairs separated by spaces, quotes around values with spaces (a `\\"` inside
quotes is a quote), a keyword may repeat, a bare word or quoted phrase is `text:`, `-keyword:value`
negates, booleans are true/1/on/yes or false/0/off/no. An invalid query raises `QuerySyntaxError`
naming the span of characters at fault, which the folder editor underlines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum

from engage_desktop.models.text_keys import fold
from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import unstorable

MAX_QUERY = 2000


class ValueKind(Enum):
    TEXT = "text"
    BOOLEAN = "boolean"
    DATE = "date"
    STATUS = "status"


# What a folder may filter on: the customer's profile and the thread's own attributes.
KEYWORDS: dict[str, ValueKind] = {
    "text": ValueKind.TEXT,
    "tag": ValueKind.TEXT,
    "firstname": ValueKind.TEXT,
    "lastname": ValueKind.TEXT,
    "company": ValueKind.TEXT,
    "email": ValueKind.TEXT,
    "community": ValueKind.TEXT,
    "has_notes": ValueKind.BOOLEAN,
    "created_after": ValueKind.DATE,
    "created_before": ValueKind.DATE,
    "category": ValueKind.TEXT,
    "source": ValueKind.TEXT,
    "status": ValueKind.STATUS,
    "user": ValueKind.TEXT,
    "team": ValueKind.TEXT,
    "unassigned": ValueKind.BOOLEAN,
}
STATUSES = ("open", "closed", "deferred")
TRUE_WORDS = ("true", "1", "on", "yes")
FALSE_WORDS = ("false", "0", "off", "no")

UNCLOSED_QUOTE = ErrorCode(
    "query.unclosed_quote", QT_TRANSLATE_NOOP("Errors", "This quote is never closed (position {start}).")
)
LONE_MINUS = ErrorCode(
    "query.lone_minus",
    QT_TRANSLATE_NOOP("Errors", "“-” must be followed by what to exclude, e.g. -tag:VIP (position {start})."),
)
EMPTY_VALUE = ErrorCode(
    "query.empty_value", QT_TRANSLATE_NOOP("Errors", "“{keyword}:” needs a value (position {start}).")
)
EMPTY_KEYWORD = ErrorCode(
    "query.empty_keyword", QT_TRANSLATE_NOOP("Errors", "A keyword is missing before “:” (position {start}).")
)
UNKNOWN_KEYWORD = ErrorCode(
    "query.unknown_keyword",
    QT_TRANSLATE_NOOP("Errors", "“{keyword}” is not a search keyword (known: {known})."),
)
NOT_BOOLEAN = ErrorCode(
    "query.not_boolean",
    QT_TRANSLATE_NOOP("Errors", "“{keyword}” takes true or false (also 1/0, on/off, yes/no), not “{value}”."),
)
NOT_DATE = ErrorCode(
    "query.not_date",
    QT_TRANSLATE_NOOP("Errors", "“{keyword}” takes a date written 2026-12-31, not “{value}”."),
)
NOT_STATUS = ErrorCode(
    "query.not_status", QT_TRANSLATE_NOOP("Errors", "“status” is one of {known}, not “{value}”.")
)
GLUED = ErrorCode(
    "query.glued",
    QT_TRANSLATE_NOOP("Errors", "Put a space after the closing quote (position {start})."),
)
QUERY_CONTROL = ErrorCode(
    "query.control_character",
    QT_TRANSLATE_NOOP("Errors", "The query contains a control character (position {start})."),
)
QUERY_TOO_LONG = ErrorCode(
    "query.too_long", QT_TRANSLATE_NOOP("Errors", "The query is too long (at most {max_length} characters).")
)


class QuerySyntaxError(ValidationError):
    """An invalid query: `start`/`end` (character offsets, end excluded) say what to underline."""

    def __init__(self, message: Message, start: int, end: int) -> None:
        super().__init__("query", message)
        self.start, self.end = start, max(end, start + 1)


@dataclass(frozen=True)
class Term:
    keyword: str
    value: str
    negated: bool
    start: int  # the whole term, its "-" included
    end: int
    value_start: int
    value_end: int


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple[Term, ...]

    def values(self, keyword: str, *, negated: bool | None = None) -> list[str]:
        return [
            t.value for t in self.terms if t.keyword == keyword and (negated is None or t.negated == negated)
        ]


_SPACE = re.compile(r"\s")


def parse_query(text: str, keywords: Mapping[str, ValueKind] = KEYWORDS) -> ParsedQuery:
    """The terms of `text`, or QuerySyntaxError at the first fault."""
    if not isinstance(text, str):
        raise QuerySyntaxError(QUERY_CONTROL(start=0), 0, 1)
    if len(text) > MAX_QUERY:
        raise QuerySyntaxError(QUERY_TOO_LONG(max_length=MAX_QUERY), MAX_QUERY, len(text))
    for i, ch in enumerate(text):
        if unstorable(ch) and ch not in "\t\n\r":
            raise QuerySyntaxError(QUERY_CONTROL(start=i + 1), i, i + 1)
    terms: list[Term] = []
    i, n = 0, len(text)
    while i < n:
        if _SPACE.match(text[i]):
            i += 1
            continue
        start = i
        negated = text[i] == "-"
        if negated:
            i += 1
            if i >= n or _SPACE.match(text[i]):
                raise QuerySyntaxError(LONE_MINUS(start=start + 1), start, start + 1)
        keyword = "text"
        word_end = i
        if text[i] != '"':
            while word_end < n and not _SPACE.match(text[word_end]) and text[word_end] not in ':"':
                word_end += 1
            if word_end < n and text[word_end] == ":":
                keyword = text[i:word_end]
                if not keyword:
                    raise QuerySyntaxError(EMPTY_KEYWORD(start=word_end + 1), word_end, word_end + 1)
                kind = keywords.get(keyword.lower())
                if kind is None:
                    raise QuerySyntaxError(
                        UNKNOWN_KEYWORD(keyword=keyword, known=", ".join(keywords)), i, word_end
                    )
                keyword = keyword.lower()
                i = word_end + 1
                if i >= n or _SPACE.match(text[i]):
                    raise QuerySyntaxError(EMPTY_VALUE(keyword=keyword, start=start + 1), start, i)
        value, value_start, i = _value(text, i)
        if not value.strip():
            raise QuerySyntaxError(EMPTY_VALUE(keyword=keyword, start=start + 1), start, i)
        _check_value(keyword, keywords.get(keyword, ValueKind.TEXT), value, value_start, i)
        terms.append(Term(keyword, value, negated, start, i, value_start, i))
    return ParsedQuery(text, tuple(terms))


def _value(text: str, i: int) -> tuple[str, int, int]:
    """(value, where it starts, where the term ends) from position i."""
    n = len(text)
    if text[i] == '"':
        j, chars = i + 1, []
        while j < n and text[j] != '"':
            if text[j] == "\\" and j + 1 < n and text[j + 1] in '"\\':
                j += 1
            chars.append(text[j])
            j += 1
        if j >= n:
            raise QuerySyntaxError(UNCLOSED_QUOTE(start=i + 1), i, n)
        j += 1
        if j < n and not _SPACE.match(text[j]):
            end = j
            while end < n and not _SPACE.match(text[end]):
                end += 1
            raise QuerySyntaxError(GLUED(start=j + 1), j, end)
        return "".join(chars), i, j
    j = i
    while j < n and not _SPACE.match(text[j]):
        if text[j] == '"':
            raise QuerySyntaxError(UNCLOSED_QUOTE(start=j + 1), j, n)
        j += 1
    return text[i:j], i, j


def _check_value(keyword: str, kind: ValueKind, value: str, start: int, end: int) -> None:
    folded = value.strip().lower()
    if kind is ValueKind.BOOLEAN and folded not in TRUE_WORDS + FALSE_WORDS:
        raise QuerySyntaxError(NOT_BOOLEAN(keyword=keyword, value=value), start, end)
    if kind is ValueKind.DATE:
        try:
            date.fromisoformat(folded)
        except ValueError:
            raise QuerySyntaxError(NOT_DATE(keyword=keyword, value=value), start, end) from None
    if kind is ValueKind.STATUS and folded not in STATUSES:
        raise QuerySyntaxError(NOT_STATUS(value=value, known=", ".join(STATUSES)), start, end)


def is_true(value: str) -> bool:
    return value.strip().lower() in TRUE_WORDS


def quoted(value: str) -> str:
    """A value as written in a query: quoted when it holds a space, a quote or a colon."""
    if value and not any(_SPACE.match(c) or c in '":\\' for c in value) and not value.startswith("-"):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_term(term: Term) -> str:
    prefix = "-" if term.negated else ""
    if term.keyword == "text":
        return prefix + quoted(term.value)
    return f"{prefix}{term.keyword}:{quoted(term.value)}"


def rename_tag_in_query(text: str, old_name: str, new_name: str) -> str:
    """The query with every `tag:` naming `old_name` (case ignored) naming `new_name`; an invalid
    or unconcerned query comes back unchanged."""
    try:
        parsed = parse_query(text)
    except QuerySyntaxError:
        return text
    out, last = [], 0
    for term in parsed.terms:
        if term.keyword == "tag" and fold(term.value) == fold(old_name):
            out.append(text[last : term.value_start])
            out.append(quoted(new_name))
            last = term.value_end
    out.append(text[last:])
    return "".join(out)


def query_names_tag(text: str, name: str) -> bool:
    try:
        return any(fold(v) == fold(name) for v in parse_query(text).values("tag"))
    except QuerySyntaxError:
        return False
