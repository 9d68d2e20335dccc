"""One runner of automated exports per database, however many consoles are open on it.

A database lock (core/database_lock.py, as the routing engine's) under its own key: an advisory
lock on PostgreSQL, `<database>.automated-exports.lock` on SQLite. The system frees it when the
holder's process dies, and the next console to check takes over. `ExportsDuty` is what a console
(and `exports run-due`) holds: it tries the lock at each check and runs the due exports only while
it has it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from engage_desktop.services.core.database_lock import DatabaseLock, lock_path, try_database_lock
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner, RunOutcome

if TYPE_CHECKING:
    from engage_desktop.db import Database

ADVISORY_KEY = 0x454E47_45585054  # "ENG" "EXPT": the automated exports (the engine has its own)
log = logging.getLogger(__name__)
LOCK_SUFFIX = ".automated-exports.lock"


def lock_file(database: Database) -> Path | None:
    return lock_path(database, LOCK_SUFFIX)


def acquire_exports_lock(database: Database) -> DatabaseLock | None:
    """The lock, or None while another console (or `exports run-due`) holds it."""
    return try_database_lock(database, ADVISORY_KEY, LOCK_SUFFIX)


class ExportsDuty:
    """Runs the due automated exports from this process while it holds the database's lock.

    `check()` returns None when another holder runs them (nothing was done), else the outcomes.
    The lock is kept between checks (a console keeps its duty until it closes: `release()`)."""

    def __init__(self, database: Database, runner: AutomaticExportRunner) -> None:
        self.database = database
        self.runner = runner
        self._lock: DatabaseLock | None = None

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
