"""Channels security: a saved mailbox password goes only to the server it was saved for.

"Test connection" takes its settings from the form. When the form points the IMAP or SMTP login
somewhere else (host, port, user name or security mode changed) or the channel is new, the stored
password is not used: the test is refused until the password is typed. Every test that reaches the
servers is journaled (`content_source.connection_tested`) with where it went and how it ended.
The "attacker" servers below know the saved password, so a login there would prove it was sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from channels_helpers import EMAIL_SETTINGS, community, email_form, journal, sources
from conftest import Signed
from mail_servers import ImapServer, SmtpServer

from engage_desktop.services.channels.sources import ContentSourceService, SourceDetail
from engage_desktop.services.core.errors import ValidationError

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")

USER = "support@acme.example"
SAVED = "saved-Mailbox-password-1"
USERS = {USER: SAVED, "other@acme.example": SAVED}


@pytest.fixture
def servers() -> Iterator[tuple[ImapServer, SmtpServer, ImapServer, SmtpServer]]:
    """The channel's own servers, and a second pair standing for the attacker's."""
    with (
        ImapServer(USERS) as imap,
        SmtpServer(USERS) as smtp,
        ImapServer(USERS) as evil_imap,
        SmtpServer(USERS) as evil_smtp,
    ):
        yield imap, smtp, evil_imap, evil_smtp


def saved_settings(imap: ImapServer, smtp: SmtpServer) -> dict[str, Any]:
    return dict(
        EMAIL_SETTINGS,
        imap_host="127.0.0.1",
        imap_port=imap.port,
        imap_tls="none",
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        smtp_tls="none",
    )


def saved_box(admin: Signed, settings: dict[str, Any]) -> tuple[ContentSourceService, SourceDetail]:
    service = sources(admin)
    mail = community(admin, "Mail", "email")
    box = service.create_source(
        "email", email_form(mail, settings=settings), {"imap_password": SAVED, "smtp_password": SAVED}
    )
    return service, box


@pytest.mark.parametrize(
    "change, refused",
    [
        ({"imap_host": "localhost"}, {"imap_password"}),
        ({"imap_port": "evil"}, {"imap_password"}),
        ({"imap_username": "other@acme.example"}, {"imap_password"}),
        ({"imap_tls": "starttls"}, {"imap_password"}),
        ({"smtp_port": "evil"}, {"smtp_password"}),
        ({"smtp_host": "localhost", "imap_port": "evil"}, {"imap_password", "smtp_password"}),
    ],
)
def test_changed_server_gets_no_saved_password(
    admin: Signed,
    servers: tuple[ImapServer, SmtpServer, ImapServer, SmtpServer],
    change: dict[str, Any],
    refused: set[str],
) -> None:
    imap, smtp, evil_imap, evil_smtp = servers
    service, box = saved_box(admin, saved_settings(imap, smtp))
    evil_ports = {"imap_port": evil_imap.port, "smtp_port": evil_smtp.port}
    form = dict(
        saved_settings(imap, smtp),
        **{k: evil_ports.get(k, v) if v == "evil" else v for k, v in change.items()},
    )

    with pytest.raises(ValidationError) as caught:
        service.test_email_settings(form, {"imap_password": "", "smtp_password": ""}, box.id, timeout=5)
    assert set(caught.value.errors) == refused
    assert {m.code for m in caught.value.errors.values()} == {"content_source.password_retype"}
    assert imap.logins == smtp.logins == evil_imap.logins == evil_smtp.logins == []
    assert journal(admin, "content_source.connection_tested") == []

    # Typed again, the test runs (the user knows the password: nothing is revealed).
    typed = {name: SAVED for name in refused}
    report = service.test_email_settings(form, typed, box.id, timeout=5)
    (event,) = journal(admin, "content_source.connection_tested")
    assert event.object_id == box.platform_id
    assert event.details["imap_host"] == form["imap_host"] and event.details["imap_port"] == form["imap_port"]
    assert event.details["smtp_host"] == form["smtp_host"] and event.details["smtp_port"] == form["smtp_port"]
    assert event.details["outcome"] == ("ok" if report.ok else "failed")
    assert SAVED not in json.dumps(event.details) + json.dumps(event.changes)


def test_unchanged_servers_use_the_saved_passwords_and_are_journaled(
    admin: Signed, servers: tuple[ImapServer, SmtpServer, ImapServer, SmtpServer]
) -> None:
    imap, smtp, _evil_imap, _evil_smtp = servers
    service, box = saved_box(admin, saved_settings(imap, smtp))
    # Other settings (mailboxes, sender) may change: the password still goes to the same login.
    form = dict(saved_settings(imap, smtp), mailboxes=["INBOX", "Support Requests"], from_name="Acme")
    report = service.test_email_settings(form, {"imap_password": "", "smtp_password": ""}, box.id, timeout=5)
    assert report.ok, report.summary()
    assert imap.logins == ["LOGIN " + USER] and smtp.logins
    (event,) = journal(admin, "content_source.connection_tested")
    assert event.details["outcome"] == "ok" and event.details["failed_steps"] == []


def test_new_channel_needs_typed_passwords(
    admin: Signed, servers: tuple[ImapServer, SmtpServer, ImapServer, SmtpServer]
) -> None:
    imap, smtp, _evil_imap, _evil_smtp = servers
    service = sources(admin)
    settings = saved_settings(imap, smtp)
    with pytest.raises(ValidationError) as caught:
        service.test_email_settings(settings, {}, timeout=5)
    assert set(caught.value.errors) == {"imap_password", "smtp_password"}
    # No SMTP login, no SMTP password wanted.
    with pytest.raises(ValidationError) as caught:
        service.test_email_settings(dict(settings, smtp_auth="none"), {}, timeout=5)
    assert set(caught.value.errors) == {"imap_password"}
    report = service.test_email_settings(
        settings, {"imap_password": "wrong", "smtp_password": SAVED}, timeout=5
    )
    assert [s.key for s in report.failures] == ["imap_login"]
    (event,) = journal(admin, "content_source.connection_tested")
    assert event.object_id == "" and event.details["outcome"] == "failed"
    assert event.details["failed_steps"] == ["imap_login"]
    assert "wrong" not in json.dumps(event.details)


def test_saved_channel_check_is_journaled_not_unjournaled(
    admin: Signed, servers: tuple[ImapServer, SmtpServer, ImapServer, SmtpServer]
) -> None:
    imap, smtp, _evil_imap, _evil_smtp = servers
    service, box = saved_box(admin, saved_settings(imap, smtp))
    assert service.check_source_connection(box.id, timeout=5).ok
    assert service.get_source(box.id).status == "ok"
    assert service.get_source(box.id).version == box.version  # observed state: no edit conflict
    (event,) = journal(admin, "content_source.connection_tested")
    assert event.object_id == box.platform_id
    assert event.details["imap_host"] == "127.0.0.1" and event.details["imap_port"] == imap.port
    assert event.details["smtp_port"] == smtp.port and event.details["outcome"] == "ok"
    assert SAVED not in json.dumps(event.details)


# ---- the editor asks for the password ------------------------------------------------------------
def test_editor_asks_for_the_password_when_the_server_changed(
    qtbot: Any, app_session: Any, servers: tuple[ImapServer, SmtpServer, ImapServer, SmtpServer]
) -> None:
    from PySide6.QtCore import Qt

    from engage_desktop.views.channels.source_editor import SourceEditorDialog

    imap, smtp, evil_imap, _evil_smtp = servers
    mail = app_session.communities.create_community("Mail", "email").id
    box = app_session.sources.create_source(
        "email",
        email_form(mail, settings=saved_settings(imap, smtp)),
        {"imap_password": SAVED, "smtp_password": SAVED},
    )
    editor = SourceEditorDialog(app_session, box.id)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.source_form
    assert form.test_button is not None
    form.settings_widgets["imap_port"].setText(str(evil_imap.port))
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert form.last_report is None and evil_imap.logins == []
    assert "Type the password" in form.connection.error_label("imap_password").text()
    assert form.connection.error_label("smtp_password").text() == ""
    assert editor.focusWidget() is form.secret_edits["imap_password"].edit
    form.secret_edits["imap_password"].edit.setText(SAVED)
    form.test_button.click()  # the error above moved it below the scrolled view
    assert form.last_report is not None and form.last_report.ok, form.result_label.text()
    assert form.connection.error_label("imap_password").text() == ""
    assert evil_imap.logins == ["LOGIN " + USER]  # typed by someone who knows it
