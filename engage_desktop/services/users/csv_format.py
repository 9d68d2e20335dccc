"""The users CSV layout, shared by import and export, and the export itself.

Columns: firstname, lastname, nickname, email, role, teams (`|`-separated), locale, timezone,
enabled. Reading accepts UTF-8 with or without BOM and sniffs `,` or `;`; writing follows the
export formats of audit-and-exports.md (BI: no BOM, `,`, 1/0 — Excel: BOM, `,` in English and `;`
in French, true/false or vrai/faux). A file is written beside its target and moved in place at the
end, so a cancelled or failed export never leaves half a file where a good one was.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User
from engage_desktop.services.access.scope import user_scope
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, StorageError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.listing import filtered_users

COLUMNS: tuple[str, ...] = (
    "firstname",
    "lastname",
    "nickname",
    "email",
    "role",
    "teams",
    "locale",
    "timezone",
    "enabled",
)
REQUIRED: tuple[str, ...] = ("firstname", "lastname", "nickname", "email", "role")
TEAM_SEPARATOR = "|"
ALIASES = {
    "first name": "firstname",
    "last name": "lastname",
    "e-mail": "email",
    "mail": "email",
    "time zone": "timezone",
    "language": "locale",
    "team": "teams",
    "active": "enabled",
}
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "vrai", "oui"})
FALSE_WORDS = frozenset({"0", "false", "no", "n", "faux", "non"})
MAX_ROWS = 200_000
EXPORT_CHUNK = 2000

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

EXPORT_CANCELLED = ErrorCode(
    "csv.export_cancelled", QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written.")
)
CANNOT_WRITE_IN = ErrorCode(
    "csv.cannot_write_in", QT_TRANSLATE_NOOP("Errors", "Cannot write in “{folder}”: {reason}.")
)
CANNOT_WRITE = ErrorCode("csv.cannot_write", QT_TRANSLATE_NOOP("Errors", "Cannot write “{file}”: {reason}."))
NOT_UTF8 = ErrorCode(
    "csv.not_utf8", QT_TRANSLATE_NOOP("Errors", "The file is not UTF-8 text; save it as CSV UTF-8.")
)
TOO_MANY_ROWS = ErrorCode(
    "csv.too_many_rows",
    QCoreApplication.translate("Errors", "The file holds more than %n user(s); split it.", None, 0),
    plural="count",
)
NUL_CHARACTER = ErrorCode(
    "csv.nul_character",
    QT_TRANSLATE_NOOP("Errors", "The line contains a NUL character; is this a CSV file?"),
)
EXTRA_VALUES = ErrorCode(
    "csv.extra_values",
    QT_TRANSLATE_NOOP("Errors", "{values} values where the header names {columns} columns."),
)
UNREADABLE = ErrorCode(
    "csv.unreadable", QT_TRANSLATE_NOOP("Errors", "The file cannot be read as CSV: {reason}.")
)
EMPTY_FILE = ErrorCode(
    "csv.empty",
    QT_TRANSLATE_NOOP("Errors", "The file is empty: it needs a header line and one line per user."),
)
UNKNOWN_COLUMN = ErrorCode(
    "csv.unknown_column",
    QT_TRANSLATE_NOOP("Errors", "Unknown column “{column}”; the columns are: {columns}."),
)
MISSING_COLUMN = ErrorCode(
    "csv.missing_column", QT_TRANSLATE_NOOP("Errors", "The column “{column}” is missing.")
)
DUPLICATED_COLUMN = ErrorCode(
    "csv.duplicated_column", QT_TRANSLATE_NOOP("Errors", "The column “{column}” appears twice.")
)


class ExportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(EXPORT_CANCELLED())


@dataclass(frozen=True)
class CsvIssue:
    """A problem at a line of the file (1 = the header) and a column ("" for the whole line)."""

    line: int
    column: str
    message: str


@dataclass(frozen=True)
class CsvTable:
    delimiter: str
    columns: tuple[str, ...]
    records: tuple[tuple[int, dict[str, str]], ...]  # (line, values by column)
    issues: tuple[CsvIssue, ...]  # problems with the file as a whole: nothing can be imported


def parse_enabled(text: str) -> bool | None:
    """Empty means enabled; None when the word is not understood."""
    word = text.strip().casefold()
    if not word or word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def sniff_delimiter(text: str) -> str:
    header = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if header.count(";") > header.count(",") else ","


def read_table(data: bytes) -> CsvTable:
    """Decode, sniff and split; the header names the columns (any order, known aliases)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return CsvTable(",", (), (), (CsvIssue(line, "", NOT_UTF8()),))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, dict[str, str]]] = []
    issues: list[CsvIssue] = []
    columns: tuple[str, ...] = ()
    last_line = 0
    try:
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if not columns:
                columns = tuple(
                    ALIASES.get(" ".join(c.split()).casefold(), " ".join(c.split()).casefold()) for c in cells
                )
                issues.extend(_header_issues(line, columns))
                if issues:
                    break
                continue
            if len(records) >= MAX_ROWS:
                issues.append(CsvIssue(line, "", TOO_MANY_ROWS(count=MAX_ROWS)))
                break
            if "\x00" in "".join(cells):
                issues.append(CsvIssue(line, "", NUL_CHARACTER()))
                break
            values = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(columns)}
            extra = [c for c in cells[len(columns) :] if c.strip()]
            if extra:
                values["__extra__"] = EXTRA_VALUES(values=len(cells), columns=len(columns))
            records.append((line, values))
    except csv.Error as exc:
        issues.append(CsvIssue(reader.line_num or 1, "", UNREADABLE(reason=str(exc))))
    if not columns and not issues:
        issues.append(CsvIssue(1, "", EMPTY_FILE()))
    return CsvTable(delimiter, columns, tuple(records), tuple(issues))


def _header_issues(line: int, columns: tuple[str, ...]) -> list[CsvIssue]:
    issues = [
        CsvIssue(line, name, UNKNOWN_COLUMN(column=name, columns=list(COLUMNS)))
        for name in columns
        if name not in COLUMNS
    ]
    issues += [CsvIssue(line, name, MISSING_COLUMN(column=name)) for name in REQUIRED if name not in columns]
    duplicated = sorted({name for name in columns if columns.count(name) > 1})
    issues += [CsvIssue(line, name, DUPLICATED_COLUMN(column=name)) for name in duplicated]
    return issues


# ---- export ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportFormat:
    """`bi` (UTF-8, `,`, 1/0) or `excel` (BOM; en: `,` true/false; fr: `;` vrai/faux)."""

    kind: str = "bi"
    language: str = "en"

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


def _export_rows(session: Session, query: ListQuery, scope: Any) -> Iterator[list[list[str | bool]]]:
    """Chunks of rows by id (keyset pages: as fast at the last chunk as at the first)."""
    last_id = 0
    while True:
        stmt = filtered_users(
            select(
                User.id,
                User.firstname,
                User.lastname,
                User.nickname,
                User.email,
                Role.label,
                User.locale,
                User.timezone,
                User.enabled,
            ).join(Role, Role.id == User.role_id),
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
            [r[1], r[2], r[3], r[4], r[5], TEAM_SEPARATOR.join(teams.get(r[0], [])), r[6], r[7], r[8]]
            for r in rows
        ]
        last_id = ids[-1]


class UserCsvExport:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(
        self,
        path: str | os.PathLike[str],
        query: ListQuery | None = None,
        fmt: ExportFormat | None = None,
        should_stop: ShouldStop = lambda: False,
        report: Report = lambda _done, _total: None,
    ) -> int:
        """The users the actor may see that match `query`; returns how many were written."""
        from engage_desktop.services.users.listing import count_rows

        target, query, fmt = Path(path), query or ListQuery(), fmt or ExportFormat()
        with UnitOfWork(self.ctx) as uow:
            scope = user_scope(uow)
            total = count_rows(uow.session, query, scope)
            try:
                handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            except OSError as exc:
                raise StorageError(
                    CANNOT_WRITE_IN(folder=str(target.parent), reason=exc.strerror or str(exc))
                ) from exc
            written = 0
            try:
                with os.fdopen(handle, "w", encoding=fmt.encoding, newline="") as stream:
                    writer = csv.writer(stream, delimiter=fmt.delimiter, lineterminator="\r\n")
                    writer.writerow(COLUMNS)
                    for chunk in _export_rows(uow.session, query, scope):
                        if should_stop():
                            raise ExportCancelled()
                        writer.writerows([*row[:-1], fmt.boolean(bool(row[-1]))] for row in chunk)
                        written += len(chunk)
                        report(written, total)
                os.replace(temporary, target)
            except OSError as exc:
                raise StorageError(CANNOT_WRITE(file=target.name, reason=exc.strerror or str(exc))) from exc
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
            return written
