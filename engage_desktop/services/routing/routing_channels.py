"""Routing channels (API: `channels`): sources sharing capacity, timeouts and SLA.

A source belongs to one routing channel at most (`content_sources.channel_id`). Taking a source
that is in another channel is explicit (`take_sources=True`) and journaled on the three objects it
touches: this channel, the other one and the source. Managed with `manage_topologies` (the catalogue
has no routing-channel permission of its own; the platform groups channels with the routing setup).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.base import utcnow
from engage_desktop.models.capacities import UserCapacity, UserCapacityChannel
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.routing import Category, RoutingChannel, RoutingChannelAutoCompleteCategory
from engage_desktop.models.text_keys import search_fold
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import TOO_LONG, FieldErrors, field_label
from engage_desktop.services.users.records import is_id

CHANNEL_GONE = ErrorCode(
    "routing_channel.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This routing channel no longer exists (it may have been deleted on another workstation)."
    ),
)
CHANNEL_NAME_TAKEN = ErrorCode(
    "routing_channel.name_taken",
    QT_TRANSLATE_NOOP("Errors", "A routing channel named “{name}” already exists."),
)
NOT_A_COUNT = ErrorCode(
    "routing_channel.not_a_count",
    QT_TRANSLATE_NOOP("Errors", "{label} must be a whole number from 0 to {maximum}."),
)
HARD_BELOW_SOFT = ErrorCode(
    "routing_channel.hard_below_soft",
    QT_TRANSLATE_NOOP("Errors", "The hard capability must be at least the soft capability ({soft})."),
)
THRESHOLD_RANGE = ErrorCode(
    "routing_channel.threshold_range",
    QT_TRANSLATE_NOOP("Errors", "The SLA threshold is a percentage from 0 to 100."),
)
SOURCES_GONE = ErrorCode(
    "routing_channel.sources_gone", QT_TRANSLATE_NOOP("Errors", "Some of these channels no longer exist.")
)
CATEGORIES_GONE = ErrorCode(
    "routing_channel.categories_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these categories no longer exist."),
)
SOURCES_ELSEWHERE = ErrorCode(
    "routing_channel.sources_elsewhere",
    QT_TRANSLATE_NOOP(
        "Errors", "Already in another routing channel: {sources}. Confirm to move them to this one."
    ),
)
CHANNEL_USED_BY_CAPACITIES = ErrorCode(
    "routing_channel.used_by_capacities",
    QCoreApplication.translate(
        "Errors",
        "“{name}” is set in %n agent capacity(ies): {capacities}. Remove it from them before deleting it.",
        None,
        0,
    ),
    plural="count",
)

# (field, English label, largest value): the numbers of a channel, all whole and non-negative.
NUMBERS: tuple[tuple[str, str, int], ...] = (
    ("soft_capability", QT_TRANSLATE_NOOP("Errors", "The soft capability"), 1000),
    ("hard_capability", QT_TRANSLATE_NOOP("Errors", "The hard capability"), 1000),
    ("task_timeout_seconds", QT_TRANSLATE_NOOP("Errors", "The task timeout"), 86_400),
    ("task_auto_complete_seconds", QT_TRANSLATE_NOOP("Errors", "The auto-complete delay"), 2_592_000),
    ("agent_sla", QT_TRANSLATE_NOOP("Errors", "The agent SLA"), 2_592_000),
    ("agent_sla_threshold", QT_TRANSLATE_NOOP("Errors", "The SLA threshold"), 100),
)


@dataclass(frozen=True)
class RoutingChannelForm:
    name: str
    label: str = ""
    soft_capability: int = 3
    hard_capability: int = 5
    task_timeout_seconds: int = 60
    task_auto_complete_seconds: int = 0
    agent_sla: int = 0
    agent_sla_threshold: int = 80
    source_ids: tuple[int, ...] = ()
    auto_complete_category_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RoutingChannelRow:
    id: int
    platform_id: str
    name: str
    label: str
    soft_capability: int
    hard_capability: int
    task_timeout_seconds: int
    source_count: int
    updated_at: datetime


@dataclass(frozen=True)
class RoutingChannelDetail:
    id: int
    platform_id: str
    form: RoutingChannelForm
    source_names: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class SourceChoice:
    id: int
    name: str
    channel_id: int | None
    channel_name: str  # "" when in no routing channel


_source_count = (
    select(func.count(ContentSource.id))
    .where(ContentSource.channel_id == RoutingChannel.id)
    .correlate(RoutingChannel)
    .scalar_subquery()
)
SORTABLE: dict[str, Any] = {
    "name": RoutingChannel.name,
    "label": RoutingChannel.label,
    "soft_capability": RoutingChannel.soft_capability,
    "hard_capability": RoutingChannel.hard_capability,
    "task_timeout_seconds": RoutingChannel.task_timeout_seconds,
    "source_count": _source_count,
    "updated_at": RoutingChannel.updated_at,
}


class RoutingChannelService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        folded = search_fold(query.search)
        if folded:
            escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(func.lower(RoutingChannel.name).like(f"%{escaped}%", escape="\\"))
        return stmt

    def count_channels(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return int(uow.session.scalar(self._filtered(select(func.count(RoutingChannel.id)), query)) or 0)

    def list_channels(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[RoutingChannelRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            order = SORTABLE.get(query.sort or "name", RoutingChannel.name)
            stmt = self._filtered(
                select(
                    RoutingChannel.id,
                    RoutingChannel.platform_id,
                    RoutingChannel.name,
                    RoutingChannel.label,
                    RoutingChannel.soft_capability,
                    RoutingChannel.hard_capability,
                    RoutingChannel.task_timeout_seconds,
                    _source_count,
                    RoutingChannel.updated_at,
                ),
                query,
            ).order_by(order.desc() if query.descending else order.asc(), RoutingChannel.id)
            return [RoutingChannelRow(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]

    def get_channel(self, channel_id: int) -> RoutingChannelDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return _detail(uow.session, load_channel(uow.session, channel_id))

    def source_choices(self) -> list[SourceChoice]:
        """Every source with the routing channel it is in now (the editor marks moves)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            stmt = (
                select(ContentSource.id, ContentSource.name, ContentSource.channel_id, RoutingChannel.name)
                .outerjoin(RoutingChannel, RoutingChannel.id == ContentSource.channel_id)
                .order_by(ContentSource.name_key)
            )
            return [SourceChoice(i, n, c, cn or "") for i, n, c, cn in uow.session.execute(stmt)]

    def category_choices(self) -> list[tuple[int, str]]:
        """(id, "Parent/Child") of every category, in tree order."""
        from engage_desktop.services.routing.categories import tree_nodes

        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return [(n.id, n.path_text) for n in tree_nodes(uow.session)]

    def create_channel(self, form: RoutingChannelForm, *, take_sources: bool = False) -> RoutingChannelDetail:
        return run_operation(self.ctx, create_channel, form, take_sources=take_sources)

    def update_channel(
        self,
        channel_id: int,
        form: RoutingChannelForm,
        *,
        version: int | None = None,
        take_sources: bool = False,
    ) -> RoutingChannelDetail:
        return run_operation(
            self.ctx, update_channel, channel_id, form, version=version, take_sources=take_sources
        )

    def delete_channel(self, channel_id: int) -> None:
        run_operation(self.ctx, delete_channel, channel_id)


# ---- operations ----------------------------------------------------------------------------------
def create_channel(
    uow: UnitOfWork, form: RoutingChannelForm, *, take_sources: bool = False
) -> RoutingChannelDetail:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    session = uow.session
    form = _valid(session, form, None, take_sources)
    channel = RoutingChannel(name=form.name, label=form.label)
    _apply_settings(channel, form)
    session.add(channel)
    session.flush()
    uow.record(
        "channel.created",
        object_type="channel",
        object_id=channel.platform_id,
        changes=field_diff(
            {}, {**snapshot(session, channel), "sources": _names_of_sources(session, form.source_ids)}
        ),
    )
    _assign_sources(uow, channel, form.source_ids)
    return _detail(session, channel)


def update_channel(
    uow: UnitOfWork,
    channel_id: int,
    form: RoutingChannelForm,
    *,
    version: int | None = None,
    take_sources: bool = False,
) -> RoutingChannelDetail:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    session = uow.session
    channel = load_channel(session, channel_id)
    before = snapshot(session, channel)
    uow.ensure_version(
        channel, version, object_type="channel", theirs=before, mine=form_values(session, form)
    )
    form = _valid(session, form, channel, take_sources)
    _apply_settings(channel, form)
    channel.name, channel.label = form.name, form.label
    changes = field_diff(
        before, {**snapshot(session, channel), "sources": _names_of_sources(session, form.source_ids)}
    )
    if changes:
        channel.updated_at = utcnow()  # its sources and categories are children: the version moves
        uow.record("channel.updated", object_type="channel", object_id=channel.platform_id, changes=changes)
    _assign_sources(uow, channel, form.source_ids)
    return _detail(session, channel)


def delete_channel(uow: UnitOfWork, channel_id: int) -> None:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    session = uow.session
    channel = load_channel(session, channel_id)
    capacities = list(
        session.scalars(
            select(UserCapacity.name)
            .join(UserCapacityChannel, UserCapacityChannel.capacity_id == UserCapacity.id)
            .where(UserCapacityChannel.channel_id == channel.id)
            .order_by(UserCapacity.name)
        )
    )
    if capacities:
        raise Conflict(
            CHANNEL_USED_BY_CAPACITIES(name=channel.name, capacities=capacities, count=len(capacities))
        )
    gone = field_diff(snapshot(session, channel), {})
    _assign_sources(uow, channel, ())
    platform_id = channel.platform_id
    session.delete(channel)
    session.flush()
    uow.record("channel.destroyed", object_type="channel", object_id=platform_id, changes=gone)


def _assign_sources(uow: UnitOfWork, channel: RoutingChannel, source_ids: tuple[int, ...]) -> None:
    """Point exactly these sources at the channel: one `content_source.updated` per source moved, and
    a `channel.updated` on each other channel that loses one."""
    session = uow.session
    wanted = set(source_ids)
    current = {
        s.id: s for s in session.scalars(select(ContentSource).where(ContentSource.channel_id == channel.id))
    }
    incoming = [session.get(ContentSource, sid) for sid in sorted(wanted - set(current))]
    losers: dict[int, list[str]] = {}
    for source in incoming:
        assert source is not None
        if source.channel_id is not None:
            losers.setdefault(source.channel_id, []).append(source.name)
    for source_id in sorted(set(current) - wanted):
        _set_channel(uow, current[source_id], None, channel.name)
    for source in incoming:
        assert source is not None
        previous = source.channel.name if source.channel else None
        _set_channel(uow, source, channel, previous)
    for other_id, names in sorted(losers.items()):
        other = load_channel(session, other_id)
        other.updated_at = utcnow()
        uow.record(
            "channel.updated",
            object_type="channel",
            object_id=other.platform_id,
            changes={"sources": {"added": [], "removed": sorted(names)}},
        )


def _set_channel(
    uow: UnitOfWork, source: ContentSource, channel: RoutingChannel | None, previous: str | None
) -> None:
    source.channel_id = channel.id if channel else None
    source.updated_at = utcnow()
    uow.session.flush()
    uow.session.refresh(source, ["channel"])
    uow.record(
        "content_source.updated",
        object_type="content_source",
        object_id=source.platform_id,
        changes={"channel": {"from": previous, "to": channel.name if channel else None}},
    )


def _apply_settings(channel: RoutingChannel, form: RoutingChannelForm) -> None:
    for name, _label, _maximum in NUMBERS:
        setattr(channel, name, getattr(form, name))
    wanted = set(form.auto_complete_category_ids)
    have = set(channel.auto_complete_category_ids)
    if wanted != have:
        channel.auto_complete_links = [
            link for link in channel.auto_complete_links if link.category_id in wanted
        ] + [RoutingChannelAutoCompleteCategory(category_id=c) for c in sorted(wanted - have)]


def _valid(
    session: Session, form: RoutingChannelForm, channel: RoutingChannel | None, take_sources: bool
) -> RoutingChannelForm:
    errors = FieldErrors()
    name = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))
    label = " ".join(form.label.split()) if isinstance(form.label, str) else ""
    if len(label) > 120:
        errors.add("label", TOO_LONG(label=field_label(QT_TRANSLATE_NOOP("Errors", "Label")), max_length=120))
    if "name" not in errors.errors:
        others = session.execute(select(RoutingChannel.id, RoutingChannel.name))
        if any(
            search_fold(n) == search_fold(name) and (channel is None or i != channel.id) for i, n in others
        ):
            errors.add("name", CHANNEL_NAME_TAKEN(name=name))
    for field_name, label_text, maximum in NUMBERS:
        value = getattr(form, field_name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
            message = THRESHOLD_RANGE() if field_name == "agent_sla_threshold" else None
            errors.add(field_name, message or NOT_A_COUNT(label=field_label(label_text), maximum=maximum))
    numbers_ok = "soft_capability" not in errors.errors and "hard_capability" not in errors.errors
    if numbers_ok and form.hard_capability < form.soft_capability:
        errors.add("hard_capability", HARD_BELOW_SOFT(soft=form.soft_capability))
    sources = set(form.source_ids)
    if sources:
        found = list(session.scalars(select(ContentSource).where(ContentSource.id.in_(sorted(sources)))))
        if len(found) != len(sources):
            errors.add("source_ids", SOURCES_GONE())
        elsewhere = [
            f"{s.name} ({s.channel.name})"
            for s in found
            if s.channel_id is not None and (channel is None or s.channel_id != channel.id) and s.channel
        ]
        if elsewhere and not take_sources:
            errors.add("source_ids", SOURCES_ELSEWHERE(sources=sorted(elsewhere)))
    categories = set(form.auto_complete_category_ids)
    if categories:
        known = session.scalar(select(func.count(Category.id)).where(Category.id.in_(sorted(categories))))
        if known != len(categories):
            errors.add("auto_complete_category_ids", CATEGORIES_GONE())
    errors.raise_if_any()
    return replace(
        form,
        name=name,
        label=label,
        source_ids=tuple(sorted(sources)),
        auto_complete_category_ids=tuple(sorted(categories)),
    )


def load_channel(session: Session, channel_id: int) -> RoutingChannel:
    channel = session.get(RoutingChannel, channel_id) if is_id(channel_id) else None
    if channel is None:
        raise NotFound(CHANNEL_GONE())
    return channel


def _names_of_sources(session: Session, source_ids: Any) -> frozenset[str]:
    return frozenset(
        session.scalars(select(ContentSource.name).where(ContentSource.id.in_(sorted(source_ids))))
    )


def _category_names(session: Session, category_ids: Any) -> frozenset[str]:
    return frozenset(session.scalars(select(Category.name).where(Category.id.in_(sorted(category_ids)))))


def snapshot(session: Session, channel: RoutingChannel) -> dict[str, Any]:
    """The journaled values of a channel as saved (names, not ids)."""
    return form_values(session, form_of(session, channel))


def form_values(session: Session, form: RoutingChannelForm) -> dict[str, Any]:
    """A form as the journal and a stale-edit conflict show it (names, not ids)."""
    values: dict[str, Any] = {"name": " ".join(form.name.split()), "label": form.label}
    values.update({name: getattr(form, name) for name, _label, _maximum in NUMBERS})
    values["auto_complete_categories"] = _category_names(session, form.auto_complete_category_ids)
    values["sources"] = _names_of_sources(session, form.source_ids)
    return values


def form_of(session: Session, channel: RoutingChannel) -> RoutingChannelForm:
    source_ids: tuple[int, ...] = ()
    if channel.id:
        stmt = (
            select(ContentSource.id).where(ContentSource.channel_id == channel.id).order_by(ContentSource.id)
        )
        source_ids = tuple(session.scalars(stmt))
    return RoutingChannelForm(
        channel.name,
        channel.label,
        **{n: getattr(channel, n) for n, _l, _m in NUMBERS},
        source_ids=source_ids,
        auto_complete_category_ids=tuple(channel.auto_complete_category_ids),
    )


def _detail(session: Session, channel: RoutingChannel) -> RoutingChannelDetail:
    session.flush()
    names = session.scalars(
        select(ContentSource.name)
        .where(ContentSource.channel_id == channel.id)
        .order_by(ContentSource.name_key)
    )
    return RoutingChannelDetail(
        channel.id, channel.platform_id, form_of(session, channel), tuple(names), channel.version
    )
