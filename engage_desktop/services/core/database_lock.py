"""A lock on a whole database, held by one process among all the workstations using it.

PostgreSQL: a session-level advisory lock on a connection the holder keeps open; when the holder's
process dies its connection closes and the lock is free at once. SQLite: an exclusive `flock` on a
file beside the database (holding the holder's pid), which the system drops when the holder dies.
The routing engine (one engine per database) and the automated exports (one runner per database)
each take one under their own key and file suffix.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from engage_desktop.db import Database


@dataclass
class DatabaseLock:
    key: int
    _connection: Connection | None = None
    _file: IO[str] | None = None
    released: bool = field(default=False)

    def alive(self) -> bool:
        """False once released, or once the PostgreSQL connection holding it is gone."""
        if self.released:
            return False
        if self._connection is None:
            return True
        try:
            self._connection.execute(text("SELECT 1"))
            self._connection.commit()
        except Exception:
            return False
        return True

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if self._connection is not None:
            with contextlib.suppress(Exception):
                self._connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._connection.commit()
            with contextlib.suppress(Exception):
                self._connection.close()
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the flock


def lock_path(database: Database, suffix: str) -> Path | None:
    """The SQLite lock file (`<database><suffix>`); None for an in-memory or server database."""
    path = database.file_path
    return None if path is None else Path(str(path) + suffix)


def try_database_lock(database: Database, key: int, suffix: str) -> DatabaseLock | None:
    """The lock, or None while another process holds it. An in-memory SQLite database is always
    free (no other process can open it)."""
    if database.engine.dialect.name == "postgresql":
        conn = database.engine.connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
            conn.commit()
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return None
        return DatabaseLock(key, _connection=conn)
    path = lock_path(database, suffix)
    if path is None:
        return DatabaseLock(key)
    handle = path.open("a+", encoding="utf-8")
    if not _flock(handle):
        handle.close()
        return None
    return DatabaseLock(key, _file=handle)


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
