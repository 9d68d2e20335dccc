"""The e-mail "test connection" against real servers started here: aiosmtpd for SMTP and a small
IMAP4rev1 server (tests/mail_servers.py), plain, SSL/TLS and STARTTLS, on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from channels_helpers import EMAIL_SETTINGS, community, email_form, sources
from conftest import Signed
from mail_servers import Certificate, ImapServer, SmtpServer, free_port, make_certificate

from engage_desktop.services.channels.email_check import check_email_connection
from engage_desktop.services.channels.source_types import EmailSettings

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")

USER = "support@acme.test"
PASSWORD = 'pa ss"w\\0rd-é'
USERS = {USER: PASSWORD}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(params=["none", "ssl", "starttls"])
def servers(
    request: pytest.FixtureRequest, certificate: Certificate
) -> Iterator[tuple[str, ImapServer, SmtpServer]]:
    mode = request.param
    with ImapServer(USERS, mode, certificate) as imap, SmtpServer(USERS, mode, certificate) as smtp:
        yield mode, imap, smtp


def settings_for(imap: ImapServer, smtp: SmtpServer, mode: str, **more: object) -> EmailSettings:
    values: dict[str, object] = {
        "imap_host": "localhost",
        "imap_port": imap.port,
        "imap_username": USER,
        "imap_tls": mode,
        "mailboxes": ("INBOX", "Support Requests"),
        "smtp_host": "localhost",
        "smtp_port": smtp.port,
        "smtp_username": USER,
        "smtp_tls": mode,
        "from_address": USER,
    }
    values.update(more)
    return EmailSettings(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("auth", ["password", "cram_md5"])
def test_working_settings_pass_every_step(
    servers: tuple[str, ImapServer, SmtpServer], certificate: Certificate, auth: str
) -> None:
    mode, imap, smtp = servers
    settings = settings_for(imap, smtp, mode, imap_auth=auth, smtp_auth=auth)
    report = check_email_connection(
        settings, PASSWORD, PASSWORD, timeout=5, ssl_context=certificate.client_context()
    )
    assert report.ok, report.summary()
    expected = ["imap_connect", "imap_login", "imap_mailboxes", "smtp_connect", "smtp_login"]
    if mode == "starttls":
        expected = [
            "imap_connect",
            "imap_tls",
            "imap_login",
            "imap_mailboxes",
            "smtp_connect",
            "smtp_tls",
            "smtp_login",
        ]
    assert [s.key for s in report.steps] == expected
    # A non-ASCII password goes through SASL PLAIN (UTF-8): IMAP LOGIN is ASCII-only.
    assert imap.logins == [("CRAM-MD5 " if auth == "cram_md5" else "PLAIN ") + USER]
    assert smtp.logins and smtp.logins[0].endswith(USER)
    if auth == "cram_md5":
        assert smtp.logins == ["CRAM-MD5 " + USER]


def test_ascii_password_uses_plain_login_commands(certificate: Certificate) -> None:
    users = {USER: "plain-ascii-1"}
    with ImapServer(users, "none") as imap, SmtpServer(users, "none") as smtp:
        report = check_email_connection(
            settings_for(imap, smtp, "none"), "plain-ascii-1", "plain-ascii-1", timeout=5
        )
        assert report.ok, report.summary()
        assert imap.logins == ["LOGIN " + USER]


def test_wrong_password_names_the_login_steps(
    servers: tuple[str, ImapServer, SmtpServer], certificate: Certificate
) -> None:
    mode, imap, smtp = servers
    report = check_email_connection(
        settings_for(imap, smtp, mode), "wrong", "wrong", timeout=5, ssl_context=certificate.client_context()
    )
    assert not report.ok
    assert [(s.key, s.ok) for s in report.failures] == [("imap_login", False), ("smtp_login", False)]
    assert "refused the login of “support@acme.test”" in report.failures[0].detail
    assert report.failures[0].detail.code == "email_check.imap_login_refused"  # the view translates it
    assert "535" in report.failures[1].detail
    assert "Log in to IMAP failed" in report.summary()


def test_missing_mailbox_is_named_with_what_exists(certificate: Certificate) -> None:
    with ImapServer(USERS, "none") as imap, SmtpServer(USERS, "none") as smtp:
        settings = settings_for(imap, smtp, "none", mailboxes=("INBOX", "Complaints"))
        report = check_email_connection(settings, PASSWORD, PASSWORD, timeout=5)
    (failure,) = report.failures
    assert failure.key == "imap_mailboxes"
    assert "Complaints" in failure.detail and "Support Requests" in failure.detail


def test_untrusted_certificate_is_reported(certificate: Certificate) -> None:
    with ImapServer(USERS, "ssl", certificate) as imap, SmtpServer(USERS, "starttls", certificate) as smtp:
        settings = settings_for(imap, smtp, "ssl", smtp_tls="starttls")
        report = check_email_connection(settings, PASSWORD, PASSWORD, timeout=5)  # system CAs only
    assert [s.key for s in report.failures] == ["imap_connect", "smtp_tls"]
    assert all("certificate is not trusted" in s.detail for s in report.failures)


def test_wrong_security_mode_for_the_port(certificate: Certificate) -> None:
    with ImapServer(USERS, "starttls", certificate) as imap, SmtpServer(USERS, "none") as smtp:
        # Plain IMAP on a server that wants STARTTLS first; STARTTLS on an SMTP that lacks it.
        settings = settings_for(imap, smtp, "none", smtp_tls="starttls")
        report = check_email_connection(settings, PASSWORD, PASSWORD, timeout=5)
    imap_fail, smtp_fail = report.failures
    assert imap_fail.key == "imap_login" and "STARTTLS" in imap_fail.detail
    assert smtp_fail.key == "smtp_tls" and "does not offer STARTTLS" in smtp_fail.detail
    with ImapServer(USERS, "none") as imap, SmtpServer(USERS, "none") as smtp:
        # SSL/TLS spoken to a plain-text port.
        report = check_email_connection(settings_for(imap, smtp, "ssl"), PASSWORD, PASSWORD, timeout=3)
    assert [s.key for s in report.failures] == ["imap_connect", "smtp_connect"]
    assert all("TLS" in s.detail for s in report.failures), report.summary()


def test_smtp_without_login_offered(certificate: Certificate) -> None:
    with ImapServer(USERS, "none") as imap, SmtpServer(USERS, "none", offer_auth=False) as smtp:
        report = check_email_connection(settings_for(imap, smtp, "none"), PASSWORD, PASSWORD, timeout=5)
        assert report.failures[0].key == "smtp_login"
        assert "offers no login" in report.failures[0].detail
        relay = check_email_connection(
            settings_for(imap, smtp, "none", smtp_auth="none"), PASSWORD, None, timeout=5
        )
        assert relay.ok, relay.summary()


def test_unreachable_and_unknown_hosts() -> None:
    closed = free_port()
    settings = EmailSettings(
        imap_host="127.0.0.1",
        imap_port=closed,
        imap_username=USER,
        imap_tls="none",
        smtp_host="no-such-host.invalid",
        smtp_port=25,
        smtp_username=USER,
        smtp_tls="none",
    )
    report = check_email_connection(settings, PASSWORD, PASSWORD, timeout=3)
    imap_fail, smtp_fail = report.failures
    assert imap_fail.key == "imap_connect" and "connection refused" in imap_fail.detail
    assert smtp_fail.key == "smtp_connect" and "cannot be resolved" in smtp_fail.detail


def test_missing_passwords_are_reported_not_sent() -> None:
    with ImapServer(USERS, "none") as imap, SmtpServer(USERS, "none") as smtp:
        report = check_email_connection(settings_for(imap, smtp, "none"), None, "", timeout=5)
        assert imap.logins == [] and smtp.logins == []
    assert [s.detail for s in report.failures] == ["No IMAP password is set.", "No SMTP password is set."]


def test_password_never_appears_in_the_report() -> None:
    """Even when a server echoes what it got, the report does not carry the password."""
    with ImapServer({USER: "other"}, "none") as imap, SmtpServer(USERS, "none") as smtp:
        imap.mailboxes = (PASSWORD,)  # a hostile or broken server echoing the secret back
        report = check_email_connection(
            settings_for(imap, smtp, "none", mailboxes=("Missing",)), "other", PASSWORD, timeout=5
        )
    assert PASSWORD not in report.summary()
    assert "••••" in report.summary()


# ---- through the service: keyring passwords, form passwords, status ------------------------------
def test_service_uses_keyring_passwords_and_records_status(admin: Signed, certificate: Certificate) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    with ImapServer(USERS, "starttls", certificate) as imap, SmtpServer(USERS, "ssl", certificate) as smtp:
        settings = dict(
            EMAIL_SETTINGS,
            imap_host="localhost",
            imap_port=imap.port,
            imap_tls="starttls",
            imap_username=USER,
            smtp_host="localhost",
            smtp_port=smtp.port,
            smtp_tls="ssl",
            smtp_username=USER,
            mailboxes=["INBOX", "Support Requests"],
        )
        created = service.create_source(
            "email", email_form(mail, settings=settings), {"imap_password": PASSWORD, "smtp_password": "old"}
        )
        assert created.status == "pending"
        report = service.check_source_connection(
            created.id, timeout=5, ssl_context=certificate.client_context()
        )
        assert [s.key for s in report.failures] == ["smtp_login"]
        detail = service.get_source(created.id)
        assert detail.status == "error" and "Log in to SMTP failed" in detail.status_message
        assert detail.status_checked_at is not None
        # The wizard/editor form: a typed password wins, an empty one falls back to the keyring.
        form_report = service.test_email_settings(
            settings,
            {"smtp_password": PASSWORD, "imap_password": ""},
            created.id,
            timeout=5,
            ssl_context=certificate.client_context(),
        )
        assert form_report.ok, form_report.summary()
        assert service.get_source(created.id).status == "error"  # a form test records nothing
        service.update_source(created.id, created.form, {"smtp_password": PASSWORD})
        assert service.check_source_connection(
            created.id, timeout=5, ssl_context=certificate.client_context()
        ).ok
        assert service.get_source(created.id).status == "ok"
        # A new (unsaved) source is tested with the form's passwords only.
        new_report = service.test_email_settings(
            settings,
            {"imap_password": PASSWORD, "smtp_password": PASSWORD},
            timeout=5,
            ssl_context=certificate.client_context(),
        )
        assert new_report.ok


def test_service_validates_before_connecting(admin: Signed, tmp_path: Path) -> None:
    from engage_desktop.services.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        sources(admin).test_email_settings(dict(EMAIL_SETTINGS, imap_port=0, smtp_host="bad host"), {})
    assert {"imap_port", "smtp_host"} <= set(caught.value.errors)


def test_non_email_source_cannot_be_checked(admin: Signed) -> None:
    from engage_desktop.services.channels.sources import SourceForm
    from engage_desktop.services.core.errors import ValidationError

    chat = community(admin, "Chat", "engage_chat")
    created = sources(admin).create_source("engage_chat", SourceForm("Web", chat))
    with pytest.raises(ValidationError):
        sources(admin).check_source_connection(created.id)
    _ = replace  # dataclasses.replace is used by the other channels tests
