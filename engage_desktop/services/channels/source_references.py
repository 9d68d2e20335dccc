"""The checks of a content source that need the database: unique name, a community of the
source's type (active, unless it already was the source's), and the routing channel, categories
and business hours it points to still existing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Category
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.channels.source_fields import SourceForm
from engage_desktop.services.channels.source_types import SourceType, source_type
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import FieldErrors

CHANNEL_NAME_TAKEN = ErrorCode(
    "content_source.name_taken", QT_TRANSLATE_NOOP("Errors", "A channel named “{name}” already exists.")
)
COMMUNITY_NEEDED = ErrorCode(
    "content_source.community_needed", QT_TRANSLATE_NOOP("Errors", "Choose a {type} community.")
)
COMMUNITY_OF_OTHER_TYPE = ErrorCode(
    "content_source.community_of_other_type",
    QT_TRANSLATE_NOOP(
        "Errors", "“{community}” is a community of type {community_type}; choose one of type {type}."
    ),
)
COMMUNITY_INACTIVE = ErrorCode(
    "content_source.community_inactive_field",
    QT_TRANSLATE_NOOP("Errors", "The community “{community}” is inactive."),
)
ROUTING_CHANNEL_GONE = ErrorCode(
    "content_source.routing_channel_gone",
    QT_TRANSLATE_NOOP("Errors", "This routing channel no longer exists."),
)
CATEGORIES_GONE = ErrorCode(
    "content_source.categories_gone", QT_TRANSLATE_NOOP("Errors", "Some of these categories no longer exist.")
)
TIME_SHEETS_GONE = ErrorCode(
    "content_source.time_sheets_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these business hours no longer exist."),
)


def check_references(
    session: Session,
    source: ContentSource,
    form: SourceForm,
    kind: SourceType,
    values: dict[str, Any],
    errors: FieldErrors,
) -> list[TimeSheet]:
    """Adds what is wrong to `errors`; returns the business hours to link."""
    if "name" not in errors.errors:
        clash = select(ContentSource.id).where(ContentSource.name_key == fold(values["name"]))
        if source.id is not None:
            clash = clash.where(ContentSource.id != source.id)
        if session.scalar(clash) is not None:
            errors.add("name", CHANNEL_NAME_TAKEN(name=values["name"]))
    community = session.get(Community, form.community_id) if isinstance(form.community_id, int) else None
    if community is None:
        errors.add("community_id", COMMUNITY_NEEDED(type=kind.label))
    elif community.type != kind.key:
        errors.add(
            "community_id",
            COMMUNITY_OF_OTHER_TYPE(
                community=community.name, community_type=source_type(community.type).label, type=kind.label
            ),
        )
    elif not community.active and (source.id is None or source.community_id != community.id):
        errors.add("community_id", COMMUNITY_INACTIVE(community=community.name))
    if form.channel_id is not None and session.get(RoutingChannel, form.channel_id) is None:
        errors.add("channel_id", ROUTING_CHANNEL_GONE())
    for name, ids in (
        ("default_category_ids", form.default_category_ids),
        ("user_thread_default_category_ids", form.user_thread_default_category_ids),
    ):
        found = set(session.scalars(select(Category.id).where(Category.id.in_(ids)))) if ids else set()
        if set(ids) - found:
            errors.add(name, CATEGORIES_GONE())
    sheets = list(session.scalars(select(TimeSheet).where(TimeSheet.id.in_(form.time_sheet_ids))))
    if len(sheets) != len(set(form.time_sheet_ids)):
        errors.add("time_sheet_ids", TIME_SHEETS_GONE())
    return sheets
