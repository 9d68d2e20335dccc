"""Changes made by other workstations, so lists can refresh themselves (issue #16, live refresh).

Every journaled change names its object type; when such a transaction commits on PostgreSQL, one
`NOTIFY engage_changes` carrying those types goes with it (NOTIFY is transactional: a rolled-back
change announces nothing, and the notice arrives only once the rows are visible). A second
console on the same SQLite file has no such channel: it watches `PRAGMA data_version`, which
changes whenever another connection commits.

`ChangeFeed.wait()` blocks (on a worker thread of the console) until something changed elsewhere
or the timeout passes. A console ignores its own notices: it refreshes what it changed itself.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

CHANNEL = "engage_changes"
ANY_CHANGE = "*"
SOURCE = secrets.token_hex(8)  # this process: its own notices are not news to it
_PAYLOAD_LIMIT = 7000  # PostgreSQL refuses payloads of 8000 bytes and more
_TYPES_KEY = "engage_changed_types"


def note_change(session: Session, object_type: str) -> None:
    """Called for every journal event: the type goes out with the commit."""
    session.info.setdefault(_TYPES_KEY, set()).add(object_type or ANY_CHANGE)


@event.listens_for(Session, "before_commit")
def _announce(session: Session) -> None:
    types: set[str] | None = session.info.pop(_TYPES_KEY, None)
    if not types:
        return
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    names = sorted(types)
    payload = json.dumps({"from": SOURCE, "types": names})
    if len(payload) > _PAYLOAD_LIMIT:
        payload = json.dumps({"from": SOURCE, "types": [ANY_CHANGE]})
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_TYPES_KEY, None)


class ChangeFeed:
    """Its own connection to the database, only for hearing about changes made elsewhere."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        self._sqlite: sqlite3.Connection | None = None
        self._pg: Any = None
        self._version: int | None = None
        if self.dialect == "sqlite":
            path = parsed.database or ""
            uri = path.startswith("file:")
            self._sqlite = sqlite3.connect(path, uri=uri, check_same_thread=False) if path else None
            self._version = self._data_version()
        elif self.dialect == "postgresql":
            import psycopg

            conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
            self._pg = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
            self._pg.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int | None:
        if self._sqlite is None:
            return None
        row = self._sqlite.execute("PRAGMA data_version").fetchone()
        return int(row[0]) if row else None

    def wait(self, timeout: float) -> set[str]:
        """The object types changed by other consoles ({"*"}: something, unknown what), or an
        empty set when nothing changed within `timeout` seconds."""
        if self._pg is not None:
            return self._wait_postgres(timeout)
        deadline = time.monotonic() + timeout
        while self._sqlite is not None:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return {ANY_CHANGE}
            if time.monotonic() >= deadline:
                break
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
        return set()

    def _wait_postgres(self, timeout: float) -> set[str]:
        types: set[str] = set()
        for notice in self._pg.notifies(timeout=timeout, stop_after=1):
            types |= self._read(notice.payload)
        # Whatever else already arrived comes in the same answer.
        for notice in self._pg.notifies(timeout=0.01):
            types |= self._read(notice.payload)
        return types

    @staticmethod
    def _read(payload: str) -> set[str]:
        try:
            data = json.loads(payload)
        except ValueError:
            return {ANY_CHANGE}
        if not isinstance(data, dict) or data.get("from") == SOURCE:
            return set()
        return {str(t) for t in data.get("types", [ANY_CHANGE])}

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._pg is not None:
            self._pg.close()
            self._pg = None
