"""Background reads for the lists: the latest request wins, older answers are dropped.

A list asks its service for a count or a page on a worker thread so a slow database never freezes
the window. Each request carries a generation number; asking again (another search, a sort, a
refresh) supersedes what was pending, and its answer is dropped when it arrives.
"""

from __future__ import annotations

import atexit
import contextlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

_POOLS: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


def wait_for_list_loads(msecs: int = -1) -> bool:
    """Blocks until no list request runs; False if some still ran after `msecs`.

    Called at interpreter exit (a worker running Python while the interpreter shuts down crashes it)
    and by the tests after each test.
    """
    done = True
    for pool in list(_POOLS):
        with contextlib.suppress(RuntimeError):  # deleted with its owner, which waited for it
            done = pool.waitForDone(msecs) and done
    return done


atexit.register(wait_for_list_loads, 10_000)  # bounded: a hung query must not hang the exit

Work = Callable[[], tuple[int | None, list[Any]]]  # (count or None, rows), run on a worker


@dataclass
class Reply:
    """What a worker read: `total` from a count (None if it only read rows), or the error."""

    kind: str
    limit: int
    generation: int
    total: int | None = None
    rows: list[Any] = field(default_factory=list)
    error: Exception | None = None


@dataclass
class _Generation:
    """The latest request's number; workers read it to skip requests superseded before they start."""

    value: int = 0


class _Mailbox(QObject):
    """Carries a worker's reply to the GUI thread (a queued connection, since it lives there)."""

    arrived = Signal(object)


class LatestRequest(QObject):
    """Runs a list's reads on its own small thread pool; `answered` only for the latest one.

    Deleting it (with its list) waits for the workers still running, so none outlives the list.
    """

    answered = Signal(object)  # the Reply, on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # First child, so deleting this object waits for the workers before the mailbox goes.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a superseded read still running does not delay the next
        _POOLS.add(self._pool)
        self._mailbox = _Mailbox(self)
        self._mailbox.arrived.connect(self._on_arrived)
        self._latest = _Generation()
        self._pending: str | None = None

    @property
    def pending(self) -> str | None:
        """The kind of the request awaiting its answer, if any."""
        return self._pending

    def submit(self, kind: str, limit: int, work: Work) -> None:
        """Runs `work` on a worker; whatever was pending is superseded (its answer will be dropped).

        `work` must not touch Qt objects: it gets what it needs as plain values.
        """
        self._latest.value += 1
        self._pending = kind
        generation, latest, mailbox = self._latest.value, self._latest, self._mailbox

        def run() -> None:
            if latest.value != generation:
                return  # superseded before it started: not worth a query
            try:
                total, rows = work()
                reply = Reply(kind, limit, generation, total, rows)
            except Exception as exc:  # shown by the view, never raised into Qt's event loop
                reply = Reply(kind, limit, generation, error=exc)
            mailbox.arrived.emit(reply)

        self._pool.start(run)

    def _on_arrived(self, reply: Reply) -> None:
        if reply.generation != self._latest.value:
            return  # asked again since: the query changed or the list was refreshed
        self._pending = None
        self.answered.emit(reply)
