"""Settings › Business hours: time sheets (create, edit, delete, import holidays) and their calendars.

Everything here needs `update_time_sheet`. The routing engine does not act as a user: it calls
`calendar_for_sheet` / `calendars_for_source` with its own session and gets pure
`BusinessCalendar`s (business_hours.py) for SLA deadlines.

Operations: `create_time_sheet`, `update_time_sheet`, `delete_time_sheet`, `import_holidays`;
`TimeSheetService` is the views' entry point.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.channels import ContentSource
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id, nfc, unstorable
from engage_desktop.services.settings.business_hours import (
    WEEKDAYS,
    BusinessCalendar,
    Holiday,
    HoursFormatError,
    format_hours,
    parse_hours,
)
from engage_desktop.services.settings.holiday_import import NO_HOLIDAYS, parse_holidays

MANAGE = Permission.UPDATE_TIME_SHEET
MAX_HOLIDAY_NAME = 120

TIME_SHEET_GONE = ErrorCode(
    "time_sheet.not_found",
    QT_TRANSLATE_NOOP("Errors", "This time sheet no longer exists (it may have been deleted elsewhere)."),
)
HOLIDAY_NAME_BAD = ErrorCode(
    "time_sheet.holiday_name",
    QT_TRANSLATE_NOOP(
        "Errors", "The holiday of {date} has a name that is too long or holds control characters."
    ),
)


@dataclass(frozen=True)
class TimeSheetForm:
    label: str
    timezone: str = "UTC"
    hours: dict[str, str] = field(default_factory=dict)  # "monday" … "sunday" → "0900-1800"
    holidays: tuple[Holiday, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class TimeSheetRow:
    id: int
    platform_id: str
    label: str
    active: bool
    timezone: str
    open_days: int
    holiday_count: int
    source_count: int
    updated_at: datetime


@dataclass(frozen=True)
class TimeSheetDetail:
    id: int
    platform_id: str
    label: str
    active: bool
    timezone: str
    hours: dict[str, str]
    holidays: tuple[Holiday, ...]
    source_labels: tuple[str, ...]
    version: int

    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar.from_texts(self.timezone, self.hours, self.holidays)


@dataclass(frozen=True)
class HolidayImportResult:
    detail: TimeSheetDetail
    added: int
    problems: tuple[str, ...]


SORTABLE = {
    "label": TimeSheet.label,
    "timezone": TimeSheet.timezone,
    "active": TimeSheet.active,
    "updated_at": TimeSheet.updated_at,
}


class TimeSheetService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(func.lower(TimeSheet.label).like(like_pattern(query.search), escape="\\"))
        if query.filters.get("active") is not None:
            stmt = stmt.where(TimeSheet.active == bool(query.filters["active"]))
        return stmt

    def count_time_sheets(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return int(uow.session.scalar(self._filtered(select(func.count(TimeSheet.id)), query)) or 0)

    def list_time_sheets(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[TimeSheetRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            order = SORTABLE.get(query.sort or "label", TimeSheet.label)
            stmt = self._filtered(select(TimeSheet), query).order_by(
                order.desc() if query.descending else order.asc(), TimeSheet.id
            )
            return [_row(uow.session, s) for s in uow.session.scalars(stmt.offset(offset).limit(limit))]

    def get_time_sheet(self, sheet_id: int) -> TimeSheetDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return _detail(uow.session, _load(uow.session, sheet_id))

    def create_time_sheet(self, form: TimeSheetForm) -> TimeSheetDetail:
        return run_operation(self.ctx, create_time_sheet, form)

    def update_time_sheet(
        self, sheet_id: int, form: TimeSheetForm, *, version: int | None = None
    ) -> TimeSheetDetail:
        return run_operation(self.ctx, update_time_sheet, sheet_id, form, version=version)

    def delete_time_sheet(self, sheet_id: int) -> None:
        run_operation(self.ctx, delete_time_sheet, sheet_id)

    def import_holidays(self, sheet_id: int, text: str) -> HolidayImportResult:
        return run_operation(self.ctx, import_holidays, sheet_id, text)


# ---- operations ----------------------------------------------------------------------------------
def create_time_sheet(uow: UnitOfWork, form: TimeSheetForm) -> TimeSheetDetail:
    uow.require(MANAGE)
    values = _valid(form)
    sheet = TimeSheet(**values)
    uow.session.add(sheet)
    uow.session.flush()
    _record(uow, "time_sheet.created", sheet, {})
    return _detail(uow.session, sheet)


def update_time_sheet(
    uow: UnitOfWork, sheet_id: int, form: TimeSheetForm, *, version: int | None = None
) -> TimeSheetDetail:
    uow.require(MANAGE)
    sheet = _load(uow.session, sheet_id)
    values = _valid(form)
    uow.ensure_version(sheet, version, object_type="time_sheet", theirs=_snapshot(sheet), mine=values)
    before = _snapshot(sheet)
    for key, value in values.items():
        setattr(sheet, key, value)
    _record(uow, "time_sheet.updated", sheet, before)
    return _detail(uow.session, sheet)


def delete_time_sheet(uow: UnitOfWork, sheet_id: int) -> None:
    """Sources lose the link (the association rows cascade); their own settings stay."""
    uow.require(MANAGE)
    sheet = _load(uow.session, sheet_id)
    before, platform_id = _snapshot(sheet), sheet.platform_id
    uow.session.delete(sheet)
    uow.session.flush()
    uow.record(
        "time_sheet.destroyed",
        object_type="time_sheet",
        object_id=platform_id,
        changes=field_diff(before, {}),
    )


def import_holidays(uow: UnitOfWork, sheet_id: int, text: str) -> HolidayImportResult:
    """Adds the file's holidays to the sheet (a date already there keeps its name)."""
    uow.require(MANAGE)
    sheet = _load(uow.session, sheet_id)
    parsed = parse_holidays(text if isinstance(text, str) else "")
    existing = {h.day for h in _holidays(sheet)}
    new = [h for h in parsed.holidays if h.day not in existing]
    if not parsed.holidays:
        raise ValidationError(
            "holidays", NO_HOLIDAYS(), **({"file": parsed.problems[0]} if parsed.problems else {})
        )
    merged = _clean_holidays([*_holidays(sheet), *new])
    _check_holiday_names(merged)  # the file's names follow the rule of typed ones
    before = _snapshot(sheet)
    sheet.holidays = _holiday_json(merged)
    _record(uow, "time_sheet.updated", sheet, before, details={"imported_holidays": len(new)})
    return HolidayImportResult(_detail(uow.session, sheet), len(new), parsed.problems)


# ---- for the routing engine (no actor: it runs as the system) ------------------------------------
def calendar_for_sheet(session: Session, sheet_id: int) -> BusinessCalendar:
    return _detail(session, _load(session, sheet_id)).calendar()


def calendars_for_source(session: Session, source_id: int) -> list[BusinessCalendar]:
    """The active time sheets linked to a content source (none: the source is always open)."""
    source = session.get(ContentSource, source_id) if is_id(source_id) else None
    if source is None:
        return []
    return [_detail(session, s).calendar() for s in source.time_sheets if s.active]


# ---- helpers -------------------------------------------------------------------------------------
def _valid(form: TimeSheetForm) -> dict[str, Any]:
    errors = FieldErrors()
    label = errors.required("label", form.label, QT_TRANSLATE_NOOP("Errors", "Label"))
    zone = errors.timezone("timezone", form.timezone if isinstance(form.timezone, str) else "")
    values: dict[str, Any] = {"label": label, "timezone": zone, "active": bool(form.active)}
    for day in WEEKDAYS:
        text = form.hours.get(day, "") if isinstance(form.hours, dict) else ""
        try:
            values[f"{day}_hours"] = format_hours(parse_hours(text if isinstance(text, str) else "x"))
        except HoursFormatError as exc:
            errors.add(day, exc.message)
    holidays = _clean_holidays(list(form.holidays))
    _check_holiday_names(holidays, errors)
    errors.raise_if_any()
    values["holidays"] = _holiday_json(holidays)
    return values


def _check_holiday_names(holidays: list[Holiday], errors: FieldErrors | None = None) -> None:
    """Names over MAX_HOLIDAY_NAME or holding NUL/control characters/lone surrogates are refused
    under `holidays` (raised at once when no `errors` collects them)."""
    found = errors if errors is not None else FieldErrors()
    for holiday in holidays:
        if len(holiday.name) > MAX_HOLIDAY_NAME or unstorable(holiday.name):
            found.add("holidays", HOLIDAY_NAME_BAD(date=holiday.day.isoformat()))
    if errors is None:
        found.raise_if_any()


def _clean_holidays(holidays: list[Holiday]) -> list[Holiday]:
    by_day: dict[date, str] = {}
    for holiday in holidays:
        if isinstance(holiday, Holiday) and isinstance(holiday.day, date):
            by_day.setdefault(holiday.day, nfc(" ".join(str(holiday.name).split())))
    return [Holiday(day, by_day[day]) for day in sorted(by_day)]


def _holiday_json(holidays: list[Holiday]) -> list[dict[str, Any]]:
    return [{"date": h.day.isoformat(), "name": h.name} for h in holidays]


def _holidays(sheet: TimeSheet) -> list[Holiday]:
    result = []
    for item in sheet.holidays or []:
        try:
            result.append(Holiday(date.fromisoformat(str(item["date"])), str(item.get("name", ""))))
        except (KeyError, TypeError, ValueError):
            continue
    return result


def _snapshot(sheet: TimeSheet) -> dict[str, Any]:
    values: dict[str, Any] = {"label": sheet.label, "timezone": sheet.timezone, "active": sheet.active}
    for day in WEEKDAYS:
        values[f"{day}_hours"] = getattr(sheet, f"{day}_hours") or ""
    values["holidays"] = list(sheet.holidays or [])
    return values


def _record(
    uow: UnitOfWork,
    name: str,
    sheet: TimeSheet,
    before: dict[str, Any],
    details: dict[str, Any] | None = None,
) -> None:
    changes = field_diff(before, _snapshot(sheet))
    if changes:
        uow.session.flush()
        uow.record(
            name, object_type="time_sheet", object_id=sheet.platform_id, changes=changes, details=details
        )


def _load(session: Session, sheet_id: int) -> TimeSheet:
    sheet = session.get(TimeSheet, sheet_id) if is_id(sheet_id) else None
    if sheet is None:
        raise NotFound(TIME_SHEET_GONE())
    return sheet


def _sources_of(session: Session, sheet: TimeSheet) -> list[str]:
    stmt = select(ContentSource.name).where(ContentSource.time_sheets.any(TimeSheet.id == sheet.id))
    return sorted(session.scalars(stmt))


def _row(session: Session, sheet: TimeSheet) -> TimeSheetRow:
    open_days = sum(1 for day in WEEKDAYS if getattr(sheet, f"{day}_hours"))
    return TimeSheetRow(
        sheet.id,
        sheet.platform_id,
        sheet.label,
        sheet.active,
        sheet.timezone,
        open_days,
        len(sheet.holidays or []),
        len(_sources_of(session, sheet)),
        sheet.updated_at,
    )


def _detail(session: Session, sheet: TimeSheet) -> TimeSheetDetail:
    session.flush()
    return TimeSheetDetail(
        sheet.id,
        sheet.platform_id,
        sheet.label,
        sheet.active,
        sheet.timezone,
        {day: getattr(sheet, f"{day}_hours") or "" for day in WEEKDAYS},
        tuple(_holidays(sheet)),
        tuple(_sources_of(session, sheet)),
        sheet.version,
    )
