"""Settings › Notifications through the real widgets: choose events for oneself, create a custom
notification with field errors first."""

from __future__ import annotations

import pytest
from qt_helpers import wait_loaded
from test_roles_page import events

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.notifications_page import CustomNotificationDialog, NotificationsPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> NotificationsPage:
    widget = NotificationsPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_own_choices_and_custom_notification(page: NotificationsPage, qtbot, app_session: AppSession) -> None:
    mine = page.mine
    assert mine is not None and page.custom is not None
    mine.search_edit.setText("time_sheet")
    qtbot.waitUntil(lambda: mine.current_query().search == "time_sheet")
    wait_loaded(page)
    qtbot.waitUntil(lambda: len(mine.model.loaded_rows()) == 3)
    rows = mine.model.loaded_rows()
    assert [r.event for r in rows] == ["time_sheet.created", "time_sheet.destroyed", "time_sheet.updated"]
    mine.table.selectRow(0)
    page.console_button.click()
    wait_loaded(page)
    prefs = {p.event: p for p in app_session.settings.notifications.my_preferences()}
    assert prefs["time_sheet.created"].in_app and not prefs["time_sheet.created"].email
    assert events(app_session, "notification_preference.updated")

    page.tabs.setCurrentWidget(page.custom)
    page.new_button.click()
    dialog = page.custom.active_dialog
    assert isinstance(dialog, CustomNotificationDialog)
    dialog.save_button.click()
    assert dialog.form.error_label("label").text()
    qtbot.keyClicks(dialog.label_edit, "New roles")
    dialog.event_combo.setCurrentText("role.created")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.custom.active_dialog is None)
    wait_loaded(page)
    assert [r.label for r in page.custom.model.loaded_rows()] == ["New roles"]
    assert events(app_session, "custom_notification.created")
