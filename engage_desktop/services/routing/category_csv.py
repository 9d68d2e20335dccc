"""The category tree as CSV: one line per category, its path ("Sales/Leads/Hot"), colour and flags.

Export writes the tree depth-first (a parent before its children). A cell a spreadsheet would run
as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe; import
takes that apostrophe off again, so a round trip gives back the same names. Import is all or
nothing: every line is checked first and any problem is reported with its line; only a clean file
is written, in one unit of work (missing parents on a path are created, an existing category gets
the file's colour and flags).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from engage_desktop.models.routing import CATEGORY_COLOURS, Category
from engage_desktop.models.text_keys import search_fold
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, StorageError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.spreadsheet_safety import SafeCsvWriter, atomic_export, restore_cell
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.routing.categories import (
    NAME_LABEL,
    PATH_SEPARATOR,
    CategoryForm,
    add_category,
    sibling_named,
    snapshot,
    tree_nodes,
)
from engage_desktop.services.users.csv_format import FALSE_WORDS, TRUE_WORDS, CsvIssue, sniff_delimiter

COLUMNS = ("path", "color", "mandatory", "multiple", "unselectable", "post_qualification")
FLAGS = COLUMNS[2:]
MAX_LINES = 20_000
ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

NOT_UTF8 = ErrorCode(
    "category_csv.not_utf8", QT_TRANSLATE_NOOP("Errors", "The file is not UTF-8 text; save it as CSV UTF-8.")
)
UNREADABLE = ErrorCode(
    "category_csv.unreadable", QT_TRANSLATE_NOOP("Errors", "The file cannot be read as CSV: {reason}.")
)
BAD_HEADER = ErrorCode(
    "category_csv.bad_header",
    QT_TRANSLATE_NOOP("Errors", "The first line must name the columns: {columns}."),
)
EMPTY = ErrorCode(
    "category_csv.empty",
    QT_TRANSLATE_NOOP("Errors", "The file is empty: it needs a header line and one line per category."),
)
TOO_MANY = ErrorCode(
    "category_csv.too_many",
    QCoreApplication.translate("Errors", "The file holds more than %n category(ies); split it.", None, 0),
    plural="count",
)
WRONG_WIDTH = ErrorCode(
    "category_csv.wrong_width",
    QT_TRANSLATE_NOOP("Errors", "{values} values where the header names {columns} columns."),
)
EMPTY_LEVEL = ErrorCode(
    "category_csv.empty_level",
    QT_TRANSLATE_NOOP("Errors", "The path “{path}” has an empty level (two “/” in a row, or one at an end)."),
)
BAD_COLOUR = ErrorCode(
    "category_csv.bad_colour",
    QT_TRANSLATE_NOOP("Errors", "The colour “{value}” is not a number from 0 to 11."),
)
BAD_FLAG = ErrorCode(
    "category_csv.bad_flag",
    QT_TRANSLATE_NOOP("Errors", "“{value}” in {column} is not yes/no (1/0, true/false)."),
)
REPEATED_PATH = ErrorCode(
    "category_csv.repeated_path",
    QT_TRANSLATE_NOOP("Errors", "The path “{path}” was already given at line {line}."),
)
IMPORT_CANCELLED = ErrorCode(
    "category_csv.cancelled", QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was imported.")
)
CANNOT_WRITE = ErrorCode(
    "category_csv.cannot_write", QT_TRANSLATE_NOOP("Errors", "Cannot write “{file}”: {reason}.")
)
NOT_IMPORTED = ErrorCode(
    "category_csv.not_imported",
    QCoreApplication.translate("Errors", "%n line(s) have problems; nothing was imported.", None, 0),
    plural="count",
)


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(IMPORT_CANCELLED())


class CategoryImportRefused(DomainError):
    """The file has problems: `issues` lists each with its line; nothing was written."""

    def __init__(self, issues: list[CsvIssue]) -> None:
        super().__init__(NOT_IMPORTED(count=len({i.line for i in issues})))
        self.issues = issues


@dataclass(frozen=True)
class CategoryImportReport:
    created: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class _Line:
    line: int
    path: tuple[str, ...]
    color: int
    flags: dict[str, bool]


class CategoryCsvService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export_csv(self) -> str:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            nodes = tree_nodes(uow.session)
        out = io.StringIO()
        writer = SafeCsvWriter(out)
        writer.writerow(COLUMNS)
        for node in nodes:
            flags = (node.mandatory, node.multiple, node.unselectable, node.post_qualification)
            writer.writerow([node.path_text, str(node.color), *("1" if f else "0" for f in flags)])
        return out.getvalue()

    def export_to(self, target: Path) -> None:
        """Writes the export beside `target` and moves it in place only once complete."""
        text = self.export_csv()
        try:
            with atomic_export(target, "utf-8") as stream:
                stream.write(text)
        except OSError as exc:
            raise StorageError(CANNOT_WRITE(file=str(target), reason=exc.strerror or str(exc))) from exc

    def import_csv(
        self, data: bytes, *, should_stop: ShouldStop = lambda: False, report: Report | None = None
    ) -> CategoryImportReport:
        """All or nothing: a problem, or `should_stop()` turning true, leaves the tree as it was."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            lines = parse(data)
            result = _apply(uow, lines, should_stop, report or (lambda _done, _total: None))
            uow.commit()
            return result


def parse(data: bytes) -> list[_Line]:
    """Every line checked; raises CategoryImportRefused with all the problems found."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CategoryImportRefused([CsvIssue(data[: exc.start].count(b"\n") + 1, "", NOT_UTF8())]) from exc
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    issues: list[CsvIssue] = []
    lines: list[_Line] = []
    seen: dict[tuple[str, ...], int] = {}
    header: list[str] | None = None
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [" ".join(c.split()).casefold() for c in cells]
                if tuple(header) != COLUMNS:
                    raise CategoryImportRefused([CsvIssue(line, "", BAD_HEADER(columns=", ".join(COLUMNS)))])
                continue
            if len(lines) >= MAX_LINES:
                issues.append(CsvIssue(line, "", TOO_MANY(count=MAX_LINES)))
                break
            parsed = _parse_line(line, cells, issues)
            if parsed is None:
                continue
            key = tuple(search_fold(n) for n in parsed.path)
            if key in seen:
                issues.append(
                    CsvIssue(
                        line, "path", REPEATED_PATH(path=PATH_SEPARATOR.join(parsed.path), line=seen[key])
                    )
                )
                continue
            seen[key] = line
            lines.append(parsed)
    except csv.Error as exc:
        issues.append(CsvIssue(reader.line_num or 1, "", UNREADABLE(reason=str(exc))))
    if header is None and not issues:
        issues.append(CsvIssue(1, "", EMPTY()))
    if issues:
        raise CategoryImportRefused(issues)
    return lines


def _parse_line(line: int, cells: list[str], issues: list[CsvIssue]) -> _Line | None:
    found: list[CsvIssue] = []
    if len(cells) != len(COLUMNS):
        issues.append(CsvIssue(line, "", WRONG_WIDTH(values=len(cells), columns=len(COLUMNS))))
        return None
    raw_path = restore_cell(cells[0].strip())
    segments = raw_path.split(PATH_SEPARATOR)
    names: list[str] = []
    if any(not " ".join(s.split()) for s in segments):
        found.append(CsvIssue(line, "path", EMPTY_LEVEL(path=raw_path)))
    else:
        for segment in segments:
            checks = FieldErrors()
            names.append(checks.required("name", segment, NAME_LABEL))
            if checks.errors:
                found.append(CsvIssue(line, "path", checks.errors["name"]))
                break
    color_text = cells[1].strip() or "0"
    color = int(color_text) if color_text.isdigit() else -1
    if not 0 <= color < CATEGORY_COLOURS:
        found.append(CsvIssue(line, "color", BAD_COLOUR(value=cells[1].strip())))
    flags: dict[str, bool] = {}
    for column, cell in zip(FLAGS, cells[2:], strict=True):
        word = cell.strip().casefold()
        if not word or word in FALSE_WORDS:
            flags[column] = False
        elif word in TRUE_WORDS:
            flags[column] = True
        else:
            found.append(CsvIssue(line, column, BAD_FLAG(value=cell.strip(), column=column)))
    issues.extend(found)
    return None if found else _Line(line, tuple(names), color, flags)


def _apply(
    uow: UnitOfWork, lines: list[_Line], should_stop: ShouldStop, report: Report
) -> CategoryImportReport:
    session = uow.session
    created = updated = unchanged = 0
    for done, entry in enumerate(lines):
        if should_stop():
            raise ImportCancelled()
        report(done, len(lines))
        parent: Category | None = None
        for depth, name in enumerate(entry.path):
            last = depth == len(entry.path) - 1
            existing = sibling_named(session, parent.id if parent else None, name)
            if existing is None:
                form = CategoryForm(name, parent.id if parent else None)
                if last:
                    form = CategoryForm(
                        name,
                        form.parent_id,
                        entry.color,
                        mandatory=entry.flags["mandatory"],
                        multiple=entry.flags["multiple"],
                        unselectable=entry.flags["unselectable"],
                        post_qualification=entry.flags["post_qualification"],
                    )
                existing = add_category(uow, form)
                created += 1
            elif last:
                before = snapshot(session, existing)
                existing.color = entry.color
                for column, value in entry.flags.items():
                    setattr(existing, column, value)
                changes = field_diff(before, snapshot(session, existing))
                if changes:
                    session.flush()
                    uow.record(
                        "category.updated",
                        object_type="category",
                        object_id=existing.platform_id,
                        changes=changes,
                    )
                    updated += 1
                else:
                    unchanged += 1
            parent = existing
    return CategoryImportReport(created, updated, unchanged)
