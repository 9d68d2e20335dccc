"""Users › Presence statuses through the real widgets and a real SQLite database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.users.presence_page import PresenceStatusDialog, PresenceStatusesPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> PresenceStatusesPage:
    widget = PresenceStatusesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page: PresenceStatusesPage) -> list[str]:
    wait_loaded(page)
    return [row.name for row in page.panel.model.loaded_rows()]


def select(page: PresenceStatusesPage, name: str) -> None:
    page.panel.table.selectRow(names(page).index(name))


def open_editor(page: PresenceStatusesPage, qtbot) -> PresenceStatusDialog:
    editor = page.editor
    assert isinstance(editor, PresenceStatusDialog)
    qtbot.waitExposed(editor)
    return editor


def test_create_edit_and_order(page: PresenceStatusesPage, qtbot, app_session: AppSession) -> None:
    assert names(page) == ["Available"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    qtbot.keyClicks(editor.name_edit, "Lunch")
    editor.maps_to_combo.setCurrentIndex(1)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    assert names(page) == ["Available", "Lunch"]
    assert page.panel.model.data(page.panel.model.index(1, 2)) == "Away"
    assert [r.name for r in page.panel.selected_rows()] == ["Lunch"]

    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Lunch", "Available"]
    assert [r.name for r in page.panel.selected_rows()] == ["Lunch"]  # still selected after the move
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Available", "Lunch"]

    page.edit_selected()
    editor = open_editor(page, qtbot)
    assert editor.name_edit.text() == "Lunch" and editor.maps_to_combo.currentData() == "away"
    editor.name_edit.setText("Lunch break")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    assert events(app_session, "presence_status.updated")[0].changes == {
        "name": {"from": "Lunch", "to": "Lunch break"}
    }


def test_errors_show_next_to_the_name_and_refusals_at_the_top(page: PresenceStatusesPage, qtbot) -> None:
    page.new_status()
    editor = open_editor(page, qtbot)
    editor.save_button.click()
    assert editor.form.error_label("name").text() == "Name is required."
    editor.name_edit.setText(" available ")
    editor.save_button.click()
    assert editor.form.error_label("name").text() == "A presence status named “available” already exists."
    editor.reject()  # unsaved: asks first
    assert editor.unsaved.prompt is not None
    editor.unsaved.prompt.destructive_button.click()
    qtbot.waitUntil(lambda: page.editor is None)

    select(page, "Available")
    page.edit_selected()
    editor = open_editor(page, qtbot)
    editor.maps_to_combo.setCurrentIndex(1)  # the last available one
    assert not editor.save()
    assert "last status that maps to available" in editor.form.form_error_label.text()


def test_delete_asks_first_and_the_last_available_is_kept(
    page: PresenceStatusesPage, qtbot, app_session: AppSession
) -> None:
    app_session.presence_statuses.create_status("Meeting", "away")
    page.panel.refresh()
    select(page, "Meeting")
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].text() == "Delete the presence status “Meeting”?"
    assert names(page) == ["Available", "Meeting"]
    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert names(page) == ["Available"]
    assert events(app_session, "presence_status.destroyed")[0].changes["name"] == {
        "from": "Meeting",
        "to": None,
    }

    select(page, "Available")
    seen = answer_next_modal(click_destructive, close_message)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and "last status that maps to available" in seen[1].text()
    assert names(page) == ["Available"]


def test_without_update_settings_the_page_is_read_only(qtbot, app_session: AppSession) -> None:
    viewer = session_with_role(app_session, "Presence viewer", ["read_presence"], "vic")
    page = PresenceStatusesPage(viewer)
    qtbot.addWidget(page)
    select(page, "Available")
    for button in (page.new_button, page.up_button, page.down_button, page.delete_button):
        assert not button.isEnabled()
    page.edit_selected()
    editor = open_editor(page, qtbot)
    assert editor.read_only and editor.name_edit.isReadOnly() and not editor.maps_to_combo.isEnabled()
