"""Settings › Webhooks through the real widgets: create with events ticked, field errors, "Send
test" run off the GUI thread against a real local http.server, result shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from test_roles_page import events
from test_settings_webhooks import Receiver, receiver

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.webhooks_page import WebhookDialog, WebhooksPage

__all__ = ["receiver"]


@pytest.fixture
def page(qtbot, app_session: AppSession) -> WebhooksPage:
    widget = WebhooksPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_create_and_send_test(
    page: WebhooksPage, qtbot, app_session: AppSession, receiver: tuple[str, type[Receiver]]
) -> None:
    url, handler = receiver
    page.new_button.click()
    editor = page.panel.active_dialog
    assert isinstance(editor, WebhookDialog)
    qtbot.keyClicks(editor.label_edit, "Local CRM")
    editor.url_edit.setText("http://example.com/hook")
    editor.save_button.click()
    assert editor.form.error_label("url").text() and editor.form.error_label("registered_events").text()
    editor.url_edit.setText(url)
    editor.events_list.findItems("user.created", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.panel.active_dialog is None)
    wait_loaded(page)
    page.panel.table.selectRow(0)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=15000)
    assert page.last_result is not None and page.last_result.ok
    assert len(handler.received) == 1
    assert events(app_session, "webhook.tested")
