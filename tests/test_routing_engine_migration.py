"""Revision 0009 (routing engine): a database at 0008 holding users, a routing channel and a
source upgrades to head, keeps it all and routes on it; the tables match the models; the unique
(source, foreign id) index holds in the database; down to 0008 and back."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from routing_engine_setup import Clock, message
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import Base
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.engine import LiveRoutingEngine

__all__ = ["bare_db"]

MINE = {
    "interactions",
    "interventions",
    "routing_tasks",
    "agent_routing_states",
    "agent_channel_loads",
    "routing_engine_leases",
}


def _fill_0008(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Agent', 'agent')"))
        run(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, 'receive_tasks')"))
        run(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Ada', 'Agent', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC')"
            ),
            {"t": True, "f": False},
        )
        run(
            text(
                "INSERT INTO routing_channels (id, platform_id, name, label) VALUES (1, 'ch1', 'chat', 'Chat')"
            )
        )
        run(
            text(
                "INSERT INTO communities (id, platform_id, name, name_key, type, active) "
                "VALUES (1, 'c1', 'Web', 'web', 'chat', :t)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO content_sources (id, platform_id, name, name_key, type, community_id, channel_id, "
                "active, color, sla_response, sla_threshold, default_task_priority) "
                "VALUES (1, 's1', 'Web chat', 'web chat', 'chat', 1, 1, :t, 0, 600, 80, 0)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO user_source_permissions (user_id, source_id, read, reply) VALUES (1, 1, :t, :t)"
            ),
            {"t": True},
        )


def test_0008_database_with_data_upgrades_and_routes(bare_db: Database) -> None:
    upgrade_to(bare_db, "0008")
    _fill_0008(bare_db)
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        diff = [d for d in compare_metadata(context, Base.metadata) if _table_of(d) in MINE]
        assert diff == []
    ctx = ServiceContext(bare_db.session_factory)
    ensure_reference_data(ctx)
    with bare_db.engine.begin() as conn:
        conn.execute(text("UPDATE account_settings SET routing_mode = :t"), {"t": True})
    engine = LiveRoutingEngine(ctx, clock=Clock())
    engine.connect(1)
    outcome = engine.ingest(message(1))
    assert engine.core.tasks[outcome.task_id or 0].agent_id == 1
    with pytest.raises(IntegrityError), bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO interactions (source_id, foreign_id, thread, author, body, language, received_at, "
                "category_ids, created_at) VALUES (1, 'm1', 't', '', '', '', CURRENT_TIMESTAMP, '[]', "
                "CURRENT_TIMESTAMP)"
            )
        )


def _table_of(diff: object) -> str:
    item = diff[0] if isinstance(diff, list) else diff
    for part in item if isinstance(item, tuple) else ():
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None:
            return str(table.name)
        if isinstance(part, str) and part in MINE:
            return part
        if name in MINE:
            return str(name)
    return ""


def test_downgrade_to_0008_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0008")
    _fill_0008(bare_db)
    upgrade_to(bare_db, "0009")
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    assert bare_db.current_revision() == "0008"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM content_sources")).scalar() == 1
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
