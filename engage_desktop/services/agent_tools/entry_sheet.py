"""The reply assistant as a spreadsheet (CSV or XLSX): one line per version, the entry's fields
repeated on each of its lines, lists (shortcuts, categories, sources) one item per line inside
their cell. Export and import use the same layout, so a round trip gives back the same entries.

Cells a spreadsheet would run as formulas are neutralised on export (`neutralise_cell`) and
restored on import (`restore_cell`), in both formats. CSV is read as UTF-8 (with or without BOM),
falling back to Windows-1252/Latin-1, which every byte decodes.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.spreadsheet_safety import (
    SafeCsvWriter,
    atomic_export,
    neutralise_cell,
    restore_cell,
)
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.users.csv_format import sniff_delimiter

# The layout's columns, in export order; `entry` groups the lines of one entry.
COLUMNS = (
    "entry",
    "label",
    "shortcuts",
    "group",
    "categories",
    "sources",
    "foreign_id",
    "language",
    "format",
    "body",
    "version_sources",
)
REQUIRED_COLUMNS = ("label", "language", "body")
MAX_ROWS = 60_000
LIST_SEPARATOR = "\n"

SHEET_UNREADABLE = ErrorCode(
    "reply_assistant_import.unreadable",
    QT_TRANSLATE_NOOP("Errors", "The file cannot be read as a spreadsheet: {reason}"),
)
SHEET_EMPTY = ErrorCode(
    "reply_assistant_import.empty",
    QT_TRANSLATE_NOOP("Errors", "The file is empty: it needs a header line and one line per version."),
)
SHEET_TOO_BIG = ErrorCode(
    "reply_assistant_import.too_big",
    QT_TRANSLATE_NOOP("Errors", "The file has more than {limit} lines; split it."),
)
EXPORT_FAILED = ErrorCode(
    "reply_assistant_export.failed", QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")
)


@dataclass(frozen=True)
class Sheet:
    """What a file holds: its header and its lines (cells as text, formulas restored)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_line: int = 2  # the file line of rows[0] (1 = the header)


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Layout column -> index of the header that names it (case and spaces ignored)."""
    wanted = {c.replace("_", " "): c for c in COLUMNS}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = " ".join(header.replace("_", " ").split()).casefold()
        if key in wanted and wanted[key] not in mapping:
            mapping[wanted[key]] = index
    return mapping


def read_sheet(path: Path) -> Sheet:
    """Refuses (ValidationError on `file`) a file that is no CSV/XLSX, is empty or too big."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", SHEET_UNREADABLE(reason=exc.strerror or str(exc))) from exc
    if path.suffix.casefold() == ".xlsx" or data.startswith(b"PK\x03\x04"):
        table = _xlsx_rows(data)
    else:
        table = _csv_rows(data)
    table = [row for row in table if any(cell.strip() for cell in row)] if table else []
    if len(table) < 2:
        raise ValidationError("file", SHEET_EMPTY())
    if len(table) > MAX_ROWS + 1:
        raise ValidationError("file", SHEET_TOO_BIG(limit=MAX_ROWS))
    width = len(table[0])
    headers = tuple(restore_cell(h).strip() for h in table[0])
    rows = tuple(tuple(restore_cell(c) for c in (list(row) + [""] * width)[:width]) for row in table[1:])
    return Sheet(headers, rows)


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")
    if "\x00" in text:
        raise ValidationError("file", SHEET_UNREADABLE(reason="NUL"))
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text)))
    except csv.Error as exc:
        raise ValidationError("file", SHEET_UNREADABLE(reason=str(exc))) from exc


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _xlsx_rows(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only imports need it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, SyntaxError) as exc:
        raise ValidationError("file", SHEET_UNREADABLE(reason=type(exc).__name__)) from exc
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(
                ["" if v is None else xlsx_unescape(v) if isinstance(v, str) else str(v) for v in row]
            )
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError, SyntaxError) as exc:
        # SyntaxError: broken XML inside the zip (ElementTree's ParseError, lxml's XMLSyntaxError)
        raise ValidationError("file", SHEET_UNREADABLE(reason=type(exc).__name__)) from exc
    finally:
        book.close()


# OOXML's own escape (`_xHHHH_`, a literal `_x` prefixed by `_x005F_`), as Excel reads and writes it:
# for what XML cannot carry as is — a carriage return (XML turns it into a line feed) and the
# non-characters U+FFFE/U+FFFF (XML refuses them).
_XLSX_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\r\ufffe\uffff]")
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def xlsx_escape(text: str) -> str:
    return _XLSX_ESCAPED.sub(lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_", text)


def xlsx_unescape(text: str) -> str:
    return _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def write_sheet(path: Path, rows: Iterable[Sequence[str]]) -> None:
    """The header and `rows` to `path` (.xlsx or else CSV UTF-8 with BOM), all or nothing."""
    table = [list(COLUMNS), *([str(c) for c in row] for row in rows)]
    try:
        if path.suffix.casefold() == ".xlsx":
            _write_xlsx(path, table)
        else:
            with atomic_export(path, "utf-8-sig") as stream:
                SafeCsvWriter(stream).writerows(table)
    except OSError as exc:
        raise ValidationError("file", EXPORT_FAILED(path=str(path), reason=exc.strerror or str(exc))) from exc


def _write_xlsx(path: Path, table: list[list[str]]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet("reply_assistant")
    for row in table:
        sheet.append([xlsx_escape(neutralise_cell(cell)) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    with atomic_export(path, "latin-1") as stream:  # bytes through latin-1: one char per byte
        stream.write(buffer.getvalue().decode("latin-1"))
