"""Plain SQL on one pooled DBAPI connection, for the engine's hot path.

The live engine writes a dozen rows per interaction; building each statement through the ORM (and
a Session per transaction) costs more than the database does. `EngineConnection` checks a DBAPI
connection out of the database's pool for one transaction, runs fixed statement texts on its
cursor (the driver keeps them prepared), and commits or rolls back. Values are adapted the way
SQLAlchemy stores them (SQLite: UTC datetimes as text, JSON as text; PostgreSQL: native types).
A failed commit comes out as the unit of work's does: a duplicate or missing row as `Conflict`,
any other driver error as a `StorageError` with a sentence a user can act on.
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from engage_desktop.services.core.errors import DUPLICATE_OR_MISSING, Conflict, translate_storage_error
from engage_desktop.services.routing.engine.wal_checkpointer import (
    ENGINE_AUTOCHECKPOINT_PAGES,
    WalCheckpointer,
)

_NAMED = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")
_POSTGRES_TEXTS: dict[str, str] = {}  # statement → its psycopg form, made once per process
_json_text = json.JSONEncoder(ensure_ascii=False).encode


class RawSql:
    def __init__(self, dbapi_connection: Any, postgres: bool, dbapi: Any) -> None:
        self.postgres = postgres
        self.connection = dbapi_connection
        self.cursor = dbapi_connection.cursor()
        self._dbapi = dbapi
        self.committed = False

    def commit(self) -> None:
        try:
            self.connection.commit()
            self.committed = True
        except self._dbapi.IntegrityError as exc:
            raise Conflict(DUPLICATE_OR_MISSING()) from exc
        except self._dbapi.Error as exc:
            raise translate_storage_error(exc) from exc

    def _text(self, sql: str) -> str:
        if not self.postgres:
            return sql
        text = _POSTGRES_TEXTS.get(sql)
        if text is None:
            text = _POSTGRES_TEXTS[sql] = _NAMED.sub(r"%(\1)s", sql)
        return text

    def when(self, value: datetime | None) -> Any:
        if value is None or self.postgres:
            return value
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def json(self, value: Any) -> Any:
        if self.postgres:
            from psycopg.types.json import Json

            return Json(value)
        return _json_text(value)

    def run(self, sql: str, params: dict[str, Any]) -> int:
        self.cursor.execute(self._text(sql), params)
        return int(self.cursor.rowcount)

    def one(self, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
        self.cursor.execute(self._text(sql), params)
        row = self.cursor.fetchone()
        return tuple(row) if row is not None else None

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        self.cursor.executemany(self._text(sql), rows)


def engine_of(session_factory: sessionmaker[Session]) -> Engine:
    bind = session_factory.kw.get("bind")
    if isinstance(bind, Engine):
        return bind
    with session_factory() as session:
        found = session.get_bind()
    assert isinstance(found, Engine)
    return found


def _sqlite_file(engine: Engine) -> str | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:") or database.startswith("file:"):
        return None
    return database


def _give_back(held: list[Any]) -> None:
    while held:
        held.pop().close()


class EngineConnection:
    """One transaction at a time on a pooled DBAPI connection, from any one thread at a time.

    SQLite: checked out per transaction (cheap), and a `WalCheckpointer` copies the log off the
    engine's path (its module says why). PostgreSQL: the connection is kept between transactions
    — a checkout costs the pool's liveness ping, three round trips — and given back to the pool
    (which discards a broken one) as soon as a transaction fails. Both stop when this object is
    collected, or on `close()`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"
        self._dbapi = engine.dialect.loaded_dbapi
        path = _sqlite_file(engine)
        self.checkpointer = WalCheckpointer(path) if path is not None else None
        self._default_autocheckpoint: int | None = None
        if self.checkpointer is not None:
            self._stop = weakref.finalize(self, self.checkpointer.close)
        self._held: list[Any] = []  # PostgreSQL: the connection kept between transactions
        self._give_back = weakref.finalize(self, _give_back, self._held)

    def close(self) -> None:
        if self.checkpointer is not None:
            self._stop()
        self._give_back()

    @contextmanager
    def transaction(self) -> Iterator[RawSql]:
        """The block's statements are one transaction: `sql.commit()` lands them; leaving the
        block without committing (or by an exception) rolls them back."""
        connection = self._held.pop() if self._held else self.engine.raw_connection()
        checkpointer = self.checkpointer
        raised = checkpointer is not None and checkpointer.alive
        keep = False
        try:
            sql = RawSql(connection, self.postgres, self._dbapi)
            try:
                if raised:
                    self._raise_autocheckpoint(sql)
                yield sql
                keep = self.postgres  # the block ended without an error
            finally:
                if raised:
                    sql.cursor.execute(f"PRAGMA wal_autocheckpoint={self._default_autocheckpoint}")
                sql.cursor.close()
        finally:
            if keep:
                try:
                    connection.rollback()  # what was not committed (no round trip when nothing is open)
                except self._dbapi.Error:
                    connection.close()  # the pool discards a broken connection
                else:
                    self._held.append(connection)
            else:
                connection.close()  # back to the pool, which rolls back whatever was not committed
        if raised and sql.committed:
            assert checkpointer is not None
            checkpointer.committed()

    def _raise_autocheckpoint(self, sql: RawSql) -> None:
        if self._default_autocheckpoint is None:
            row = sql.one("PRAGMA wal_autocheckpoint", {})
            self._default_autocheckpoint = int(row[0]) if row is not None else 1000
        sql.cursor.execute(f"PRAGMA wal_autocheckpoint={ENGINE_AUTOCHECKPOINT_PAGES}")
