"""The window follows changes made at other workstations: the list on show refreshes itself.

A worker thread waits on the database's change feed (PostgreSQL notices, or SQLite's data
version for a second console on the same file) and hands the changed object types to the GUI
thread. The visible list re-reads in the background, row by row, so the selection, the scroll
position and anything typed in an open editor stay as they are; a burst of changes gives one
refresh. Pages not on show read fresh data when they are next shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from engage_desktop.services.core.change_feed import ChangeFeed
from engage_desktop.views.widgets.changed_elsewhere import change_notices

log = logging.getLogger(__name__)

RETRY_AFTER_S = 10.0
QUIET_MS = 300  # changes closer than this together give one refresh


class ChangeListener(QThread):
    """Emits `changed(set of object types)` for each change heard; reconnects after a failure."""

    changed = Signal(object)

    def __init__(self, open_feed: Callable[[], ChangeFeed], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_feed = open_feed
        self._stop = threading.Event()

    def run(self) -> None:
        feed: ChangeFeed | None = None
        while not self._stop.is_set():
            try:
                if feed is None:
                    feed = self._open_feed()
                types = feed.wait(0.5)
            except Exception:
                log.warning("Live refresh: the change feed failed; trying again", exc_info=True)
                if feed is not None:
                    feed.close()
                feed = None
                self._stop.wait(RETRY_AFTER_S)
                continue
            if types:
                self.changed.emit(types)
        if feed is not None:
            feed.close()

    def stop(self) -> None:
        self._stop.set()
        self.wait()


class LiveRefresh(QObject):
    """Watches for the main window's life: listens while it is shown, stops when it closes."""

    refreshed = Signal()

    def __init__(self, window: QMainWindow, open_feed: Callable[[], ChangeFeed]) -> None:
        super().__init__(window)
        self.window = window
        self._open_feed = open_feed
        self.listener: ChangeListener | None = None
        self.pending: set[str] = set()
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._refresh)
        window.installEventFilter(self)
        if window.isVisible():
            self.start()

    def start(self) -> None:
        if self.listener is None:
            self.listener = ChangeListener(self._open_feed)  # no parent: it outlives nothing
            self.listener.changed.connect(self._heard)
            self.listener.start()

    def stop(self) -> None:
        self._quiet.stop()
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop()
            listener.deleteLater()

    def is_listening(self) -> bool:
        return self.listener is not None and self.listener.isRunning()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self.start()
            elif event.type() == QEvent.Type.Close:
                self.stop()
        return False

    def _heard(self, types: object) -> None:
        self.pending |= set(types) if isinstance(types, set) else set()
        self._quiet.start()

    def _refresh(self) -> None:
        change_notices.heard.emit(set(self.pending))  # open editors check their object
        self.pending.clear()
        commands = getattr(self.window, "commands", None)
        panel = commands.panel() if commands is not None else None
        if panel is not None:
            panel.refresh()
        self.refreshed.emit()


def install_live_refresh(window: QMainWindow, open_feed: Callable[[], ChangeFeed]) -> LiveRefresh:
    return LiveRefresh(window, open_feed)
