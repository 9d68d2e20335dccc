"""Holidays from a file: CSV (`date,name`, ISO dates, `,` or `;`) or iCalendar (all-day VEVENTs).

Pure parsing; the time-sheet service validates and stores. A line that cannot be read is reported
with its line number rather than skipped in silence.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.settings.business_hours import Holiday

BAD_HOLIDAY_LINE = ErrorCode(
    "time_sheet.holiday_line",
    QT_TRANSLATE_NOOP("Errors", "Line {line}: “{text}” is not a date (YYYY-MM-DD) followed by a name."),
)
NO_HOLIDAYS = ErrorCode(
    "time_sheet.no_holidays", QT_TRANSLATE_NOOP("Errors", "The file holds no holiday to import.")
)
TOO_MANY_HOLIDAYS = ErrorCode(
    "time_sheet.too_many_holidays",
    QT_TRANSLATE_NOOP("Errors", "The file holds {count} holiday days; only the first {limit} are read."),
)
MAX_HOLIDAYS = 2000
MAX_EVENT_DAYS = 60


@dataclass(frozen=True)
class HolidayImport:
    holidays: tuple[Holiday, ...]
    problems: tuple[str, ...]


def _capped(holidays: list[Holiday], problems: list[str]) -> HolidayImport:
    """At most MAX_HOLIDAYS days, and a problem saying what was left out (never dropped in silence)."""
    if len(holidays) > MAX_HOLIDAYS:
        problems.append(TOO_MANY_HOLIDAYS(count=len(holidays), limit=MAX_HOLIDAYS))
    return HolidayImport(tuple(holidays[:MAX_HOLIDAYS]), tuple(problems))


def parse_holidays(text: str) -> HolidayImport:
    """CSV or ICS, told apart by the `BEGIN:VCALENDAR` line."""
    text = text.lstrip("\ufeff")
    if text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        return _parse_ics(text)
    return _parse_csv(text)


def _parse_csv(text: str) -> HolidayImport:
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    holidays: list[Holiday] = []
    problems: list[str] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, start=1):
            if not row or not "".join(row).strip():
                continue
            head = row[0].strip()
            if number == 1 and head.lower() in {"date", "day", "jour"}:
                continue
            try:
                day = date.fromisoformat(head)
            except ValueError:
                problems.append(BAD_HOLIDAY_LINE(line=number, text=delimiter.join(row)[:80]))
                continue
            name = ",".join(part.strip() for part in row[1:]).strip(", ")
            holidays.append(Holiday(day, name))
    except csv.Error:  # a cell over the csv module's limit (128 KiB), a NUL: the rest is unreadable
        lines = text.splitlines()
        shown = lines[reader.line_num - 1][:80] if 0 < reader.line_num <= len(lines) else ""
        problems.append(BAD_HOLIDAY_LINE(line=reader.line_num, text=shown))
    return _capped(holidays, problems)


def _unfolded(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if raw[:1] in {" ", "\t"} and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def _ics_date(value: str) -> date:
    return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))


def _ics_text(value: str) -> str:
    return (
        value.replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _parse_ics(text: str) -> HolidayImport:
    holidays: list[Holiday] = []
    problems: list[str] = []
    event: dict[str, str] | None = None
    start_line = 0
    for number, line in enumerate(_unfolded(text), start=1):
        name, _sep, value = line.partition(":")
        key = name.split(";")[0].upper()
        if key == "BEGIN" and value.strip().upper() == "VEVENT":
            event, start_line = {}, number
        elif key == "END" and value.strip().upper() == "VEVENT" and event is not None:
            try:
                first = _ics_date(event.get("DTSTART", "").strip())
                end_text = event.get("DTEND", "").strip()
                last = _ics_date(end_text) - timedelta(days=1) if end_text else first
            except (ValueError, IndexError, OverflowError):  # OverflowError: ends before year 1
                problems.append(BAD_HOLIDAY_LINE(line=start_line, text=event.get("SUMMARY", "")[:80]))
                event = None
                continue
            label = _ics_text(event.get("SUMMARY", "")).strip()
            span = min(max((last - first).days, 0), MAX_EVENT_DAYS)
            holidays.extend(Holiday(first + timedelta(days=d), label) for d in range(span + 1))
            event = None
        elif event is not None and key in {"DTSTART", "DTEND", "SUMMARY"}:
            event[key] = value
    return _capped(holidays, problems)
