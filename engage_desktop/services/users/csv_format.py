"""The users CSV layout, shared by import and export (export.py), and reading a file.

Columns: firstname, lastname, nickname, email, role, teams, locale, timezone, enabled. Reading
accepts UTF-8 with or without BOM and sniffs `,` or `;`. Teams are written `|`-separated and read
back separated by `|`, `;` or `,` (as people type them; a team whose own name holds `;` or `,` is
still found by its whole name). A cell starting with an apostrophe that the export added in front
of `=`, `+`, `-`, `@`, tab or CR (spreadsheet_safety.py) is read back without it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.spreadsheet_safety import restore_cell
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication

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

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

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
EMPTY_LINE = ErrorCode("csv.empty_line", QT_TRANSLATE_NOOP("Errors", "The line is empty."))
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
    """Decode, sniff and split; the header names the columns (any order, known aliases).

    An empty line (or one of separators only) between users is a record marked `__empty__`, so
    the preview reports it at its line; empty lines before the header or after the last user are
    not records (editors and spreadsheets add them)."""
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
    empty_lines: list[int] = []
    last_line = 0
    try:
        for cells in reader:
            line, last_line = last_line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                if columns:
                    empty_lines.append(line)  # reported only if a user's line follows
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
            records.extend((empty, {"__empty__": EMPTY_LINE()}) for empty in empty_lines)
            empty_lines.clear()
            if "\x00" in "".join(cells):
                issues.append(CsvIssue(line, "", NUL_CHARACTER()))
                break
            values = {
                name: (restore_cell(cells[i].strip()) if i < len(cells) else "")
                for i, name in enumerate(columns)
            }
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
