"""Runs the due automated exports while the console is open: a check every minute on a worker
thread (the runner opens its own sessions); one run at a time per console."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from engage_desktop.services.app_session import AppSession

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 60_000


class _Mailbox(QObject):
    arrived = Signal(object)


class ExportScheduler(QObject):
    """`ran(outcomes)` after a check that ran something (on the GUI thread)."""

    ran = Signal(object)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = session.export_runner
        self._busy = threading.Lock()
        self._stop = threading.Event()
        self._mailbox = _Mailbox(self)
        self._mailbox.arrived.connect(self.ran)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.destroyed.connect(self._stop.set)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self) -> None:
        if not self._busy.acquire(blocking=False):
            return
        runner, stop, mailbox = self._runner, self._stop, self._mailbox

        def run() -> None:
            try:
                outcomes = runner.run_due(should_stop=stop.is_set)
                if outcomes and not stop.is_set():
                    mailbox.arrived.emit(outcomes)
            except Exception:  # a broken database must not kill the console's timer
                log.exception("automated exports check failed")
            finally:
                self._busy.release()

        threading.Thread(target=run, name="automated-exports", daemon=True).start()
