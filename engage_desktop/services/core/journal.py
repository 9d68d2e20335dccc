"""The audit journal: append events into a hash chain, verify the chain, search it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from engage_desktop.models import AuditEvent, AuditHead, utcnow
from engage_desktop.services.core.change_feed import note_change

GENESIS_HASH = "0" * 64
SECRET_MARK = "changed"


def _canonical_time(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _plain_json(value: Any) -> Any:
    """What the JSON column will give back, so the hash is the same before and after storage."""
    if not value:  # most events' details: nothing to round-trip
        return value
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


_HASHED = ("seq", "name", "user_id", "user_label", "workstation", "object_type", "object_id", "changes",
           "details", "prev_hash")  # fmt: skip


def hash_row(row: Mapping[str, Any]) -> str:
    """The hash of one journal row given as a mapping of its columns (`created_at` a datetime)."""
    payload = {key: row[key] for key in _HASHED}
    payload["created_at"] = _canonical_time(row["created_at"])
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def compute_hash(event: AuditEvent) -> str:
    row = {key: getattr(event, key) for key in _HASHED}
    row["created_at"] = event.created_at
    return hash_row(row)


def ensure_head(session: Session) -> None:
    if session.get(AuditHead, 1) is None:
        session.add(AuditHead(id=1, seq=0, last_hash=GENESIS_HASH))
        session.flush()


@dataclass(frozen=True, slots=True)
class PendingEvent:
    """One event as recorded, before the chain gives it its place (`append_events`)."""

    name: str
    user_id: int | None
    user_label: str
    workstation: str
    object_type: str
    object_id: str
    changes: dict[str, Any]
    details: dict[str, Any]
    created_at: datetime


def prepare_event(
    name: str,
    *,
    user_id: int | None,
    user_label: str,
    workstation: str,
    object_type: str = "",
    object_id: str = "",
    changes: Mapping[str, Any] | None = None,
    details: Mapping[str, Any] | None = None,
    created_at: datetime | None = None,
) -> PendingEvent:
    """The event's content, fixed now (its time too): stored values are what the hash covers."""
    return PendingEvent(
        name,
        user_id,
        user_label,
        workstation,
        object_type,
        str(object_id),
        _plain_json(dict(changes or {})),
        _plain_json(dict(details or {})),
        created_at or utcnow(),
    )


_EVENTS = cast(Table, AuditEvent.__table__)
_HEAD = cast(Table, AuditHead.__table__)
_INSERT_CHUNK = 5000


def append_events(session: Session, events: Sequence[PendingEvent]) -> tuple[int, str] | None:
    """Link `events`, in order, to the chain's tip and insert them; returns the new tip (seq, hash).

    One write of the head row for all of them takes the tip (it serialises writers: a second
    transaction waits there until the first commits, then reads the tip the first left), one
    multi-row insert, one write of the new tip: three statements for any number of events."""
    rows = _write(session, events)
    return (rows[-1]["seq"], rows[-1]["row_hash"]) if rows else None


def _write(session: Session, events: Sequence[PendingEvent]) -> list[dict[str, Any]]:
    if not events:
        return []
    conn, count = session.connection(), len(events)
    bump = (
        update(_HEAD)
        .where(_HEAD.c.id == 1)
        .values(seq=_HEAD.c.seq + count)
        .returning(_HEAD.c.seq, _HEAD.c.last_hash)
    )
    bumped = conn.execute(bump).one_or_none()
    if bumped is None:  # a journal never written to: its head row comes first
        conn.execute(insert(_HEAD).values(id=1, seq=0, last_hash=GENESIS_HASH))
        bumped = conn.execute(bump).one()
    seq, prev = int(bumped.seq) - count, str(bumped.last_hash)
    rows: list[dict[str, Any]] = []
    for event in events:
        seq += 1
        row = {
            "seq": seq,
            "created_at": event.created_at,
            "name": event.name,
            "user_id": event.user_id,
            "user_label": event.user_label,
            "workstation": event.workstation,
            "object_type": event.object_type,
            "object_id": event.object_id,
            "changes": event.changes,
            "details": event.details,
            "prev_hash": prev,
        }
        row["row_hash"] = prev = hash_row(row)
        rows.append(row)
    for start in range(0, count, _INSERT_CHUNK):
        conn.execute(insert(_EVENTS), rows[start : start + _INSERT_CHUNK])
    conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(last_hash=prev))
    for object_type in {event.object_type for event in events}:
        note_change(session, object_type)  # other workstations hear of it when this commits
    return rows


def append_event(
    session: Session,
    name: str,
    *,
    user_id: int | None,
    user_label: str,
    workstation: str,
    object_type: str = "",
    object_id: str = "",
    changes: Mapping[str, Any] | None = None,
    details: Mapping[str, Any] | None = None,
    created_at: datetime | None = None,
) -> AuditEvent:
    """Append one event now (a unit of work gathers its events and appends them together:
    `UnitOfWork.record`)."""
    event = prepare_event(
        name,
        user_id=user_id,
        user_label=user_label,
        workstation=workstation,
        object_type=object_type,
        object_id=object_id,
        changes=changes,
        details=details,
        created_at=created_at,
    )
    (row,) = _write(session, [event])
    return AuditEvent(**row)  # as written; not attached to the session


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    bad_event_id: int | None = None
    bad_seq: int | None = None
    reason: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"Audit journal intact: {self.checked} events verified."
        where = f"event id {self.bad_event_id} (#{self.bad_seq})" if self.bad_event_id else f"#{self.bad_seq}"
        return f"Audit journal BROKEN at {where}: {self.reason}"


def verify_chain(
    session: Session, batch: int = 5000, progress: Callable[[int], None] | None = None
) -> ChainReport:
    """Walk the journal in chain order; the first row that does not fit is named.

    `progress(checked)` is called every `batch` rows (it may raise to stop the walk)."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=batch))
    for event in rows.scalars():
        if event.seq != expected_seq:
            return ChainReport(
                False,
                checked,
                event.id,
                expected_seq,
                f"event #{expected_seq} is missing (deleted); the next row found is #{event.seq}",
            )
        if event.prev_hash != expected_prev:
            return ChainReport(
                False,
                checked,
                event.id,
                event.seq,
                "its link to the previous event does not match (a row before it was removed or altered)",
            )
        if compute_hash(event) != event.row_hash:
            return ChainReport(
                False, checked, event.id, event.seq, "its content was altered after it was written"
            )
        expected_prev = event.row_hash
        expected_seq += 1
        checked += 1
        if progress is not None and checked % batch == 0:
            progress(checked)
    head = session.get(AuditHead, 1)
    if head is None and checked:
        return ChainReport(
            False, checked, None, checked, "the journal's head row was deleted (it records the chain's tip)"
        )
    if head is not None and (head.seq != checked or head.last_hash != expected_prev):
        return ChainReport(
            False,
            checked,
            None,
            checked + 1,
            f"the journal should hold {head.seq} events but ends at #{checked} (latest rows deleted)",
        )
    return ChainReport(True, checked)


@dataclass(frozen=True)
class JournalFilter:
    created_after: datetime | None = None
    created_before: datetime | None = None
    user_id: int | None = None
    names: tuple[str, ...] = ()
    object_type: str = ""
    object_id: str = ""


def _filtered(stmt: Any, flt: JournalFilter) -> Any:
    if flt.created_after:
        stmt = stmt.where(AuditEvent.created_at >= flt.created_after)
    if flt.created_before:
        stmt = stmt.where(AuditEvent.created_at < flt.created_before)
    if flt.user_id is not None:
        stmt = stmt.where(AuditEvent.user_id == flt.user_id)
    if flt.names:
        stmt = stmt.where(AuditEvent.name.in_(flt.names))
    if flt.object_type:
        stmt = stmt.where(AuditEvent.object_type == flt.object_type)
    if flt.object_id:
        stmt = stmt.where(AuditEvent.object_id == flt.object_id)
    return stmt


def find_events(session: Session, flt: JournalFilter, offset: int = 0, limit: int = 100) -> list[AuditEvent]:
    stmt = _filtered(select(AuditEvent), flt).order_by(AuditEvent.seq.desc()).offset(offset).limit(limit)
    return list(session.scalars(stmt))


def count_events(session: Session, flt: JournalFilter) -> int:
    return int(session.scalar(_filtered(select(func.count(AuditEvent.id)), flt)) or 0)


def last_event_for(session: Session, object_type: str, object_id: str) -> AuditEvent | None:
    """The newest event about one object (who changed it last, and when)."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.object_type == object_type, AuditEvent.object_id == object_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    return session.scalars(stmt).first()


def field_diff(
    before: Mapping[str, Any], after: Mapping[str, Any], secret_fields: Iterable[str] = ()
) -> dict[str, Any]:
    """Field-level change for the journal: {field: {"from": a, "to": b}}; sets as added/removed."""
    secrets = set(secret_fields)
    diff: dict[str, Any] = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key in secrets:
            diff[key] = SECRET_MARK
        elif isinstance(old, set | frozenset) or isinstance(new, set | frozenset):
            old_set, new_set = set(old or ()), set(new or ())
            diff[key] = {
                "added": sorted(map(str, new_set - old_set)),
                "removed": sorted(map(str, old_set - new_set)),
            }
        else:
            diff[key] = {"from": old, "to": new}
    return diff
