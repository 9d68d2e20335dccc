"""One routing engine per database.

PostgreSQL: a session-level advisory lock on a connection the holder keeps open; when the holder's
process dies its connection closes and the lock is free for the next workstation at once.
SQLite: an exclusive `flock` on a file beside the database, released by the system when the holder
dies. Either way the holder writes its name into the lease row so other workstations can say who
runs the engine (they show the monitor).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text, update
from sqlalchemy import insert as sa_insert
from sqlalchemy.dialects import postgresql, sqlite

from engage_desktop.models.base import utcnow
from engage_desktop.models.interactions import RoutingEngineLease
from engage_desktop.services.core.context import default_workstation

if TYPE_CHECKING:
    from engage_desktop.db import Database

ADVISORY_KEY = 0x454E47_52545247  # "ENG" "RTRG": one key for the routing engine


@dataclass
class EngineLock:
    database: Database
    holder: str
    token: str
    _connection: Connection | None = None
    _file: IO[str] | None = None
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
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                self._connection.commit()
            self._connection.close()
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the flock

    def __enter__(self) -> EngineLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_file(database: Database) -> Path | None:
    path = database.file_path
    return None if path is None else Path(str(path) + ".routing-engine.lock")


def acquire_engine_lock(database: Database, holder: str | None = None) -> EngineLock | None:
    """The lock, or None when another workstation runs the engine (see `engine_holder`)."""
    holder = holder or default_workstation()
    token = secrets.token_hex(8)
    if database.engine.dialect.name == "postgresql":
        conn = database.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
        conn.commit()
        if not got:
            conn.close()
            return None
        lock = EngineLock(database, holder, token, _connection=conn)
    else:
        path = lock_file(database)
        handle = None
        if path is not None:
            handle = path.open("a+", encoding="utf-8")
            if not _flock(handle):
                handle.close()
                return None
        lock = EngineLock(database, holder, token, _file=handle)
    _write_lease(database, holder, token)
    return lock


def _flock(handle: IO[str]) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: msvcrt locks a byte range instead
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return True


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
