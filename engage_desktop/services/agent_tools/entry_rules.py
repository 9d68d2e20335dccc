"""What a reply-assistant entry may hold, and how its versions are written and journaled.

The forms (`EntryForm`, `VersionForm`, `AttachmentForm`) are what the editor and the import submit;
`clean_entry` checks them all at once (field errors keyed by the form's field names, a version's
problems under `versions`), sanitising HTML bodies on the way; `write_versions` replaces an
entry's versions with the submitted ones, journaling each created, changed or removed version.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import (
    SEARCH_KEY_LENGTH,
    ReplyAssistantAttachment,
    ReplyAssistantEntry,
    ReplyAssistantGroup,
    ReplyAssistantVersion,
    ReplyAssistantVersionSource,
)
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.routing import Category
from engage_desktop.models.settings import Extension
from engage_desktop.models.text_keys import fold, search_fold
from engage_desktop.services.access.permissions import Extension as ExtensionName
from engage_desktop.services.agent_tools.attachments import (
    MAX_ATTACHMENTS,
    TOO_MANY_ATTACHMENTS,
    check_attachment,
)
from engage_desktop.services.agent_tools.html_safety import html_to_text, sanitize_html
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors, is_id, unstorable

FORMATS = ("text", "html")
MAX_BODY = 100_000
MAX_SHORTCUTS = 20
ENTRY_EVENT = "reply_assistant_knowledge_base_entry"
VERSION_EVENT = "reply_assistant_knowledge_base_version"

LABEL = QT_TRANSLATE_NOOP("Errors", "Label")
GROUP_GONE = ErrorCode(
    "reply_assistant.group_gone", QT_TRANSLATE_NOOP("Errors", "This group no longer exists; choose another.")
)
CATEGORIES_GONE = ErrorCode(
    "reply_assistant.categories_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these categories no longer exist."),
)
SOURCES_GONE = ErrorCode(
    "reply_assistant.sources_gone", QT_TRANSLATE_NOOP("Errors", "Some of these channels no longer exist.")
)
TOO_MANY_SHORTCUTS = ErrorCode(
    "reply_assistant.too_many_shortcuts",
    QT_TRANSLATE_NOOP("Errors", "An entry has at most {limit} shortcuts."),
)
BAD_SHORTCUT = ErrorCode(
    "reply_assistant.bad_shortcut",
    QT_TRANSLATE_NOOP("Errors", "A shortcut is one word of at most 120 characters: “{shortcut}” is not."),
)
FOREIGN_ID_BAD = ErrorCode(
    "reply_assistant.foreign_id_bad",
    QT_TRANSLATE_NOOP("Errors", "The foreign id is at most 120 characters, without control characters."),
)
LANGUAGE_UNKNOWN = ErrorCode(
    "reply_assistant.language_unknown",
    QT_TRANSLATE_NOOP("Errors", "“{code}” is not a language code we know (for example en, fr, de)."),
)
FORMAT_UNKNOWN = ErrorCode(
    "reply_assistant.format_unknown",
    QT_TRANSLATE_NOOP("Errors", "The format is text or html, not “{format}”."),
)
BODY_TOO_LONG = ErrorCode(
    "reply_assistant.body_too_long",
    QT_TRANSLATE_NOOP("Errors", "A version's text is at most {limit} characters long."),
)
BODY_CONTROL = ErrorCode(
    "reply_assistant.body_control",
    QT_TRANSLATE_NOOP("Errors", "The text contains control characters (such as NUL) that cannot be stored."),
)
BODY_EMPTY = ErrorCode(
    "reply_assistant.body_empty", QT_TRANSLATE_NOOP("Errors", "A version needs some text.")
)
VERSION_TWICE = ErrorCode(
    "reply_assistant.version_twice",
    QT_TRANSLATE_NOOP("Errors", "Two versions in {language} ({format}) for the same channels: keep one."),
)
VERSION_PROBLEM = ErrorCode(
    "reply_assistant.version_problem", QT_TRANSLATE_NOOP("Errors", "Version {number} ({language}): {problem}")
)
VERSION_GONE = ErrorCode(
    "reply_assistant.version_gone",
    QT_TRANSLATE_NOOP(
        "Errors", "A version no longer exists (deleted on another workstation); reload the editor."
    ),
)
ATTACHMENT_GONE = ErrorCode(
    "reply_assistant.attachment_gone",
    QT_TRANSLATE_NOOP("Errors", "An attachment no longer exists; reload the editor."),
)


@dataclass(frozen=True)
class AttachmentForm:
    """A new file (`data`) or one already stored (`id`), kept as it is."""

    filename: str
    data: bytes | None = None
    id: int | None = None


@dataclass(frozen=True)
class VersionForm:
    language: str
    format: str = "text"
    body: str = ""
    source_ids: tuple[int, ...] = ()
    attachments: tuple[AttachmentForm, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class EntryForm:
    label: str
    shortcuts: tuple[str, ...] = ()
    group_id: int | None = None
    category_ids: tuple[int, ...] = ()
    source_ids: tuple[int, ...] = ()
    foreign_id: str = ""
    versions: tuple[VersionForm, ...] = ()


def remote_images_allowed(session: Session) -> bool:
    """Settings › Extensions › Reply assistant: `{"allow_remote_images": true}` keeps them."""
    settings = session.scalar(
        select(Extension.settings).where(Extension.name == ExtensionName.REPLY_ASSISTANT.value)
    )
    return isinstance(settings, dict) and settings.get("allow_remote_images") is True


def clean_body(
    errors: FieldErrors, field: str, body: object, fmt: str, *, allow_remote_images: bool = False
) -> str:
    text = body if isinstance(body, str) else ""
    if len(text) > MAX_BODY:
        errors.add(field, BODY_TOO_LONG(limit=MAX_BODY))
    elif unstorable(text.replace("\n", "").replace("\r", "").replace("\t", "")):
        errors.add(field, BODY_CONTROL())
    elif not text.strip():
        errors.add(field, BODY_EMPTY())
    elif fmt == "html":
        return sanitize_html(text, allow_remote_images=allow_remote_images)
    return text


def clean_shortcuts(errors: FieldErrors, shortcuts: object) -> tuple[str, ...]:
    if not isinstance(shortcuts, list | tuple) or not all(isinstance(s, str) for s in shortcuts):
        errors.add("shortcuts", BAD_SHORTCUT(shortcut="?"))
        return ()
    kept: dict[str, str] = {}
    for raw in shortcuts:
        shortcut = raw.strip()
        if not shortcut:
            continue
        if len(shortcut) > 120 or len(fold(shortcut)) > 120 or unstorable(shortcut) or " " in shortcut:
            errors.add("shortcuts", BAD_SHORTCUT(shortcut=shortcut[:40]))
            continue
        kept.setdefault(fold(shortcut), shortcut)
    if len(kept) > MAX_SHORTCUTS:
        errors.add("shortcuts", TOO_MANY_SHORTCUTS(limit=MAX_SHORTCUTS))
    return tuple(kept.values())


def _known_ids(session: Session, model: Any, ids: object) -> tuple[tuple[int, ...], bool]:
    """The ids sorted, and whether each names an existing row."""
    if not isinstance(ids, list | tuple):
        return (), False
    wanted = sorted({i for i in ids if is_id(i)})
    if len(wanted) != len(set(ids)):
        return tuple(wanted), False
    found = set(session.scalars(select(model.id).where(model.id.in_(wanted)))) if wanted else set()
    return tuple(wanted), found == set(wanted)


def clean_entry(session: Session, form: EntryForm, entry: ReplyAssistantEntry | None = None) -> EntryForm:
    """Every field checked, raised together; returns the form cleaned (HTML sanitised)."""
    errors = FieldErrors()
    label = errors.required("label", form.label, LABEL, max_length=255)
    shortcuts = clean_shortcuts(errors, form.shortcuts)
    foreign_id = form.foreign_id.strip() if isinstance(form.foreign_id, str) else ""
    if len(foreign_id) > 120 or unstorable(foreign_id):
        errors.add("foreign_id", FOREIGN_ID_BAD())
    if form.group_id is not None and (
        not is_id(form.group_id) or session.get(ReplyAssistantGroup, form.group_id) is None
    ):
        errors.add("group_id", GROUP_GONE())
    category_ids, categories_ok = _known_ids(session, Category, form.category_ids)
    if not categories_ok:
        errors.add("category_ids", CATEGORIES_GONE())
    source_ids, sources_ok = _known_ids(session, ContentSource, form.source_ids)
    if not sources_ok:
        errors.add("source_ids", SOURCES_GONE())
    versions = _clean_versions(session, errors, form.versions, entry, remote_images_allowed(session))
    errors.raise_if_any()
    return EntryForm(label, shortcuts, form.group_id, category_ids, source_ids, foreign_id, versions)


def _clean_versions(
    session: Session,
    errors: FieldErrors,
    versions: object,
    entry: ReplyAssistantEntry | None,
    allow_remote_images: bool,
) -> tuple[VersionForm, ...]:
    if not isinstance(versions, list | tuple) or not all(isinstance(v, VersionForm) for v in versions):
        errors.add("versions", VERSION_GONE())
        return ()
    own = {v.id: v for v in entry.versions} if entry is not None else {}
    seen: set[tuple[str, str, tuple[int, ...]]] = set()
    cleaned = []
    for number, version in enumerate(versions, start=1):
        local = FieldErrors()
        language = version.language if isinstance(version.language, str) else ""
        if language not in LANGUAGES:
            local.add("language", LANGUAGE_UNKNOWN(code=language[:16]))
        fmt = version.format if version.format in FORMATS else ""
        if not fmt:
            local.add("format", FORMAT_UNKNOWN(format=str(version.format)[:16]))
        body = clean_body(local, "body", version.body, fmt, allow_remote_images=allow_remote_images)
        source_ids, sources_ok = _known_ids(session, ContentSource, version.source_ids)
        if not sources_ok:
            local.add("source_ids", SOURCES_GONE())
        if version.id is not None and version.id not in own:
            local.add("id", VERSION_GONE())
        attachments = _clean_attachments(local, version, own.get(version.id) if version.id else None)
        key = (language, fmt, source_ids)
        if not local.errors and key in seen:
            local.add("language", VERSION_TWICE(language=language, format=fmt))
        seen.add(key)
        for message in local.errors.values():
            errors.add(
                "versions", VERSION_PROBLEM(number=number, language=language[:16] or "?", problem=message)
            )
        cleaned.append(replace(version, body=body, source_ids=source_ids, attachments=attachments))
    return tuple(cleaned)


def _clean_attachments(
    errors: FieldErrors, version: VersionForm, stored: ReplyAssistantVersion | None
) -> tuple[AttachmentForm, ...]:
    wanted = version.attachments if isinstance(version.attachments, list | tuple) else ()
    if len(wanted) > MAX_ATTACHMENTS:
        errors.add("attachments", TOO_MANY_ATTACHMENTS(limit=MAX_ATTACHMENTS))
        return ()
    kept_ids = {a.id for a in stored.attachments} if stored is not None else set()
    result = []
    for attachment in wanted:
        if attachment.id is not None:
            if attachment.id not in kept_ids:
                errors.add("attachments", ATTACHMENT_GONE())
            result.append(attachment)
            continue
        try:
            checked = check_attachment(attachment.filename, attachment.data or b"")
        except ValidationError as exc:
            errors.add("attachments", exc.message)
            continue
        result.append(AttachmentForm(checked.filename, checked.data))
    return tuple(result)


# ---- writing -------------------------------------------------------------------------------------
def search_key_of(form: EntryForm) -> str:
    bodies = (html_to_text(v.body) if v.format == "html" else v.body for v in form.versions)
    parts = [form.label, " ".join(form.shortcuts), *bodies]
    return " | ".join(search_fold(p) for p in parts if p)[:SEARCH_KEY_LENGTH]


def write_versions(uow: UnitOfWork, entry: ReplyAssistantEntry, versions: tuple[VersionForm, ...]) -> bool:
    """Make the entry's versions the submitted ones (matched by id), journaling each change;
    True when any changed."""
    session = uow.session
    changed = False
    current = {v.id: v for v in entry.versions}
    keep = {v.id for v in versions if v.id is not None}
    for version_id, version in current.items():
        if version_id not in keep:
            before = version_snapshot(session, version)
            entry.versions.remove(version)
            session.flush()
            _record_version(uow, "destroyed", entry, version, before, {})
            changed = True
    for form in versions:
        row = current.get(form.id) if form.id is not None else None
        before = version_snapshot(session, row) if row is not None else {}
        if row is None:
            row = ReplyAssistantVersion()
            entry.versions.append(row)
        row.language, row.format, row.body = form.language, form.format, form.body
        if row.source_ids != list(form.source_ids):
            row.source_links = [ReplyAssistantVersionSource(source_id=s) for s in form.source_ids]
        kept = {a.id for a in form.attachments if a.id is not None}
        row.attachments = [a for a in row.attachments if a.id in kept]
        for attachment in form.attachments:
            if attachment.id is None and attachment.data is not None:
                checked = check_attachment(attachment.filename, attachment.data)
                row.attachments.append(
                    ReplyAssistantAttachment(
                        filename=checked.filename,
                        mime_type=checked.mime_type,
                        size=checked.size,
                        sha256=checked.sha256,
                        data=checked.data,
                    )
                )
        session.flush()
        after = version_snapshot(session, row)
        if after != before:
            _record_version(uow, "created" if not before else "updated", entry, row, before, after)
            changed = True
    return changed


def _record_version(
    uow: UnitOfWork,
    action: str,
    entry: ReplyAssistantEntry,
    version: ReplyAssistantVersion,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    uow.record(
        f"{VERSION_EVENT}.{action}",
        object_type=VERSION_EVENT,
        object_id=version.platform_id,
        changes=field_diff(before, after),
        details={"entry_id": entry.platform_id, "version_id": version.platform_id},
    )


def source_names(session: Session, ids: list[int] | tuple[int, ...]) -> frozenset[str]:
    if not ids:
        return frozenset()
    return frozenset(session.scalars(select(ContentSource.name).where(ContentSource.id.in_(list(ids)))))


def version_snapshot(session: Session, version: ReplyAssistantVersion) -> dict[str, Any]:
    return {
        "language": version.language,
        "format": version.format,
        "body": version.body,
        "sources": source_names(session, version.source_ids),
        "attachments": frozenset(f"{a.filename} (sha256 {a.sha256[:12]})" for a in version.attachments),
    }


def entry_snapshot(session: Session, entry: ReplyAssistantEntry) -> dict[str, Any]:
    group = session.get(ReplyAssistantGroup, entry.group_id) if entry.group_id else None
    categories = (
        frozenset(session.scalars(select(Category.name).where(Category.id.in_(entry.category_ids))))
        if entry.category_ids
        else frozenset()
    )
    return {
        "label": entry.label,
        "shortcuts": ", ".join(entry.shortcuts),
        "group": group.name if group else None,
        "categories": categories,
        "sources": source_names(session, entry.source_ids),
        "foreign_id": entry.foreign_id,
    }
