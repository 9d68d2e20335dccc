"""Reply assistant entries: the list (searched over labels, shortcuts and bodies through an index,
fluid at 50,000 entries), the editor's detail, create / edit / delete, duplicate shortcut warnings.

Everything needs `manage_reply_assistant` *and* the reply-assistant extension switched on; with
the extension off every call is refused, reading included (the pages are hidden). The rules of an
entry's fields live in entry_rules.py; import and export in entry_import.py / entry_export.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import (
    ENTRY_SEARCH_TABLE,
    ReplyAssistantAttachment,
    ReplyAssistantEntry,
    ReplyAssistantEntryCategory,
    ReplyAssistantEntrySource,
    ReplyAssistantGroup,
    ReplyAssistantShortcut,
    ReplyAssistantVersion,
)
from engage_desktop.models.base import utcnow
from engage_desktop.models.text_keys import fold
from engage_desktop.services.access.permissions import Extension, Permission
from engage_desktop.services.agent_tools.entry_lookup import EntryChoices, entry_choices, shortcut_clashes
from engage_desktop.services.agent_tools.entry_rules import (
    ENTRY_EVENT,
    AttachmentForm,
    EntryForm,
    VersionForm,
    clean_entry,
    entry_snapshot,
    search_key_of,
    write_versions,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, PermissionDenied
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, folded_search
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import is_id

MANAGE = Permission.MANAGE_REPLY_ASSISTANT

REPLY_ASSISTANT_OFF = ErrorCode(
    "reply_assistant.extension_off",
    QT_TRANSLATE_NOOP(
        "Errors", "The reply assistant is switched off for this account (Settings › Extensions)."
    ),
)
ENTRY_GONE = ErrorCode(
    "reply_assistant.entry_gone",
    QT_TRANSLATE_NOOP(
        "Errors", "This entry no longer exists (it may have been deleted on another workstation)."
    ),
)

__all__ = ["AttachmentForm", "EntryChoices", "EntryForm", "ReplyAssistantService", "VersionForm"]


@dataclass(frozen=True)
class EntryRow:
    id: int
    platform_id: str
    label: str
    shortcuts: str
    group: str
    languages: str
    version_count: int
    updated_at: datetime


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class VersionDetail:
    id: int
    language: str
    format: str
    body: str
    source_ids: tuple[int, ...]
    attachments: tuple[AttachmentInfo, ...]

    def form(self) -> VersionForm:
        kept = tuple(AttachmentForm(a.filename, id=a.id) for a in self.attachments)
        return VersionForm(self.language, self.format, self.body, self.source_ids, kept, self.id)


@dataclass(frozen=True)
class EntryDetail:
    id: int
    platform_id: str
    label: str
    shortcuts: tuple[str, ...]
    group_id: int | None
    category_ids: tuple[int, ...]
    source_ids: tuple[int, ...]
    foreign_id: str
    versions: tuple[VersionDetail, ...]
    version: int

    def form(self) -> EntryForm:
        return EntryForm(
            self.label,
            self.shortcuts,
            self.group_id,
            self.category_ids,
            self.source_ids,
            self.foreign_id,
            tuple(v.form() for v in self.versions),
        )


SORTABLE = {"label": ReplyAssistantEntry.label_key, "updated_at": ReplyAssistantEntry.updated_at}


class ReplyAssistantService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def is_enabled(self) -> bool:
        with UnitOfWork(self.ctx) as uow:
            return Extension.REPLY_ASSISTANT.value not in disabled_extensions(uow.session)

    # ---- reading -------------------------------------------------------------------------------
    def count_entries(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            stmt = _filtered(select(func.count(ReplyAssistantEntry.id)), query)
            return int(uow.session.scalar(stmt) or 0)

    def list_entries(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[EntryRow]:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            order = SORTABLE.get(query.sort or "label", ReplyAssistantEntry.label_key)
            stmt = _filtered(select(ReplyAssistantEntry), query).order_by(
                order.desc() if query.descending else order.asc(),
                ReplyAssistantEntry.id.desc() if query.descending else ReplyAssistantEntry.id,
            )
            entries = list(uow.session.scalars(stmt.offset(offset).limit(limit)))
            return _rows(uow.session, entries)

    def get_entry(self, entry_id: int) -> EntryDetail:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            return detail_of(uow.session, load_entry(uow.session, entry_id))

    def attachment_data(self, attachment_id: int) -> bytes:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            attachment = (
                uow.session.get(ReplyAssistantAttachment, attachment_id) if is_id(attachment_id) else None
            )
            if attachment is None:
                raise NotFound(ENTRY_GONE())
            return attachment.data

    def choices(self) -> EntryChoices:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            return entry_choices(uow.session)

    def shortcut_clashes(
        self, shortcuts: tuple[str, ...], exclude_id: int | None = None
    ) -> dict[str, list[str]]:
        """{shortcut: labels of the other entries using it} — a warning, not a refusal."""
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            return shortcut_clashes(uow.session, shortcuts, exclude_id)

    # ---- changing ------------------------------------------------------------------------------
    def create_entry(self, form: EntryForm) -> EntryDetail:
        return run_operation(self.ctx, create_entry, form)

    def update_entry(self, entry_id: int, form: EntryForm, *, version: int | None = None) -> EntryDetail:
        return run_operation(self.ctx, update_entry, entry_id, form, version=version)

    def delete_entry(self, entry_id: int) -> None:
        run_operation(self.ctx, delete_entry, entry_id)


# ---- operations ----------------------------------------------------------------------------------
def require_reply_assistant(uow: UnitOfWork) -> None:
    uow.require(MANAGE)
    if Extension.REPLY_ASSISTANT.value in disabled_extensions(uow.session):
        raise PermissionDenied(MANAGE.value, REPLY_ASSISTANT_OFF())


def create_entry(uow: UnitOfWork, form: EntryForm) -> EntryDetail:
    require_reply_assistant(uow)
    entry = add_entry(uow, clean_entry(uow.session, form))
    return detail_of(uow.session, entry)


def add_entry(uow: UnitOfWork, clean: EntryForm) -> ReplyAssistantEntry:
    """Insert a cleaned form with its versions and journal it all (the import adds many)."""
    session = uow.session
    entry = ReplyAssistantEntry(versions=[])  # known empty: appending loads nothing
    _apply_fields(entry, clean)
    session.add(entry)
    session.flush()
    uow.record(
        f"{ENTRY_EVENT}.created",
        object_type=ENTRY_EVENT,
        object_id=entry.platform_id,
        changes=field_diff({}, entry_snapshot(session, entry)),
        details={"entry_id": entry.platform_id},
    )
    write_versions(uow, entry, clean.versions)
    return entry


def update_entry(
    uow: UnitOfWork, entry_id: int, form: EntryForm, *, version: int | None = None
) -> EntryDetail:
    require_reply_assistant(uow)
    session = uow.session
    entry = load_entry(session, entry_id)
    clean = clean_entry(session, form, entry)
    before = entry_snapshot(session, entry)
    uow.ensure_version(
        entry, version, object_type=ENTRY_EVENT, theirs=before, mine=_form_snapshot(session, clean)
    )
    _apply_fields(entry, clean)
    session.flush()
    changes = field_diff(before, entry_snapshot(session, entry))
    versions_changed = write_versions(uow, entry, clean.versions)
    if changes or versions_changed:
        entry.updated_at = utcnow()  # versions are children: a change of them moves the entry's version
        session.flush()
    if changes:
        uow.record(
            f"{ENTRY_EVENT}.updated",
            object_type=ENTRY_EVENT,
            object_id=entry.platform_id,
            changes=changes,
            details={"entry_id": entry.platform_id},
        )
    return detail_of(session, entry)


def delete_entry(uow: UnitOfWork, entry_id: int) -> None:
    require_reply_assistant(uow)
    session = uow.session
    entry = load_entry(session, entry_id)
    before, platform_id = entry_snapshot(session, entry), entry.platform_id
    session.delete(entry)
    session.flush()
    uow.record(
        f"{ENTRY_EVENT}.destroyed",
        object_type=ENTRY_EVENT,
        object_id=platform_id,
        changes=field_diff(before, {}),
        details={"entry_id": platform_id},
    )


# ---- helpers -------------------------------------------------------------------------------------
def _apply_fields(entry: ReplyAssistantEntry, clean: EntryForm) -> None:
    entry.label, entry.label_key = clean.label, fold(clean.label)[:255]
    entry.group_id, entry.foreign_id = clean.group_id, clean.foreign_id
    entry.search_key = search_key_of(clean)
    if entry.shortcuts != list(clean.shortcuts):
        entry.shortcut_links = [
            ReplyAssistantShortcut(shortcut=s, shortcut_key=fold(s), position=i)
            for i, s in enumerate(clean.shortcuts)
        ]
    if entry.category_ids != list(clean.category_ids):
        entry.category_links = [ReplyAssistantEntryCategory(category_id=c) for c in clean.category_ids]
    if entry.source_ids != list(clean.source_ids):
        entry.source_links = [ReplyAssistantEntrySource(source_id=s) for s in clean.source_ids]


def _form_snapshot(session: Session, clean: EntryForm) -> dict[str, Any]:
    probe = ReplyAssistantEntry()
    _apply_fields(probe, clean)
    return entry_snapshot(session, probe)


def _filtered(stmt: Any, query: ListQuery) -> Any:
    text = query.search.strip()
    if text:
        stmt = stmt.where(
            folded_search(ReplyAssistantEntry.search_key, ReplyAssistantEntry.id, ENTRY_SEARCH_TABLE, text)
        )
    group_id = query.filters.get("group_id")
    if group_id is not None:
        stmt = stmt.where(ReplyAssistantEntry.group_id == group_id)
    return stmt


def _rows(session: Session, entries: list[ReplyAssistantEntry]) -> list[EntryRow]:
    ids = [e.id for e in entries]
    groups = dict(session.execute(select(ReplyAssistantGroup.id, ReplyAssistantGroup.name)).all())
    languages: dict[int, set[str]] = {}
    counts: dict[int, int] = {}
    if ids:
        for entry_id, language in session.execute(
            select(ReplyAssistantVersion.entry_id, ReplyAssistantVersion.language).where(
                ReplyAssistantVersion.entry_id.in_(ids)
            )
        ):
            languages.setdefault(entry_id, set()).add(language)
            counts[entry_id] = counts.get(entry_id, 0) + 1
    return [
        EntryRow(
            e.id,
            e.platform_id,
            e.label,
            " ".join(e.shortcuts),
            groups.get(e.group_id, "") if e.group_id else "",
            ", ".join(sorted(languages.get(e.id, ()))),
            counts.get(e.id, 0),
            e.updated_at,
        )
        for e in entries
    ]


def load_entry(session: Session, entry_id: int) -> ReplyAssistantEntry:
    entry = session.get(ReplyAssistantEntry, entry_id) if is_id(entry_id) else None
    if entry is None:
        raise NotFound(ENTRY_GONE())
    return entry


def detail_of(session: Session, entry: ReplyAssistantEntry) -> EntryDetail:
    session.flush()
    versions = tuple(
        VersionDetail(
            v.id,
            v.language,
            v.format,
            v.body,
            tuple(v.source_ids),
            tuple(AttachmentInfo(a.id, a.filename, a.mime_type, a.size, a.sha256) for a in v.attachments),
        )
        for v in entry.versions
    )
    return EntryDetail(
        entry.id,
        entry.platform_id,
        entry.label,
        tuple(entry.shortcuts),
        entry.group_id,
        tuple(entry.category_ids),
        tuple(entry.source_ids),
        entry.foreign_id,
        versions,
        entry.version,
    )
