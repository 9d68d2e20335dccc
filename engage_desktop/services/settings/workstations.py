"""Who is connected: the consoles using this database now (Settings > Workstations, issue #16).

Each console registers when its main window opens, touches its row every `HEARTBEAT_S` seconds
and removes it when it closes. A console that was killed or lost its network stops touching its
row; after `LIVE_WITHIN` it no longer counts as connected. The rows are operational state, like a
lock, not configuration: they are written without journal events.
"""

from __future__ import annotations

import secrets
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update

from engage_desktop import __version__
from engage_desktop.models import WorkstationSession, utcnow
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.unit_of_work import UnitOfWork

HEARTBEAT_S = 30
LIVE_WITHIN = timedelta(seconds=3 * HEARTBEAT_S)
HEARTBEAT_REASON = "workstation presence (operational state, not configuration)"


@dataclass(frozen=True)
class WorkstationRow:
    token: str
    workstation: str
    user_label: str
    console_version: str
    started_at: datetime
    last_seen_at: datetime
    this_console: bool

    @property
    def key(self) -> str:
        return self.token


SORTABLE = {
    "workstation": WorkstationSession.workstation,
    "user_label": WorkstationSession.user_label,
    "console_version": WorkstationSession.console_version,
    "started_at": WorkstationSession.started_at,
    "last_seen_at": WorkstationSession.last_seen_at,
}


class WorkstationPresence:
    """This console's own row."""

    def __init__(self, ctx: ServiceContext, user_label: str, workstation: str | None = None) -> None:
        self.ctx = ctx
        self.token = secrets.token_hex(16)
        self.workstation = workstation or ctx.workstation or socket.gethostname()
        self.user_label = user_label

    def register(self) -> None:
        with UnitOfWork(self.ctx) as uow:
            now = utcnow()
            uow.session.add(
                WorkstationSession(
                    token=self.token,
                    workstation=self.workstation[:255],
                    user_id=self.ctx.actor_id,
                    user_label=self.user_label[:255],
                    console_version=__version__,
                    started_at=now,
                    last_seen_at=now,
                )
            )
            # Rows of consoles gone for a day are forgotten rather than kept for ever.
            uow.session.execute(
                delete(WorkstationSession).where(WorkstationSession.last_seen_at < now - timedelta(days=1))
            )
            uow.commit(unjournaled=HEARTBEAT_REASON)

    def touch(self) -> None:
        with UnitOfWork(self.ctx) as uow:
            touched = uow.session.execute(
                update(WorkstationSession)
                .where(WorkstationSession.token == self.token)
                .values(last_seen_at=utcnow())
            )
            uow.commit(unjournaled=HEARTBEAT_REASON)
        if getattr(touched, "rowcount", 1) == 0:  # removed meanwhile (a day asleep): come back
            self.register()

    def leave(self) -> None:
        with UnitOfWork(self.ctx) as uow:
            uow.session.execute(delete(WorkstationSession).where(WorkstationSession.token == self.token))
            uow.commit(unjournaled=HEARTBEAT_REASON)


class WorkstationService:
    """The list of Settings > Workstations; reading it needs `update_settings`."""

    def __init__(self, ctx: ServiceContext, own_token: str = "") -> None:
        self.ctx = ctx
        self.own_token = own_token

    def _filtered(self, stmt: object, query: ListQuery, now: datetime) -> object:
        stmt = stmt.where(WorkstationSession.last_seen_at >= now - LIVE_WITHIN)  # type: ignore[attr-defined]
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(  # type: ignore[attr-defined]
                or_(
                    func.lower(WorkstationSession.workstation).like(pattern, escape="\\"),
                    func.lower(WorkstationSession.user_label).like(pattern, escape="\\"),
                )
            )
        return stmt

    def count_workstations(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_SETTINGS)
            stmt = self._filtered(select(func.count(WorkstationSession.id)), query, utcnow())
            return int(uow.session.scalar(stmt) or 0)  # type: ignore[call-overload]

    def list_workstations(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[WorkstationRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_SETTINGS)
            order = SORTABLE.get(query.sort or "workstation", WorkstationSession.workstation)
            stmt = self._filtered(select(WorkstationSession), query, utcnow())
            stmt = stmt.order_by(  # type: ignore[attr-defined]
                order.desc() if query.descending else order.asc(), WorkstationSession.id
            )
            rows = uow.session.scalars(stmt.offset(offset).limit(limit)).all()
            return [
                WorkstationRow(
                    row.token,
                    row.workstation,
                    row.user_label,
                    row.console_version,
                    row.started_at,
                    row.last_seen_at,
                    row.token == self.own_token,
                )
                for row in rows
            ]
