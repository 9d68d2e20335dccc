"""One engine per database, on PostgreSQL with real processes: a second workstation cannot take the
engine lock while the first holds it, takes it over once the first is killed, and an engine and a
supervisor racing on the same tasks from two processes never assign a task twice nor pass a hard
capacity. Also the SQLite file lock with two processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import make_admin
from routing_engine_setup import build_world
from sqlalchemy import select

from engage_desktop.db import Database
from engage_desktop.models import AuditEvent
from engage_desktop.models.interactions import AgentChannelLoad, RoutingTask
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.engine import acquire_engine_lock, engine_holder

TESTS = Path(__file__).parent

HOLDER = """
import sys, time
from engage_desktop.db import Database
from engage_desktop.services.routing.engine import acquire_engine_lock
lock = acquire_engine_lock(Database(sys.argv[1]), holder="first workstation")
print("held" if lock else "refused", flush=True)
time.sleep(120)
"""

ENGINE = """
import sys, time
sys.path.insert(0, sys.argv[2])
from datetime import timedelta
from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine import LiveRoutingEngine, acquire_engine_lock
from routing_engine_setup import START, Clock, message
database = Database(sys.argv[1])
lock = acquire_engine_lock(database, holder="engine")
assert lock is not None
ctx = ServiceContext(database.session_factory)
clock = Clock()
engine = LiveRoutingEngine(ctx, clock=clock)
for agent in sorted(engine.core.agents):
    engine.connect(agent)
print("ready", flush=True)
stale = 0
for n in range(1, 121):
    clock.at = (START + timedelta(seconds=n)).timestamp()
    try:
        outcome = engine.ingest(message(n))
        if n % 4 == 0:
            engine.tick()
        if n % 5 == 0:
            held = [t for t in engine.core.tasks.values() if t.state == "assigned"]
            if held:
                engine.accept(held[0].id, held[0].agent_id)
                engine.complete(held[0].id)
    except DomainError:
        stale += 1
    except Exception as exc:  # a guard refused: the engine reloaded; go on
        stale += 1
print("done", stale, flush=True)
"""

SUPERVISOR = """
import sys, time
from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine import QueueMonitorService
database = Database(sys.argv[1])
monitor = QueueMonitorService(ServiceContext(database.session_factory).acting_as(int(sys.argv[2])))
agents = [int(a) for a in sys.argv[3].split(",")]
done = refused = 0
deadline = time.monotonic() + 60
while time.monotonic() < deadline and done < 40:
    waiting = monitor.waiting_tasks(limit=5)
    for i, task in enumerate(waiting):
        try:
            monitor.assign_task_to_agent(task.task_id, agents[(done + i) % len(agents)])
            done += 1
        except DomainError:
            refused += 1
    time.sleep(0.01)
print("supervised", done, refused, flush=True)
"""


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _database(url: str) -> Database:
    database = Database(url)
    database.upgrade()
    ensure_reference_data(ServiceContext(database.session_factory))
    return database


def _lock_is_exclusive_and_taken_over(url: str, database: Database) -> None:
    first = _python(HOLDER, url)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "held"
        assert acquire_engine_lock(database) is None
        assert engine_holder(database) == "first workstation"
        os.kill(first.pid, signal.SIGKILL)  # the workstation disappears
        first.wait(timeout=30)
        taken = None
        for _ in range(100):
            taken = acquire_engine_lock(database, holder="second workstation")
            if taken is not None:
                break
            time.sleep(0.1)
        assert taken is not None and engine_holder(database) == "second workstation"
        taken.release()
    finally:
        if first.poll() is None:
            first.kill()


@pytest.mark.postgres
def test_postgres_lock_is_exclusive_and_taken_over(postgres_server: object) -> None:
    url = postgres_server.new_database()  # type: ignore[attr-defined]
    database = _database(url)
    try:
        _lock_is_exclusive_and_taken_over(url, database)
    finally:
        database.dispose()


def test_sqlite_lock_is_exclusive_and_taken_over(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/engage.sqlite3"
    database = _database(url)
    try:
        _lock_is_exclusive_and_taken_over(url, database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_engine_and_supervisor_in_two_processes_never_double_assign(postgres_server: object) -> None:
    url = postgres_server.new_database()  # type: ignore[attr-defined]
    database = _database(url)
    try:
        admin = make_admin(database)
        world = build_world(ServiceContext(database.session_factory), agents=3, soft=1, hard=2, timeout=0)
        engine = _python(ENGINE, url, str(TESTS))
        assert engine.stdout is not None and engine.stdout.readline().strip() == "ready"
        supervisor = _python(SUPERVISOR, url, str(admin.user.id), ",".join(map(str, world.agent_ids)))
        _out_engine, err_engine = engine.communicate(timeout=600)
        out_supervisor, err_supervisor = supervisor.communicate(timeout=600)
        assert engine.returncode == 0, err_engine
        assert supervisor.returncode == 0, err_supervisor
        assert out_supervisor.startswith("supervised")
        with database.session_factory() as session:
            held = Counter(
                (t.agent_id, t.channel_id)
                for t in session.scalars(
                    select(RoutingTask).where(RoutingTask.state.in_(("assigned", "accepted")))
                )
            )
            loads = {(r.user_id, r.channel_id): r.load for r in session.scalars(select(AgentChannelLoad))}
            for key, load in loads.items():
                assert load == held.get(key, 0)
                assert load <= 2  # the hard capacity
            assert sum(loads.values()) == sum(held.values())
            events = session.execute(
                select(AuditEvent.name, AuditEvent.object_id)
                .where(AuditEvent.object_type == "task")
                .order_by(AuditEvent.seq)
            ).all()
        holders: dict[str, int] = Counter()
        take = {"task.assigned", "task.supervisor_assigned"}
        release = {
            "push_agent.missed_task",
            "task.expired_from_workbin",
            "task.transferred",
            "task.completed",
        }
        for name, task_id in events:
            if name in take:
                holders[task_id] += 1
                assert holders[task_id] == 1, f"task {task_id} assigned twice"
            elif name in release:
                holders[task_id] -= 1
        assert any(name == "task.supervisor_assigned" for name, _ in events)
    finally:
        database.dispose()
