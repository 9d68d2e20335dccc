"""Presence statuses agents pick from; each counts as available or away for routing.

Reading needs `read_presence` or `read_user`; changing needs `update_settings` (the statuses are
the whole account's). At least one status must map to "available", or no agent could take work.

The changes are operations (`create_status(uow, …)`, `update_status(uow, …)`, `move_status(uow, …)`,
`delete_status(uow, …)`); `PresenceStatusService` is the thin entry point the views call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import PresenceStatus
from engage_desktop.models.presence import PRESENCE_MAPS_TO
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.records import is_id

READ = (Permission.READ_PRESENCE, Permission.READ_USER, Permission.UPDATE_SETTINGS)
CHANGE = Permission.UPDATE_SETTINGS
AVAILABLE, AWAY = PRESENCE_MAPS_TO

STATUS_GONE = ErrorCode(
    "presence_status.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This presence status no longer exists (it may have been deleted elsewhere)."
    ),
)
STATUS_NAME_TAKEN = ErrorCode(
    "presence_status.name_taken",
    QT_TRANSLATE_NOOP("Errors", "A presence status named “{name}” already exists."),
)
STATUS_MAPS_TO_MISSING = ErrorCode(
    "presence_status.maps_to_missing",
    QT_TRANSLATE_NOOP("Errors", "Choose whether this status counts as available or away."),
)
LAST_AVAILABLE_TURNS_AWAY = ErrorCode(
    "presence_status.last_available_turns_away",
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is the last status that maps to available; agents need one to take work. "
        "Add another available status before you map it to away.",
    ),
)
LAST_AVAILABLE_DELETED = ErrorCode(
    "presence_status.last_available_deleted",
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is the last status that maps to available; agents need one to take work. "
        "Add another available status before you delete it.",
    ),
)


@dataclass(frozen=True)
class PresenceRow:
    id: int
    platform_id: str
    name: str
    maps_to: str
    position: int
    updated_at: datetime
    version: int = 1


SORTABLE = {
    "position": PresenceStatus.position,
    "name": PresenceStatus.name_key,
    "maps_to": PresenceStatus.maps_to,
    "updated_at": PresenceStatus.updated_at,
}
COLUMNS = (
    PresenceStatus.id,
    PresenceStatus.platform_id,
    PresenceStatus.name,
    PresenceStatus.maps_to,
    PresenceStatus.position,
    PresenceStatus.updated_at,
    PresenceStatus.version,
)


def _row(status: PresenceStatus) -> PresenceRow:
    return PresenceRow(
        status.id,
        status.platform_id,
        status.name,
        status.maps_to,
        status.position,
        status.updated_at,
        status.version,
    )


def _snapshot(status: PresenceStatus) -> dict[str, Any]:
    return {"name": status.name, "maps_to": status.maps_to, "position": status.position}


class PresenceStatusService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(PresenceStatus.name_key.like(like_pattern(query.search), escape="\\"))
        if query.filters.get("maps_to") is not None:
            stmt = stmt.where(PresenceStatus.maps_to == query.filters["maps_to"])
        return stmt

    def count_statuses(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            return int(uow.session.scalar(self._filtered(select(func.count(PresenceStatus.id)), query)) or 0)

    def list_statuses(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[PresenceRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            order = SORTABLE.get(query.sort or "position", PresenceStatus.position)
            stmt = self._filtered(select(*COLUMNS), query).order_by(
                order.desc() if query.descending else order.asc(), PresenceStatus.position, PresenceStatus.id
            )
            return [PresenceRow(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]

    def get_status(self, status_id: int) -> PresenceRow:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*READ)
            return _row(_load(uow.session, status_id))

    # ---- changing ------------------------------------------------------------------------------
    def create_status(self, name: str, maps_to: str) -> PresenceRow:
        """A new status goes last in the agents' list."""
        return run_operation(self.ctx, create_status, name, maps_to)

    def update_status(
        self, status_id: int, name: str, maps_to: str, *, version: int | None = None
    ) -> PresenceRow:
        """`version` is the one the editor loaded: a newer saved status raises `Conflict`."""
        return run_operation(self.ctx, update_status, status_id, name, maps_to, version=version)

    def move_status(self, status_id: int, offset: int) -> PresenceRow:
        """Up (-1) or down (+1) in the agents' list: swaps places with the neighbour."""
        return run_operation(self.ctx, move_status, status_id, offset)

    def delete_status(self, status_id: int) -> None:
        run_operation(self.ctx, delete_status, status_id)


# ---- operations ----------------------------------------------------------------------------------
def create_status(uow: UnitOfWork, name: str, maps_to: str) -> PresenceRow:
    uow.require(CHANGE)
    name, maps_to = _valid(uow.session, name, maps_to)
    last = uow.session.scalar(select(func.max(PresenceStatus.position)))
    status = PresenceStatus(
        name=name, name_key=fold(name), maps_to=maps_to, position=0 if last is None else last + 1
    )
    uow.session.add(status)
    uow.session.flush()
    _record(uow, "presence_status.created", status, field_diff({}, _snapshot(status)))
    return _row(status)


def update_status(
    uow: UnitOfWork, status_id: int, name: str, maps_to: str, *, version: int | None = None
) -> PresenceRow:
    uow.require(CHANGE)
    status = _load(uow.session, status_id)
    name, maps_to = _valid(uow.session, name, maps_to, exclude_id=status.id)
    uow.ensure_version(
        status,
        version,
        object_type="presence_status",
        theirs={"name": status.name, "maps_to": status.maps_to},
        mine={"name": name, "maps_to": maps_to},
    )
    before = _snapshot(status)
    if status.maps_to == AVAILABLE and maps_to != AVAILABLE:
        _ensure_another_available(uow.session, status, LAST_AVAILABLE_TURNS_AWAY)
    status.name, status.name_key, status.maps_to = name, fold(name), maps_to
    uow.session.flush()
    changes = field_diff(before, _snapshot(status))
    if changes:
        _record(uow, "presence_status.updated", status, changes)
    return _row(status)


def move_status(uow: UnitOfWork, status_id: int, offset: int) -> PresenceRow:
    """A list action on the order as it is now: no version to compare."""
    uow.require(CHANGE)
    status = _load(uow.session, status_id)
    ordered = list(
        uow.session.scalars(select(PresenceStatus).order_by(PresenceStatus.position, PresenceStatus.id))
    )
    here = ordered.index(status)
    if not isinstance(offset, int) or isinstance(offset, bool):
        offset = 0  # not a step up or down: nothing moves
    there = here + (1 if offset > 0 else -1)
    if offset == 0 or not 0 <= there < len(ordered):
        return _row(status)
    before = {item.id: _snapshot(item) for item in ordered}
    mine, theirs = ordered[here], ordered[there]
    if mine.position != theirs.position:
        mine.position, theirs.position = theirs.position, mine.position
    else:  # ties (made outside this app): number them all afresh
        ordered[here], ordered[there] = theirs, mine
        for position, item in enumerate(ordered):
            item.position = position
    for item in ordered:
        changes = field_diff(before[item.id], _snapshot(item))
        if changes:
            _record(uow, "presence_status.updated", item, changes)
    uow.session.flush()
    return _row(status)


def delete_status(uow: UnitOfWork, status_id: int) -> None:
    uow.require(CHANGE)
    status = _load(uow.session, status_id)
    if status.maps_to == AVAILABLE:
        _ensure_another_available(uow.session, status, LAST_AVAILABLE_DELETED)
    _record(uow, "presence_status.destroyed", status, field_diff(_snapshot(status), {}))
    uow.session.delete(status)
    uow.session.flush()


# ---- rules and helpers ---------------------------------------------------------------------------
def _ensure_another_available(session: Session, status: PresenceStatus, refusal: ErrorCode) -> None:
    others = session.scalar(
        select(func.count(PresenceStatus.id)).where(
            PresenceStatus.maps_to == AVAILABLE, PresenceStatus.id != status.id
        )
    )
    if not others:
        raise Conflict(refusal(name=status.name))


def _valid(session: Session, name: str, maps_to: str, exclude_id: int | None = None) -> tuple[str, str]:
    errors = FieldErrors()
    name = errors.required("name", name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(PresenceStatus.id).where(PresenceStatus.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(PresenceStatus.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", STATUS_NAME_TAKEN(name=name))
    if maps_to not in PRESENCE_MAPS_TO:
        errors.add("maps_to", STATUS_MAPS_TO_MISSING())
    errors.raise_if_any()
    return name, maps_to


def _record(uow: UnitOfWork, name: str, status: PresenceStatus, changes: dict[str, Any]) -> None:
    uow.record(name, object_type="presence_status", object_id=status.platform_id, changes=changes)


def _load(session: Session, status_id: int) -> PresenceStatus:
    status = session.get(PresenceStatus, status_id) if is_id(status_id) else None
    if status is None:
        raise NotFound(STATUS_GONE())
    return status
