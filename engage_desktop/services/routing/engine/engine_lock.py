"""One routing engine per database: a database lock (core/database_lock.py) under the engine's
key, and the holder's name in the lease row so other workstations can say who runs the engine
(they show the monitor).
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, update
from sqlalchemy import insert as sa_insert
from sqlalchemy.dialects import postgresql, sqlite

from engage_desktop.models.base import utcnow
from engage_desktop.models.interactions import RoutingEngineLease
from engage_desktop.services.core.context import default_workstation
from engage_desktop.services.core.database_lock import DatabaseLock, lock_path, try_database_lock

if TYPE_CHECKING:
    from engage_desktop.db import Database

ADVISORY_KEY = 0x454E47_52545247  # "ENG" "RTRG": one key for the routing engine
LOCK_SUFFIX = ".routing-engine.lock"


@dataclass
class EngineLock:
    database: Database
    holder: str
    token: str
    _held: DatabaseLock
    released: bool = field(default=False)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with contextlib.suppress(Exception), self.database.engine.begin() as conn:
            conn.execute(
                update(RoutingEngineLease)
                .where(RoutingEngineLease.id == 1, RoutingEngineLease.token == self.token)
                .values(holder="", token="", heartbeat_at=None)
            )
        self._held.release()

    def __enter__(self) -> EngineLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_file(database: Database) -> Path | None:
    return lock_path(database, LOCK_SUFFIX)


def acquire_engine_lock(database: Database, holder: str | None = None) -> EngineLock | None:
    """The lock, or None when another workstation runs the engine (see `engine_holder`)."""
    held = try_database_lock(database, ADVISORY_KEY, LOCK_SUFFIX)
    if held is None:
        return None
    holder = holder or default_workstation()
    token = secrets.token_hex(8)
    _write_lease(database, holder, token)
    return EngineLock(database, holder, token, held)


def _write_lease(database: Database, holder: str, token: str) -> None:
    values: dict[str, Any] = {"holder": holder[:255], "token": token, "heartbeat_at": utcnow()}
    dialect = database.engine.dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(RoutingEngineLease).values(id=1, generation=0, **values)
    statement = statement.on_conflict_do_update(index_elements=["id"], set_=values)
    with database.engine.begin() as conn:
        conn.execute(statement)


def engine_holder(database: Database) -> str:
    """Who runs the engine, as its lease says ("" when nobody does)."""
    with database.engine.connect() as conn:
        return str(
            conn.execute(select(RoutingEngineLease.holder).where(RoutingEngineLease.id == 1)).scalar() or ""
        )


def bump_generation(conn: Connection) -> None:
    """Tell the running engine that tasks changed outside it (it reloads on its next tick)."""
    done = conn.execute(
        update(RoutingEngineLease)
        .where(RoutingEngineLease.id == 1)
        .values(generation=RoutingEngineLease.generation + 1)
    )
    if done.rowcount == 0:
        conn.execute(sa_insert(RoutingEngineLease).values(id=1, holder="", token="", generation=1))
