"""The connection check names what failed, against a real PostgreSQL server and real sockets."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engage_desktop.db import COPY_MARKER_TABLE, Database
from engage_desktop.services.access.connection_check import (
    PostgresAddress,
    check_connection,
    classify_failure,
    with_typed_password,
)


def _address(url: str, **changes: object) -> PostgresAddress:
    parsed = PostgresAddress.parse(url)
    assert parsed is not None
    values = {**parsed.__dict__, **changes}
    return PostgresAddress(**values)  # type: ignore[arg-type]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_address_fields_round_trip() -> None:
    address = PostgresAddress("db.example.org", 5433, "engage", "ops", "s3cret", "verify-full", "/etc/ca.pem")
    url = address.url()
    assert make_url(url).query == {"sslmode": "verify-full", "sslrootcert": "/etc/ca.pem"}
    assert PostgresAddress.parse(url) == address
    assert PostgresAddress.parse("sqlite:////tmp/x.sqlite3") is None
    assert make_url(with_typed_password("postgresql://ops@db/engage", "typed")).password == "typed"
    assert make_url(with_typed_password("postgresql://ops:kept@db/engage", "typed")).password == "kept"
    assert with_typed_password("sqlite:////tmp/x.sqlite3", "typed") == "sqlite:////tmp/x.sqlite3"
    assert PostgresAddress.parse("postgresql://a@h/d").tls_mode == "prefer"  # type: ignore[union-attr]
    assert PostgresAddress.parse("postgresql://a@h/d?sslmode=verify-ca").tls_mode == "verify-full"  # type: ignore[union-attr]


def test_a_new_sqlite_file_is_usable(tmp_path: Path) -> None:
    check = check_connection(f"sqlite:///{tmp_path}/new.sqlite3")
    assert check.ok and check.revision == ""


def test_a_bad_address_is_named() -> None:
    check = check_connection("mysql://someone@host/db")
    assert not check.ok and check.field == "address"
    assert "not a database address" in check.message  # type: ignore[operator]


@pytest.mark.postgres
def test_a_reachable_empty_database_is_usable(postgres_server) -> None:
    check = check_connection(postgres_server.new_database())
    assert check.ok and check.revision == ""


@pytest.mark.postgres
def test_each_failure_is_named_with_its_field(postgres_server) -> None:
    url = postgres_server.new_database()
    cases = {
        "dns": (_address(url, host="no-such-host.invalid").url(), "host", "no-such-host.invalid"),
        "refused": (
            _address(url, host="127.0.0.1", port=_closed_port(), tls_mode="disable").url(),
            "port",
            "port",
        ),
        "missing_database": (
            _address(url, database="nothing_here_xyz").url(),
            "database",
            "nothing_here_xyz",
        ),
        "authentication": (_address(url, user="ghost_user_xyz").url(), "password", "ghost_user_xyz"),
        # The test server has no certificate: requiring TLS must fail as a TLS problem.
        "tls": (_address(url, tls_mode="require").url(), "tls", "server does not support SSL"),
    }
    for problem, (address, field, named) in cases.items():
        check = check_connection(address)
        assert (check.ok, check.problem, check.field) == (False, problem, field), (problem, check)
        assert named in str(check.message), (problem, check.message)


def test_a_password_failure_is_an_authentication_problem() -> None:
    failure = RuntimeError(
        'connection to server at "db" (10.0.0.1), port 5432 failed: FATAL:  password '
        'authentication failed for user "ops"'
    )
    check = classify_failure(failure, PostgresAddress("db", user="ops"))
    assert (check.problem, check.field) == ("authentication", "password")
    assert "ops" in str(check.message)


@pytest.mark.postgres
def test_a_newer_schema_and_an_unfinished_copy_are_refused(postgres_server) -> None:
    url = postgres_server.new_database()
    database = Database(url)
    database.upgrade()
    database.dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    check = check_connection(url)
    assert (check.ok, check.problem, check.revision) == (False, "newer_schema", "9999_future")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        conn.execute(text(f"CREATE TABLE {COPY_MARKER_TABLE} (source VARCHAR(10))"))
    engine.dispose()
    check = check_connection(url)
    assert (check.ok, check.problem) == (False, "unfinished_copy")


@pytest.fixture
def server_without_tls() -> Iterator[int]:
    """Answers PostgreSQL's TLS request as a server without certificates does ('N')."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.recv(8)
                conn.sendall(b"N")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join()
    listener.close()


def test_the_dialog_checks_off_the_gui_thread_and_shows_the_tls_failure_next_to_tls(
    qtbot, tmp_path: Path, server_without_tls: int
) -> None:
    from PySide6.QtCore import QSettings

    from engage_desktop.config import SETTINGS_DB_URL
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.shared_choice.setChecked(True)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    qtbot.keyClicks(dialog.database, "engage")
    qtbot.keyClicks(dialog.user, "ops")
    qtbot.keyClicks(dialog.password, "pw-typed-here")
    dialog.port.setValue(server_without_tls)
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    dialog.tls.activated.emit(dialog.tls.currentIndex())
    assert "pw-typed-here" not in dialog.url.text()
    assert make_url(dialog.effective_url()).password == "pw-typed-here"
    assert make_url(dialog.url.text()).query["sslmode"] == "require"

    dialog.save()
    assert dialog.is_checking()  # the window stays live while the worker connects
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)
    assert "server does not support SSL" in dialog.server_form.error_label("tls").text()
    assert dialog.form.error_label("url").text() == ""
    assert dialog.last_check is not None and dialog.last_check.problem == "tls"
    assert settings.value(SETTINGS_DB_URL) is None  # a failed check saves nothing

    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    dialog.tls.activated.emit(dialog.tls.currentIndex())
    assert dialog.ca_file.isEnabled()
