"""The throwaway PostgreSQL server that the service tests run against in CI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import PostgresServer, find_bindir, unavailable
from sqlalchemy import create_engine, text


@pytest.mark.postgres
def test_new_database_round_trips_a_row(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    assert url.startswith("postgresql+psycopg://")

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            version = conn.execute(text("select version()")).scalar_one()
            conn.execute(text("create table greeting (id serial primary key, body text not null)"))
            conn.execute(text("insert into greeting (body) values (:body)"), {"body": "bonjour é"})
        with engine.connect() as conn:
            rows = conn.execute(text("select id, body from greeting")).all()
    finally:
        engine.dispose()

    assert version.startswith("PostgreSQL ")
    assert [tuple(row) for row in rows] == [(1, "bonjour é")]


@pytest.mark.postgres
def test_each_new_database_is_separate(postgres_server: PostgresServer) -> None:
    first, second = postgres_server.new_database(), postgres_server.new_database()
    assert first != second

    engine = create_engine(first)
    try:
        with engine.begin() as conn:
            conn.execute(text("create table only_in_first (id int)"))
    finally:
        engine.dispose()

    engine = create_engine(second)
    try:
        with engine.connect() as conn:
            found = conn.execute(text("select to_regclass('only_in_first')")).scalar_one()
    finally:
        engine.dispose()
    assert found is None


def test_bindir_override_without_binaries_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENGAGE_PG_BINDIR", str(tmp_path))
    assert find_bindir() is None


@pytest.mark.parametrize("ci", ["true", "1"])
def test_missing_postgres_fails_in_ci(ci: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="required in CI"):
        unavailable("no binaries")


def test_missing_postgres_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no binaries"):
        unavailable("no binaries")
