"""Channels › Channels through the real widgets, a real SQLite database and real mail servers:
the list, the creation wizard (type → missing community → form → save), the editor, activation
and the e-mail connection test."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from mail_servers import ImapServer, SmtpServer
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from qt_helpers import wait_loaded
from sqlalchemy import inspect, text
from test_widgets import answer_next_modal, click_cancel, click_destructive, session_with_role

from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.source_secrets import secret_key
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.channels.communities_page import CommunityEditorDialog
from engage_desktop.views.channels.source_editor import SourceEditorDialog
from engage_desktop.views.channels.source_wizard import COMMUNITY_STEP, FORM_STEP, TYPE_STEP, SourceWizard
from engage_desktop.views.channels.sources_page import SourcesPage

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")

MAIL_USER = "returns@acme.test"
MAIL_PASSWORD = "Secret-mail-pw-1"


def email_settings(imap_port: int = 993, smtp_port: int = 587, tls: str = "ssl") -> dict[str, object]:
    return {
        "imap_host": "imap.acme.test",
        "imap_port": imap_port,
        "imap_username": MAIL_USER,
        "imap_tls": tls,
        "mailboxes": ["INBOX"],
        "smtp_host": "smtp.acme.test",
        "smtp_port": smtp_port,
        "smtp_username": MAIL_USER,
        "smtp_tls": "starttls" if tls == "ssl" else tls,
        "from_address": MAIL_USER,
    }


@pytest.fixture
def seeded(app_session: AppSession) -> AppSession:
    mail = app_session.communities.create_community("Mail", "email").id
    fb = app_session.communities.create_community("Facebook", "facebook").id
    with app_session.database.session_factory() as db, db.begin():
        db.add(RoutingChannel(name="Front office", label="Front office"))
    channel = app_session.sources.routing_channel_choices()[0].id
    app_session.sources.create_source(
        "email",
        SourceForm("support@acme.test", mail, channel, 6, settings=email_settings()),
        {"imap_password": "x"},
    )
    app_session.sources.create_source(
        "facebook", SourceForm("Acme page", fb, None, 1, settings={"account_id": "42"})
    )
    return app_session


@pytest.fixture
def page(qtbot, seeded: AppSession) -> SourcesPage:
    widget = SourcesPage(seeded)
    qtbot.addWidget(widget)
    widget.resize(1280, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def names(page: SourcesPage) -> list[str]:
    wait_loaded(page)
    return [row.name for row in page.panel.model.loaded_rows()]


def select(page: SourcesPage, name: str) -> None:
    page.panel.table.selectRow(names(page).index(name))


def events(session: AppSession, name: str) -> list:
    with session.database.session_factory() as db:
        return find_events(db, JournalFilter(names=(name,)))


def answer_when(
    match: Callable[[QWidget], bool], respond: Callable[[QWidget], None], timeout_s: float = 10
) -> list:
    """Answer the first modal that matches (others, such as a progress dialog, are left alone)."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and match(widget):
            seen.append(widget)
            respond(widget)
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def open_wizard(page: SourcesPage, qtbot) -> SourceWizard:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wizard = page.panel.active_dialog
    assert isinstance(wizard, SourceWizard)
    qtbot.waitExposed(wizard)
    return wizard


# ---- the list ---------------------------------------------------------------------------------------
def test_the_list_shows_type_colour_community_channel_state_status(page: SourcesPage) -> None:
    model = page.panel.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Name", "Type", "Colour", "Community", "Routing channel", "Active", "Status"]
    assert names(page) == ["Acme page", "support@acme.test"]
    row = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    assert row == ["support@acme.test", "E-mail", "Blue", "Mail", "Front office", "Yes", "Not checked yet"]
    assert page.panel.count_label.text() == "2 channels"
    page.panel.set_filter_value("type", "facebook")
    assert names(page) == ["Acme page"]


def test_actions_follow_the_selection(page: SourcesPage) -> None:
    select(page, "Acme page")
    assert page.activation_button.isEnabled() and page.activation_button.text() == "Deactivate"
    assert not page.test_button.isEnabled()  # not an e-mail channel
    select(page, "support@acme.test")
    assert page.test_button.isEnabled()


# ---- the wizard -------------------------------------------------------------------------------------
def test_wizard_type_then_missing_community_then_form_then_save(
    page: SourcesPage, qtbot, seeded: AppSession, memory_keyring
) -> None:
    wizard = open_wizard(page, qtbot)
    assert wizard.step() == TYPE_STEP and not wizard.next_button.isEnabled()
    wizard.choose_type("linkedin")
    assert wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    # No LinkedIn community: the wizard refuses to go on and offers to create one.
    assert wizard.step() == COMMUNITY_STEP
    assert "no active LinkedIn community" in wizard.missing_label.text()
    assert not wizard.next_button.isEnabled() and not wizard.create_button.isVisible()
    qtbot.mouseClick(wizard.create_community_button, Qt.MouseButton.LeftButton)
    dialog = wizard.community_dialog
    assert isinstance(dialog, CommunityEditorDialog)
    qtbot.waitExposed(dialog)
    assert dialog.type_combo.value() == "linkedin" and not dialog.type_combo.isEnabled()
    dialog.name_edit.setText("Acme on LinkedIn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # Back in the wizard: the form of that type, on the new community.
    assert wizard.step() == FORM_STEP
    form = wizard.form
    assert form is not None and form.kind.key == "linkedin"
    assert form.community_combo.currentText() == "Acme on LinkedIn"
    form.tabs.setCurrentIndex(1)
    assert form.connection.field("account_id") is form.settings_widgets["account_id"]
    qtbot.keyClicks(form.name_edit, "Acme Corp")
    qtbot.keyClicks(form.settings_widgets["account_id"], "urn:li:organization:77")
    qtbot.keyClicks(form.secret_edits["access_token"].edit, "li-token-secret")
    form.color_combo.set_value(7)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)

    assert page.panel.active_dialog is None  # closed on success
    wait_loaded(page)
    assert page.panel.current_row().name == "Acme Corp"
    created = seeded.sources.get_source(page.panel.current_row().id)
    assert created.form.settings == {"account_id": "urn:li:organization:77", "app_id": ""}
    assert created.form.color == 7 and created.secret_fields_set == {"access_token"}
    assert memory_keyring.store[("engage-desktop", secret_key(created.platform_id, "access_token"))] == (
        "li-token-secret"
    )
    assert events(seeded, "community.created")[0].changes["name"]["to"] == "Acme on LinkedIn"
    assert events(seeded, "content_source.created")[0].changes["access_token"] == "changed"


def test_wizard_shows_service_errors_under_fields_and_stays(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("facebook")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step() == FORM_STEP  # a Facebook community exists: straight to the form
    form = wizard.form
    assert form is not None
    qtbot.keyClicks(form.name_edit, "acme PAGE")  # taken (case-insensitively)
    form.tabs.setCurrentIndex(2)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.step() == FORM_STEP
    assert form.tabs.currentIndex() == 0  # brought forward: the first tab with an error
    assert "already exists" in form.general.error_label("name").text()
    assert form.connection.error_label("account_id").text() == "Page id is required."
    assert seeded.sources.count_sources(ListQuery()) == 2


def test_wizard_back_to_another_type(page: SourcesPage, qtbot) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("facebook")
    wizard.next_step()
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.step() == TYPE_STEP
    wizard.choose_type("email")
    wizard.next_step()
    assert wizard.form is not None and wizard.form.kind.key == "email"
    assert "imap_host" in wizard.form.connection.field_names()
    assert wizard.form.test_button is not None


def test_wizard_for_email_tests_the_connection_then_saves(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("email")
    wizard.next_step()
    form = wizard.form
    assert form is not None
    with ImapServer({MAIL_USER: MAIL_PASSWORD}) as imap, SmtpServer({MAIL_USER: MAIL_PASSWORD}) as smtp:
        form.name_edit.setText("returns@acme.test")
        widgets = form.settings_widgets
        for proto, server in (("imap", imap), ("smtp", smtp)):
            widgets[f"{proto}_host"].setText("127.0.0.1")
            widgets[f"{proto}_tls"].setCurrentIndex(widgets[f"{proto}_tls"].findData("none"))
            widgets[f"{proto}_port"].setText(str(server.port))
            widgets[f"{proto}_username"].setText(MAIL_USER)
        widgets["from_address"].setText(MAIL_USER)
        form.secret_edits["imap_password"].edit.setText("wrong")
        form.secret_edits["smtp_password"].edit.setText(MAIL_PASSWORD)
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        assert form.last_report is not None and not form.last_report.ok
        assert "Log in to IMAP failed" in form.result_label.text()
        assert "The connection does not work yet." in form.result_label.text()

        form.secret_edits["imap_password"].edit.setText(MAIL_PASSWORD)
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
        assert form.last_report is not None and form.last_report.ok, form.result_label.text()
        assert form.result_label.text().startswith("The connection works.")
        assert imap.logins == [f"LOGIN {MAIL_USER}"]
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert page.panel.active_dialog is None
    wait_loaded(page)
    assert page.panel.current_row().name == "returns@acme.test"


def test_connection_test_shows_field_errors_without_connecting(page: SourcesPage, qtbot) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("email")
    wizard.next_step()
    form = wizard.form
    assert form is not None
    form.settings_widgets["imap_host"].setText("not a host")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert form.last_report is None
    assert "not a valid host name" in form.connection.error_label("imap_host").text()


# ---- editor -----------------------------------------------------------------------------------------
def test_editor_keeps_untouched_secret_and_saves_changes(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    select(page, "support@acme.test")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.panel.active_dialog
    assert isinstance(editor, SourceEditorDialog)
    qtbot.waitExposed(editor)
    form = editor.source_form
    assert form.secret_edits["imap_password"].edit.placeholderText().startswith("Stored in the keyring")
    assert not form.secret_edits["imap_password"].remove_check.isHidden()  # set: it may be removed
    assert form.secret_edits["smtp_password"].remove_check.isHidden()  # not set: nothing to remove
    form.threshold_spin.setText("60")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.panel.active_dialog is None
    (event,) = events(seeded, "content_source.updated")
    assert event.changes == {"sla_threshold": {"from": 80, "to": 60}}
    assert seeded.sources.get_source(page.panel.current_row().id).secret_fields_set == {"imap_password"}


def test_editor_sends_an_empty_number_box_as_typed_and_shows_the_refusal_under_it(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    """A number box holding no number sends its text (SourceForm's TypedNumber); the service names
    the problem under the field and nothing is saved."""
    select(page, "support@acme.test")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.panel.active_dialog
    assert isinstance(editor, SourceEditorDialog)
    form = editor.source_form
    assert form.sla_spin.text() == "60"  # 3600 s shown in minutes
    form.sla_spin.setText("")
    form.threshold_spin.setText("-")
    assert (form.form_value().sla_response, form.form_value().sla_threshold) == ("", "-")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert page.panel.active_dialog is editor
    (routing,) = [f for f in form.forms if "sla_response" in f.field_names()]
    assert "whole number" in routing.error_label("sla_response").text()
    assert "whole number" in routing.error_label("sla_threshold").text()
    assert events(seeded, "content_source.updated") == []
    editor.reject()


def test_editor_is_read_only_without_update_permission(qtbot, seeded: AppSession) -> None:
    reader = session_with_role(seeded, "Channel readers", ["read_content_source"], "reader")
    widget = SourcesPage(reader)
    qtbot.addWidget(widget)
    wait_loaded(widget)
    assert not widget.new_button.isEnabled()
    widget.panel.table.selectRow(0)
    assert widget.edit_button.isEnabled() and not widget.activation_button.isEnabled()
    editor = SourceEditorDialog(reader, widget.panel.current_row().id)
    qtbot.addWidget(editor)
    assert editor.read_only and not editor.save()


# ---- activation -------------------------------------------------------------------------------------
def test_deactivation_says_what_stops_and_can_be_cancelled(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    select(page, "support@acme.test")
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.activation_button, Qt.MouseButton.LeftButton)
    assert seen[0].text() == "Deactivate the channel “support@acme.test”?"
    detail = seen[0].informativeText()
    assert "Incoming messages stop" in detail and "routing channel “Front office”" in detail
    assert "Agents can no longer reply" in detail
    assert page.panel.current_row().active

    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.activation_button, Qt.MouseButton.LeftButton)
    wait_loaded(page)
    row = page.panel.current_row()
    assert row is not None and not row.active
    assert page.activation_button.isEnabled() and page.activation_button.text() == "Activate"
    assert events(seeded, "content_source.updated")[0].changes == {"active": {"from": True, "to": False}}

    seen = answer_next_modal(click_destructive)
    qtbot.mouseClick(page.activation_button, Qt.MouseButton.LeftButton)
    assert "fetched and routed to agents again" in seen[0].informativeText()
    wait_loaded(page)
    assert page.panel.current_row().active


# ---- connection test from the list ------------------------------------------------------------------
def test_list_connection_test_uses_the_keyring_and_updates_the_status(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    with ImapServer({MAIL_USER: MAIL_PASSWORD}) as imap, SmtpServer({MAIL_USER: MAIL_PASSWORD}) as smtp:
        mail = seeded.communities.communities_of_type("email")[0].id
        settings = dict(
            email_settings(imap.port, smtp.port, "none"), imap_host="127.0.0.1", smtp_host="127.0.0.1"
        )
        seeded.sources.create_source(
            "email",
            SourceForm("returns@acme.test", mail, settings=settings),
            {"imap_password": MAIL_PASSWORD, "smtp_password": MAIL_PASSWORD},
        )
        page.panel.refresh()
        select(page, "returns@acme.test")
        seen = answer_when(lambda w: w.objectName() == "connectionReport", lambda w: w.accept())
        report = page.test_selected()
        assert report is not None and report.ok
        assert seen and isinstance(seen[0], QMessageBox) and seen[0].text() == "The connection works."
    wait_loaded(page)
    row = page.panel.current_row()
    assert row.name == "returns@acme.test" and row.status == "ok"


def test_no_secret_in_the_database_after_the_wizard(page: SourcesPage, qtbot, seeded: AppSession) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("facebook")
    wizard.next_step()
    form = wizard.form
    assert form is not None
    form.name_edit.setText("Outlet page")
    form.settings_widgets["account_id"].setText("99")
    form.secret_edits["app_secret"].edit.setText("wizard-app-secret-123")
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    with seeded.database.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            dump = repr(conn.execute(text(f'SELECT * FROM "{table}"')).all())
            assert "wizard-app-secret-123" not in dump, table


def test_wizard_type_step_starts_with_nothing_chosen_even_once_focused(page: SourcesPage, qtbot) -> None:
    wizard = open_wizard(page, qtbot)
    wizard.type_list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)  # as focus does
    assert wizard.chosen_type() is None
    assert not wizard.next_button.isEnabled() and wizard.next_button.isDefault()
    qtbot.keyClick(wizard.type_list, Qt.Key.Key_Return)
    assert wizard.step() == TYPE_STEP
    qtbot.keyClick(wizard.type_list, Qt.Key.Key_Right)  # the keyboard chooses a type
    assert wizard.chosen_type() is not None and wizard.next_button.isEnabled()


def test_wizard_marks_every_tab_with_an_error_and_brings_the_first_forward(
    page: SourcesPage, qtbot, seeded: AppSession
) -> None:
    from engage_desktop.views.widgets.tab_errors import has_error_mark

    wizard = open_wizard(page, qtbot)
    wizard.choose_type("facebook")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    form = wizard.form
    assert form is not None
    qtbot.keyClicks(form.name_edit, "Acme Outlet")  # fine: the error is on the Connection tab only
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    tabs = [form.tabs.widget(i) for i in range(form.tabs.count())]
    assert form.tabs.currentIndex() == 1
    assert [has_error_mark(form.tabs, tab) for tab in tabs] == [False, True, False, False]
    assert wizard.focusWidget() is form.connection.field("account_id")

    form.name_edit.clear()  # now General has one too: both marked, General first
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert [has_error_mark(form.tabs, tab) for tab in tabs] == [True, True, False, False]
    assert form.tabs.currentIndex() == 0
    assert seeded.sources.count_sources(ListQuery()) == 2
