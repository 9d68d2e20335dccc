"""Agent capacities (API `user_capacities`, journal `capability_scheme.*`): per routing channel a
default and a maximum number of tasks, overriding the channel's own for the users given one.

Defining capacities needs `update_user` without the team-leader limit (a capacity applies across
teams). Giving one to users needs `update_user` or `manage_users_of_my_teams`, within the actor's
team scope. A capacity still given to users is deleted only when the caller asks to unassign them
in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import User, UserCapacity, UserCapacityAssignment, UserCapacityChannel
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import is_team_scoped
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users import capacity_assignments
from engage_desktop.services.users import lookup as user_lookup
from engage_desktop.services.users.capacity_rules import ChannelLimit, valid_channels, valid_user_ids
from engage_desktop.services.users.records import is_id

READ = (Permission.READ_USER, Permission.UPDATE_USER, Permission.MANAGE_USERS_OF_MY_TEAMS)
ASSIGN = (Permission.UPDATE_USER, Permission.MANAGE_USERS_OF_MY_TEAMS)

__all__ = ["CapacityDetail", "CapacityRow", "CapacityService", "ChannelChoice", "ChannelLimit"]


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
            limits = self._limits(uow.session, [row.id for row in rows])
            return [
                CapacityRow(r.id, r.platform_id, r.name, r[3], r[4], r.updated_at, limits.get(r.id, ()))
                for r in rows
            ]

    def get_capacity(self, capacity_id: int) -> CapacityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            return self._detail(uow.session, self._load(uow.session, capacity_id))

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

    # ---- changing ------------------------------------------------------------------------------
    def create_capacity(
        self,
        name: str,
        channels: Sequence[ChannelLimit | dict[str, Any]],
        assign_user_ids: Iterable[int] = (),
    ) -> CapacityDetail:
        with UnitOfWork(self.ctx) as uow:
            actor = self._require_definer(uow)
            name, limits, add = self._valid(uow.session, name, channels, assign_user_ids)
            capacity = UserCapacity(name=name, name_key=fold(name))
            capacity.channels = [UserCapacityChannel(**vars(limit)) for limit in limits]
            uow.session.add(capacity)
            uow.session.flush()
            uow.record(
                "capability_scheme.created",
                object_type="capability_scheme",
                object_id=capacity.platform_id,
                changes=field_diff({}, self._snapshot(uow.session, capacity)),
            )
            capacity_assignments.assign(uow, actor, capacity, add, set())
            detail = self._detail(uow.session, capacity)
            uow.commit()
            return detail

    def update_capacity(
        self,
        capacity_id: int,
        name: str,
        channels: Sequence[ChannelLimit | dict[str, Any]],
        assign_user_ids: Iterable[int] = (),
        unassign_user_ids: Iterable[int] = (),
    ) -> CapacityDetail:
        """Name and limits, and (optionally) users to give it to or take it from, in one go."""
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*ASSIGN)
            capacity = self._load(uow.session, capacity_id)
            name, limits, add = self._valid(uow.session, name, channels, assign_user_ids, capacity.id)
            errors = FieldErrors()
            remove = valid_user_ids(uow.session, unassign_user_ids, "unassign_user_ids", errors)
            errors.raise_if_any()
            before = self._snapshot(uow.session, capacity)
            capacity.name, capacity.name_key = name, fold(name)
            existing = {c.channel_id: c for c in capacity.channels}
            capacity.channels = [
                c for c in capacity.channels if c.channel_id in {x.channel_id for x in limits}
            ]
            for limit in limits:
                if limit.channel_id in existing:
                    existing[limit.channel_id].default_capacity = limit.default_capacity
                    existing[limit.channel_id].max_capacity = limit.max_capacity
                else:
                    capacity.channels.append(UserCapacityChannel(**vars(limit)))
            uow.session.flush()
            changes = field_diff(before, self._snapshot(uow.session, capacity))
            if changes:
                self._require_definer(uow)
                uow.record(
                    "capability_scheme.updated",
                    object_type="capability_scheme",
                    object_id=capacity.platform_id,
                    changes=changes,
                )
            capacity_assignments.assign(uow, actor, capacity, add, remove)
            detail = self._detail(uow.session, capacity)
            uow.commit()
            return detail

    def assign_users(self, capacity_id: int | None, user_ids: Iterable[int]) -> int:
        """Bulk: give these users this capacity (None takes theirs away). Returns how many changed."""
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*ASSIGN)
            errors = FieldErrors()
            wanted = valid_user_ids(uow.session, user_ids, "user_ids", errors)
            errors.raise_if_any()
            if capacity_id is None:
                changed = capacity_assignments.unassign(uow, actor, wanted)
            else:
                capacity = self._load(uow.session, capacity_id)
                changed = capacity_assignments.assign(uow, actor, capacity, wanted, set())
            uow.commit()
            return changed

    def delete_capacity(self, capacity_id: int, unassign_users: bool = False) -> int:
        """Returns how many users lost it; refused while in use unless `unassign_users`."""
        with UnitOfWork(self.ctx) as uow:
            self._require_definer(uow)
            capacity = self._load(uow.session, capacity_id)
            count = self._user_count(uow.session, capacity.id)
            if count and not unassign_users:
                raise Conflict(
                    f"The capacity {capacity.name!r} is given to {count} user(s); unassign them to delete it."
                )
            before, platform_id = self._snapshot(uow.session, capacity), capacity.platform_id
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
            uow.commit()
            return len(unassigned)

    # ---- rules and helpers ---------------------------------------------------------------------
    def _require_definer(self, uow: UnitOfWork) -> User:
        actor = uow.require(Permission.UPDATE_USER)
        if is_team_scoped(actor.role.permission_names):
            raise PermissionDenied(
                Permission.MANAGE_USERS_OF_MY_TEAMS.value,
                "Capacities apply across teams: a team leader can give them but not define them.",
            )
        return actor

    def _valid(
        self,
        session: Session,
        name: str,
        channels: Sequence[ChannelLimit | dict[str, Any]],
        user_ids: Iterable[int],
        exclude_id: int | None = None,
    ) -> tuple[str, list[ChannelLimit], set[int]]:
        errors = FieldErrors()
        name = errors.required("name", name, "Name")
        if "name" not in errors.errors:
            clash = select(UserCapacity.id).where(UserCapacity.name_key == fold(name))
            if exclude_id is not None:
                clash = clash.where(UserCapacity.id != exclude_id)
            if session.scalar(clash) is not None:
                errors.add("name", f"A capacity named {name!r} already exists.")
        limits = valid_channels(session, channels, errors)
        users = valid_user_ids(session, user_ids, "assign_user_ids", errors)
        errors.raise_if_any()
        return name, limits, users

    def _users_query(self, capacity_id: int, query: ListQuery) -> ListQuery:
        return ListQuery(
            query.search, {**query.filters, "capacity_id": capacity_id}, query.sort, query.descending
        )

    def _user_count(self, session: Session, capacity_id: int) -> int:
        stmt = select(func.count()).where(UserCapacityAssignment.capacity_id == capacity_id)
        return int(session.scalar(stmt) or 0)

    def _snapshot(self, session: Session, capacity: UserCapacity) -> dict[str, Any]:
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

    def _limits(
        self, session: Session, capacity_ids: list[int]
    ) -> dict[int, tuple[CapacityChannelInfo, ...]]:
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

    def _load(self, session: Session, capacity_id: int) -> UserCapacity:
        capacity = session.get(UserCapacity, capacity_id) if is_id(capacity_id) else None
        if capacity is None:
            raise NotFound(
                "This capacity no longer exists (it may have been deleted on another workstation)."
            )
        return capacity

    def _detail(self, session: Session, capacity: UserCapacity) -> CapacityDetail:
        session.flush()
        session.refresh(capacity, ["channels"])
        users = self._user_count(session, capacity.id)
        channels = tuple(
            CapacityChannelInfo(c.channel_id, c.channel.name, c.default_capacity, c.max_capacity)
            for c in sorted(capacity.channels, key=lambda c: c.channel.name)
        )
        return CapacityDetail(capacity.id, capacity.platform_id, capacity.name, channels, users)
