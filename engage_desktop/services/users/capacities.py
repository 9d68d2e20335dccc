"""Agent capacities (API `user_capacities`, journal `capability_scheme.*`): per routing channel a
default and a maximum number of tasks, overriding the channel's own for the users given one.

Defining capacities needs `update_user` without the team-leader limit (a capacity applies across
teams). Giving one to users needs `update_user` or `manage_users_of_my_teams`, within the actor's
team scope. A capacity still given to users is deleted only when the caller asks to unassign them
in the same transaction.

The changes are operations (`create_capacity(uow, …)`, `update_capacity(uow, …)`,
`assign_capacity(uow, …)`, `delete_capacity(uow, …)`) that bulk actions and bundle apply compose
in one unit of work; `CapacityService` is the thin entry point the views call. Who has the
capacity is not part of its version: the editor sends only the users it adds or takes away, so two
editors giving it to different users do not clash.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import UserCapacity, UserCapacityAssignment, UserCapacityChannel, utcnow
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users import capacity_assignments
from engage_desktop.services.users import lookup as user_lookup
from engage_desktop.services.users.capacity_rules import (
    ChannelLimit,
    require_definer,
    valid_capacity,
    valid_user_ids,
)
from engage_desktop.services.users.records import is_id

READ = (Permission.READ_USER, Permission.UPDATE_USER, Permission.MANAGE_USERS_OF_MY_TEAMS)
ASSIGN = (Permission.UPDATE_USER, Permission.MANAGE_USERS_OF_MY_TEAMS)

__all__ = ["CapacityDetail", "CapacityRow", "CapacityService", "ChannelChoice", "ChannelLimit"]

CAPACITY_GONE = ErrorCode(
    "capacity.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This capacity no longer exists (it may have been deleted on another workstation)."
    ),
)
CAPACITY_IN_USE = ErrorCode(
    "capacity.in_use",
    QCoreApplication.translate(
        "Errors",
        "The capacity “{name}” is given to %n user(s); unassign them to delete it.",
        None,
        0,
    ),
    plural="count",
)


@dataclass(frozen=True)
class ChannelChoice:
    id: int
    platform_id: str
    name: str


@dataclass(frozen=True)
class CapacityChannelInfo:
    channel_id: int
    channel_name: str
    default_capacity: int
    max_capacity: int


@dataclass(frozen=True)
class CapacityRow:
    id: int
    platform_id: str
    name: str
    channel_count: int
    user_count: int
    updated_at: datetime
    limits: tuple[CapacityChannelInfo, ...] = ()


@dataclass(frozen=True)
class CapacityDetail:
    id: int
    platform_id: str
    name: str
    channels: tuple[CapacityChannelInfo, ...]
    user_count: int
    version: int = 1


_channel_count = (
    select(func.count())
    .where(UserCapacityChannel.capacity_id == UserCapacity.id)
    .correlate(UserCapacity)
    .scalar_subquery()
)
_user_count = (
    select(func.count())
    .where(UserCapacityAssignment.capacity_id == UserCapacity.id)
    .correlate(UserCapacity)
    .scalar_subquery()
)
SORTABLE = {
    "name": UserCapacity.name_key,
    "channel_count": _channel_count,
    "user_count": _user_count,
    "updated_at": UserCapacity.updated_at,
}


class CapacityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(UserCapacity.name_key.like(like_pattern(query.search), escape="\\"))
        if query.filters.get("channel_id") is not None:
            stmt = stmt.where(
                UserCapacity.id.in_(
                    select(UserCapacityChannel.capacity_id).where(
                        UserCapacityChannel.channel_id == query.filters["channel_id"]
                    )
                )
            )
        return stmt

    def count_capacities(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            return int(uow.session.scalar(self._filtered(select(func.count(UserCapacity.id)), query)) or 0)

    def list_capacities(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[CapacityRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            order = SORTABLE.get(query.sort or "name", UserCapacity.name_key)
            columns = (
                UserCapacity.id,
                UserCapacity.platform_id,
                UserCapacity.name,
                _channel_count,
                _user_count,
            )
            stmt = self._filtered(select(*columns, UserCapacity.updated_at), query).order_by(
                order.desc() if query.descending else order.asc(), UserCapacity.id
            )
            rows = uow.session.execute(stmt.offset(offset).limit(limit)).all()
            limits = _limits(uow.session, [row.id for row in rows])
            return [
                CapacityRow(r.id, r.platform_id, r.name, r[3], r[4], r.updated_at, limits.get(r.id, ()))
                for r in rows
            ]

    def get_capacity(self, capacity_id: int) -> CapacityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            return _detail(uow.session, _load(uow.session, capacity_id))

    def channel_choices(self) -> list[ChannelChoice]:
        """The routing channels a capacity can set limits for."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            stmt = select(RoutingChannel.id, RoutingChannel.platform_id, RoutingChannel.name)
            return [ChannelChoice(*row) for row in uow.session.execute(stmt.order_by(RoutingChannel.name))]

    def count_capacity_users(self, capacity_id: int, query: ListQuery) -> int:
        """The users given this capacity (that the actor can see), searched like any user list."""
        return user_lookup.UserLookupService(self.ctx).count_users(self._users_query(capacity_id, query))

    def list_capacity_users(
        self, capacity_id: int, query: ListQuery, offset: int = 0, limit: int = 200
    ) -> list[user_lookup.PickableUser]:
        lookup = user_lookup.UserLookupService(self.ctx)
        return lookup.list_users(self._users_query(capacity_id, query), offset, limit)

    def _users_query(self, capacity_id: int, query: ListQuery) -> ListQuery:
        return ListQuery(
            query.search, {**query.filters, "capacity_id": capacity_id}, query.sort, query.descending
        )

    # ---- changing ------------------------------------------------------------------------------
    def create_capacity(
        self,
        name: str,
        channels: Sequence[ChannelLimit | dict[str, Any]],
        assign_user_ids: Iterable[int] = (),
    ) -> CapacityDetail:
        return run_operation(self.ctx, create_capacity, name, channels, assign_user_ids)

    def update_capacity(
        self,
        capacity_id: int,
        name: str,
        channels: Sequence[ChannelLimit | dict[str, Any]],
        assign_user_ids: Iterable[int] = (),
        unassign_user_ids: Iterable[int] = (),
        *,
        version: int | None = None,
    ) -> CapacityDetail:
        """`version` is the one the editor loaded: a newer saved name or limits raise `Conflict`."""
        return run_operation(
            self.ctx,
            update_capacity,
            capacity_id,
            name,
            channels,
            assign_user_ids,
            unassign_user_ids,
            version=version,
        )

    def assign_users(self, capacity_id: int | None, user_ids: Iterable[int]) -> int:
        """Bulk: give these users this capacity (None takes theirs away). Returns how many changed."""
        return run_operation(self.ctx, assign_capacity, capacity_id, user_ids)

    def delete_capacity(self, capacity_id: int, unassign_users: bool = False) -> int:
        """Returns how many users lost it; refused while in use unless `unassign_users`."""
        return run_operation(self.ctx, delete_capacity, capacity_id, unassign_users)


# ---- operations ----------------------------------------------------------------------------------
def create_capacity(
    uow: UnitOfWork,
    name: str,
    channels: Sequence[ChannelLimit | dict[str, Any]],
    assign_user_ids: Iterable[int] = (),
) -> CapacityDetail:
    actor = require_definer(uow)
    name, limits, add = valid_capacity(uow.session, name, channels, assign_user_ids)
    capacity = UserCapacity(name=name, name_key=fold(name))
    capacity.channels = [UserCapacityChannel(**vars(limit)) for limit in limits]
    uow.session.add(capacity)
    uow.session.flush()
    uow.record(
        "capability_scheme.created",
        object_type="capability_scheme",
        object_id=capacity.platform_id,
        changes=field_diff({}, _snapshot(uow.session, capacity)),
    )
    capacity_assignments.assign(uow, actor, capacity, add, set())
    return _detail(uow.session, capacity)


def update_capacity(
    uow: UnitOfWork,
    capacity_id: int,
    name: str,
    channels: Sequence[ChannelLimit | dict[str, Any]],
    assign_user_ids: Iterable[int] = (),
    unassign_user_ids: Iterable[int] = (),
    *,
    version: int | None = None,
) -> CapacityDetail:
    """Name and limits, and (optionally) users to give it to or take it from, in one go."""
    actor = uow.require_any(*ASSIGN)
    capacity = _load(uow.session, capacity_id)
    name, limits, add = valid_capacity(uow.session, name, channels, assign_user_ids, capacity.id)
    errors = FieldErrors()
    remove = valid_user_ids(uow.session, unassign_user_ids, "unassign_user_ids", errors)
    errors.raise_if_any()
    uow.ensure_version(
        capacity,
        version,
        object_type="capability_scheme",
        theirs={"name": capacity.name, "channels": _limits_shown(uow.session, capacity.channels)},
        mine={"name": name, "channels": _limits_shown(uow.session, limits)},
    )
    before = _snapshot(uow.session, capacity)
    capacity.name, capacity.name_key = name, fold(name)
    existing = {c.channel_id: c for c in capacity.channels}
    capacity.channels = [c for c in capacity.channels if c.channel_id in {x.channel_id for x in limits}]
    for limit in limits:
        if limit.channel_id in existing:
            existing[limit.channel_id].default_capacity = limit.default_capacity
            existing[limit.channel_id].max_capacity = limit.max_capacity
        else:
            capacity.channels.append(UserCapacityChannel(**vars(limit)))
    uow.session.flush()
    changes = field_diff(before, _snapshot(uow.session, capacity))
    if changes:
        require_definer(uow)
        capacity.updated_at = utcnow()  # the limits are children: move the capacity's version too
        uow.record(
            "capability_scheme.updated",
            object_type="capability_scheme",
            object_id=capacity.platform_id,
            changes=changes,
        )
    capacity_assignments.assign(uow, actor, capacity, add, remove)
    return _detail(uow.session, capacity)


def assign_capacity(uow: UnitOfWork, capacity_id: int | None, user_ids: Iterable[int]) -> int:
    """Give these users this capacity (None takes theirs away). Returns how many changed."""
    actor = uow.require_any(*ASSIGN)
    errors = FieldErrors()
    wanted = valid_user_ids(uow.session, user_ids, "user_ids", errors)
    errors.raise_if_any()
    if capacity_id is None:
        return capacity_assignments.unassign(uow, actor, wanted)
    capacity = _load(uow.session, capacity_id)
    return capacity_assignments.assign(uow, actor, capacity, wanted, set())


def delete_capacity(uow: UnitOfWork, capacity_id: int, unassign_users: bool = False) -> int:
    require_definer(uow)
    capacity = _load(uow.session, capacity_id)
    count = _count_users(uow.session, capacity.id)
    if count and not unassign_users:
        raise Conflict(CAPACITY_IN_USE(name=capacity.name, count=count))
    before, platform_id = _snapshot(uow.session, capacity), capacity.platform_id
    unassigned = capacity_assignments.unassign_everyone(uow.session, capacity)
    uow.session.delete(capacity)
    uow.session.flush()
    uow.record(
        "capability_scheme.destroyed",
        object_type="capability_scheme",
        object_id=platform_id,
        changes=field_diff(before, {}),
        details={"unassigned_user_ids": unassigned} if unassigned else {},
    )
    return len(unassigned)


# ---- rules and helpers ---------------------------------------------------------------------------
def _limits_shown(session: Session, limits: Iterable[ChannelLimit | UserCapacityChannel]) -> frozenset[str]:
    """How a conflict shows limits: "Chat 3 / 5" (default / maximum) per channel."""
    by_channel = {limit.channel_id: limit for limit in limits}
    if not by_channel:
        return frozenset()
    names = dict(
        session.execute(
            select(RoutingChannel.id, RoutingChannel.name).where(RoutingChannel.id.in_(by_channel))
        ).all()
    )
    return frozenset(
        f"{names.get(cid, cid)} {limit.default_capacity} / {limit.max_capacity}"
        for cid, limit in by_channel.items()
    )


def _count_users(session: Session, capacity_id: int) -> int:
    stmt = select(func.count()).where(UserCapacityAssignment.capacity_id == capacity_id)
    return int(session.scalar(stmt) or 0)


def _snapshot(session: Session, capacity: UserCapacity) -> dict[str, Any]:
    session.flush()
    session.refresh(capacity, ["channels"])
    return {
        "name": capacity.name,
        "channels": [
            {
                "channel_id": c.channel.platform_id,
                "default_capacity": c.default_capacity,
                "max_capacity": c.max_capacity,
            }
            for c in sorted(capacity.channels, key=lambda c: c.channel.name)
        ],
    }


def _limits(session: Session, capacity_ids: list[int]) -> dict[int, tuple[CapacityChannelInfo, ...]]:
    """Each listed capacity's limits, channels by name: one query for the whole page."""
    if not capacity_ids:
        return {}
    stmt = (
        select(
            UserCapacityChannel.capacity_id,
            UserCapacityChannel.channel_id,
            RoutingChannel.name,
            UserCapacityChannel.default_capacity,
            UserCapacityChannel.max_capacity,
        )
        .join(RoutingChannel, RoutingChannel.id == UserCapacityChannel.channel_id)
        .where(UserCapacityChannel.capacity_id.in_(capacity_ids))
        .order_by(RoutingChannel.name, RoutingChannel.id)
    )
    found: dict[int, list[CapacityChannelInfo]] = {}
    for capacity_id, channel_id, name, default, maximum in session.execute(stmt):
        found.setdefault(capacity_id, []).append(CapacityChannelInfo(channel_id, name, default, maximum))
    return {cid: tuple(infos) for cid, infos in found.items()}


def _load(session: Session, capacity_id: int) -> UserCapacity:
    capacity = session.get(UserCapacity, capacity_id) if is_id(capacity_id) else None
    if capacity is None:
        raise NotFound(CAPACITY_GONE())
    return capacity


def _detail(session: Session, capacity: UserCapacity) -> CapacityDetail:
    session.flush()
    session.refresh(capacity, ["channels"])
    users = _count_users(session, capacity.id)
    channels = tuple(
        CapacityChannelInfo(c.channel_id, c.channel.name, c.default_capacity, c.max_capacity)
        for c in sorted(capacity.channels, key=lambda c: c.channel.name)
    )
    return CapacityDetail(capacity.id, capacity.platform_id, capacity.name, channels, users, capacity.version)
