"""The users export (`agents`): gated, journaled, sensitive columns chosen explicitly, never half a file.

It needs `read_user` (which users) and `read_export` (taking data out, permissions.md). Names and
e-mail addresses are sensitive (audit-and-exports.md): they are off unless the caller lists them,
so a default export is `nickname, role, teams, locale, timezone, enabled`. Every cell goes through
the shared neutraliser (spreadsheet_safety.py) and the file is written beside its target, synced
and renamed in place only when complete. `export.requested` and `export.created` (format, fields,
row count — never the data) are recorded in the same unit of work as the read, after the file is
written, so the journal's tip is not held for the whole export.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import user_scope
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, StorageError, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.spreadsheet_safety import (
    SafeCsvWriter,
    atomic_export,
    clean_partial_exports,
)
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.csv_format import COLUMNS, TEAM_SEPARATOR
from engage_desktop.services.users.listing import count_rows, filtered_users

EXPORT_NAME = "agents"
EXPORT_CHUNK = 2000
SENSITIVE_FIELDS: frozenset[str] = frozenset({"firstname", "lastname", "email"})
DEFAULT_FIELDS: tuple[str, ...] = tuple(c for c in COLUMNS if c not in SENSITIVE_FIELDS)
FORMATS = ("bi", "excel-en", "excel-fr")

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

EXPORT_CANCELLED = ErrorCode(
    "csv.export_cancelled", QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
)
CANNOT_WRITE_IN = ErrorCode(
    "csv.cannot_write_in", QT_TRANSLATE_NOOP("Errors", "Cannot write in “{folder}”: {reason}.")
)
CANNOT_WRITE = ErrorCode("csv.cannot_write", QT_TRANSLATE_NOOP("Errors", "Cannot write “{file}”: {reason}."))
NO_FIELDS = ErrorCode(
    "export.no_fields", QT_TRANSLATE_NOOP("Errors", "Choose at least one column to export.")
)
UNKNOWN_FIELD = ErrorCode(
    "export.unknown_field",
    QT_TRANSLATE_NOOP("Errors", "Unknown column “{field}”; the columns are: {fields}."),
)
UNKNOWN_FORMAT = ErrorCode(
    "export.unknown_format",
    QT_TRANSLATE_NOOP("Errors", "Unknown export format “{format}”; the formats are: {formats}."),
)


class ExportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(EXPORT_CANCELLED())


@dataclass(frozen=True)
class ExportFormat:
    """`bi` (UTF-8, `,`, 1/0) or `excel` (BOM; en: `,` true/false; fr: `;` vrai/faux)."""

    kind: str = "bi"
    language: str = "en"

    @classmethod
    def named(cls, name: str) -> ExportFormat:
        """`bi`, `excel-en` or `excel-fr` (the command line's names)."""
        if name not in FORMATS:
            raise ValidationError("format", UNKNOWN_FORMAT(format=name, formats=", ".join(FORMATS)))
        kind, _, language = name.partition("-")
        return cls(kind, language or "en")

    @property
    def name(self) -> str:
        return "bi" if self.kind != "excel" else f"excel-{self.language}"

    @property
    def delimiter(self) -> str:
        return ";" if self.kind == "excel" and self.language == "fr" else ","

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.kind == "excel" else "utf-8"

    def boolean(self, value: bool) -> str:
        if self.kind != "excel":
            return "1" if value else "0"
        if self.language == "fr":
            return "vrai" if value else "faux"
        return "true" if value else "false"


def chosen_fields(fields: Iterable[str] | None) -> tuple[str, ...]:
    """The columns to write, in the file's order; None means the default (no sensitive column)."""
    if fields is None:
        return DEFAULT_FIELDS
    wanted = [" ".join(f.split()).casefold() for f in fields]
    for name in wanted:
        if name not in COLUMNS:
            raise ValidationError("fields", UNKNOWN_FIELD(field=name, fields=", ".join(COLUMNS)))
    if not wanted:
        raise ValidationError("fields", NO_FIELDS())
    return tuple(c for c in COLUMNS if c in wanted)


def _export_rows(session: Session, query: ListQuery, scope: Any) -> Iterator[list[dict[str, Any]]]:
    """Chunks of rows by id (keyset pages: as fast at the last chunk as at the first)."""
    last_id = 0
    columns = (User.firstname, User.lastname, User.nickname, User.email, Role.label)
    while True:
        stmt = filtered_users(
            select(User.id, *columns, User.locale, User.timezone, User.enabled).join(
                Role, Role.id == User.role_id
            ),
            query,
            scope,
        )
        rows = session.execute(stmt.where(User.id > last_id).order_by(User.id).limit(EXPORT_CHUNK)).all()
        if not rows:
            return
        ids = [r[0] for r in rows]
        teams: dict[int, list[str]] = {}
        for user_id, name in session.execute(
            select(TeamMember.user_id, Team.name)
            .join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.user_id.in_(ids))
            .order_by(Team.name_key)
        ):
            teams.setdefault(user_id, []).append(name)
        yield [
            {
                "firstname": r[1],
                "lastname": r[2],
                "nickname": r[3],
                "email": r[4],
                "role": r[5],
                "teams": TEAM_SEPARATOR.join(teams.get(r[0], [])),
                "locale": r[6],
                "timezone": r[7],
                "enabled": bool(r[8]),
            }
            for r in rows
        ]
        last_id = ids[-1]


def export_users(
    uow: UnitOfWork,
    target: Path,
    *,
    query: ListQuery,
    fmt: ExportFormat,
    fields: Sequence[str] | None = None,
    should_stop: ShouldStop = lambda: False,
    report: Report = lambda _done, _total: None,
) -> int:
    """Write the users the actor may see that match `query`; returns how many rows were written.

    The file is in place when this returns; the caller commits the journal (or removes the file).
    """
    uow.require(Permission.READ_USER, Permission.READ_EXPORT)
    columns = chosen_fields(fields)
    scope = user_scope(uow)
    total = count_rows(uow.session, query, scope)
    written = 0
    try:
        with atomic_export(target, fmt.encoding) as stream:
            writer = SafeCsvWriter(stream, delimiter=fmt.delimiter)
            writer.writerow(columns)
            for chunk in _export_rows(uow.session, query, scope):
                if should_stop():
                    raise ExportCancelled()
                writer.writerows(
                    [fmt.boolean(row[c]) if c == "enabled" else row[c] for c in columns] for row in chunk
                )
                written += len(chunk)
                report(written, total)
            details = {
                "export": EXPORT_NAME,
                "format": fmt.name,
                "fields": list(columns),
                "sensitive_fields": sorted(SENSITIVE_FIELDS.intersection(columns)),
                "filters": sorted(query.filters),
                "search": bool(query.search),
            }
            uow.record("export.requested", object_type="export", object_id=EXPORT_NAME, details=details)
            uow.record(
                "export.created",
                object_type="export",
                object_id=EXPORT_NAME,
                details={**details, "rows": written, "file": target.name},
            )
            uow.session.flush()
    except FileNotFoundError as exc:
        raise StorageError(
            CANNOT_WRITE_IN(folder=str(target.parent), reason=exc.strerror or str(exc))
        ) from exc
    except OSError as exc:
        raise StorageError(CANNOT_WRITE(file=target.name, reason=exc.strerror or str(exc))) from exc
    return written


class UserCsvExport:
    """The entry point the Users page and the command line call: one unit of work per export."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(
        self,
        path: str | os.PathLike[str],
        query: ListQuery | None = None,
        fmt: ExportFormat | None = None,
        should_stop: ShouldStop = lambda: False,
        report: Report = lambda _done, _total: None,
        *,
        fields: Sequence[str] | None = None,
    ) -> int:
        target = Path(path)
        clean_partial_exports(target.parent)
        with UnitOfWork(self.ctx) as uow:
            written = export_users(
                uow,
                target,
                query=query or ListQuery(),
                fmt=fmt or ExportFormat(),
                fields=fields,
                should_stop=should_stop,
                report=report,
            )
            try:
                uow.commit()
            except BaseException:
                target.unlink(missing_ok=True)  # data out of the account must be journaled
                raise
            return written
