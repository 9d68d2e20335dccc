"""Settings › Extensions through the real widgets: turning a feature off asks first and hides it
from a new window's navigation; on again brings it back; settings saved from the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_cancel, click_destructive

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.extensions_page import ExtensionSettingsDialog, ExtensionsPage
from engage_desktop.views.shell.main_window import MainWindow


@pytest.fixture
def page(qtbot, app_session: AppSession) -> ExtensionsPage:
    widget = ExtensionsPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select(page: ExtensionsPage, name: str) -> None:
    wait_loaded(page)
    names = [r.name for r in page.panel.model.loaded_rows()]
    page.panel.table.selectRow(names.index(name))


def page_keys(qtbot, app_session: AppSession, tmp_path: Path) -> set[str]:
    window = MainWindow(app_session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return {p.key for _s, pages in window.sections() for p in pages}


def test_turn_off_and_on_again(page: ExtensionsPage, qtbot, app_session: AppSession, tmp_path: Path) -> None:
    select(page, "rules_engine")
    answer_next_modal(click_cancel)
    page.off_button.click()
    assert not events(app_session, "extension.disabled")
    answer_next_modal(click_destructive)
    page.off_button.click()
    assert events(app_session, "extension.disabled")
    assert "routing.rules" not in page_keys(qtbot, app_session, tmp_path)
    select(page, "rules_engine")
    page.on_button.click()
    assert "routing.rules" in page_keys(qtbot, app_session, tmp_path)


def test_settings_dialog_saves_json(page: ExtensionsPage, qtbot, app_session: AppSession) -> None:
    select(page, "surveys")
    page.settings_button.click()
    dialog = page.panel.active_dialog
    assert isinstance(dialog, ExtensionSettingsDialog)
    dialog.settings_edit.setPlainText("[1]")
    dialog.save_button.click()
    assert dialog.form.error_label("settings").text()
    dialog.settings_edit.setPlainText('{"send_after_hours": 4}')
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.panel.active_dialog is None)
    assert events(app_session, "extension.updated")
