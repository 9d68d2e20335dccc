"""How a content source is seen outside its row: the editor's form, the journal's snapshot (secrets
only as "changed"), and the record the platform's API would render (never a secret)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Category
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.channels import (
    CATEGORY_LINK_DEFAULT,
    CATEGORY_LINK_USER_THREAD,
    Community,
    ContentSource,
)
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.channels.source_fields import SourceForm
from engage_desktop.services.channels.source_types import secret_fields

# Common fields that are plain values, named the same in the row, the form and the API record.
PLAIN_FIELDS = (
    "sla_response",
    "sla_threshold",
    "sla_expired_strategy",
    "default_task_priority",
    "intervention_messages_boost",
    "transferred_tasks_boost",
    "content_languages",
    "default_content_language",
    "auto_detect_content_language",
    "hidden_from_stats",
    "content_archiving",
    "content_archiving_period",
)


def form_of(source: ContentSource) -> SourceForm:
    return SourceForm(
        name=source.name,
        community_id=source.community_id,
        channel_id=source.channel_id,
        color=source.color,
        default_category_ids=tuple(source.category_ids(CATEGORY_LINK_DEFAULT)),
        user_thread_default_category_ids=tuple(source.category_ids(CATEGORY_LINK_USER_THREAD)),
        time_sheet_ids=tuple(sorted(sheet.id for sheet in source.time_sheets)),
        sla_response=source.sla_response,
        sla_threshold=source.sla_threshold,
        sla_expired_strategy=source.sla_expired_strategy,
        default_task_priority=source.default_task_priority,
        intervention_messages_boost=source.intervention_messages_boost,
        transferred_tasks_boost=source.transferred_tasks_boost,
        content_languages=tuple(source.content_languages or ()),
        default_content_language=source.default_content_language,
        auto_detect_content_language=source.auto_detect_content_language,
        hidden_from_stats=source.hidden_from_stats,
        content_archiving=source.content_archiving,
        content_archiving_period=source.content_archiving_period,
        settings=dict(source.settings or {}),
    )


def journal_snapshot(source: ContentSource, changed: set[str] | None = None) -> dict[str, Any]:
    """Plain values for the journal diff; a secret is 1 when this action sets or clears it."""
    snap: dict[str, Any] = {
        "name": source.name,
        "type": source.type,
        "community": source.community.name if source.community else None,
        "channel": source.channel.name if source.channel else None,
        "active": source.active,
        "color": source.color,
        "default_categories": frozenset(
            link.category.name for link in source.category_links if link.kind == CATEGORY_LINK_DEFAULT
        ),
        "user_thread_default_categories": frozenset(
            link.category.name for link in source.category_links if link.kind == CATEGORY_LINK_USER_THREAD
        ),
        "time_sheets": frozenset(sheet.label for sheet in source.time_sheets),
    }
    for name in PLAIN_FIELDS:
        if name != "content_languages":
            snap[name] = getattr(source, name)
    snap["content_languages"] = frozenset(source.content_languages or [])
    for key, value in (source.settings or {}).items():
        snap[f"settings.{key}"] = value
    for name in secret_fields(source.type):
        snap[name] = 1 if changed and name in changed else 0
    return snap


def comparable_values(
    session: Session, form: SourceForm, type_key: str, secrets: Mapping[str, str]
) -> dict[str, Any]:
    """A form as the conflict dialog compares it: names instead of ids, sets instead of lists, and
    for secrets only a mark ("set", "changed"…). Keys are the form's field names."""
    values: dict[str, Any] = {
        "name": form.name,
        "community_id": _name_of(session, Community, Community.name, form.community_id),
        "channel_id": _name_of(session, RoutingChannel, RoutingChannel.name, form.channel_id),
        "color": form.color,
        "default_category_ids": _names(session, Category.name, Category.id, form.default_category_ids),
        "user_thread_default_category_ids": _names(
            session, Category.name, Category.id, form.user_thread_default_category_ids
        ),
        "time_sheet_ids": _names(session, TimeSheet.label, TimeSheet.id, form.time_sheet_ids),
    }
    for name in PLAIN_FIELDS:
        value = getattr(form, name)
        values[name] = frozenset(value) if name == "content_languages" else value
    for key, value in (form.settings or {}).items():
        values[f"settings.{key}"] = tuple(value) if isinstance(value, list) else value
    values.update(secrets)
    return values


def _name_of(session: Session, model: Any, column: Any, key: int | None) -> str | None:
    if key is None:
        return None
    return session.scalar(select(column).where(model.id == key))


def _names(session: Session, column: Any, id_column: Any, ids: Iterable[int]) -> frozenset[str]:
    wanted = list(ids)
    if not wanted:
        return frozenset()
    return frozenset(session.scalars(select(column).where(id_column.in_(wanted))))


def api_record(source: ContentSource) -> dict[str, Any]:
    form = form_of(source)
    record: dict[str, Any] = {
        "id": source.platform_id,
        "name": source.name,
        "type": source.type,
        "community_id": source.community.platform_id,
        "channel_id": source.channel.platform_id if source.channel else None,
        "active": source.active,
        "status": source.status,
        "color": source.color,
        "default_category_ids": _platform_ids(source, CATEGORY_LINK_DEFAULT),
        "user_thread_default_category_ids": _platform_ids(source, CATEGORY_LINK_USER_THREAD),
        "time_sheet_ids": sorted(sheet.platform_id for sheet in source.time_sheets),
        "created_at": source.created_at.isoformat(),
        "updated_at": source.updated_at.isoformat(),
    }
    for name in PLAIN_FIELDS:
        value = getattr(form, name)
        record[name] = list(value) if isinstance(value, tuple) else value
    record.update(source.settings or {})
    record["secrets_set"] = sorted(source.secret_fields_set or [])
    return record


def _platform_ids(source: ContentSource, kind: str) -> list[str]:
    return sorted(link.category.platform_id for link in source.category_links if link.kind == kind)
