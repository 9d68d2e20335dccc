"""Settings › Security through the real widgets: load, field errors, the warning before a change
that affects the administrator's own access, save journaled."""

from __future__ import annotations

import pytest
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_cancel, click_destructive

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.security_page import SecurityPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> SecurityPage:
    widget = SecurityPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def test_loads_saves_and_shows_errors_under_fields(page: SecurityPage, app_session: AppSession) -> None:
    assert page.min_length.value() == 10 and page.timeout.value() == 60 and not page.expire_after.isEnabled()
    page.ip_ranges.setPlainText("10.0.0.0/8\nnot-an-ip")
    page.save_button.click()
    assert "not-an-ip" in page.forms[2].error_label("api_allowed_ip_ranges").text()
    assert not events(app_session, "security.updated")
    page.ip_ranges.setPlainText("10.0.0.0/8")
    page.min_length.setValue(14)
    page.history.setChecked(True)
    page.save_button.click()
    assert page.status_label.text() == "Saved."
    [event] = events(app_session, "security.updated")
    assert event.changes["password_min_length"] == {"from": 10, "to": 14}
    assert app_session.settings.security.get_security_settings().form.api_allowed_ip_ranges == ("10.0.0.0/8",)


def test_a_change_affecting_own_access_asks_first(page: SecurityPage, app_session: AppSession) -> None:
    page.timeout.setValue(1)
    answer_next_modal(click_cancel)
    page.save_button.click()
    assert not events(app_session, "security.updated")
    answer_next_modal(click_destructive)
    page.save_button.click()
    assert events(app_session, "security.updated")
    assert page.timeout.value() == 1
