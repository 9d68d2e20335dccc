"""The console's notification centre: what the signed-in user asked to be told about (Settings ›
Notifications), read from the journal in the background, listed under a button in the status bar
and announced by the system tray when one is available."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QToolButton, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.settings.notifications import NotificationItem
from engage_desktop.views.widgets.icons import icon

POLL_MS = 30_000
KEEP = 50


class NotificationCentre(QObject):
    """Polls the journal off the GUI thread; `changed` after new items arrive or are read."""

    changed = Signal()
    _arrived = Signal(object)

    def __init__(self, session: AppSession, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[NotificationItem] = []
        self.unread = 0
        self._busy = threading.Lock()
        try:
            self._seq = session.settings.notifications.latest_seq()  # only what happens from now on
        except DomainError:
            self._seq = 0
        self._arrived.connect(self._add)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        if poll_ms:
            self._timer.start(poll_ms)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("logo"), self)
            self.tray.setToolTip(self.tr("Engage Desktop"))
            self.tray.show()

    def refresh(self) -> None:
        """Starts one background read (skipped while the previous one runs)."""
        if not self._busy.acquire(blocking=False):
            return
        service, seq = self.session.settings.notifications, self._seq

        def read() -> None:
            try:
                self._arrived.emit(service.notifications_since(seq))
            except DomainError:
                self._arrived.emit([])
            finally:
                self._busy.release()

        threading.Thread(target=read, name="notifications", daemon=True).start()

    def _add(self, new: list[NotificationItem]) -> None:
        fresh = [item for item in new if item.seq > self._seq]
        if not fresh:
            return
        self._seq = fresh[-1].seq
        self.items = (list(reversed(fresh)) + self.items)[:KEEP]
        self.unread += len(fresh)
        if self.tray is not None:
            latest = fresh[-1]
            self.tray.showMessage(
                self.tr("Engage Desktop"), describe(latest), QSystemTrayIcon.MessageIcon.Information
            )
        self.changed.emit()

    def mark_read(self) -> None:
        self.unread = 0
        self.changed.emit()


def describe(item: NotificationItem) -> str:
    who = item.who or QApplication.translate("NotificationCentre", "system")
    text = f"{item.event} — {who}"
    if item.reason:
        text += f" ({item.reason})"
    return text


class NotificationButton(QToolButton):
    """Shows the unread count; its menu lists the latest notifications and marks them read."""

    def __init__(self, centre: NotificationCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationButton")
        self.setAccessibleName(self.tr("Notifications"))
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.centre = centre
        self.menu_list = QMenu(self)
        self.menu_list.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_list)
        centre.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        count = self.centre.unread
        self.setText(
            self.tr("Notifications (%1)").replace("%1", str(count)) if count else self.tr("Notifications")
        )

    def _fill(self) -> None:
        self.menu_list.clear()
        if not self.centre.items:
            self.menu_list.addAction(
                self.tr("Nothing new. Choose what to hear about in Settings › Notifications.")
            ).setEnabled(False)
        for item in self.centre.items[:20]:
            action = self.menu_list.addAction(f"{item.created_at:%H:%M}  {describe(item)}")
            action.setEnabled(False)
        self.centre.mark_read()
