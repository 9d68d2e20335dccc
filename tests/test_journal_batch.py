"""A unit of work's journal events are written together before it commits: the chain is the one
event-by-event appends build, the transaction reads its own events, nothing is written when it
fails, and two workstations committing at once never fork the chain."""

from __future__ import annotations

import itertools
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Signed
from sqlalchemy import func, select, text

from engage_desktop.db import Database
from engage_desktop.models import AuditEvent, AuditHead, User
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.unit_of_work import UnitOfWork

START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def events(db: Database) -> list[AuditEvent]:
    with db.session_factory() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


def verify(db: Database) -> audit.ChainReport:
    with db.session_factory() as session:
        return audit.verify_chain(session)


def head(db: Database) -> tuple[int, str]:
    with db.session_factory() as session:
        row = session.get(AuditHead, 1)
        assert row is not None
        return row.seq, row.last_hash


def test_many_events_in_one_unit_of_work_keep_their_order_and_content(admin: Signed) -> None:
    before = len(events(admin.db))
    hostile = "=cmd|' /C calc'!A0 \u00e9\u4e2d \U0001f600"
    with UnitOfWork(admin.ctx) as uow:
        for i in range(1200):
            uow.record(
                f"thing.{'created' if i % 2 else 'updated'}",
                object_type="thing",
                object_id=str(i),
                changes={"name": {"from": None, "to": f"{hostile} {i}"}, "tags": ["a", i]},
                details={"line": i, "when": START + timedelta(seconds=i)},
                created_at=START + timedelta(minutes=i) if i % 3 == 0 else None,
            )
        uow.commit()
    written = events(admin.db)[before:]
    assert [e.object_id for e in written] == [str(i) for i in range(1200)]
    assert [e.seq for e in written] == list(range(before + 1, before + 1201))
    assert written[7].name == "thing.created" and written[8].name == "thing.updated"
    assert written[5].changes == {"name": {"from": None, "to": f"{hostile} 5"}, "tags": ["a", 5]}
    assert written[5].details == {"line": 5, "when": str(START + timedelta(seconds=5))}
    assert written[3].created_at.replace(tzinfo=UTC) == START + timedelta(minutes=3)
    assert all(e.user_id == admin.user.id and e.user_label == "ada" for e in written)
    assert all(e.workstation == "tests@ci" for e in written)
    for previous, current in itertools.pairwise(written):
        assert current.prev_hash == previous.row_hash
    assert head(admin.db) == (written[-1].seq, written[-1].row_hash)
    report = verify(admin.db)
    assert report.ok and report.checked == before + 1200, report.describe()


def test_batched_events_hash_as_single_appends_do(sqlite_admin: Signed) -> None:
    """The same content appended one by one and in a batch gives the same row hashes."""
    db = sqlite_admin.db
    one = audit.prepare_event("a.b", user_id=None, user_label="system", workstation="w", object_id="1",
                              changes={"x": [1, 2]}, created_at=START)  # fmt: skip
    with db.session_factory.begin() as session:
        single = audit.append_event(session, "a.b", user_id=None, user_label="system", workstation="w",
                                    object_id="1", changes={"x": [1, 2]}, created_at=START)  # fmt: skip
        assert audit.compute_hash(single) == single.row_hash
    with db.session_factory.begin() as session:
        tip = audit.append_events(session, [one, one, one])
    rows = events(db)[-4:]
    assert tip == (rows[-1].seq, rows[-1].row_hash)
    assert [audit.compute_hash(r) == r.row_hash for r in rows] == [True] * 4
    assert verify(db).ok


def test_a_failed_unit_of_work_writes_no_event(admin: Signed) -> None:
    before, tip = len(events(admin.db)), head(admin.db)
    with pytest.raises(RuntimeError), UnitOfWork(admin.ctx) as uow:
        for i in range(50):
            uow.record("thing.created", object_type="thing", object_id=str(i))
        raise RuntimeError("the operation failed after recording")
    with pytest.raises(RuntimeError), UnitOfWork(admin.ctx) as uow:
        uow.record("thing.created", object_type="thing", object_id="x")
        uow.session.scalar(select(func.count(AuditEvent.id)))  # written early: read by the transaction
        raise RuntimeError("and failed after that")
    assert len(events(admin.db)) == before and head(admin.db) == tip
    assert verify(admin.db).ok


def test_the_transaction_reads_its_own_events_before_commit(admin: Signed) -> None:
    before = len(events(admin.db))
    with UnitOfWork(admin.ctx) as uow:
        uow.record("thing.created", object_type="thing", object_id="t1")
        uow.record("thing.updated", object_type="thing", object_id="t1", changes={"n": [1, 2]})
        last = audit.last_event_for(uow.session, "thing", "t1")  # what ensure_version reads
        assert last is not None and last.name == "thing.updated" and last.seq == before + 2
        uow.record("thing.updated", object_type="thing", object_id="t1", changes={"n": [2, 3]})
        seq = uow.session.scalar(select(AuditHead.seq).where(AuditHead.id == 1))
        assert seq == before + 3
        uow.record("thing.destroyed", object_type="thing", object_id="t1")
        raw = uow.session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
        assert raw == before + 4
        uow.record("thing.created", object_type="thing", object_id="t2")
        uow.commit()
    written = events(admin.db)[before:]
    assert [(e.name, e.object_id) for e in written] == [
        ("thing.created", "t1"),
        ("thing.updated", "t1"),
        ("thing.updated", "t1"),
        ("thing.destroyed", "t1"),
        ("thing.created", "t2"),
    ]
    assert verify(admin.db).ok


def test_statements_on_other_tables_leave_the_events_gathered(admin: Signed) -> None:
    """Columns without a table (a bare count in HAVING) are no journal read either."""
    before = len(events(admin.db))
    with UnitOfWork(admin.ctx) as uow:
        uow.record("thing.created", object_type="thing", object_id="t1")
        grouped = select(User.role_id).group_by(User.role_id).having(func.count() > 0)
        assert uow.session.scalar(select(func.count(User.id)).where(User.role_id.in_(grouped))) == 1
        assert len(uow._pending) == 1  # not written yet: nothing read the journal
        uow.commit()
    assert [e.object_id for e in events(admin.db)[before:]] == ["t1"]


def test_a_commit_of_the_session_itself_writes_the_gathered_events(admin: Signed) -> None:
    before = len(events(admin.db))
    with UnitOfWork(admin.ctx) as uow:
        uow.record("thing.created", object_type="thing", object_id="direct")
        uow.session.commit()  # not through uow.commit(): the events still go first
    assert [e.object_id for e in events(admin.db)[before:]] == ["direct"]
    assert verify(admin.db).ok


def test_a_unit_of_work_committing_twice_writes_each_event_once(admin: Signed) -> None:
    """Each commit writes its own events and hands the anchor its own tip."""
    before = len(events(admin.db))
    anchors: list[tuple[int, str]] = []
    ctx = replace(admin.ctx, journal_anchor=lambda seq, tip: anchors.append((seq, tip)))
    with UnitOfWork(ctx) as uow:
        uow.record("thing.created", object_type="thing", object_id="a")
        uow.commit()
        uow.record("thing.created", object_type="thing", object_id="b")
        uow.record("thing.created", object_type="thing", object_id="c")
        uow.commit()
    written = events(admin.db)[before:]
    assert [e.object_id for e in written] == ["a", "b", "c"]
    assert anchors == [(written[0].seq, written[0].row_hash), (written[2].seq, written[2].row_hash)]


def test_two_workstations_committing_at_once_keep_one_chain(admin: Signed) -> None:
    """Both record their events, meet, then commit together: one waits for the other's tip."""
    before = len(events(admin.db))
    per_writer, writers = 300, 2
    ready = threading.Barrier(writers, timeout=30)
    failures: list[BaseException] = []

    def write(name: str) -> None:
        ctx = replace(admin.ctx, workstation=name)
        try:
            with UnitOfWork(ctx) as uow:
                for i in range(per_writer):
                    uow.record("thing.created", object_type="thing", object_id=f"{name}-{i}")
                ready.wait()
                uow.commit()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(f"ws{n}",)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    written = events(admin.db)[before:]
    assert len(written) == per_writer * writers
    report = verify(admin.db)
    assert report.ok and report.checked == before + per_writer * writers, report.describe()
    # Each workstation's events are one run of the chain, in the order they were recorded.
    runs = [list(g) for _k, g in itertools.groupby(written, key=lambda e: e.workstation)]
    assert len(runs) == writers
    for run in runs:
        assert [e.object_id for e in run] == [f"{run[0].workstation}-{i}" for i in range(per_writer)]


def test_many_workstations_committing_in_a_loop_never_fork_the_chain(admin: Signed) -> None:
    """Eight writers, each committing small batches in a loop, race for the head row."""
    failures: list[BaseException] = []
    start = threading.Barrier(8, timeout=30)

    def write(n: int) -> None:
        ctx = replace(admin.ctx, workstation=f"ws{n}")
        try:
            start.wait()
            for batch in range(10):
                with UnitOfWork(ctx) as uow:
                    for i in range(1 + (n + batch) % 4):
                        uow.record("thing.updated", object_type="thing", object_id=f"{n}.{batch}.{i}")
                    uow.commit()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    report = verify(admin.db)
    assert report.ok, report.describe()
    written = [e for e in events(admin.db) if e.name == "thing.updated"]
    assert len(written) == sum(1 + (n + b) % 4 for n in range(8) for b in range(10))
    for n in range(8):  # each writer's events in its own order
        mine = [e.object_id for e in written if e.workstation == f"ws{n}"]
        assert mine == [f"{n}.{b}.{i}" for b in range(10) for i in range(1 + (n + b) % 4)]
