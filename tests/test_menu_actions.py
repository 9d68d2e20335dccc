"""The menu bar's commands reach the page on screen: real window offscreen, real SQLite database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCursor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import wait_loaded
from sqlalchemy import text

from engage_desktop import __version__
from engage_desktop.config import data_dir
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.journal_anchor import BOOK_NAME, Anchor, AnchorBook
from engage_desktop.services.core.journal_check import check_journal
from engage_desktop.views.shell import actions as actions_module
from engage_desktop.views.shell.actions import ShellActions, journal_result_text
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.shortcuts_dialog import ShortcutsDialog, plain_text, shortcut_text
from engage_desktop.views.widgets.list_panel import ListPanel


@pytest.fixture
def window(qtbot, app_session: AppSession, tmp_path: Path) -> MainWindow:
    """Shown and active on the Roles page (shortcuts and focus need an active window)."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(app_session, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    QCursor.setPos(QPoint(700, 500))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.show_page("users.roles")
    wait_loaded(window.stack.currentWidget())
    return window


def commands(window: MainWindow) -> ShellActions:
    return window.commands


def panel_of(window: MainWindow) -> ListPanel:
    panel = getattr(window.stack.currentWidget(), "panel", None)
    assert isinstance(panel, ListPanel)
    return panel


def select_row(panel: ListPanel, row: int = 0) -> None:
    panel.table.selectRow(row)
    panel.table.setFocus()


def close_next_modal(found: list[str]) -> None:
    """A modal dialog opened by the command under test is read, then cancelled."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        found.append(dialog.windowTitle())
        dialog.close()

    QTimer.singleShot(0, close)


def test_menus_hold_every_command_with_shortcut_tooltips(window: MainWindow) -> None:
    c = commands(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    in_menus = {a for menu in c.menus.values() for a in menu.actions() if not a.isSeparator()}
    assert in_menus == set(c.all_actions)
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    expected = {
        c.quit: quit_keys[0],
        c.new: QKeySequence(QKeySequence.StandardKey.New),
        c.find: QKeySequence(QKeySequence.StandardKey.Find),
        c.select_all: QKeySequence(QKeySequence.StandardKey.SelectAll),
        c.refresh: QKeySequence("F5"),
        c.edit: QKeySequence("Return"),
    }
    for action, keys in expected.items():
        assert action.shortcut() == keys, plain_text(action)
    assert [a.shortcut().toString() for a in c.sections] == [
        f"Ctrl+{n}" for n in range(1, len(c.sections) + 1)
    ]
    for action in c.all_actions:
        keys = shortcut_text(action)
        assert action.toolTip() == (f"{plain_text(action)} ({keys})" if keys else plain_text(action))
    assert c.refresh.toolTip() == "Refresh (F5)"


def test_find_focuses_the_search_box(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    panel.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.search_edit.hasFocus())


def test_section_shortcut_changes_the_page(qtbot, window: MainWindow) -> None:
    first_of_second = window.sections()[1][1][0].key
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == first_of_second
    commands(window).sections[0].trigger()
    assert window.current_page_key() == "users.users"


def test_refresh_reaches_the_list(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = panel_of(window)
    calls: list[Any] = []
    monkeypatch.setattr(panel.model, "refresh", lambda: calls.append(True))
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert calls == [True]


def test_new_and_edit_open_the_page_editor(qtbot, window: MainWindow) -> None:
    c, panel = commands(window), panel_of(window)
    assert c.new.isEnabled()
    c.new.trigger()
    qtbot.waitUntil(lambda: panel.active_dialog is not None)
    dialog = panel.active_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: panel.active_dialog is None)

    assert not c.edit.isEnabled()  # nothing selected
    wait_loaded(panel)
    unused = next(i for i, r in enumerate(panel.model.loaded_rows()) if r.user_count == 0)
    select_row(panel, unused)  # a role in use cannot be deleted: Delete is off for it on purpose
    assert c.edit.isEnabled() and c.delete.isEnabled()
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.active_dialog is not None)
    opened = panel.active_dialog
    assert opened is not None
    opened.reject()


def test_delete_asks_the_page(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    row = next(i for i, r in enumerate(panel.model.loaded_rows()) if r.user_count == 0)
    select_row(panel, row)
    found: list[str] = []
    close_next_modal(found)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert found == ["Delete role"]


def test_select_all_selects_the_loaded_rows(window: MainWindow) -> None:
    panel = panel_of(window)
    assert panel.model.rowCount() > 1
    commands(window).select_all.trigger()
    assert len(panel.selected_rows()) == panel.model.rowCount()
    assert commands(window).edit.isEnabled() is False  # several rows: the page's Edit says no


def test_list_commands_are_disabled_on_a_page_without_a_list(window: MainWindow) -> None:
    c = commands(window)
    coming = next(key for key in window.visible_page_keys() if key.startswith("settings."))
    assert window.show_page(coming)
    for action in (c.new, c.edit, c.delete, c.find, c.select_all, c.refresh):
        assert not action.isEnabled(), plain_text(action)
    assert window.show_page("users.roles")
    assert c.new.isEnabled() and c.find.isEnabled() and c.refresh.isEnabled()


def test_row_context_menu_holds_edit_and_delete(qtbot, window: MainWindow) -> None:
    c, panel = commands(window), panel_of(window)
    index = panel.model.index(1, 0)
    position = panel.table.visualRect(index).center()
    panel.table.customContextMenuRequested.emit(position)
    menu = panel.row_menu
    assert menu is not None
    assert menu.actions() == [c.edit, c.delete]
    assert [r.id for r in panel.selected_rows()] == [panel.model.row_at(index).id]
    assert c.edit.isEnabled()
    menu.close()


def test_users_page_keeps_its_own_row_menu(window: MainWindow) -> None:
    assert window.show_page("users.users")
    panel = panel_of(window)
    assert panel.has_own_row_menu()


def test_shortcuts_dialog_lists_every_action(qtbot, window: MainWindow) -> None:
    c = commands(window)
    c.shortcuts.trigger()
    dialog = c.last_dialog
    assert isinstance(dialog, ShortcutsDialog)
    entries = dict(dialog.entries())
    assert len(entries) == len(c.all_actions)
    for action in c.all_actions:
        assert entries[plain_text(action)] == (shortcut_text(action) or "—")
    assert entries["Refresh"] == "F5"
    assert entries["Find"] == QKeySequence("Ctrl+F").toString(QKeySequence.SequenceFormat.NativeText)
    dialog.close()


def test_verify_journal_says_intact_on_a_fresh_database(qtbot, window: MainWindow) -> None:
    c = commands(window)
    c.verify_journal.trigger()
    qtbot.waitUntil(lambda: isinstance(c.last_dialog, QMessageBox), timeout=10_000)
    box = c.last_dialog
    assert isinstance(box, QMessageBox)
    assert "intact" in box.text()
    box.close()


def test_about_names_the_version(window: MainWindow) -> None:
    c = commands(window)
    c.about.trigger()
    box = c.last_dialog
    assert isinstance(box, QMessageBox)
    assert __version__ in box.informativeText()
    box.close()


def test_data_folder_full_screen_sign_out_and_quit(qtbot, window: MainWindow, monkeypatch) -> None:
    c = commands(window)
    opened: list[QUrl] = []

    class FakeDesktop:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return True

    monkeypatch.setattr(actions_module, "QDesktopServices", FakeDesktop)
    c.data_folder.trigger()
    assert opened == [QUrl.fromLocalFile(str(data_dir()))]

    c.full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert c.full_screen.isChecked()
    c.full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())

    with qtbot.waitSignal(window.sign_out_requested):
        c.sign_out.trigger()
    c.quit.trigger()
    assert not window.isVisible()


def test_every_action_is_named(window: MainWindow) -> None:
    for action in commands(window).all_actions:
        assert isinstance(action, QAction)
        assert plain_text(action) and action.statusTip() == plain_text(action)
        assert action.objectName().endswith("Action")


def test_verify_journal_names_the_first_bad_row(qtbot, window: MainWindow, app_session: AppSession) -> None:
    from test_audit import drop_append_only_triggers

    from engage_desktop.services.users.roles import RoleService

    RoleService(app_session.ctx).create_role("Tampered", ["read_user"])
    with app_session.database.session_factory() as session:
        target = sorted(find_events(session, JournalFilter(), limit=1000), key=lambda e: e.seq)[1]
    drop_append_only_triggers(app_session.database)
    with app_session.database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET user_label = 'mallory' WHERE id = :id"), {"id": target.id})

    result = check_journal(app_session.ctx, app_session.database.display_url)
    assert not result.intact and result.bad_seq == target.seq and result.bad_event_id == target.id

    c = commands(window)
    c.verify_journal.trigger()
    qtbot.waitUntil(lambda: isinstance(c.last_dialog, QMessageBox), timeout=10_000)
    box = c.last_dialog
    assert isinstance(box, QMessageBox)
    assert f"event #{target.seq} (row id {target.id})" in box.text()
    assert "altered" in box.informativeText()
    box.close()


def test_journal_check_reports_a_missing_anchor(app_session: AppSession) -> None:
    label = app_session.database.display_url
    AnchorBook(data_dir() / BOOK_NAME).advance(Anchor.of(label, 1, "0" * 64))
    result = check_journal(app_session.ctx, label)
    assert not result.intact and result.anchored
    assert "rewritten" in result.anchor_problem
    headline, detail = journal_result_text(result)
    assert "anchor" in headline and detail == result.anchor_problem


def test_connect_to_database_signs_out_into_the_connection_dialog(
    qtbot, window: MainWindow, app_session: AppSession, tmp_path: Path
) -> None:
    from engage_desktop.views.shell.sign_in_dialog import SignInDialog

    settings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    shown_after: list[SignInDialog] = []

    def sign_out() -> None:  # what the application does: hide the window, show the sign-in
        window.hide()
        dialog = SignInDialog(app_session.ctx, "test.sqlite3", settings=settings)
        qtbot.addWidget(dialog)
        dialog.show()
        shown_after.append(dialog)

    window.sign_out_requested.connect(sign_out)
    found: list[str] = []
    close_next_modal(found)
    commands(window).connect_database.trigger()
    qtbot.waitUntil(lambda: found == ["Database and language"])
    assert shown_after and not shown_after[0].reconnect_requested  # cancelled: same database


def test_a_page_without_button_attributes_is_reached_through_its_button_names(
    qtbot, window: MainWindow
) -> None:
    c = commands(window)
    assert window.show_page("routing.channels")
    wait_loaded(window.stack.currentWidget())
    assert c.new.isEnabled() and not c.edit.isEnabled()
    c.new.trigger()
    panel = panel_of(window)
    qtbot.waitUntil(lambda: panel.active_dialog is not None)
    dialog = panel.active_dialog
    assert dialog is not None
    dialog.reject()
