"""Revision 0013 (automated export tasks, journal panel indexes): a database at 0012 holding users
and a hash-chained journal upgrades to head, keeps every event (the chain still verifies), gains
the indexes the journal panel pages through, and takes automated export tasks; down to 0012 and
back."""

from __future__ import annotations

from alembic import command
from migration_helpers import insert_admin
from sqlalchemy import inspect, select
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import AutomaticExportTask
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.digital.exports_automated import AutomaticExportService, TaskForm

__all__ = ["bare_db"]

PANEL_INDEXES = {
    "ix_audit_events_user_seq",
    "ix_audit_events_name_seq",
    "ix_audit_events_object_seq",
    "ix_audit_events_user_name_seq",
}


def _fill_0012(database: Database) -> None:
    with database.engine.begin() as conn:
        insert_admin(conn, ("manage_automatic_exports_tasks", "read_export", "read_user"))
    with database.session_factory() as session, session.begin():
        for i in range(5):
            audit.append_event(
                session, "user.updated", user_id=1, user_label="ada", workstation="old@ci", object_id=str(i)
            )


def test_0012_database_with_a_journal_upgrades_and_takes_export_tasks(bare_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    upgrade_to(bare_db, "0012")
    _fill_0012(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    assert {i["name"] for i in inspect(bare_db.engine).get_indexes("audit_events")} >= PANEL_INDEXES
    with bare_db.session_factory() as session:
        assert audit.verify_chain(session).ok
        assert audit.count_events(session, audit.JournalFilter(names=("user.updated",))) == 5
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    tasks = AutomaticExportService(
        ServiceContext(bare_db.session_factory).acting_as(1), SecretStore(tmp_path / "s")
    )
    task_id = tasks.create_task(TaskForm("Nightly", {"agents": ()}, folder=str(tmp_path)))
    with bare_db.session_factory() as session:
        task = session.get(AutomaticExportTask, task_id)
        assert task is not None and task.owner_id == 1 and task.failures == 0 and task.last_status == ""

    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    assert "automatic_export_tasks" not in inspect(bare_db.engine).get_table_names()
    assert not PANEL_INDEXES & {i["name"] for i in inspect(bare_db.engine).get_indexes("audit_events")}
    bare_db.upgrade()
    with bare_db.session_factory() as session:
        assert session.scalars(select(AutomaticExportTask)).all() == []
        assert audit.verify_chain(session).ok
