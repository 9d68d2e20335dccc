"""No secret of a content source reaches the database, the journal, the logs or an export.

Each secret is a unique marker; after creating, editing, testing and exporting sources the test
searches every table (SQLite and PostgreSQL), every file the app or the tests wrote (SQLite file,
WAL, data folder), every log record and every exported record for those markers.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import keyring.errors
import pytest
from channels_helpers import EMAIL_SETTINGS, community, email_form, journal, sources
from conftest import MemoryKeyring, Signed
from mail_servers import ImapServer, SmtpServer
from sqlalchemy import inspect, text

from engage_desktop.config import data_dir
from engage_desktop.services.channels.source_secrets import secret_key
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.errors import StorageError, ValidationError
from engage_desktop.services.core.listing import ListQuery

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")


def marker(name: str) -> str:
    return f"SECRET-{name}-{secrets.token_hex(6)}"


def all_table_text(signed: Signed) -> str:
    """Every row of every table of the database, as text."""
    chunks = []
    with signed.db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                chunks.append(f"{table}: {tuple(row)!r}")
    return "\n".join(chunks)


def all_file_bytes(*folders: Path) -> dict[Path, bytes]:
    found = {}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                found[path] = path.read_bytes()
    return found


def test_no_secret_outside_the_keyring(
    admin: Signed,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    values = {name: marker(name) for name in ("imap", "smtp", "imap2", "app_secret", "token", "token2")}
    service = sources(admin)
    mail = community(admin, "Mail", "email")
    fb = community(admin, "Facebook", "facebook")

    with (
        ImapServer({"support@acme.example": values["imap2"]}) as imap,
        SmtpServer({"support@acme.example": values["smtp"]}) as smtp,
    ):
        settings = dict(
            EMAIL_SETTINGS,
            imap_host="127.0.0.1",
            imap_port=imap.port,
            imap_tls="none",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_tls="none",
        )
        box = service.create_source(
            "email",
            email_form(mail, settings=settings),
            {"imap_password": values["imap"], "smtp_password": values["smtp"]},
        )
        failed = service.check_source_connection(box.id, timeout=5)  # wrong IMAP password
        assert [s.key for s in failed.failures] == ["imap_login"]
        service.update_source(box.id, box.form, {"imap_password": values["imap2"]})
        assert service.check_source_connection(box.id, timeout=5).ok
        assert service.test_email_settings(settings, {"smtp_password": values["smtp"]}, box.id, timeout=5).ok

    page = service.create_source(
        "facebook",
        SourceForm("Acme page", fb, settings={"account_id": "123"}),
        {"app_secret": values["app_secret"], "access_token": values["token"]},
    )
    service.update_source(page.id, replace(page.form, sla_threshold=60), {"access_token": values["token2"]})
    # A secret typed into the wrong place is refused without being echoed.
    with pytest.raises(ValidationError) as caught:
        service.create_source(
            "facebook",
            SourceForm("Leaky", fb, settings={"account_id": "1", "access_token": values["token"]}),
        )
    assert values["token"] not in json.dumps(caught.value.errors)
    exported = json.dumps(service.api_records())

    # The keyring holds the latest value of each, under the source's key.
    stored = {key: value for (_service, key), value in memory_keyring.store.items()}
    assert stored[secret_key(box.platform_id, "imap_password")] == values["imap2"]
    assert stored[secret_key(page.platform_id, "access_token")] == values["token2"]
    assert stored[secret_key(page.platform_id, "app_secret")] == values["app_secret"]

    # ... and nothing else does.
    tables = all_table_text(admin)
    assert "content_sources" in tables and "audit_events" in tables
    files = all_file_bytes(tmp_path, data_dir())
    if admin.db.dialect == "sqlite":
        assert any(path.name.startswith("engage.sqlite3") for path in files)
    out, err = capfd.readouterr()
    for name, value in values.items():
        assert value not in tables, f"{name} found in the database"
        assert value not in exported, f"{name} found in the export"
        assert value not in caplog.text, f"{name} found in the logs"
        assert value not in out + err, f"{name} printed"
        for path, content in files.items():
            assert value.encode() not in content, f"{name} found in {path}"

    # The journal says which secret changed, never its value.
    created = journal(admin, "content_source.created")
    assert {e.changes.get("access_token") for e in created} >= {"changed"}
    updated = journal(admin, "content_source.updated")
    assert any(e.changes.get("imap_password") == "changed" for e in updated)
    assert any(e.changes.get("access_token") == "changed" for e in updated)


def test_keyring_is_put_back_when_the_database_refuses(admin: Signed, memory_keyring: MemoryKeyring) -> None:
    """A failed commit must not leave a new password in the keyring for a change that never happened."""
    from sqlalchemy import event

    fb = community(admin, "Facebook", "facebook")
    service = sources(admin)
    page = service.create_source(
        "facebook", SourceForm("Acme page", fb, settings={"account_id": "1"}), {"access_token": "old-token"}
    )
    key = secret_key(page.platform_id, "access_token")

    def refuse(session: object) -> None:
        raise RuntimeError("database went away")

    event.listen(admin.db.session_factory, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError):
            service.update_source(page.id, page.form, {"access_token": "new-token"})
    finally:
        event.remove(admin.db.session_factory, "before_commit", refuse)
    assert memory_keyring.store[("engage-desktop", key)] == "old-token"
    assert service.get_source(page.id).secrets_changed_at == page.secrets_changed_at


# ---- the keyring fails half-way: what was written is put back -------------------------------------
class FlakyKeyring(MemoryKeyring):
    """Refuses the N-th write (set or delete) it is asked for, like a keyring locked mid-save."""

    def __init__(self, refuse_write: int) -> None:
        super().__init__()
        self.refuse_write = refuse_write
        self.writes = 0

    def _count(self) -> None:
        self.writes += 1
        if self.writes == self.refuse_write:
            raise keyring.errors.PasswordSetError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._count()
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._count()
        super().delete_password(service, username)


@pytest.fixture
def flaky_keyring() -> Iterator[FlakyKeyring]:
    backend = FlakyKeyring(refuse_write=0)
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def source_keys(store: FlakyKeyring) -> dict[str, str]:
    return {key: value for (_service, key), value in store.store.items() if key.startswith("content_source:")}


def test_keyring_failing_on_the_second_secret_of_a_new_source(
    admin: Signed, flaky_keyring: FlakyKeyring
) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    flaky_keyring.refuse_write = 2
    with pytest.raises(StorageError) as caught:
        service.create_source(
            "email", email_form(mail), {"imap_password": "first-secret", "smtp_password": "second-secret"}
        )
    assert caught.value.code == "secrets.keyring_failed"
    assert "first-secret" not in str(caught.value)
    assert source_keys(flaky_keyring) == {}  # the first secret is gone again
    assert service.count_sources(ListQuery()) == 0
    assert journal(admin, "content_source.created") == []


def test_keyring_failing_on_the_second_secret_of_an_update(
    admin: Signed, flaky_keyring: FlakyKeyring
) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    box = service.create_source(
        "email", email_form(mail), {"imap_password": "old-i", "smtp_password": "old-s"}
    )
    before = source_keys(flaky_keyring)
    for refused in (1, 2):
        flaky_keyring.writes, flaky_keyring.refuse_write = 0, refused
        with pytest.raises(StorageError) as caught:
            service.update_source(box.id, box.form, {"imap_password": "new-i", "smtp_password": "new-s"})
        assert caught.value.code == "secrets.keyring_failed"
        assert source_keys(flaky_keyring) == before
        assert service.get_source(box.id).secrets_changed_at == box.secrets_changed_at
    # A clear then a set, refused on the set: the cleared one comes back too.
    flaky_keyring.writes, flaky_keyring.refuse_write = 0, 2
    with pytest.raises(StorageError):
        service.update_source(box.id, box.form, {"imap_password": None, "smtp_password": "new-s"})
    assert source_keys(flaky_keyring) == before
    assert len(journal(admin, "content_source.updated")) == 0


def test_keyring_put_back_when_the_commit_of_a_new_source_fails(
    admin: Signed, memory_keyring: MemoryKeyring
) -> None:
    from sqlalchemy import event

    mail = community(admin, "Mail", "email")
    service = sources(admin)

    def refuse(session: object) -> None:
        raise RuntimeError("database went away")

    event.listen(admin.db.session_factory, "before_commit", refuse)
    try:
        with pytest.raises(RuntimeError):
            service.create_source("email", email_form(mail), {"imap_password": "i", "smtp_password": "s"})
    finally:
        event.remove(admin.db.session_factory, "before_commit", refuse)
    assert not [key for (_service, key) in memory_keyring.store if key.startswith("content_source:")]
    assert service.count_sources(ListQuery()) == 0


# ---- the secrets scan ------------------------------------------------------------------------------
def test_secrets_scan_after_connection_tests(
    admin: Signed,
    qtbot: object,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Mailbox passwords (saved, typed for a changed server) and the database password (saved by the
    connection dialog) appear in no table, journal event, database file or WAL, log, output or
    settings file."""
    from PySide6.QtCore import QSettings
    from sqlalchemy import make_url

    from engage_desktop.config import SETTINGS_DB_URL
    from engage_desktop.services.core import journal as audit
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog

    caplog.set_level(logging.DEBUG)
    imap_pw, smtp_pw, db_pw = marker("imap"), marker("smtp"), marker("database")
    values = {"imap": imap_pw, "smtp": smtp_pw, "database": db_pw}
    service = sources(admin)
    mail = community(admin, "Mail", "email")
    users = {"support@acme.example": imap_pw, "other@acme.example": smtp_pw}
    with ImapServer(users) as imap, SmtpServer(users) as smtp:
        settings = dict(
            EMAIL_SETTINGS,
            imap_host="127.0.0.1",
            imap_port=imap.port,
            imap_tls="none",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_tls="none",
            smtp_username="other@acme.example",
        )
        box = service.create_source(
            "email", email_form(mail, settings=settings), {"imap_password": imap_pw, "smtp_password": smtp_pw}
        )
        assert service.check_source_connection(box.id, timeout=5).ok
        moved = dict(settings, imap_host="localhost")
        with pytest.raises(ValidationError):
            service.test_email_settings(moved, {}, box.id, timeout=5)
        assert service.test_email_settings(moved, {"imap_password": imap_pw}, box.id, timeout=5).ok
        assert not service.test_email_settings(moved, {"imap_password": "x" + imap_pw}, box.id, timeout=5).ok

    # The connection dialog saves this database's address with a password (ignored by the test
    # server's trust rule, so the check passes); on SQLite an address has no password to keep.
    qsettings = QSettings(str(tmp_path / "settings" / "Engage Desktop.conf"), QSettings.Format.IniFormat)
    dialog = ConnectionDialog(qsettings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    url = make_url(admin.db.url)
    if admin.db.dialect == "postgresql":
        url = url.set(password=db_pw)
    dialog.url.setText(url.render_as_string(hide_password=False))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)  # type: ignore[attr-defined]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert qsettings.value(SETTINGS_DB_URL)

    tables = all_table_text(admin)
    with admin.db.session_factory() as session:
        events = audit.find_events(session, audit.JournalFilter(), limit=10_000)
    tested = [e for e in events if e.name == "content_source.connection_tested"]
    assert len(tested) == 3  # the refused one reached no server
    journal_text = json.dumps([[e.name, e.object_id, e.changes, e.details] for e in events], default=str)
    files = all_file_bytes(tmp_path, data_dir())
    if admin.db.dialect == "sqlite":
        names = {path.name for path in files}
        assert {"engage.sqlite3", "engage.sqlite3-wal"} <= names, names
    assert any(path.name == "Engage Desktop.conf" for path in files)
    out, err = capfd.readouterr()
    for name, value in values.items():
        assert value not in tables, f"{name} found in the database"
        assert value not in journal_text, f"{name} found in the journal"
        assert value not in caplog.text, f"{name} found in the logs"
        assert value not in out + err, f"{name} printed"
        for path, content in files.items():
            assert value.encode() not in content, f"{name} found in {path}"
