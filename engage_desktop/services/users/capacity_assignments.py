"""Who has which agent capacity (one per user at most), journaled on the capacities concerned.

Called inside a CapacityService unit of work; each function checks the actor's team scope.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engage_desktop.models import User, UserCapacity, UserCapacityAssignment
from engage_desktop.services.access.scope import ensure_users_visible
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.unit_of_work import UnitOfWork


def _current(session: Session, user_ids: set[int]) -> dict[int, int]:
    """user id -> capacity id, for those of `user_ids` that have one."""
    if not user_ids:
        return {}
    stmt = select(UserCapacityAssignment.user_id, UserCapacityAssignment.capacity_id).where(
        UserCapacityAssignment.user_id.in_(user_ids)
    )
    return {uid: cid for uid, cid in session.execute(stmt)}


def assign(uow: UnitOfWork, actor: User, capacity: UserCapacity, add: set[int], remove: set[int]) -> int:
    """Gives `capacity` to `add` (moving them from theirs) and takes it from `remove`.

    Returns how many users changed.
    """
    session = uow.session
    ensure_users_visible(session, actor, add | remove)
    current = _current(session, add | remove)
    removed = {uid for uid in remove - add if current.get(uid) == capacity.id}
    new = {uid for uid in add if current.get(uid) != capacity.id}
    moving = {uid for uid in new if uid in current}
    for old_id in sorted({current[uid] for uid in moving}):
        left = {uid for uid in moving if current[uid] == old_id}
        record_users(uow, session.get_one(UserCapacity, old_id), set(), left)
    if moving | removed:
        session.execute(
            delete(UserCapacityAssignment).where(UserCapacityAssignment.user_id.in_(moving | removed))
        )
    session.add_all(UserCapacityAssignment(user_id=uid, capacity_id=capacity.id) for uid in sorted(new))
    session.flush()
    record_users(uow, capacity, new, removed)
    return len(new) + len(removed)


def unassign(uow: UnitOfWork, actor: User, user_ids: set[int]) -> int:
    """Takes whatever capacity these users have; returns how many had one."""
    session = uow.session
    ensure_users_visible(session, actor, user_ids)
    current = _current(session, user_ids)
    for capacity_id in sorted(set(current.values())):
        left = {uid for uid, cid in current.items() if cid == capacity_id}
        record_users(uow, session.get_one(UserCapacity, capacity_id), set(), left)
    if current:
        session.execute(delete(UserCapacityAssignment).where(UserCapacityAssignment.user_id.in_(current)))
    return len(current)


def unassign_everyone(session: Session, capacity: UserCapacity) -> list[str]:
    """Before deleting a capacity: its users' platform ids (for the journal), then no one has it."""
    stmt = (
        select(User.platform_id)
        .join(UserCapacityAssignment, UserCapacityAssignment.user_id == User.id)
        .where(UserCapacityAssignment.capacity_id == capacity.id)
        .order_by(User.platform_id)
    )
    users = list(session.scalars(stmt))
    session.execute(delete(UserCapacityAssignment).where(UserCapacityAssignment.capacity_id == capacity.id))
    return users


def record_users(uow: UnitOfWork, capacity: UserCapacity, added: set[int], removed: set[int]) -> None:
    """`capability_scheme.updated` with the users it was given to / taken from (platform ids)."""
    if not added and not removed:
        return
    stmt = select(User.id, User.platform_id).where(User.id.in_(added | removed))
    ids = {uid: pid for uid, pid in uow.session.execute(stmt)}
    uow.record(
        "capability_scheme.updated",
        object_type="capability_scheme",
        object_id=capacity.platform_id,
        changes=field_diff(
            {"user_ids": frozenset(ids[u] for u in removed)},
            {"user_ids": frozenset(ids[u] for u in added)},
        ),
    )
