"""Finding users to pick (team members, users to give a capacity): searched and paged on the
server so a picker stays fluid with 100k users, and limited to the users the actor may see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from engage_desktop.models import User, UserCapacity, UserCapacityAssignment
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import users_visible_to
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.listing import search_condition  # the indexed Users search

# Anyone who may read users, or change teams or capacities, may look users up (within their scope).
LOOKUP_PERMISSIONS = (
    Permission.READ_USER,
    Permission.UPDATE_USER,
    Permission.MANAGE_TEAMS,
    Permission.MANAGE_USERS_OF_MY_TEAMS,
)


@dataclass(frozen=True)
class PickableUser:
    id: int
    platform_id: str
    firstname: str
    lastname: str
    nickname: str
    email: str
    enabled: bool
    capacity: str  # the agent capacity given to them, "" when none

    @property
    def display_name(self) -> str:
        return f"{self.firstname} {self.lastname}".strip() or self.nickname


COLUMNS = (
    User.id,
    User.platform_id,
    User.firstname,
    User.lastname,
    User.nickname,
    User.email,
    User.enabled,
    func.coalesce(UserCapacity.name, ""),
)

SORTABLE = {
    "name": (User.lastname, User.firstname),
    "nickname": (User.nickname_key,),
    "email": (User.email_key,),
    "capacity": (func.coalesce(UserCapacity.name, ""),),
}


def with_capacity(stmt: Any) -> Any:
    return stmt.outerjoin(UserCapacityAssignment, UserCapacityAssignment.user_id == User.id).outerjoin(
        UserCapacity, UserCapacity.id == UserCapacityAssignment.capacity_id
    )


def filtered(stmt: Any, query: ListQuery, actor: User) -> Any:
    """Search text, `enabled` and `capacity_id` filters, and the actor's team scope."""
    stmt = stmt.where(users_visible_to(actor))
    if query.search.strip():
        stmt = stmt.where(search_condition(query.search))
    if query.filters.get("enabled") is not None:
        stmt = stmt.where(User.enabled.is_(bool(query.filters["enabled"])))
    if query.filters.get("capacity_id") is not None:
        stmt = stmt.where(UserCapacityAssignment.capacity_id == query.filters["capacity_id"])
    return stmt


def ordered(stmt: Any, query: ListQuery) -> Any:
    columns = SORTABLE.get(query.sort or "name", SORTABLE["name"])
    if query.search.strip():
        # Scan once and sort the matches rather than walk the sort index testing every row.
        columns = tuple(func.coalesce(c, c) for c in columns)
    return stmt.order_by(*(c.desc() if query.descending else c.asc() for c in columns), User.id)


class UserLookupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count_users(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*LOOKUP_PERMISSIONS)
            stmt = select(func.count(User.id)).select_from(User)
            if query.filters.get("capacity_id") is not None:
                stmt = stmt.join(UserCapacityAssignment, UserCapacityAssignment.user_id == User.id)
            return int(uow.session.scalar(filtered(stmt, query, actor)) or 0)

    def list_users(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[PickableUser]:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*LOOKUP_PERMISSIONS)
            stmt = ordered(filtered(with_capacity(select(*COLUMNS)), query, actor), query)
            return [PickableUser(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]
