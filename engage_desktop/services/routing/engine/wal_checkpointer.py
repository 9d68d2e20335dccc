"""Copy the live engine's SQLite write-ahead log into the database off its hot path.

In WAL mode a commit appends pages to the log; SQLite's automatic checkpoint then makes one commit
in every few dozen copy the log into the database and flush both files (`synchronous=NORMAL`: the
only flushes WAL mode does). The engine writes a hundred-odd log pages per interaction (five to
seven journal events, each touching the journal's indexes), so with the default threshold of
1,000 pages every tenth interaction waited for two flushes: that was the engine's p99.

Here a background thread with its own connection runs passive checkpoints (they never block a
writer) a moment after the engine commits, and the engine's own transactions raise the automatic
threshold to `ENGINE_AUTOCHECKPOINT_PAGES` (restored for the pool's other users afterwards) — a
safety net that bounds the log if the thread falls behind; by then most pages are copied and the
net's checkpoint is short. Durability is unchanged: commits are what they were, the log is flushed
before it is copied, exactly as an automatic checkpoint does.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading

ENGINE_AUTOCHECKPOINT_PAGES = 10_000  # 40 MB of log at 4 KiB pages, about a hundred interactions
COMMITS_PER_CHECKPOINT = 16
IDLE_SECONDS = 0.25


class WalCheckpointer:
    def __init__(self, path: str, busy_timeout_ms: int = 5000) -> None:
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._commits = 0
        self.checkpoints = 0
        self._thread = threading.Thread(target=self._loop, name="routing-wal-checkpoint", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive() and not self._stop.is_set()

    def committed(self) -> None:
        """Called by the engine after each commit; every few commits wake the thread."""
        self._commits += 1
        if self._commits >= COMMITS_PER_CHECKPOINT:
            self._commits = 0
            self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        try:
            connection = sqlite3.connect(self.path, timeout=self.busy_timeout_ms / 1000, isolation_level=None)
        except sqlite3.Error:
            return  # the engine's connections keep checkpointing by themselves
        try:
            connection.execute(f"PRAGMA busy_timeout={int(self.busy_timeout_ms)}")
            connection.execute("PRAGMA synchronous=NORMAL")
            while not self._stop.is_set():
                self._wake.wait(IDLE_SECONDS)
                self._wake.clear()
                if self._stop.is_set():
                    break
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    self.checkpoints += 1
                except sqlite3.Error:
                    continue  # busy or gone: the next round, or the safety net, copies it
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.close()
