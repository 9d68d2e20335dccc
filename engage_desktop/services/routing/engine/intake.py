"""Interaction traces: one JSON object a line (source, foreign_id, thread, author, text, language,
timestamp). Reading names every bad line with its number and reason and keeps the good ones;
text that cannot be stored losslessly (NUL, lone surrogates) is refused, never altered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from engage_desktop.services.core.errors import Message
from engage_desktop.services.routing.engine.errors import (
    BAD_JSON,
    BAD_TEXT,
    BAD_TIMESTAMP,
    FIELD_REQUIRED,
    LINE_TOO_LONG,
    NOT_AN_OBJECT,
    TIMESTAMP_OUT_OF_RANGE,
    TOO_LONG,
)
from engage_desktop.services.routing.engine.model import Interaction

FIELDS = ("source", "foreign_id", "thread", "author", "text", "language", "timestamp")
LIMITS = {"source": 255, "foreign_id": 255, "thread": 255, "author": 255, "language": 16, "text": 1_000_000}
# The engine adds deadlines to a message's time and stores it as a date: outside these bounds the
# sums overflow (year 10000, before year 1) or a platform refuses the date (Windows before 1970).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(3000, 1, 1, tzinfo=UTC)
# A 1,000,000-character text written with JSON escapes, and the fields around it. A longer line is
# skipped a piece at a time, so a file of one huge line never sits whole in memory.
MAX_LINE_BYTES = 8_000_000


class InteractionError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class TraceError:
    line: int
    message: Message


@dataclass
class TraceReadResult:
    interactions: list[Interaction] = field(default_factory=list)
    errors: list[TraceError] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line number of each interaction


def _storable(value: str) -> bool:
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_interaction(data: Any) -> Interaction:
    """A decoded JSON value → an interaction, or InteractionError naming the first problem."""
    if not isinstance(data, dict):
        raise InteractionError(NOT_AN_OBJECT())
    values: dict[str, str] = {}
    for name in FIELDS:
        value = data.get(name, "" if name in ("author", "language", "text") else None)
        if not isinstance(value, str) or (
            name in ("source", "foreign_id", "thread", "timestamp") and not value.strip()
        ):
            raise InteractionError(FIELD_REQUIRED(field=name))
        if not _storable(value):
            raise InteractionError(BAD_TEXT(field=name))
        if name in LIMITS and len(value) > LIMITS[name]:
            raise InteractionError(TOO_LONG(field=name, maximum=LIMITS[name]))
        values[name] = value
    try:
        timestamp = datetime.fromisoformat(values["timestamp"].replace("Z", "+00:00"))
    except ValueError:
        raise InteractionError(BAD_TIMESTAMP(value=values["timestamp"][:40])) from None
    if timestamp.tzinfo is None:
        raise InteractionError(BAD_TIMESTAMP(value=values["timestamp"][:40]))
    if not EARLIEST <= timestamp < LATEST:
        raise InteractionError(
            TIMESTAMP_OUT_OF_RANGE(
                earliest=EARLIEST.isoformat(), latest=LATEST.isoformat(), value=values["timestamp"][:40]
            )
        )
    return Interaction(
        values["source"].strip(),
        values["foreign_id"],
        values["thread"],
        values["author"],
        values["text"],
        values["language"].strip(),
        timestamp,
    )


def decode_json(text: str | bytes) -> Any:
    """`json.loads`, with its other refusals (a number past 4,300 digits, nesting deeper than the
    interpreter's stack) reported as malformed JSON like the rest instead of escaping as crashes."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InteractionError(BAD_JSON(reason=f"{exc.msg} (column {exc.colno})")) from None
    except UnicodeDecodeError as exc:
        raise InteractionError(BAD_JSON(reason=str(exc.reason))) from None
    except RecursionError:
        raise InteractionError(BAD_JSON(reason="nested too deeply")) from None
    except ValueError:
        raise InteractionError(BAD_JSON(reason="a number is too long")) from None


def parse_line(text: str | bytes) -> Interaction:
    return parse_interaction(decode_json(text))


def bounded_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The file's lines as bytes; None for a line over `limit` bytes (read past, never kept)."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def parse_raw_line(raw: bytes | None) -> Interaction | None:
    """A line from `bounded_lines`: None for a blank one, else the interaction or InteractionError."""
    if raw is None:
        raise InteractionError(LINE_TOO_LONG(maximum=MAX_LINE_BYTES))
    line = raw.decode("utf-8", errors="surrogateescape")
    return parse_line(line) if line.strip() else None


def iter_trace(lines: Iterable[bytes | None]) -> Iterator[tuple[int, Interaction | TraceError]]:
    """The interactions (or errors) of `bounded_lines(handle)`, numbered; blank lines skipped."""
    for number, raw in enumerate(lines, 1):
        try:
            interaction = parse_raw_line(raw)
        except InteractionError as exc:
            yield number, TraceError(number, exc.message)
            continue
        if interaction is not None:
            yield number, interaction


def read_trace(path: Path) -> TraceReadResult:
    result = TraceReadResult()
    with path.open("rb") as handle:
        for number, item in iter_trace(bounded_lines(handle)):
            if isinstance(item, TraceError):
                result.errors.append(item)
            else:
                result.interactions.append(item)
                result.lines.append(number)
    return result


def write_trace(path: Path, interactions: Iterable[Interaction]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for interaction in interactions:
            handle.write(json.dumps(interaction.as_json(), ensure_ascii=False) + "\n")
            count += 1
    return count
