"""One runner of automated exports per database, however many consoles are open on it.

The same mechanism as the routing engine's lock (engine_lock.py), under its own key: on
PostgreSQL a session-level advisory lock on a connection the holder keeps open, on SQLite an
exclusive `flock` on a file beside the database (`<database>.automated-exports.lock`, holding the
holder's pid). Either way the system frees it when the holder's process dies, and the next console
to check takes over. `ExportsDuty` is what a console (and `exports run-due`) holds: it tries the
lock at each check and runs the due exports only while it has it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import Connection, text

from engage_desktop.services.digital.exports_runner import AutomaticExportRunner, RunOutcome

if TYPE_CHECKING:
    from engage_desktop.db import Database

ADVISORY_KEY = 0x454E47_45585054  # "ENG" "EXPT": the automated exports (the engine has its own)
log = logging.getLogger(__name__)


@dataclass
class ExportsLock:
    database: Database
    _connection: Connection | None = None
    _file: IO[str] | None = None
    released: bool = field(default=False)

    def alive(self) -> bool:
        """False once the PostgreSQL connection holding the lock is gone (a server restart)."""
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
                self._connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_KEY})
                self._connection.commit()
            with contextlib.suppress(Exception):
                self._connection.close()
        if self._file is not None:
            self._file.close()  # closing the descriptor drops the flock


def lock_file(database: Database) -> Path | None:
    path = database.file_path
    return None if path is None else Path(str(path) + ".automated-exports.lock")


def acquire_exports_lock(database: Database) -> ExportsLock | None:
    """The lock, or None while another console (or `exports run-due`) holds it."""
    if database.engine.dialect.name == "postgresql":
        conn = database.engine.connect()
        try:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
            conn.commit()
        except Exception:
            conn.close()
            raise
        if not got:
            conn.close()
            return None
        return ExportsLock(database, _connection=conn)
    path = lock_file(database)
    if path is None:  # an in-memory database: no other process can open it
        return ExportsLock(database)
    # The engine's own flock (Windows byte-range lock too); imported here: the engine package is big.
    from engage_desktop.services.routing.engine.engine_lock import _flock as flock_exclusive

    handle = path.open("a+", encoding="utf-8")
    if not flock_exclusive(handle):
        handle.close()
        return None
    return ExportsLock(database, _file=handle)


class ExportsDuty:
    """Runs the due automated exports from this process while it holds the database's lock.

    `check()` returns None when another holder runs them (nothing was done), else the outcomes.
    The lock is kept between checks (a console keeps its duty until it closes: `release()`)."""

    def __init__(self, database: Database, runner: AutomaticExportRunner) -> None:
        self.database = database
        self.runner = runner
        self._lock: ExportsLock | None = None

    @property
    def holding(self) -> bool:
        return self._lock is not None and not self._lock.released

    def check(
        self, now: datetime | None = None, should_stop: Callable[[], bool] = lambda: False
    ) -> list[RunOutcome] | None:
        if self._lock is not None and not self._lock.alive():
            log.warning("lost the automated exports lock (database connection gone)")
            self.release()
        if self._lock is None:
            self._lock = acquire_exports_lock(self.database)
            if self._lock is None:
                return None
            log.info("this process now runs the automated exports of this database")
        return self.runner.run_due(now, should_stop)

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()
