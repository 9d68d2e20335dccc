"""Business hours as routing sees them: is it open now, and when does an SLA run out.

An SLA counts only open time (outside hours the clock stops). The Settings section owns the time
sheets and their calendar (services/settings/business_hours.py); `TimeSheetHours` adapts those of a
source to this protocol. `AlwaysOpen` is the 24/7 default (a source without time sheets),
`WeeklyHours` a small plain one for tests and simulations. Times are POSIX seconds (UTC).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from engage_desktop.services.settings.business_hours import BusinessCalendar as SheetCalendar
from zoneinfo import ZoneInfo

DAY = 86_400.0


class BusinessCalendar(Protocol):
    def is_open(self, at: float) -> bool: ...

    def add_open_seconds(self, start: float, seconds: float) -> float:
        """The instant when `seconds` of open time have passed after `start`."""
        ...


class AlwaysOpen:
    def is_open(self, at: float) -> bool:
        return True

    def add_open_seconds(self, start: float, seconds: float) -> float:
        return start + seconds


ALWAYS_OPEN = AlwaysOpen()


@dataclass(frozen=True)
class WeeklyHours:
    """Opening intervals per weekday (0 = Monday) in minutes after local midnight, holidays closed."""

    hours: Mapping[int, tuple[tuple[int, int], ...]]
    timezone: str = "UTC"
    holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def parse(
        cls, days: Mapping[int, str], timezone: str = "UTC", holidays: Iterable[date] = ()
    ) -> WeeklyHours:
        """`days[0] = "0900-1230,1400-1800"` (the time sheet's text form; empty = closed)."""
        hours: dict[int, tuple[tuple[int, int], ...]] = {}
        for weekday, spec in days.items():
            spans = []
            for part in filter(None, (p.strip() for p in spec.split(","))):
                start, end = part.split("-")
                spans.append((int(start[:2]) * 60 + int(start[2:]), int(end[:2]) * 60 + int(end[2:])))
            hours[weekday] = tuple(sorted(spans))
        return cls(hours, timezone, frozenset(holidays))

    def _spans(self, day: date) -> list[tuple[float, float]]:
        """That local day's open spans as POSIX seconds."""
        if day in self.holidays:
            return []
        zone = ZoneInfo(self.timezone)
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
        out = []
        for start, end in self.hours.get(day.weekday(), ()):
            a = (midnight + timedelta(minutes=start)).timestamp()
            b = (midnight + timedelta(minutes=end)).timestamp()
            out.append((a, b))
        return out

    def _local_day(self, at: float) -> date:
        return datetime.fromtimestamp(at, UTC).astimezone(ZoneInfo(self.timezone)).date()

    def is_open(self, at: float) -> bool:
        return any(a <= at < b for a, b in self._spans(self._local_day(at)))

    def add_open_seconds(self, start: float, seconds: float) -> float:
        if not any(self.hours.values()):
            return float("inf")  # never open: the SLA never runs out
        left, day, at = seconds, self._local_day(start), start
        for _ in range(3700):  # ten years of days at most
            for a, b in self._spans(day):
                if b <= at:
                    continue
                begin = max(a, at)
                if begin + left <= b:
                    return begin + left
                left -= b - begin
            day += timedelta(days=1)
        return float("inf")


class TimeSheetHours:
    """A source's active time sheets (Settings > Business hours): open when one of them is, and the
    SLA runs out at the earliest deadline they give."""

    def __init__(self, calendars: Sequence[SheetCalendar]) -> None:
        self.calendars = tuple(calendars)

    def is_open(self, at: float) -> bool:
        when = datetime.fromtimestamp(at, UTC)
        return any(calendar.is_open(when) for calendar in self.calendars)

    def add_open_seconds(self, start: float, seconds: float) -> float:
        from engage_desktop.services.settings.business_hours import NeverOpen

        when = datetime.fromtimestamp(start, UTC)
        deadlines = []
        for calendar in self.calendars:
            try:
                deadlines.append(calendar.add_business_time(when, seconds).timestamp())
            except NeverOpen:
                continue
        return min(deadlines, default=float("inf"))
