"""Revision 0016 drops the journal's (object_type, object_id) index, a prefix of its
(object_type, object_id, seq) index: a 0015 database with events upgrades, keeps them, matches the
models, still finds an object's events through the longer index; down to 0015 and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.journal import last_event_for, verify_chain
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.core.unit_of_work import UnitOfWork

__all__ = ["bare_db"]


def _journal_indexes(database: Database) -> set[str]:
    return {str(i["name"]) for i in inspect(database.engine).get_indexes("audit_events")}


def _record(database: Database, count: int) -> None:
    ctx = ServiceContext(database.session_factory, workstation="tests")
    with UnitOfWork(ctx) as uow:
        for n in range(count):
            uow.record("role.updated", object_type="role", object_id=f"r{n % 3}", details={"n": n})
        uow.commit()


def test_0015_database_upgrades_keeps_its_journal_and_finds_objects(bare_db: Database) -> None:
    upgrade_to(bare_db, "0015")
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    _record(bare_db, 30)
    assert "ix_audit_events_object" in _journal_indexes(bare_db)

    bare_db.upgrade()

    indexes = _journal_indexes(bare_db)
    assert "ix_audit_events_object" not in indexes and "ix_audit_events_object_seq" in indexes
    _record(bare_db, 3)
    with bare_db.session_factory() as session:
        assert verify_chain(session).ok
        last = last_event_for(session, "role", "r1")
        assert last is not None and last.details == {"n": 1}  # the newest of r1: the second batch
    if bare_db.engine.dialect.name == "sqlite":
        with bare_db.engine.connect() as conn:
            plan = conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM audit_events WHERE object_type = 'role' "
                    "AND object_id = 'r1' ORDER BY seq DESC LIMIT 1"
                )
            ).all()
        assert any("ix_audit_events_object_seq" in str(row) for row in plan), plan


def test_downgrade_to_0015_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0015")
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    _record(bare_db, 5)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0015")
    assert "ix_audit_events_object" in _journal_indexes(bare_db)
    bare_db.upgrade()
    assert "ix_audit_events_object" not in _journal_indexes(bare_db)
    with bare_db.session_factory() as session:
        assert verify_chain(session).checked >= 5
