"""Business hours: the pure calendar (open ranges, holidays, DST in Europe/Paris and
America/New_York, SLA deadlines), holiday import from CSV and ICS, and the time-sheet service
(journal, validation, permission) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.business_hours import (
    BusinessCalendar,
    Holiday,
    HoursFormatError,
    NeverOpen,
    OpenRange,
    parse_hours,
)
from engage_desktop.services.settings.holiday_import import parse_holidays
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS_9_TO_6 = {d: "0900-1800" for d in ("monday", "tuesday", "wednesday", "thursday", "friday")}


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone)  # type: ignore[misc]


# ---- parsing ---------------------------------------------------------------------------------------
def test_hours_text_reads_several_ranges_and_refuses_bad_ones() -> None:
    assert parse_hours("0900-1230,1400-1800") == (OpenRange(540, 750), OpenRange(840, 1080))
    assert parse_hours(" 0000-2400 ") == (OpenRange(0, 1440),)
    assert parse_hours("") == ()
    for bad in ("9-18", "0900-0800", "0900-1200,1100-1300", "2500-2600", "0900-1260", "abcd-efgh", "0900"):
        with pytest.raises(HoursFormatError):
            parse_hours(bad)


# ---- the calendar ----------------------------------------------------------------------------------
def test_open_inside_ranges_closed_at_lunch_weekends_and_holidays() -> None:
    calendar = BusinessCalendar.from_texts(
        "Europe/Paris",
        {"monday": "0900-1230,1400-1800", "tuesday": "0900-1800"},
        [Holiday(date(2026, 12, 8), "Staff day")],
    )
    monday = date(2026, 11, 30)
    assert calendar.is_open(local(PARIS, 2026, 11, 30, 9, 0))
    assert not calendar.is_open(local(PARIS, 2026, 11, 30, 8, 59))
    assert not calendar.is_open(local(PARIS, 2026, 11, 30, 13, 0))
    assert not calendar.is_open(local(PARIS, 2026, 11, 30, 18, 0))  # end is exclusive
    assert not calendar.is_open(local(PARIS, 2026, 12, 5, 10, 0))  # Saturday
    assert not calendar.is_open(local(PARIS, 2026, 12, 8, 10, 0))  # the holiday (a Tuesday)
    assert calendar.is_open(local(PARIS, 2026, 12, 1, 10, 0))
    assert calendar.holiday_name(local(PARIS, 2026, 12, 8, 10, 0)) == "Staff day"
    # The same instant given in another zone is the same answer: 08:30 UTC is 09:30 in Paris.
    assert calendar.is_open(datetime(2026, 11, 30, 8, 30, tzinfo=UTC))
    assert not calendar.is_open(datetime(2026, 11, 30, 7, 30))  # naive = UTC = 08:30 Paris
    preview = calendar.week_preview(monday)
    assert [len(intervals) for _day, intervals, _h in preview] == [2, 1, 0, 0, 0, 0, 0]


def test_deadline_skips_closed_time_lunch_and_weekend() -> None:
    calendar = BusinessCalendar.from_texts(
        "Europe/Paris", {**WEEKDAYS_9_TO_6, "monday": "0900-1230,1400-1800"}
    )
    # Friday 17:00 + 2 hours of open time → Monday 10:00 (one hour on Friday, one on Monday).
    friday = local(PARIS, 2026, 12, 4, 17, 0)
    assert calendar.add_business_time(friday, 7200) == local(PARIS, 2026, 12, 7, 10, 0)
    # Monday 12:00 + 1 hour → 30 minutes before lunch, 30 after → 14:30.
    assert calendar.add_business_time(local(PARIS, 2026, 12, 7, 12, 0), 3600) == local(
        PARIS, 2026, 12, 7, 14, 30
    )
    # From a closed moment, zero seconds is the next opening.
    assert calendar.add_business_time(local(PARIS, 2026, 12, 5, 12, 0), 0) == local(PARIS, 2026, 12, 7, 9, 0)
    start = local(PARIS, 2026, 12, 4, 17, 0)
    end = calendar.add_business_time(start, 12345)
    assert calendar.business_seconds_between(start, end) == pytest.approx(12345)


@pytest.mark.parametrize(
    ("zone", "spring_sunday", "autumn_sunday"),
    [(PARIS, date(2026, 3, 29), date(2026, 10, 25)), (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1))],
)
def test_dst_changes_keep_wall_clock_hours_and_their_length(
    zone: ZoneInfo, spring_sunday: date, autumn_sunday: date
) -> None:
    """Open 0000-2400 on Sundays: the spring Sunday has 23 hours, the autumn one 25; 09:00-18:00
    the next Monday still opens at 09:00 local and lasts nine hours."""
    calendar = BusinessCalendar.from_texts(zone.key, {**WEEKDAYS_9_TO_6, "sunday": "0000-2400"})

    def wall(day: date, days: int, hour: int) -> datetime:
        return datetime.combine(day + timedelta(days=days), time(hour), tzinfo=zone)

    for sunday, hours in ((spring_sunday, 23), (autumn_sunday, 25)):
        midnight = wall(sunday, 0, 0)
        assert (
            calendar.business_seconds_between(midnight, midnight + timedelta(days=3))
            == (hours + 9 + 9) * 3600
        )
        assert calendar.add_business_time(wall(sunday, 1, 9), 9 * 3600) == wall(sunday, 1, 18)
        # Saturday (closed) + 24 open hours: the short Sunday is used up and Monday gives the last
        # hour (10:00); the long Sunday ends the 24 hours at 23:00 on its own wall clock.
        deadline = calendar.add_business_time(wall(sunday, -1, 17), 24 * 3600).astimezone(zone)
        expected = wall(sunday, 1, 10) if hours == 23 else wall(sunday, 0, 23)
        assert deadline.replace(tzinfo=None) == expected.replace(tzinfo=None)


def test_dst_gap_and_repeated_hour_inside_a_range() -> None:
    """Paris 2026-03-29 02:00→03:00 does not exist; 2026-10-25 02:00-03:00 happens twice."""
    calendar = BusinessCalendar.from_texts("Europe/Paris", {"sunday": "0100-0400"})
    spring = datetime(2026, 3, 29, 1, tzinfo=PARIS)
    autumn = datetime(2026, 10, 25, 1, tzinfo=PARIS)
    assert calendar.business_seconds_between(spring, spring + timedelta(hours=6)) == 2 * 3600
    assert calendar.business_seconds_between(autumn, autumn + timedelta(hours=6)) == 4 * 3600
    second_two_thirty = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=PARIS)
    assert calendar.is_open(second_two_thirty)
    assert not calendar.is_open(datetime(2026, 3, 29, 4, 0, tzinfo=PARIS))


def test_a_calendar_that_never_opens_says_so() -> None:
    calendar = BusinessCalendar.from_texts("UTC", {})
    with pytest.raises(NeverOpen):
        calendar.add_business_time(datetime(2026, 1, 1, tzinfo=UTC), 60)
    assert BusinessCalendar.always_open().add_business_time(datetime(2026, 1, 1, tzinfo=UTC), 60) == datetime(
        2026, 1, 1, 0, 1, tzinfo=UTC
    )


# ---- holiday files ---------------------------------------------------------------------------------
def test_holidays_from_csv_with_header_semicolons_and_bad_lines() -> None:
    parsed = parse_holidays("date;name\n2026-12-25;Noël\n2026-13-01;nope\n\n2027-01-01;Jour de l'an\n")
    assert parsed.holidays == (Holiday(date(2026, 12, 25), "Noël"), Holiday(date(2027, 1, 1), "Jour de l'an"))
    assert len(parsed.problems) == 1 and "Line 3" in parsed.problems[0]


def test_holidays_from_ics_with_folded_lines_and_multi_day_events() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\n"
        "DTEND;VALUE=DATE:20261227\r\nSUMMARY:Christmas\r\n  break\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:New Year\\, day\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:garbage\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = parse_holidays(ics)
    assert [(h.day.isoformat(), h.name) for h in parsed.holidays] == [
        ("2026-12-24", "Christmas break"),
        ("2026-12-25", "Christmas break"),
        ("2026-12-26", "Christmas break"),
        ("2027-01-01", "New Year, day"),
    ]
    assert len(parsed.problems) == 1


# ---- the service -----------------------------------------------------------------------------------
def sheet_form(label: str = "Paris office", **more: object) -> TimeSheetForm:
    values: dict[str, object] = {
        "label": label,
        "timezone": "Europe/Paris",
        "hours": {**WEEKDAYS_9_TO_6, "monday": "0900-1230,1400-1800"},
        "holidays": (Holiday(date(2026, 12, 25), "Christmas"),),
    }
    values.update(more)
    return TimeSheetForm(**values)  # type: ignore[arg-type]


def test_time_sheet_create_edit_import_delete_journaled(admin: Signed) -> None:
    sheets = TimeSheetService(admin.ctx)
    created = sheets.create_time_sheet(sheet_form())
    assert created.hours["monday"] == "0900-1230,1400-1800" and created.hours["sunday"] == ""
    assert not created.calendar().is_open(local(PARIS, 2026, 12, 25, 10, 0))
    assert sheets.count_time_sheets(ListQuery(search="paris")) == 1
    [row] = sheets.list_time_sheets(ListQuery())
    assert (row.open_days, row.holiday_count, row.source_count) == (5, 1, 0)

    updated = sheets.update_time_sheet(
        created.id, sheet_form(timezone="America/New_York"), version=created.version
    )
    assert updated.timezone == "America/New_York"
    result = sheets.import_holidays(created.id, "2026-12-25,Other name\n2027-01-01,New Year\n")
    assert result.added == 1
    assert [h.name for h in result.detail.holidays] == ["Christmas", "New Year"]
    sheets.delete_time_sheet(created.id)
    with pytest.raises(NotFound):
        sheets.get_time_sheet(created.id)
    events = journal(admin, "time_sheet.created", "time_sheet.updated", "time_sheet.destroyed")[::-1]
    assert [e.name for e in events] == [
        "time_sheet.created",
        "time_sheet.updated",
        "time_sheet.updated",
        "time_sheet.destroyed",
    ]
    assert events[1].changes["timezone"] == {"from": "Europe/Paris", "to": "America/New_York"}


def test_time_sheet_refuses_bad_hours_zone_and_label_per_field(admin: Signed) -> None:
    sheets = TimeSheetService(admin.ctx)
    with pytest.raises(ValidationError) as caught:
        sheets.create_time_sheet(
            sheet_form(label="", timezone="Mars/Olympus", hours={"monday": "9-5", "friday": "1800-0900"})
        )
    assert set(caught.value.errors) == {"label", "timezone", "monday", "friday"}
    with pytest.raises(ValidationError):
        sheets.create_time_sheet(sheet_form(holidays=(Holiday(date(2026, 1, 1), "bad\x00name"),)))
    with pytest.raises(ValidationError):
        sheets.import_holidays(sheets.create_time_sheet(sheet_form()).id, "not a date,at all\n")
    assert sheets.count_time_sheets(ListQuery()) == 1


def test_time_sheets_need_update_time_sheet(admin: Signed) -> None:
    sheet = TimeSheetService(admin.ctx).create_time_sheet(sheet_form())
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    sheets = TimeSheetService(reader.ctx)
    with pytest.raises(PermissionDenied):
        sheets.list_time_sheets(ListQuery())
    with pytest.raises(PermissionDenied):
        sheets.update_time_sheet(sheet.id, sheet_form("Other"))
    with pytest.raises(PermissionDenied):
        sheets.create_time_sheet(sheet_form("Other"))
