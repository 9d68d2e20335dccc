"""The console locks itself after the Security settings' idle time and asks for the password again.

`IdleLock` watches the application's input events; with no key press, click or wheel in the idle
time it covers the main window with `LockOverlay` (and every other open window with a plain cover,
so no data stays in view) and lets no input through but to the overlay, menu shortcuts included.
The password is checked by the session-lock service, as a sign-in: a wrong one counts towards the
lock-out, and "Sign out" stays available.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.theme import Palette

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.ContextMenu,
}
ACTIVITY_EVENTS = INPUT_EVENTS | {QEvent.Type.MouseMove}


class _Cover(QWidget):
    """Fills its parent window and hides what is under it."""

    def __init__(self, parent: QWidget, object_name: str = "lockCover") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        if type(self) is _Cover:
            self.setStyleSheet(f"#{object_name} {{ background: {Palette.NAV_BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and isinstance(event, QResizeEvent):
            self.setGeometry(0, 0, event.size().width(), event.size().height())
        return False


class LockOverlay(_Cover):
    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget, user_name: str) -> None:
        super().__init__(parent, "lockOverlay")
        self.setAccessibleName(self.tr("Console locked"))
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(380)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("Console locked"))
        title.setObjectName("lockTitle")
        explanation = QLabel(
            self.tr("Locked after a while without activity. Enter the password of %1 to go on.").replace(
                "%1", user_name
            )
        )
        explanation.setWordWrap(True)
        explanation.setMinimumHeight(explanation.heightForWidth(324) + 4)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setProperty("variant", "primary")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.setFlat(True)
        for widget in (title, explanation, self.password_edit, self.error_label, self.unlock_button):
            layout.addWidget(widget)
        layout.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.password_edit.returnPressed.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.setStyleSheet(
            f"#lockOverlay {{ background: {Palette.NAV_BACKGROUND}; }}\n"
            "#lockCard { background: white; border-radius: 10px; }\n"
            f"#lockTitle {{ font-size: 20px; font-weight: 600; color: {Palette.TEXT}; }}\n"
        )

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password_edit.text())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.password_edit.selectAll()
        self.password_edit.setFocus()


class IdleLock(QObject):
    """Locks `window` after the idle time; `locked`/`unlocked` tell the window."""

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, window: QMainWindow, session: AppSession, timeout_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.overlay: LockOverlay | None = None
        self._covers: list[_Cover] = []
        self._host: QWidget = window  # the window the password is asked in
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        if timeout_ms is None:
            try:
                timeout_ms = session.settings.session_lock.idle_minutes() * 60_000
            except DomainError:
                timeout_ms = 0
        self.set_timeout_ms(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.overlay is not None

    def set_timeout_ms(self, milliseconds: int) -> None:
        """0 turns the lock off."""
        self._timeout_ms = max(int(milliseconds), 0)
        self._timer.stop()
        if self._timeout_ms and not self.is_locked:
            self._timer.start(self._timeout_ms)

    def lock(self) -> None:
        if self.is_locked or not self.window.isVisible():
            return
        self._timer.stop()
        # A modal dialog open (exec) takes all input: the password is then asked inside it.
        modal = QApplication.activeModalWidget()
        host = modal if modal is not None and modal.isVisible() else self.window
        for widget in [self.window, *QApplication.topLevelWidgets()]:
            if widget is not host and widget.isVisible() and widget.isWindow() and not self._covered(widget):
                if widget is not self.window and isinstance(widget, QMainWindow):
                    continue
                cover = _Cover(widget)
                cover.show()
                cover.raise_()
                self._covers.append(cover)
        self._host = host
        if host is not self.window:
            host.resize(max(host.width(), 460), max(host.height(), 360))  # room for the password card
        overlay = LockOverlay(host, self.session.user.display_name)
        overlay.unlock_requested.connect(self.try_unlock)
        overlay.sign_out_requested.connect(self.sign_out_requested)
        self.overlay = overlay
        overlay.show()
        overlay.raise_()
        overlay.password_edit.setFocus()
        with contextlib.suppress(DomainError):  # the lock holds whether or not the journal is written
            self.session.settings.session_lock.note_locked()
        self.locked.emit()

    def try_unlock(self, password: str) -> bool:
        overlay = self.overlay
        if overlay is None:
            return True
        try:
            self.session.settings.session_lock.unlock(password)
        except DomainError as exc:
            overlay.show_error(message_text(exc.message))
            return False
        self.overlay = None
        overlay.hide()
        overlay.deleteLater()
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        if self._timeout_ms:
            self._timer.start(self._timeout_ms)
        self.unlocked.emit()
        return True

    def _covered(self, widget: QWidget) -> bool:
        return any(cover.parent() is widget for cover in self._covers)

    def _blocked(self, watched: QObject) -> bool:
        """Input meant for this console (its window, its dialogs, its actions) but not the overlay."""
        covered = {cover.parent() for cover in self._covers}
        node: QObject | None = watched
        while node is not None:
            if node is self.overlay:
                return False
            if node is self.window or node is self._host or node in covered:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.is_locked:
            # Nothing reaches the console behind the lock, menu shortcuts included.
            return kind in INPUT_EVENTS and self._blocked(watched)
        if kind in ACTIVITY_EVENTS and self._timeout_ms:
            self._timer.start(self._timeout_ms)
        return False
