"""The console locks itself after the session timeout and unlocks with the password (real main
window, real SQLite database): behind the lock no key, click or menu shortcut gets through, open
dialogs are covered, a wrong password is refused and journaled, the right one unlocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from test_roles_page import events

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.shell.lock_screen import IdleLock, LockOverlay
from engage_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, app_session: AppSession, tmp_path: Path) -> MainWindow:
    widget = MainWindow(app_session, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_timeout_comes_from_security_settings(window: MainWindow) -> None:
    assert isinstance(window.idle_lock, IdleLock)
    assert window.idle_lock._timeout_ms == 60 * 60_000  # the default 60 minutes


def test_console_locks_after_idle_time_and_unlocks_with_the_password(
    window: MainWindow, qtbot, app_session: AppSession
) -> None:
    lock = window.idle_lock
    secret_dialog = QDialog(window)
    QVBoxLayout(secret_dialog).addWidget(QLabel("Customer: Ada's private data"))
    secret_dialog.show()
    qtbot.waitExposed(secret_dialog)
    lock.set_timeout_ms(150)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    overlay = lock.overlay
    assert isinstance(overlay, LockOverlay) and overlay.isVisible()
    assert overlay.geometry() == window.rect()
    assert any(cover.parent() is secret_dialog and cover.isVisible() for cover in lock._covers)
    assert events(app_session, "session.locked")

    # Nothing behind the lock reacts: F6 (to the navigation) and a click on a page stay unseen.
    page_before = window.stack.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.mouseClick(window.navigation, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page_before and lock.is_locked

    qtbot.keyClicks(overlay.password_edit, "not my password")
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.is_locked and overlay.error_label.isVisible()
    assert [e.details["reason"] for e in events(app_session, "session.failed")] == ["wrong password"]

    overlay.password_edit.clear()
    qtbot.keyClicks(overlay.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(overlay.password_edit, Qt.Key.Key_Return)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: not overlay.isVisible() if _alive(overlay) else True)
    assert not any(_alive(c) and c.isVisible() for c in lock._covers)
    # Activity keeps it unlocked; the timer starts again and locks once more when idle.
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    assert lock.try_unlock(ADMIN_PASSWORD)


def test_sign_out_from_the_lock(window: MainWindow, qtbot) -> None:
    lock = window.idle_lock
    lock.lock()
    assert lock.overlay is not None
    asked: list[bool] = []
    window.sign_out_requested.connect(lambda: asked.append(True))
    qtbot.mouseClick(lock.overlay.sign_out_button, Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_zero_minutes_never_locks(window: MainWindow, qtbot) -> None:
    lock = window.idle_lock
    lock.set_timeout_ms(0)
    qtbot.wait(300)
    assert not lock.is_locked


def _alive(widget: object) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_locking_while_a_modal_dialog_runs_asks_inside_it(window: MainWindow, qtbot) -> None:
    """A dialog shown with exec() takes all input; the lock must still be answerable."""
    from test_widgets import answer_next_modal

    lock = window.idle_lock
    seen: dict[str, object] = {}

    def while_open(dialog: QWidget) -> None:
        lock.lock()
        overlay = lock.overlay
        assert overlay is not None
        seen["host"] = overlay.parentWidget()
        seen["main_covered"] = any(c.parent() is window for c in lock._covers)
        qtbot.keyClicks(overlay.password_edit, "wrong")
        qtbot.keyClick(overlay.password_edit, Qt.Key.Key_Return)
        seen["still_locked"] = lock.is_locked
        overlay.password_edit.clear()
        qtbot.keyClicks(overlay.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(overlay.password_edit, Qt.Key.Key_Return)
        seen["unlocked"] = not lock.is_locked
        dialog.accept()

    modal = QDialog(window)
    QVBoxLayout(modal).addWidget(QLabel("Editing a customer"))
    answer_next_modal(while_open)
    modal.exec()
    assert seen == {"host": modal, "main_covered": True, "still_locked": True, "unlocked": True}
