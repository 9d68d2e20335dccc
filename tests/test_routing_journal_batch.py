"""The engine's batch journal: its hash text is `journal.compute_hash`'s, value for value."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from engage_desktop.services.core.journal import _plain_json, compute_hash
from engage_desktop.services.routing.engine.journal_batch import (
    SYSTEM_LABEL,
    _canonical,
    hash_text,
    plain_details,
)

text = st.text(max_size=20)
plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=8,
)
odd = st.tuples(st.integers(), text) | st.frozensets(st.integers(), max_size=3) | st.datetimes()


def _reference(
    seq: int, at: datetime, name: str, ws: str, otype: str, oid: str, details: Any, prev: str
) -> str:
    event = SimpleNamespace(
        seq=seq,
        created_at=at,
        name=name,
        user_id=None,
        user_label=SYSTEM_LABEL,
        workstation=ws,
        object_type=otype,
        object_id=oid,
        changes={},
        details=_plain_json(details),
        prev_hash=prev,
    )
    return compute_hash(event)  # type: ignore[arg-type]


@given(
    seq=st.integers(min_value=1, max_value=10**12),
    at=st.floats(min_value=0, max_value=4e9),
    name=text,
    ws=text,
    otype=text,
    oid=text,
    details=st.dictionaries(text | st.integers(), plain | odd, max_size=5),
    prev=text,
)
def test_batch_hash_is_compute_hash(
    seq: int, at: float, name: str, ws: str, otype: str, oid: str, details: dict[Any, Any], prev: str
) -> None:
    when = datetime.fromtimestamp(at, UTC)
    canonical = when.strftime("%Y-%m-%dT%H:%M:%S.%f")
    stored = plain_details(details)
    assert stored == _plain_json(details)
    payload = hash_text(seq, canonical, name, ws, otype, oid, _canonical(stored), prev)
    assert hashlib.sha256(payload.encode("utf-8")).hexdigest() == _reference(
        seq, when, name, ws, otype, oid, details, prev
    )


def test_plain_details_are_kept_as_they_are_and_others_become_json_values() -> None:
    details = {"task_id": 3, "category_ids": [1, 2], "sla_deadline": None, "queue": "Émile ✓"}
    assert plain_details(details) is details
    assert plain_details({"ids": (1, 2), 5: "x"}) == {"ids": [1, 2], "5": "x"}
