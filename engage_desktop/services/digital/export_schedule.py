"""When an automated export is due: its slots (every day, every Monday, the 1st of the month, at
an hour of the owner's time zone), the ones missed while nothing ran (catch-up, oldest first), and
when a failed run is tried again.

Pure functions of the clock they are given, so the tests can walk across months and DST changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo

SCHEDULES = ("daily", "monday", "month_first")
MAX_CATCH_UP = 31  # missed slots run at once after a long pause; older ones are skipped
RETRY_FIRST = timedelta(minutes=5)
RETRY_MAX = timedelta(hours=6)
UNSAFE_IN_NAMES = frozenset('/\\:*?"<>|')
# Bidirectional controls make "report\u202ecsv.exe" read as another name in a file manager.
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Names Windows gives to devices, whatever their extension ("NUL.csv" writes nowhere).
WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
)
# A delivered name gets ".<name>.<8 hex>.partial" while it is copied: 18 bytes under the usual 255.
MAX_FILE_NAME_BYTES = 237


def _matches(schedule: str, day: date) -> bool:
    if schedule == "daily":
        return True
    if schedule == "monday":
        return day.weekday() == 0
    if schedule == "month_first":
        return day.day == 1
    raise ValueError(f"unknown schedule {schedule!r}")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _slot(day: date, hour: int, zone: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=zone).astimezone(UTC)


def slots_between(
    schedule: str, hour: int, zone: tzinfo, after: datetime, until: datetime
) -> Iterator[datetime]:
    """Every slot s with after < s <= until, oldest first (UTC)."""
    after, until = _aware(after), _aware(until)
    day = after.astimezone(zone).date()
    last = until.astimezone(zone).date()
    while day <= last:
        if _matches(schedule, day):
            slot = _slot(day, hour, zone)
            if after < slot <= until:
                yield slot
        day += timedelta(days=1)


def due_slots(
    schedule: str,
    hour: int,
    zone: tzinfo,
    *,
    last_slot: datetime | None,
    created_at: datetime,
    now: datetime,
) -> list[datetime]:
    """The slots to export now: after the last exported one (or the task's creation), up to now;
    at most the MAX_CATCH_UP newest."""
    start = _aware(last_slot) if last_slot is not None else _aware(created_at)
    start = max(start, _aware(now) - timedelta(days=400))
    return list(slots_between(schedule, hour, zone, start, now))[-MAX_CATCH_UP:]


def next_slot(schedule: str, hour: int, zone: tzinfo, after: datetime) -> datetime:
    """The first slot strictly after `after` (shown in the task list)."""
    moment = _aware(after)
    return next(slots_between(schedule, hour, zone, moment, moment + timedelta(days=62)))


def retry_delay(failures: int) -> timedelta:
    """5 min, 10, 20 … up to 6 h after the `failures`-th failure in a row."""
    doublings: int = 1 << min(20, max(0, failures - 1))
    return min(RETRY_MAX, RETRY_FIRST * doublings)


def file_name(pattern: str, *, label: str, export_name: str, slot: datetime, zone: tzinfo) -> str:
    """`{label}`, `{year}`, `{month}`, `{day}`, `{export_name}` filled in (the slot's local date)."""
    local = _aware(slot).astimezone(zone)
    values = {
        "label": label,
        "export_name": export_name,
        "year": f"{local.year:04d}",
        "month": f"{local.month:02d}",
        "day": f"{local.day:02d}",
    }
    out = pattern
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    cleaned = "".join(
        "_" if c in UNSAFE_IN_NAMES or c in BIDI_CONTROLS or ord(c) < 32 else c for c in out
    ).strip()
    name = cleaned.lstrip(".") or export_name
    return "_" + name if name.split(".")[0].strip().upper() in WINDOWS_DEVICES else name
