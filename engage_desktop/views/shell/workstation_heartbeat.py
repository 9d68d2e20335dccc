"""Keeps this console listed in Settings › Workstations while its main window is open.

Registration and the half-minute touch run on the thread pool (a busy database must not freeze
the window); leaving is done when the window closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QMainWindow

from engage_desktop.services.settings.workstations import HEARTBEAT_S, WorkstationPresence
from engage_desktop.views.settings.workstations_page import TOKEN_PROPERTY

log = logging.getLogger(__name__)


def _quietly(work: Callable[[], None], what: str) -> Callable[[], None]:
    def run() -> None:
        try:
            work()
        except Exception:  # the list is informative: a failed touch is retried next time
            log.warning("Workstation presence: %s failed", what, exc_info=True)

    return run


class WorkstationHeartbeat(QObject):
    def __init__(self, window: QMainWindow, presence: WorkstationPresence) -> None:
        super().__init__(window)
        self.window = window
        self.presence = presence
        self.left = False
        window.setProperty(TOKEN_PROPERTY, presence.token)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # register, then touches, in order
        self.pool.start(_quietly(presence.register, "registering"))
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_S * 1000)
        self.timer.timeout.connect(lambda: self.pool.start(_quietly(presence.touch, "touching")))
        self.timer.start()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.left:
            self.leave()
        return False

    def leave(self) -> None:
        self.timer.stop()
        self.pool.waitForDone(5000)
        self.left = True
        _quietly(self.presence.leave, "leaving")()
