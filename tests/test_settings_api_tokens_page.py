"""Settings › API access tokens through the real widgets: create (value shown once and working),
disable from the editor, revoke after confirmation."""

from __future__ import annotations

import pytest
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_destructive

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.api_tokens import verify_token
from engage_desktop.views.settings.api_tokens_page import ApiTokenDialog, ApiTokensPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> ApiTokensPage:
    widget = ApiTokensPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_create_disable_and_revoke(page: ApiTokensPage, qtbot, app_session: AppSession) -> None:
    page.new_button.click()
    editor = page.panel.active_dialog
    assert isinstance(editor, ApiTokenDialog)
    editor.save_button.click()
    assert editor.form.error_label("label").text()
    qtbot.keyClicks(editor.label_edit, "Website intake")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.value_dialog is not None)
    value = page.value_dialog.value_edit.text()
    assert verify_token(app_session.ctx, value) == app_session.user.id
    page.value_dialog.reject()
    wait_loaded(page)
    [row] = page.panel.model.loaded_rows()
    assert row.label == "Website intake" and row.user_name

    page.panel.table.selectRow(0)
    page.edit_button.click()
    editor = page.panel.active_dialog
    assert isinstance(editor, ApiTokenDialog)
    editor.enabled_check.setChecked(False)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.panel.active_dialog is None)
    assert verify_token(app_session.ctx, value) is None

    wait_loaded(page)
    page.panel.table.selectRow(0)
    answer_next_modal(click_destructive)
    page.revoke_button.click()
    wait_loaded(page)
    assert page.panel.model.loaded_rows() == []
    assert events(app_session, "api_access_token.destroyed")
