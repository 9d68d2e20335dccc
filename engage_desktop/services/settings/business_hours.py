"""Business hours as a calendar: when is the account open, and when does N seconds of open time end.

Pure (no database): the routing engine builds a `BusinessCalendar` from a time sheet and asks it
for SLA deadlines. Ranges are local wall-clock times in the sheet's IANA zone; each day's ranges
are turned into UTC instants through `zoneinfo`, so a DST change shortens or lengthens the
*calendar* day but never the hours worked inside a range (09:00-18:00 is nine open hours on the
day the clocks change, too). A local time that does not exist (the spring gap) is read with the
offset before the change, as `zoneinfo` does, which moves it forward by the gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# How far ahead `add_business_time` looks for open time before saying the calendar never opens.
SEARCH_DAYS = 3 * 366

HOURS_FORMAT = ErrorCode(
    "time_sheet.hours_format",
    QT_TRANSLATE_NOOP(
        "Errors", "“{text}” is not a list of hours like 0900-1230,1400-1800 (each range HHMM-HHMM)."
    ),
)
HOURS_ORDER = ErrorCode(
    "time_sheet.hours_order",
    QT_TRANSLATE_NOOP("Errors", "The range {range} ends before it starts or overlaps the one before it."),
)
UNKNOWN_ZONE = ErrorCode(
    "time_sheet.unknown_zone",
    QT_TRANSLATE_NOOP("Errors", "“{zone}” is not a time zone name like Europe/Paris."),
)

_RANGE = re.compile(r"^([0-2]\d)([0-5]\d)-([0-2]\d)([0-5]\d)$")


class HoursFormatError(ValueError):
    """The text of one day's hours cannot be read; `message` is the user's sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NeverOpen(ValueError):
    """The calendar has no open time within the search horizon (no hours, or all holidays)."""


@dataclass(frozen=True, order=True)
class OpenRange:
    """Minutes since local midnight, `end` exclusive (1440 = midnight at the end of the day)."""

    start: int
    end: int

    def text(self) -> str:
        return f"{self.start // 60:02d}{self.start % 60:02d}-{self.end // 60:02d}{self.end % 60:02d}"


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


def parse_hours(text: str) -> tuple[OpenRange, ...]:
    """`"0900-1230,1400-1800"` → two ranges; empty text is a closed day. Ranges must be ordered."""
    cleaned = text.replace(" ", "").strip(",")
    if not cleaned:
        return ()
    ranges: list[OpenRange] = []
    for part in cleaned.split(","):
        match = _RANGE.match(part)
        if match is None:
            raise HoursFormatError(HOURS_FORMAT(text=text[:80]))
        sh, sm, eh, em = (int(g) for g in match.groups())
        start, end = sh * 60 + sm, eh * 60 + em
        if sh > 23 or eh > 24 or end > 1440:
            raise HoursFormatError(HOURS_FORMAT(text=text[:80]))
        if end <= start or (ranges and start < ranges[-1].end):
            raise HoursFormatError(HOURS_ORDER(range=part))
        ranges.append(OpenRange(start, end))
    return tuple(ranges)


def format_hours(ranges: Iterable[OpenRange]) -> str:
    return ",".join(r.text() for r in ranges)


def zone_or_error(name: str) -> ZoneInfo:
    """The zone named `name`; refuses anything not in the tz database (no file paths, no "")."""
    if not name or name not in _zone_names():
        raise HoursFormatError(UNKNOWN_ZONE(zone=name[:80]))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise HoursFormatError(UNKNOWN_ZONE(zone=name[:80])) from exc


_ZONES: frozenset[str] = frozenset()


def _zone_names() -> frozenset[str]:
    global _ZONES
    if not _ZONES:
        _ZONES = frozenset(available_timezones()) | {"UTC"}
    return _ZONES


def zone_names() -> list[str]:
    return sorted(_zone_names())


def _aware(at: datetime) -> datetime:
    """A naive datetime is taken as UTC (what SQLite gives back)."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


@dataclass(frozen=True)
class BusinessCalendar:
    """Weekly open ranges (index 0 = Monday), holidays (closed all day) and the zone they are in."""

    zone: ZoneInfo
    week: tuple[tuple[OpenRange, ...], ...]
    holidays: Mapping[date, str] = field(default_factory=dict)

    @classmethod
    def from_texts(
        cls, timezone: str, hours: Mapping[str, str], holidays: Iterable[Holiday] = ()
    ) -> BusinessCalendar:
        """From a time sheet's fields: `hours` maps "monday"… to its text; a missing day is closed."""
        week = tuple(parse_hours(hours.get(day, "")) for day in WEEKDAYS)
        return cls(zone_or_error(timezone), week, {h.day: h.name for h in holidays})

    @classmethod
    def always_open(cls) -> BusinessCalendar:
        return cls(ZoneInfo("UTC"), tuple((OpenRange(0, 1440),) for _ in WEEKDAYS))

    # ---- the open intervals of one local day, as UTC instants ---------------------------------------
    def _instant(self, day: date, minutes: int) -> datetime:
        local = datetime.combine(day, time()) + timedelta(minutes=minutes)
        # Wall-clock arithmetic in naive time, then the zone: 24:00 is the next day's midnight.
        return local.replace(tzinfo=self.zone).astimezone(UTC)

    def intervals_on(self, day: date) -> list[tuple[datetime, datetime]]:
        """The open intervals of local date `day` (UTC, ordered, non-empty, not overlapping)."""
        if day in self.holidays:
            return []
        result: list[tuple[datetime, datetime]] = []
        for rng in self.week[day.weekday()]:
            start, end = self._instant(day, rng.start), self._instant(day, rng.end)
            if result and start < result[-1][1]:
                start = result[-1][1]
            if end > start:
                result.append((start, end))
        return result

    def _intervals_from(self, at: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open intervals that end after `at`, in order, for SEARCH_DAYS local days."""
        first = at.astimezone(self.zone).date() - timedelta(days=1)
        for offset in range(SEARCH_DAYS + 2):
            for start, end in self.intervals_on(first + timedelta(days=offset)):
                if end > at:
                    yield max(start, at), end

    # ---- questions ----------------------------------------------------------------------------------
    def is_open(self, at: datetime) -> bool:
        at = _aware(at).astimezone(UTC)
        day = at.astimezone(self.zone).date()
        return any(
            start <= at < end for d in (day - timedelta(days=1), day) for start, end in self.intervals_on(d)
        )

    def holiday_name(self, at: datetime) -> str | None:
        return self.holidays.get(_aware(at).astimezone(self.zone).date())

    def next_open(self, at: datetime) -> datetime:
        """`at` itself when open, else the start of the next open interval."""
        at = _aware(at).astimezone(UTC)
        for start, _end in self._intervals_from(at):
            return start
        raise NeverOpen("no open hours in the coming years")

    def add_business_time(self, start: datetime, seconds: float) -> datetime:
        """The instant at which `seconds` of open time have passed since `start` (the SLA deadline).

        Returned in UTC. Zero seconds gives `start` when open, else the next opening.
        """
        if seconds < 0:
            raise ValueError("seconds must not be negative")
        at = _aware(start).astimezone(UTC)
        remaining = timedelta(seconds=seconds)
        for begin, end in self._intervals_from(at):
            if begin + remaining <= end:
                return begin + remaining
            remaining -= end - begin
        raise NeverOpen("no open hours in the coming years")

    def business_seconds_between(self, start: datetime, end: datetime) -> float:
        """Open time between two instants (0 when `end` is not after `start`)."""
        a, b = _aware(start).astimezone(UTC), _aware(end).astimezone(UTC)
        if b <= a:
            return 0.0
        total = timedelta()
        for begin, stop in self._intervals_from(a):
            if begin >= b:
                break
            total += min(stop, b) - begin
        return total.total_seconds()

    def week_preview(self, monday: date) -> list[tuple[date, list[tuple[datetime, datetime]], str | None]]:
        """Seven local days from `monday`: each day's open intervals (local times) and holiday name."""
        days = []
        for offset in range(7):
            day = monday + timedelta(days=offset)
            local = [(s.astimezone(self.zone), e.astimezone(self.zone)) for s, e in self.intervals_on(day)]
            days.append((day, local, self.holidays.get(day)))
        return days
