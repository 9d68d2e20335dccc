"""Settings › Extensions: the account's feature switches and their settings.

Switching a feature on or off needs `create_and_destroy_extension` (journaled `extension.enabled`
/ `extension.disabled`); changing its settings needs `update_extension` (`extension.updated`).
Off hides the feature's pages and its permissions in the role editor and refuses its services,
but deletes nothing: on again, everything is as it was.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Extension
from engage_desktop.services.access.permissions import PERMISSION_EXTENSION, Permission
from engage_desktop.services.access.permissions import Extension as ExtensionName
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import unstorable

SWITCH = Permission.CREATE_AND_DESTROY_EXTENSION
UPDATE = Permission.UPDATE_EXTENSION
MAX_SETTINGS_TEXT = 20_000

EXTENSION_UNKNOWN = ErrorCode(
    "extension.unknown", QT_TRANSLATE_NOOP("Errors", "“{name}” is not an extension of this console.")
)
SETTINGS_NOT_OBJECT = ErrorCode(
    "extension.settings_not_object",
    QT_TRANSLATE_NOOP("Errors", "Settings must be a JSON object of names and values."),
)

# English titles and descriptions, translated by the view (context "Extensions").
INFO: dict[str, tuple[str, str]] = {
    ExtensionName.REPLY_ASSISTANT: (
        QT_TRANSLATE_NOOP("Extensions", "Reply assistant"),
        QT_TRANSLATE_NOOP("Extensions", "A knowledge base of ready answers agents insert into replies."),
    ),
    ExtensionName.RULES_ENGINE: (
        QT_TRANSLATE_NOOP("Extensions", "Rules engine"),
        QT_TRANSLATE_NOOP(
            "Extensions", "Rules that categorise, prioritise and route messages as they arrive."
        ),
    ),
    ExtensionName.SURVEYS: (
        QT_TRANSLATE_NOOP("Extensions", "Surveys"),
        QT_TRANSLATE_NOOP("Extensions", "Satisfaction surveys sent to customers after a conversation."),
    ),
    ExtensionName.AUTOMATED_EXPORTS: (
        QT_TRANSLATE_NOOP("Extensions", "Automated exports"),
        QT_TRANSLATE_NOOP("Extensions", "Exports that run on a schedule to a folder or an SFTP server."),
    ),
    ExtensionName.CO_BROWSING: (
        QT_TRANSLATE_NOOP("Extensions", "Co-browsing"),
        QT_TRANSLATE_NOOP("Extensions", "Agents see and guide the customer's web page during a chat."),
    ),
    ExtensionName.VIDEO: (
        QT_TRANSLATE_NOOP("Extensions", "Video"),
        QT_TRANSLATE_NOOP("Extensions", "Agents escalate a chat to a video call."),
    ),
    ExtensionName.AI_CATEGORISATION: (
        QT_TRANSLATE_NOOP("Extensions", "AI categorisation"),
        QT_TRANSLATE_NOOP("Extensions", "Categories suggested for incoming messages from their text."),
    ),
}


@dataclass(frozen=True)
class ExtensionRow:
    id: int
    name: str
    title: str  # English source; the view translates it
    description: str
    enabled: bool
    settings: dict[str, Any]
    permissions: tuple[str, ...]  # hidden while it is off
    version: int


class ExtensionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count_extensions(self, query: ListQuery) -> int:
        return len(self.list_extensions(query))

    def list_extensions(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[ExtensionRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(UPDATE, SWITCH)
            rows = [_row(e) for e in uow.session.scalars(select(Extension).order_by(Extension.name))]
        needle = query.search.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in f"{r.title} {r.description} {r.name}".casefold()]
        if query.filters.get("enabled") is not None:
            rows = [r for r in rows if r.enabled == bool(query.filters["enabled"])]
        key = query.sort or "title"
        rows.sort(key=lambda r: (str(getattr(r, key, r.title)).casefold(), r.name), reverse=query.descending)
        return rows[offset : offset + limit]

    def disabled_names(self) -> frozenset[str]:
        """For the navigation: any signed-in user reads which features are off."""
        with UnitOfWork(self.ctx) as uow:
            uow.actor()
            return frozenset(disabled_extensions(uow.session))

    def set_extension_enabled(self, name: str, enabled: bool) -> ExtensionRow:
        return run_operation(self.ctx, set_extension_enabled, name, enabled)

    def update_extension(self, name: str, settings_text: str, *, version: int | None = None) -> ExtensionRow:
        return run_operation(self.ctx, update_extension, name, settings_text, version=version)


def set_extension_enabled(uow: UnitOfWork, name: str, enabled: bool) -> ExtensionRow:
    uow.require(SWITCH)
    extension = _load(uow.session, name)
    if extension.enabled != bool(enabled):
        extension.enabled = bool(enabled)
        uow.session.flush()
        uow.record(
            "extension.enabled" if enabled else "extension.disabled",
            object_type="extension",
            object_id=extension.platform_id,
            changes={"enabled": {"from": not enabled, "to": bool(enabled)}},
            details={"extension": extension.name},
        )
    return _row(extension)


def update_extension(
    uow: UnitOfWork, name: str, settings_text: str, *, version: int | None = None
) -> ExtensionRow:
    uow.require(UPDATE)
    extension = _load(uow.session, name)
    settings = _parse_settings(settings_text)
    before = {"settings": dict(extension.settings or {})}
    uow.ensure_version(
        extension, version, object_type="extension", theirs=before, mine={"settings": settings}
    )
    extension.settings = settings
    changes = field_diff(before, {"settings": settings})
    if changes:
        uow.session.flush()
        uow.record(
            "extension.updated",
            object_type="extension",
            object_id=extension.platform_id,
            changes=changes,
            details={"extension": extension.name},
        )
    return _row(extension)


def _parse_settings(text: str) -> dict[str, Any]:
    if (
        not isinstance(text, str)
        or len(text) > MAX_SETTINGS_TEXT
        or unstorable(text.replace("\n", " ").replace("\t", " "))
    ):
        raise ValidationError("settings", SETTINGS_NOT_OBJECT())
    if not text.strip():
        return {}
    try:
        value = json.loads(text, parse_constant=_not_a_number, parse_float=_finite)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than Python's stack
        raise ValidationError("settings", SETTINGS_NOT_OBJECT()) from exc
    if not isinstance(value, dict) or _holds_unstorable(value):
        raise ValidationError("settings", SETTINGS_NOT_OBJECT())
    return value


def _not_a_number(name: str) -> float:
    """NaN and ±Infinity are no JSON: PostgreSQL refuses them, other readers choke on them."""
    raise ValueError(name)


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):  # 1e999
        raise ValueError(text)
    return number


def _holds_unstorable(value: Any) -> bool:
    """NUL, control characters or lone surrogates written as JSON escapes ("\\u0000")."""
    pending = [value]  # a stack, not recursion: json.loads accepts nesting deeper than we could recurse
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if unstorable(item):
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _load(session: Session, name: str) -> Extension:
    extension = session.scalar(select(Extension).where(Extension.name == str(name)[:64])) if name else None
    if extension is None:
        raise NotFound(EXTENSION_UNKNOWN(name=str(name)[:64]))
    return extension


def _row(extension: Extension) -> ExtensionRow:
    title, description = INFO.get(extension.name, (extension.name, ""))
    permissions = tuple(
        sorted(p.value for p, ext in PERMISSION_EXTENSION.items() if ext.value == extension.name)
    )
    return ExtensionRow(
        extension.id,
        extension.name,
        title,
        description,
        extension.enabled,
        dict(extension.settings or {}),
        permissions,
        extension.version,
    )
