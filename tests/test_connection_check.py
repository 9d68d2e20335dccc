"""The connection check names what failed, against a real PostgreSQL server and real sockets."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from engage_desktop.db import COPY_MARKER_TABLE, Database
from engage_desktop.services.access.connection_check import (
    PostgresAddress,
    check_connection,
    classify_failure,
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
        "tls": (_address(url, tls_mode="require").url(), "tls", "TLS"),
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
