"""Plain SQL on the unit of work's own connection, for the engine's hot path.

The live engine writes a dozen rows per interaction; building each statement through the ORM costs
more than the database does. These statements are fixed text run on the DBAPI cursor of the same
connection, so they are part of the same transaction. Values are adapted the way SQLAlchemy stores
them (SQLite: UTC datetimes as text, JSON as text; PostgreSQL: native types).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

_NAMED = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")


class RawSql:
    def __init__(self, session: Session) -> None:
        connection = session.connection()
        self.postgres = connection.dialect.name == "postgresql"
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        self.cursor = dbapi.cursor()
        self._texts: dict[str, str] = {}

    def _text(self, sql: str) -> str:
        text = self._texts.get(sql)
        if text is None:
            text = self._texts[sql] = _NAMED.sub(r"%(\1)s", sql) if self.postgres else sql
        return text

    def when(self, value: datetime | None) -> Any:
        if value is None or self.postgres:
            return value
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def json(self, value: Any) -> Any:
        if self.postgres:
            from psycopg.types.json import Json

            return Json(value)
        return json.dumps(value, ensure_ascii=False)

    def run(self, sql: str, params: dict[str, Any]) -> int:
        self.cursor.execute(self._text(sql), params)
        return int(self.cursor.rowcount)

    def one(self, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
        self.cursor.execute(self._text(sql), params)
        row = self.cursor.fetchone()
        return tuple(row) if row is not None else None

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        self.cursor.executemany(self._text(sql), rows)
