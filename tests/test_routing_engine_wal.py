"""The live engine's connections: on SQLite its log checkpointed by a background thread and the
pool's connections given back with their own threshold; on PostgreSQL the connection kept between
events and replaced when it is lost. The journal stays intact."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from routing_engine_setup import START, Clock, build_world, message
from sqlalchemy import text

from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.journal import verify_chain
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.engine import LiveRoutingEngine
from engage_desktop.services.routing.engine.wal_checkpointer import COMMITS_PER_CHECKPOINT


def _pool_threshold(database: Database) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(text("PRAGMA wal_autocheckpoint")).scalar_one())


def test_a_burst_is_checkpointed_off_the_engine_and_the_journal_verifies(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=5, soft=100, hard=100, timeout=0)
    before = _pool_threshold(sqlite_db)
    clock = Clock()
    engine = LiveRoutingEngine(ctx, clock=clock)
    checkpointer = engine.connection.checkpointer
    assert checkpointer is not None and checkpointer.alive
    for agent in world.agent_ids:
        engine.connect(agent)
    for n in range(1, 4 * COMMITS_PER_CHECKPOINT):
        clock.at = (START + timedelta(seconds=n)).timestamp()
        engine.ingest(message(n))
    assert _pool_threshold(sqlite_db) == before  # the engine's raised threshold was not left behind
    done = threading.Event()
    for _ in range(200):  # the thread runs a passive checkpoint after every few commits
        if checkpointer.checkpoints:
            done.set()
            break
        done.wait(0.05)
    assert done.is_set()
    engine.connection.close()
    assert not checkpointer.alive
    engine.ingest(message(10_000))  # without the thread the engine checkpoints as SQLite does
    with sqlite_db.session_factory() as session:
        assert verify_chain(session).ok
        tasks = session.execute(text("SELECT count(*) FROM routing_tasks")).scalar_one()
    assert tasks == 4 * COMMITS_PER_CHECKPOINT


@pytest.mark.postgres
def test_a_lost_postgresql_connection_fails_one_event_and_the_next_uses_a_fresh_one(
    postgres_server: Any,
) -> None:
    database = Database(postgres_server.new_database())
    try:
        database.upgrade()
        ctx = ServiceContext(database.session_factory)
        ensure_reference_data(ctx)
        world = build_world(ctx, agents=2, soft=100, hard=100, timeout=0)
        clock = Clock()
        engine = LiveRoutingEngine(ctx, clock=clock)
        for agent in world.agent_ids:
            engine.connect(agent)
        engine.ingest(message(1))
        held = engine.connection._held
        assert len(held) == 1  # kept between events
        backend = held[0].driver_connection.info.backend_pid
        with database.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        with pytest.raises(psycopg.OperationalError):  # the server ended that connection
            engine.ingest(message(2))
        engine.ingest(message(3))
        with database.session_factory() as session:
            foreign = session.scalars(text("SELECT foreign_id FROM interactions ORDER BY id")).all()
            assert verify_chain(session).ok
        assert foreign == ["m1", "m3"]
        engine.connection.close()
        assert not engine.connection._held
    finally:
        database.dispose()
