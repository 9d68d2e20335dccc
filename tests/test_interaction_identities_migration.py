"""Revision 0015 (interactions → identities): a database at 0014 holding routed messages and an
intervention upgrades to head, keeps them (their author as text, no identity), matches the models,
and links new messages to their author's identity; the foreign key holds; down to 0014 and back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from routing_engine_setup import Clock, message
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from test_channels_migration import alembic_config, bare_db, upgrade_to
from test_routing_engine_migration import _fill_0008

from engage_desktop.db import Database
from engage_desktop.models import Base
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.engine import LiveRoutingEngine

__all__ = ["bare_db"]

MINE = {"interactions", "interventions"}


def _fill_0014(database: Database) -> None:
    _fill_0008(database)
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO interventions (id, source_id, thread, state, category_ids, opened_at) "
                "VALUES (1, 1, 'old thread', 'open', '[]', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO interactions (id, source_id, foreign_id, thread, author, body, language, "
                "received_at, intervention_id, category_ids, created_at) VALUES (1, 1, 'old1', 'old thread', "
                "'grace@x', 'Hello from before', 'en', CURRENT_TIMESTAMP, 1, '[]', CURRENT_TIMESTAMP)"
            )
        )


def _diff(database: Database) -> list[object]:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn)
        found = []
        for item in compare_metadata(context, Base.metadata):
            parts = item if isinstance(item, tuple) else item[0] if isinstance(item, list) else ()
            tables = {getattr(getattr(p, "table", None), "name", None) for p in parts} | {
                p for p in parts if isinstance(p, str)
            }
            if tables & MINE:
                found.append(item)
        return found


def test_0014_database_with_messages_upgrades_keeps_them_and_links_new_ones(bare_db: Database) -> None:
    upgrade_to(bare_db, "0014")
    _fill_0014(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    assert _diff(bare_db) == []
    with bare_db.engine.connect() as conn:
        old = conn.execute(text("SELECT author, body, identity_id FROM interactions WHERE id = 1")).one()
        assert tuple(old) == ("grace@x", "Hello from before", None)
        assert conn.execute(text("SELECT identity_id FROM interventions WHERE id = 1")).scalar() is None
    ctx = ServiceContext(bare_db.session_factory)
    ensure_reference_data(ctx)
    with bare_db.engine.begin() as conn:
        conn.execute(text("UPDATE account_settings SET routing_mode = :t"), {"t": True})
    engine = LiveRoutingEngine(ctx, clock=Clock())
    outcome = engine.ingest(replace(message(2), author="grace@x"))
    with bare_db.engine.connect() as conn:
        linked = conn.execute(text("SELECT identity_id FROM interactions WHERE foreign_id = 'm2'")).scalar()
        assert linked is not None
        assert (
            conn.execute(text("SELECT foreign_id FROM identities WHERE id = :i"), {"i": linked}).scalar()
            == "grace@x"
        )
        assert (
            conn.execute(
                text("SELECT identity_id FROM interventions WHERE id = :i"), {"i": outcome.intervention_id}
            ).scalar()
            == linked
        )
    with pytest.raises(IntegrityError), bare_db.engine.begin() as conn:
        if bare_db.engine.dialect.name == "sqlite":
            conn.execute(text("PRAGMA foreign_keys = ON"))
        conn.execute(text("UPDATE interactions SET identity_id = 999999 WHERE id = 1"))


def test_downgrade_to_0014_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0014")
    _fill_0014(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
    assert bare_db.current_revision() == "0014"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interactions")).scalar() == 1
        columns = conn.execute(text("SELECT * FROM interactions")).keys()
        assert "identity_id" not in columns
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT body FROM interactions")).scalar() == "Hello from before"
