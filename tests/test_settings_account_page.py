"""Settings › Account settings through the real widgets: load, save journaled, the Routing mode
switch refused under its field with what is missing."""

from __future__ import annotations

import pytest
from test_roles_page import events

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.account_page import AccountSettingsPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> AccountSettingsPage:
    widget = AccountSettingsPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_save_and_routing_mode_refusal(page: AccountSettingsPage, app_session: AppSession) -> None:
    assert "active topology" in page.routing_hint.text()
    page.routing_mode.setChecked(True)
    page.save_button.click()
    assert "Routing › Topologies" in page.forms[1].error_label("routing_mode").text()
    assert not events(app_session, "settings.updated")
    page.routing_mode.setChecked(False)
    page.name_edit.setText("Northwind Support")
    page.languages_edit.setText("fr, en")
    page.week_combo.setCurrentIndex(page.week_combo.findData("sunday"))
    page.save_button.click()
    assert page.status_label.text() == "Saved."
    [event] = events(app_session, "settings.updated")
    assert event.changes["name"]["to"] == "Northwind Support"
    assert app_session.settings.account.get_account_settings().form.content_languages == ("fr", "en")
