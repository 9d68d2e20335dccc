"""How a value is written in each export format (audit-and-exports.md's table), beyond the users
export's `ExportFormat` (encoding, BOM, separator, booleans), which this extends rather than copies.

| Format   | Dates                                                    | Zone                    |
|----------|----------------------------------------------------------|-------------------------|
| BI       | ISO 8601 to the minute, `2013-09-24T19:00+00:00`         | always UTC              |
| Excel-en | `09-24-2013 19:00`                                       | the requesting user's   |
| Excel-fr | `24/09/2013 19:00`                                       | the requesting user's   |

Times come from the database either as datetimes (PostgreSQL) or as SQLite's stored UTC text
(`2013-09-24 19:00:00.000000`, read raw for speed); both are understood. Conversions are cached
per minute: a journal export writes thousands of rows within the same minute.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from engage_desktop.services.users.csv_format import TEAM_SEPARATOR
from engage_desktop.services.users.export import FORMATS, ExportFormat

LIST_SEPARATOR = TEAM_SEPARATOR
DATE_PATTERNS = {"en": "%m-%d-%Y %H:%M", "fr": "%d/%m/%Y %H:%M"}

__all__ = ["FORMATS", "LIST_SEPARATOR", "CellKind", "CellWriter", "ExportFormat", "zone_named"]


class CellKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    LIST = "list"
    JSON = "json"  # already JSON text (the journal's changes and details)


def zone_named(name: str | None) -> tzinfo:
    """The IANA zone, or UTC when the name is empty or unknown (never an error in an export)."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


@dataclass
class CellWriter:
    """Turns one row's values into the cells of `fmt`; `zone` is the requesting user's (Excel only)."""

    fmt: ExportFormat
    zone: tzinfo = UTC
    _minutes: dict[Any, str] = field(default_factory=dict, repr=False)

    @property
    def bi(self) -> bool:
        return self.fmt.kind != "excel"

    def converters(self, kinds: Sequence[CellKind]) -> list[Callable[[Any], Any]]:
        """One converter per column, picked once per export rather than once per cell."""
        return [self._converter(kind) for kind in kinds]

    def _converter(self, kind: CellKind) -> Callable[[Any], Any]:
        if kind is CellKind.BOOLEAN:
            true, false = self.fmt.boolean(True), self.fmt.boolean(False)
            return lambda v: "" if v is None else (true if v else false)
        if kind is CellKind.DATETIME:
            return self.moment
        if kind is CellKind.LIST:
            return lambda v: LIST_SEPARATOR.join(map(str, v or ()))
        return _plain

    def moment(self, value: datetime | str | None) -> str:
        if value is None or value == "":
            return ""
        if self.bi and isinstance(value, str) and len(value) >= 16 and value[10] in " T" and value[13] == ":":
            return value[:10] + "T" + value[11:16] + "+00:00"  # SQLite's stored UTC text, as is
        key = value[:16] if isinstance(value, str) else value.replace(second=0, microsecond=0)
        text = self._minutes.get(key)
        if text is None:
            if len(self._minutes) > 100_000:
                self._minutes.clear()
            text = self._minutes[key] = self._format(value)
        return text

    def _format(self, value: datetime | str) -> str:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        if self.bi:
            return moment.strftime("%Y-%m-%dT%H:%M") + "+00:00"
        return moment.astimezone(self.zone).strftime(
            DATE_PATTERNS.get(self.fmt.language, DATE_PATTERNS["en"])
        )


def _plain(value: Any) -> Any:
    return "" if value is None else value
