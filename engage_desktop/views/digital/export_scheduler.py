"""Runs the due automated exports from the moment a console is signed in: a check every minute on
a worker thread, under the database's automated-exports lock, so that of several consoles open on
one database only one runs them; when it closes or dies another takes over at its next check."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.exports_lock import ExportsDuty

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60_000


class _Mailbox(QObject):
    arrived = Signal(object)


class ExportScheduler(QObject):
    """`ran(outcomes)` after a check that ran something (on the GUI thread). Started by the app
    after sign-in; `stop()` (or its parent's destruction) gives the lock back."""

    ran = Signal(object)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportScheduler")
        self._duty = session.exports_duty
        self._busy = threading.Lock()
        self._stop = threading.Event()
        self._mailbox = _Mailbox(self)
        self._mailbox.arrived.connect(self.ran)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        duty, stop, busy = self._duty, self._stop, self._busy
        self.destroyed.connect(lambda *_: _give_back(duty, stop, busy))

    @property
    def holding(self) -> bool:
        """Whether this console is the one running the automated exports."""
        return self._duty.holding

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self.timer.stop()
        _give_back(self._duty, self._stop, self._busy)

    def check(self) -> None:
        if self._stop.is_set() or not self._busy.acquire(blocking=False):
            return
        duty, stop, mailbox, busy = self._duty, self._stop, self._mailbox, self._busy

        def run() -> None:
            try:
                outcomes = duty.check(should_stop=stop.is_set)
                if outcomes and not stop.is_set():
                    mailbox.arrived.emit(outcomes)
            except Exception:  # a broken database must not kill the console's timer
                log.exception("automated exports check failed")
            finally:
                if stop.is_set():
                    duty.release()
                busy.release()

        threading.Thread(target=run, name="automated-exports", daemon=True).start()


def _give_back(duty: ExportsDuty, stop: threading.Event, busy: threading.Lock) -> None:
    """Stop checking; release the lock now, or let the running check release it when it ends."""
    stop.set()
    if busy.acquire(blocking=False):
        try:
            duty.release()
        finally:
            busy.release()
