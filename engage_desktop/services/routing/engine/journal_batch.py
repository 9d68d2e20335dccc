"""Append a transaction's routing events to the journal in one go: one bump of the chain's head for
all of them, one multi-row insert, the same hash chain `journal.append_event` builds event by event
(`audit verify` checks them alike). The engine writes five or more events per interaction; one
statement instead of three per event is most of its speed.

The hash is `journal.compute_hash`'s, assembled as text: its payload is a JSON object with sorted
keys and no spaces, so the text is the fixed keys in order with each value encoded once, and the
details' own text (sorted, compact) is both hashed and stored (tests compare with compute_hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from engage_desktop.services.core.journal import GENESIS_HASH
from engage_desktop.services.routing.engine.model import as_datetime
from engage_desktop.services.routing.engine.raw_sql import RawSql

SYSTEM_LABEL = "system"
BUMP = "UPDATE audit_head SET seq = seq + :count WHERE id = 1 RETURNING seq, last_hash"
HEAD = "INSERT INTO audit_head (id, seq, last_hash) VALUES (1, 0, :genesis)"
INSERT = (
    "INSERT INTO audit_events (seq, created_at, name, user_id, user_label, workstation, object_type, "
    "object_id, changes, details, prev_hash, row_hash) VALUES (:seq, :created_at, :name, :user_id, "
    ":user_label, :workstation, :object_type, :object_id, :changes, :details, :prev_hash, :row_hash)"
)
TIP = "UPDATE audit_head SET last_hash = :last_hash WHERE id = 1"

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
_as_stored = json.JSONEncoder(ensure_ascii=False, default=str).encode
_PLAIN = (str, int, float, bool, type(None))


def _is_plain(value: Any) -> bool:
    """JSON gives this value back unchanged (no tuple, set, date or object to turn into text)."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind is list:
        for item in value:  # noqa: SIM110 (a loop: no generator per call on the hot path)
            if type(item) not in _PLAIN and not _is_plain(item):
                return False
        return True
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or (type(item) not in _PLAIN and not _is_plain(item)):
                return False
        return True
    return False


def plain_details(details: dict[str, Any]) -> dict[str, Any]:
    """What the JSON column gives back (`journal._plain_json`), without the round trip when the
    details are plain already (they are, from the core)."""
    if _is_plain(details):
        return details
    loaded: dict[str, Any] = json.loads(_as_stored(details))
    return loaded


class _Times:
    """(canonical text for the hash, stored value) of an instant; an interaction's events share a
    handful of instants."""

    def __init__(self, sql: RawSql) -> None:
        self.sql = sql
        self.cache: dict[float, tuple[str, Any]] = {}

    def __call__(self, at: float) -> tuple[str, Any]:
        found = self.cache.get(at)
        if found is None:
            value = as_datetime(at)
            canonical = value.strftime("%Y-%m-%dT%H:%M:%S.%f")
            stored = canonical.replace("T", " ") if not self.sql.postgres else value
            if len(self.cache) > 256:
                self.cache.clear()
            found = self.cache[at] = (canonical, stored)
        return found


def hash_text(
    seq: int,
    canonical_time: str,
    name: str,
    workstation: str,
    object_type: str,
    object_id: str,
    details_text: str,
    prev_hash: str,
) -> str:
    """`compute_hash`'s payload for a system event with no changes, as text."""
    return (
        f'{{"changes":{{}},"created_at":"{canonical_time}","details":{details_text},'
        f'"name":{encode_basestring(name)},"object_id":{encode_basestring(object_id)},'
        f'"object_type":{encode_basestring(object_type)},"prev_hash":{encode_basestring(prev_hash)},'
        f'"seq":{seq},"user_id":null,"user_label":"{SYSTEM_LABEL}",'
        f'"workstation":{encode_basestring(workstation)}}}'
    )


def append_system_events(
    sql: RawSql, workstation: str, events: Sequence[tuple[str, str, str, dict[str, Any], float]]
) -> tuple[int, str]:
    """`events`: (name, object type, object id, details, at — POSIX seconds), in order, acted by
    the system. Returns the new tip of the chain (seq, hash)."""
    count = len(events)
    bumped = sql.one(BUMP, {"count": count})
    if bumped is None:  # a journal never written to: its head row comes first
        sql.run(HEAD, {"genesis": GENESIS_HASH})
        bumped = sql.one(BUMP, {"count": count})
        assert bumped is not None
    seq, prev = int(bumped[0]), str(bumped[1])
    times = _Times(sql)
    empty = sql.json({})
    rows = []
    sha256 = hashlib.sha256
    for offset, (name, object_type, object_id, details, at) in enumerate(events):
        number = seq - count + 1 + offset
        details = plain_details(details)
        details_text = _canonical(details)
        canonical_time, stored_time = times(at)
        object_id = str(object_id)
        text = hash_text(
            number, canonical_time, name, workstation, object_type, object_id, details_text, prev
        )
        row_hash = sha256(text.encode("utf-8")).hexdigest()
        rows.append(
            {
                "seq": number,
                "created_at": stored_time,
                "name": name,
                "user_id": None,
                "user_label": SYSTEM_LABEL,
                "workstation": workstation,
                "object_type": object_type,
                "object_id": object_id,
                "changes": empty,
                "details": sql.json(details) if sql.postgres else details_text,
                "prev_hash": prev,
                "row_hash": row_hash,
            }
        )
        prev = row_hash
    sql.many(INSERT, rows)
    sql.run(TIP, {"last_hash": prev})
    return seq, prev
