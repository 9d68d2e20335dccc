"""Importing and exporting reply-assistant entries (layout in entry_sheet.py).

`preview` checks every line against the account as it is (missing label, unknown group, category
or source, bad language code or format) and shows what the HTML sanitiser would change as a diff.
`import_entries` then writes the entries in one unit of work: with `all_or_nothing` any line with a
problem refuses the whole file; otherwise the entries with a bad line are skipped (the user
agreed after the preview). Cancelling rolls everything back. Each entry and version is journaled
as if created in the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import ReplyAssistantEntry, ReplyAssistantGroup
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.text_keys import fold
from engage_desktop.services.agent_tools.entries import add_entry, require_reply_assistant
from engage_desktop.services.agent_tools.entry_rules import FORMATS, EntryForm, VersionForm, clean_entry
from engage_desktop.services.agent_tools.entry_sheet import (
    LIST_SEPARATOR,
    REQUIRED_COLUMNS,
    Sheet,
    read_sheet,
    write_sheet,
)
from engage_desktop.services.agent_tools.html_safety import sanitiser_changes, sanitize_html
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, Message, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.categories import PATH_SEPARATOR, tree_nodes

ShouldStop = Callable[[], bool]
Report = Callable[[int, int], None]

MISSING_LABEL = ErrorCode(
    "reply_assistant_import.missing_label", QT_TRANSLATE_NOOP("Errors", "The label is missing.")
)
UNKNOWN_GROUP = ErrorCode(
    "reply_assistant_import.unknown_group", QT_TRANSLATE_NOOP("Errors", "No group is named “{name}”.")
)
UNKNOWN_CATEGORY = ErrorCode(
    "reply_assistant_import.unknown_category", QT_TRANSLATE_NOOP("Errors", "No category “{name}”.")
)
UNKNOWN_SOURCE = ErrorCode(
    "reply_assistant_import.unknown_source", QT_TRANSLATE_NOOP("Errors", "No channel is named “{name}”.")
)
BAD_LANGUAGE = ErrorCode(
    "reply_assistant_import.bad_language",
    QT_TRANSLATE_NOOP("Errors", "“{code}” is not a language code we know (for example en, fr, de)."),
)
BAD_FORMAT = ErrorCode(
    "reply_assistant_import.bad_format",
    QT_TRANSLATE_NOOP("Errors", "The format is text or html, not “{value}”."),
)
MISSING_COLUMNS = ErrorCode(
    "reply_assistant_import.missing_columns",
    QT_TRANSLATE_NOOP("Errors", "Choose a column for: {columns}."),
)
ENTRY_REFUSED = ErrorCode("reply_assistant_import.entry_refused", QT_TRANSLATE_NOOP("Errors", "{problem}"))
FILE_HAS_PROBLEMS = ErrorCode(
    "reply_assistant_import.file_has_problems",
    QCoreApplication.translate(
        "Errors", "%n line(s) have problems: nothing was imported (all or nothing).", None, 0
    ),
    plural="count",
)


@dataclass
class LineReport:
    line: int
    entry_key: str
    label: str
    problems: list[Message] = field(default_factory=list)
    sanitised: list[str] = field(default_factory=list)  # the sanitiser's diff of the body


@dataclass(frozen=True)
class ImportPreview:
    lines: tuple[LineReport, ...]
    entries: tuple[tuple[str, EntryForm], ...]  # (entry key, cleaned form) of the entries without problems
    skipped_entries: int

    @property
    def problem_count(self) -> int:
        return sum(1 for line in self.lines if line.problems)


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int


class ReplyAssistantImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read_file(self, path: Path) -> Sheet:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
        return read_sheet(path)

    def preview(self, sheet: Sheet, mapping: dict[str, int]) -> ImportPreview:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            return plan_import(uow.session, sheet, mapping)

    def import_entries(
        self,
        sheet: Sheet,
        mapping: dict[str, int],
        *,
        all_or_nothing: bool = True,
        report: Report | None = None,
        should_stop: ShouldStop | None = None,
    ) -> ImportResult | None:
        """None when cancelled (nothing written)."""
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            plan = plan_import(uow.session, sheet, mapping)
            if all_or_nothing and plan.problem_count:
                raise ValidationError("file", FILE_HAS_PROBLEMS(count=plan.problem_count))
            total = len(plan.entries)
            for done, (_key, form) in enumerate(plan.entries, start=1):
                if should_stop is not None and should_stop():
                    return None
                add_entry(uow, form)  # cleaned by the plan, in this same transaction
                if report is not None:
                    report(done, total)
            if should_stop is not None and should_stop():
                return None
            uow.commit(unjournaled=None if total else "nothing to import")
            return ImportResult(total, plan.skipped_entries)

    def export_entries(self, path: Path) -> int:
        """Every entry, one line per version, to .csv or .xlsx; returns the lines written."""
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            rows = export_rows(uow.session)
            uow.record(
                "export.created",
                object_type="export",
                details={"export": "reply_assistant-knowledge_base", "lines": len(rows)},
            )
            write_sheet(path, rows)
            uow.commit()
            return len(rows)


# ---- planning ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Names:
    groups: dict[str, int]
    categories: dict[str, int]
    sources: dict[str, int]


def _names(session: Session) -> _Names:
    groups = {
        fold(n): i for i, n in session.execute(select(ReplyAssistantGroup.id, ReplyAssistantGroup.name))
    }
    categories = {fold(node.path_text): node.id for node in tree_nodes(session)}
    sources = {fold(n): i for i, n in session.execute(select(ContentSource.id, ContentSource.name))}
    return _Names(groups, categories, sources)


def _items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]


def _ids(
    items: list[str], known: dict[str, int], error: ErrorCode, problems: list[Message]
) -> tuple[int, ...]:
    found = []
    for item in items:
        key = fold(item)
        if key in known:
            found.append(known[key])
        else:
            problems.append(error(name=item[:80]))
    return tuple(sorted(set(found)))


def plan_import(session: Session, sheet: Sheet, mapping: dict[str, int]) -> ImportPreview:
    missing = [c for c in REQUIRED_COLUMNS if c not in mapping]
    if missing:
        raise ValidationError("mapping", MISSING_COLUMNS(columns=", ".join(missing)))
    names = _names(session)
    lines: list[LineReport] = []
    entries: dict[str, EntryForm] = {}
    bad_keys: set[str] = set()

    def cell(row: tuple[str, ...], column: str) -> str:
        index = mapping.get(column)  # a column number; anything else (text, a float, True) names none
        usable = isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(row)
        return row[index] if usable else ""  # type: ignore[index]

    for offset, row in enumerate(sheet.rows):
        label = " ".join(cell(row, "label").split())
        key = cell(row, "entry").strip() or cell(row, "foreign_id").strip() or label or f"#{offset}"
        report = LineReport(sheet.first_line + offset, key, label)
        lines.append(report)
        problems = report.problems
        if not label:
            problems.append(MISSING_LABEL())
        group_name = cell(row, "group").strip()
        group_id = None
        if group_name:
            group_id = names.groups.get(fold(group_name))
            if group_id is None:
                problems.append(UNKNOWN_GROUP(name=group_name[:80]))
        categories = _ids(_items(cell(row, "categories")), names.categories, UNKNOWN_CATEGORY, problems)
        sources = _ids(_items(cell(row, "sources")), names.sources, UNKNOWN_SOURCE, problems)
        version_sources = _ids(_items(cell(row, "version_sources")), names.sources, UNKNOWN_SOURCE, problems)
        language = cell(row, "language").strip()
        body = cell(row, "body")
        entry_only = not language and not body and not cell(row, "format").strip()  # no version yet
        if not entry_only and language not in LANGUAGES:
            problems.append(BAD_LANGUAGE(code=language[:16]))
        fmt = cell(row, "format").strip().casefold() or "text"
        if fmt not in FORMATS:
            problems.append(BAD_FORMAT(value=fmt[:16]))
        if fmt == "html":
            report.sanitised = sanitiser_changes(body, sanitize_html(body))
        versions = () if entry_only else (VersionForm(language, fmt, body, version_sources),)
        entry = entries.get(key)
        if entry is None:
            shortcuts = tuple(_items(cell(row, "shortcuts")))
            entry = EntryForm(
                label, shortcuts, group_id, categories, sources, cell(row, "foreign_id").strip()
            )
        entries[key] = EntryForm(
            entry.label,
            entry.shortcuts,
            entry.group_id,
            entry.category_ids,
            entry.source_ids,
            entry.foreign_id,
            (*entry.versions, *versions),
        )
        if problems:
            bad_keys.add(key)
    for key, form in entries.items():  # what the editor would refuse (body rules, shortcuts, twins)
        if key in bad_keys:
            continue
        try:
            entries[key] = clean_entry(session, form)
        except ValidationError as exc:
            bad_keys.add(key)
            first = next(line for line in lines if line.entry_key == key)
            first.problems.extend(ENTRY_REFUSED(problem=m) for m in exc.errors.values())
    good = tuple((k, f) for k, f in entries.items() if k not in bad_keys)
    return ImportPreview(tuple(lines), good, len(bad_keys))


# ---- export --------------------------------------------------------------------------------------
def export_rows(session: Session) -> list[list[str]]:
    groups = dict(session.execute(select(ReplyAssistantGroup.id, ReplyAssistantGroup.name)).all())
    paths = {node.id: node.path_text for node in tree_nodes(session)}
    sources = dict(session.execute(select(ContentSource.id, ContentSource.name)).all())

    def joined(ids: list[int], names: dict[int, str]) -> str:
        return LIST_SEPARATOR.join(sorted(names[i] for i in ids if i in names))

    rows: list[list[str]] = []
    for entry in session.scalars(
        select(ReplyAssistantEntry).order_by(ReplyAssistantEntry.label_key, ReplyAssistantEntry.id)
    ):
        head = [
            entry.platform_id,
            entry.label,
            LIST_SEPARATOR.join(entry.shortcuts),
            groups.get(entry.group_id, "") if entry.group_id else "",
            joined(entry.category_ids, paths),
            joined(entry.source_ids, sources),
            entry.foreign_id,
        ]
        for version in entry.versions:
            rows.append(
                [*head, version.language, version.format, version.body, joined(version.source_ids, sources)]
            )
        if not entry.versions:
            rows.append([*head, "", "", "", ""])
    return rows


__all__ = ["PATH_SEPARATOR", "ImportPreview", "ImportResult", "LineReport", "ReplyAssistantImportService"]
