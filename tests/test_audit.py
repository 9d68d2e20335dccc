"""The journal: one event per change in the same transaction, a hash chain that names tampering."""

from __future__ import annotations

import itertools

import pytest
from conftest import Signed
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from engage_desktop.db import Database
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.users.roles import RoleService


def verify(db: Database) -> audit.ChainReport:
    with db.session_factory() as session:
        return audit.verify_chain(session)


def make_history(admin: Signed, n: int = 6) -> list[audit.AuditEvent]:
    roles = RoleService(admin.ctx)
    for i in range(n):
        role = roles.create_role(f"History {i}", ["read_user"])
        roles.update_role(role.id, f"History {i}", ["read_user", "read_presence"])
    with admin.db.session_factory() as session:
        return sorted(audit.find_events(session, audit.JournalFilter(), limit=10_000), key=lambda e: e.seq)


def drop_append_only_triggers(db: Database) -> None:
    """What a tamperer with raw SQL access would do first."""
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            conn.execute(text("DROP TRIGGER audit_events_no_update ON audit_events"))
            conn.execute(text("DROP TRIGGER audit_events_no_delete ON audit_events"))
        else:
            conn.execute(text("DROP TRIGGER audit_events_no_update"))
            conn.execute(text("DROP TRIGGER audit_events_no_delete"))


def test_chain_verifies_after_real_changes(admin: Signed) -> None:
    events = make_history(admin)
    report = verify(admin.db)
    assert report.ok, report.describe()
    assert report.checked == len(events) > 12
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    for previous, current in itertools.pairwise(events):
        assert current.prev_hash == previous.row_hash


def test_database_refuses_update_and_delete_of_journal_rows(admin: Signed) -> None:
    make_history(admin, 1)
    for statement in ("UPDATE audit_events SET name = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), admin.db.engine.begin() as conn:
            conn.execute(text(statement))
    assert verify(admin.db).ok


def test_edited_row_is_named(admin: Signed) -> None:
    events = make_history(admin)
    target = events[7]
    drop_append_only_triggers(admin.db)
    with admin.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET user_label = 'mallory' WHERE id = :id"), {"id": target.id})
    report = verify(admin.db)
    assert not report.ok
    assert report.bad_event_id == target.id
    assert "altered" in report.reason
    assert str(target.id) in report.describe()


def test_deleted_row_is_named(admin: Signed) -> None:
    events = make_history(admin)
    victim, after = events[4], events[5]
    drop_append_only_triggers(admin.db)
    with admin.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": victim.id})
    report = verify(admin.db)
    assert not report.ok
    assert report.bad_seq == victim.seq
    assert report.bad_event_id == after.id
    assert "missing" in report.reason


def test_deleting_the_latest_rows_is_detected(admin: Signed) -> None:
    events = make_history(admin)
    drop_append_only_triggers(admin.db)
    with admin.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq >= :s"), {"s": events[-2].seq})
    report = verify(admin.db)
    assert not report.ok
    assert report.bad_seq == events[-2].seq


def test_rewritten_hash_still_breaks_the_next_link(admin: Signed) -> None:
    """Editing a row and recomputing its own hash is caught by the next row's prev_hash."""
    events = make_history(admin)
    target = events[3]
    drop_append_only_triggers(admin.db)
    with admin.db.session_factory() as session:
        row = session.get(audit.AuditEvent, target.id)
        assert row is not None
        row.user_label = "mallory"
        row.row_hash = audit.compute_hash(row)
        session.commit()
    report = verify(admin.db)
    assert not report.ok
    assert report.bad_event_id == events[4].id


def test_refused_change_leaves_no_event(admin: Signed) -> None:
    before = verify(admin.db).checked
    with pytest.raises(ValidationError):
        RoleService(admin.ctx).create_role("")
    assert verify(admin.db).checked == before


def test_field_diff_masks_secrets_and_diffs_sets() -> None:
    diff = audit.field_diff(
        {"name": "a", "password": "old", "perms": {"x", "y"}, "same": 1},
        {"name": "b", "password": "new", "perms": {"y", "z"}, "same": 1},
        secret_fields=["password"],
    )
    assert diff == {
        "name": {"from": "a", "to": "b"},
        "password": "changed",
        "perms": {"added": ["z"], "removed": ["x"]},
    }
    assert "old" not in str(diff) and "new" not in str(diff).replace("'name'", "")


def test_journal_search_by_name_and_actor(admin: Signed) -> None:
    make_history(admin, 2)
    with admin.db.session_factory() as session:
        flt = audit.JournalFilter(names=("role.updated",), user_id=admin.user.id)
        assert audit.count_events(session, flt) == 2
        assert {e.name for e in audit.find_events(session, flt)} == {"role.updated"}
        assert audit.count_events(session, audit.JournalFilter(user_id=-1)) == 0
