"""Manual exports (Digital > Exports): one type, a period, the chosen fields, a format, one file.

The file is written beside its target under a temporary name and renamed over it only when
complete (spreadsheet_safety.atomic_export): a cancelled, failed or killed export never leaves half
a file under the final name. Every cell goes through the formula neutraliser. `export.requested`
and `export.created` (type, format, fields, period, row count — never the data) are journaled in
the same unit of work as the read, after the file is written; if that commit fails the file is
removed, since data that left the account must be journaled.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from engage_desktop.models import utcnow
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, PermissionDenied, StorageError, ValidationError
from engage_desktop.services.core.spreadsheet_safety import atomic_export, clean_partial_exports
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import unstorable
from engage_desktop.services.digital.export_formats import CellKind, CellWriter, ExportFormat, zone_named
from engage_desktop.services.digital.export_rows import ExportRowWriter
from engage_desktop.services.digital.exports_catalog import (
    BY_NAME,
    EXPORT_TYPES,
    JOURNAL,
    ExportColumn,
    ExportType,
)
from engage_desktop.services.digital.journal_browser import JournalQuery, where_journal
from engage_desktop.services.users.export import (
    CANNOT_WRITE,
    CANNOT_WRITE_IN,
    NO_FIELDS,
    UNKNOWN_FIELD,
    ExportCancelled,
)

CHUNK = 20_000
WINDOWS = {"complete": None, "day": timedelta(days=1), "week": timedelta(days=7), "month": timedelta(days=30)}

UNKNOWN_EXPORT = ErrorCode(
    "export.unknown_type",
    QT_TRANSLATE_NOOP("Errors", "Unknown export “{export}”; the exports are: {exports}."),
)
UNKNOWN_WINDOW = ErrorCode(
    "export.unknown_window",
    QT_TRANSLATE_NOOP("Errors", "Unknown period “{window}”; the periods are: complete, day, week, month."),
)
BAD_RANGE = ErrorCode("export.bad_range", QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
NO_UPDATE_TIME = ErrorCode(
    "export.no_update_time", QT_TRANSLATE_NOOP("Errors", "This export can only be bounded by creation time.")
)
TIME_WITHOUT_ZONE = ErrorCode(
    "export.time_without_zone", QT_TRANSLATE_NOOP("Errors", "A period's bound needs its time zone.")
)
BAD_FILE_NAME = ErrorCode(
    "export.bad_file_name",
    QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be a file name: it holds control characters."),
)

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportRequest:
    """`window` "day"/"week"/"month" is an incremental export (rows of the past day, week, month
    before `now`); `created_after`/`created_before` bound it further; `by_update` uses update time."""

    export: str
    format: str = "bi"
    fields: tuple[str, ...] | None = None  # None: every column that is not sensitive
    window: str = "complete"
    created_after: datetime | None = None
    created_before: datetime | None = None
    by_update: bool = False
    journal: JournalQuery = field(default_factory=JournalQuery)


@dataclass(frozen=True)
class ExportResult:
    export: str
    file: Path
    rows: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ExportChoice:
    """One line of the Exports page: what it is, whether the actor may run it, and if not why."""

    name: str
    title: str
    available: bool
    reason: str
    allowed: bool
    fields: tuple[str, ...]
    sensitive: frozenset[str]
    by_update: bool


def export_type(name: str) -> ExportType:
    found = BY_NAME.get(name)
    if found is None:
        raise ValidationError("export", UNKNOWN_EXPORT(export=name, exports=", ".join(BY_NAME)))
    if found.unavailable is not None:
        raise ValidationError("export", found.unavailable())
    return found


def chosen_fields(kind: ExportType, fields: Sequence[str] | None) -> tuple[str, ...]:
    if fields is None:
        return kind.default_fields
    wanted = {" ".join(str(f).split()).casefold() for f in fields}
    for name in sorted(wanted):
        if name not in kind.field_names:
            raise ValidationError("fields", UNKNOWN_FIELD(field=name, fields=", ".join(kind.field_names)))
    if not wanted:
        raise ValidationError("fields", NO_FIELDS())
    return tuple(c for c in kind.field_names if c in wanted)


def period(request: ExportRequest, now: datetime) -> tuple[datetime | None, datetime | None]:
    if request.window not in WINDOWS:
        raise ValidationError("window", UNKNOWN_WINDOW(window=request.window))
    span = WINDOWS[request.window]
    after, before = request.created_after, request.created_before
    for name, bound in (("created_after", after), ("created_before", before)):
        if bound is not None and (not isinstance(bound, datetime) or bound.utcoffset() is None):
            raise ValidationError(name, TIME_WITHOUT_ZONE())
    if span is not None:
        start = now - span
        after = start if after is None else max(after, start)
        before = now if before is None else min(before, now)
    if after is not None and before is not None and before <= after:
        raise ValidationError("created_before", BAD_RANGE())
    return after, before


RISKY_GLOB = "[-=+@'\t\r]*"  # spreadsheet_safety's risky first characters, as a GLOB
SAFE_IN_SQLITE = frozenset({CellKind.TEXT, CellKind.JSON, CellKind.LIST, CellKind.DATETIME, CellKind.BOOLEAN})


def _bi_cell_in_sqlite(column: ExportColumn) -> Any:
    """The BI cell computed by SQLite itself (its stored UTC text is already ISO), formula cells
    neutralised there too (one anchored GLOB on the stored value), so a million rows go from the
    cursor to the CSV writer without a Python step per cell. Numbers stay numbers (the writer
    checks their sign: SQLite would print a negative real differently from Python)."""
    value = column.expression()
    if column.kind is CellKind.BOOLEAN:
        return case((value.is_(None), ""), (value, "1"), else_="0")
    if column.kind is CellKind.DATETIME:
        iso = func.substr(value, 1, 10) + "T" + func.substr(value, 12, 5) + "+00:00"
        return case(
            (func.coalesce(value, "") == "", ""), (value.op("GLOB")(RISKY_GLOB), "'" + iso), else_=iso
        )
    if column.kind in SAFE_IN_SQLITE:
        return case((value.op("GLOB")(RISKY_GLOB), "'" + value), else_=func.coalesce(value, ""))
    return func.coalesce(value, "")


def _statement(
    kind: ExportType, columns: tuple[str, ...], request: ExportRequest, now: datetime, *, in_sql: bool = False
) -> Any:
    assert kind.base is not None and kind.key is not None and kind.created is not None
    by_name = {c.key: c for c in kind.columns}
    stmt = kind.base([_bi_cell_in_sqlite(by_name[c]) if in_sql else by_name[c].expression() for c in columns])
    if request.by_update and kind.updated is None:
        raise ValidationError("by_update", NO_UPDATE_TIME())
    moment = kind.updated() if request.by_update and kind.updated is not None else kind.created()
    after, before = period(request, now)
    if after is not None:
        stmt = stmt.where(moment >= after)
    if before is not None:
        stmt = stmt.where(moment < before)
    if kind.name == JOURNAL:
        stmt = where_journal(stmt, request.journal)
    return stmt.order_by(kind.key())


def _chunks(session: Any, stmt: Any, in_sql: bool) -> Iterator[Sequence[Sequence[Any]]]:
    """Core rows in chunks (no ORM object per row). On SQLite the cells computed by SQLite go from
    the DBAPI cursor's `fetchmany` straight to the writer (SQLite's cursor steps lazily, nothing is
    prefetched); elsewhere through SQLAlchemy's result, from a server-side cursor."""
    if in_sql:
        result = session.connection().execute(stmt)
        cursor = result.cursor
        try:
            while chunk := cursor.fetchmany(CHUNK):
                yield chunk
        finally:
            result.close()
        return
    streamed = stmt.execution_options(stream_results=True, yield_per=CHUNK)
    yield from session.connection().execute(streamed).partitions(CHUNK)


def _json_cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_export(
    uow: UnitOfWork,
    request: ExportRequest,
    target: Path,
    *,
    now: datetime | None = None,
    should_stop: ShouldStop = lambda: False,
    report: Report = lambda _d, _t: None,
) -> ExportResult:
    """Check, write the file in place, journal it (the caller commits, or removes the file)."""
    kind = export_type(request.export)
    actor = uow.require(*kind.permissions)
    fmt = ExportFormat.named(request.format)
    columns = chosen_fields(kind, request.fields)
    moment = now or utcnow()
    session = uow.session
    in_sql = fmt.kind != "excel" and session.get_bind().dialect.name == "sqlite"
    stmt = _statement(kind, columns, request, moment, in_sql=in_sql)
    total = int(session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
    cells = CellWriter(fmt, zone_named(actor.timezone))
    by_name = {c.key: c for c in kind.columns}
    kinds = [by_name[c].kind for c in columns]
    converters = cells.converters(kinds)
    for i, name in enumerate(columns):
        if by_name[name].kind is CellKind.JSON:
            converters[i] = _json_cell
    written = 0
    try:
        with atomic_export(target, fmt.encoding) as stream:
            checked = [None if in_sql and k in SAFE_IN_SQLITE else k for k in kinds]
            writer = ExportRowWriter(stream, fmt.delimiter, checked)
            writer.writeheader(columns)
            for chunk in _chunks(session, stmt, in_sql):
                if should_stop():
                    raise ExportCancelled()
                if in_sql:
                    writer.writerows(chunk)
                else:
                    writer.writerows(
                        [[conv(v) for conv, v in zip(converters, row, strict=True)] for row in chunk]
                    )
                written += len(chunk)
                report(written, total)
            if should_stop():
                raise ExportCancelled()
            _journal(uow, kind, request, fmt, columns, written, target, moment)
            session.flush()
    except FileNotFoundError as exc:
        raise StorageError(
            CANNOT_WRITE_IN(folder=str(target.parent), reason=exc.strerror or str(exc))
        ) from exc
    except OSError as exc:
        raise StorageError(CANNOT_WRITE(file=target.name, reason=exc.strerror or str(exc))) from exc
    return ExportResult(kind.name, target, written, columns)


def _journal(
    uow: UnitOfWork,
    kind: ExportType,
    request: ExportRequest,
    fmt: ExportFormat,
    columns: tuple[str, ...],
    rows: int,
    target: Path,
    now: datetime,
) -> None:
    after, before = period(request, now)
    details: dict[str, Any] = {
        "export": kind.name,
        "format": fmt.name,
        "fields": list(columns),
        "sensitive_fields": sorted(kind.sensitive_fields.intersection(columns)),
        "window": request.window,
        "from": after.isoformat() if after else None,
        "to": before.isoformat() if before else None,
        "by_update": request.by_update,
    }
    if kind.name == JOURNAL and request.journal.is_filtered:
        flt = request.journal
        details["journal_filter"] = {
            "actor_id": flt.actor_id,
            "names": list(flt.names),
            "object_type": flt.object_type,
            "object_id": flt.object_id,
            "from": flt.created_after.isoformat() if flt.created_after else None,
            "to": flt.created_before.isoformat() if flt.created_before else None,
        }
    uow.record("export.requested", object_type="export", object_id=kind.name, details=details)
    uow.record(
        "export.created",
        object_type="export",
        object_id=kind.name,
        details={**details, "rows": rows, "file": target.name},
    )


class ExportService:
    """The Exports page's entry points: what can be exported, and one export per call."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def available_exports(self) -> list[ExportChoice]:
        with UnitOfWork(self.ctx) as uow:
            held = uow.actor_permissions()
        return [
            ExportChoice(
                kind.name,
                kind.title,
                kind.available,
                kind.unavailable() if kind.unavailable is not None else "",
                all(p.value in held for p in kind.permissions),
                kind.field_names,
                kind.sensitive_fields,
                kind.updated is not None,
            )
            for kind in EXPORT_TYPES
        ]

    def export(
        self,
        request: ExportRequest,
        path: str | os.PathLike[str],
        should_stop: ShouldStop = lambda: False,
        report: Report = lambda _d, _t: None,
        *,
        now: datetime | None = None,
    ) -> ExportResult:
        target = Path(path)
        if unstorable(str(target)):  # NUL or undecodable bytes: no file system call may see it
            shown = "".join("?" if unstorable(c) else c for c in target.name)
            raise ValidationError("file", BAD_FILE_NAME(file=shown))
        clean_partial_exports(target.parent)
        with UnitOfWork(self.ctx) as uow:
            result = write_export(uow, request, target, now=now, should_stop=should_stop, report=report)
            try:
                uow.commit()
            except BaseException:
                target.unlink(missing_ok=True)
                raise
            return result


__all__ = ["ExportCancelled", "ExportRequest", "ExportResult", "ExportService", "PermissionDenied"]
