"""The live engine on a real SQLite file: journaled transitions, deterministic replay, restart,
and the queue monitor's reads and supervisor actions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from conftest import Signed, make_admin
from routing_engine_setup import START, Clock, build_world, message
from sqlalchemy import select

from engage_desktop.cli import main
from engage_desktop.db import Database
from engage_desktop.models import AuditEvent, Role, RolePermission, TeamMember, User
from engage_desktop.models.interactions import AgentChannelLoad, Interaction, RoutingTask
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.core.journal import verify_chain
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.engine import LiveRoutingEngine, QueueMonitorService, write_trace
from engage_desktop.services.routing.engine.errors import RoutingRefused


def _engine(ctx: ServiceContext, clock: Clock, agents: list[int]) -> LiveRoutingEngine:
    engine = LiveRoutingEngine(ctx, clock=clock)
    for agent in agents:
        engine.connect(agent)
    return engine


def _assignments(database: Database) -> list[tuple[str, str, object, str]]:
    with database.session_factory() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.name.in_(("task.assigned", "task.supervisor_assigned", "push_agent.missed_task"))
            )
            .order_by(AuditEvent.seq)
        )
        return [(e.name, e.object_id, e.details.get("agent_id"), e.created_at.isoformat()) for e in rows]


def _run_day(database: Database) -> list[tuple[str, str, object, str]]:
    ctx = ServiceContext(database.session_factory)
    world = build_world(ctx, agents=4, soft=2, timeout=30)
    clock = Clock()
    engine = _engine(ctx, clock, world.agent_ids)
    for n in range(1, 41):
        clock.at = (START + timedelta(seconds=7 * n)).timestamp()
        outcome = engine.ingest(message(n, seconds=7 * n, thread=f"t{n % 25}"))
        if n % 3 == 0 and outcome.task_id is not None:
            task = engine.core.tasks.get(outcome.task_id)
            if task is not None and task.agent_id is not None:
                engine.accept(task.id, task.agent_id)
                engine.complete(task.id)
    clock.at += 200
    engine.tick()
    return _assignments(database)


def test_replaying_the_same_trace_gives_the_same_assignments(tmp_path: Path) -> None:
    journals = []
    for run in ("a", "b"):
        database = Database(f"sqlite:///{tmp_path}/{run}.sqlite3")
        database.upgrade()
        ensure_reference_data(ServiceContext(database.session_factory))
        journals.append(_run_day(database))
        with database.session_factory() as session:
            assert verify_chain(session).ok
        database.dispose()
    assert journals[0] == journals[1]
    assert len([j for j in journals[0] if j[0] == "task.assigned"]) >= 20


def test_each_transition_is_journaled_with_its_rows_and_intake_is_idempotent(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=2, soft=1)
    clock = Clock()
    engine = _engine(ctx, clock, world.agent_ids)
    first = engine.ingest(message(1))
    assert engine.ingest(message(1)).duplicate
    with sqlite_db.session_factory() as session:
        assert session.scalar(select(Interaction.body).where(Interaction.foreign_id == "m1")) == "Hello"
        task = session.get(RoutingTask, first.task_id)
        assert task is not None and task.state == "assigned" and task.agent_id == world.agent_ids[0]
        names = session.scalars(select(AuditEvent.name).order_by(AuditEvent.seq)).all()
        assert names[-5:] == [
            "content.created",
            "intervention.opened",
            "task.created",
            "task.enqueued",
            "task.assigned",
        ]
        assert (
            session.scalar(
                select(AgentChannelLoad.load).where(AgentChannelLoad.user_id == world.agent_ids[0])
            )
            == 1
        )
    with pytest.raises(RoutingRefused):
        engine.ingest(message(2, source="Unknown source"))


def test_a_message_stamped_far_ahead_of_the_clock_is_refused_and_time_stays(sqlite_db: Database) -> None:
    """One message from 2999 (a client's wrong clock, a hostile token holder) must not push the
    engine's time, and every later deadline and wait, a thousand years ahead."""
    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=2, soft=1)
    clock = Clock()
    engine = _engine(ctx, clock, world.agent_ids)
    with pytest.raises(RoutingRefused) as refused:
        engine.ingest(message(1, seconds=2 * 86_400))
    assert refused.value.message.code == "intake.timestamp_ahead"
    assert engine.now() == clock()
    assert engine.ingest(message(2, seconds=3600)).task_id  # an hour ahead: a clock a little off
    with sqlite_db.session_factory() as session:
        assert session.scalar(select(Interaction.id).where(Interaction.foreign_id == "m1")) is None


def test_a_new_engine_takes_over_from_the_database(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=1, soft=1, timeout=0)
    clock = Clock()
    engine = _engine(ctx, clock, world.agent_ids)
    held = engine.ingest(message(1)).task_id
    waiting = engine.ingest(message(2)).task_id
    successor = LiveRoutingEngine(ctx, clock=clock)  # the first workstation disappeared
    assert successor.core.tasks[waiting or 0].state == "waiting"
    successor.accept(held or 0, world.agent_ids[0])
    successor.complete(held or 0)
    with sqlite_db.session_factory() as session:
        assert session.get(RoutingTask, waiting).agent_id == world.agent_ids[0]  # type: ignore[union-attr]
        assert session.get(RoutingTask, held).state == "completed"  # type: ignore[union-attr]
        assert session.scalar(select(AgentChannelLoad.load)) == 1


def test_monitor_snapshot_and_supervisor_actions(sqlite_admin: Signed) -> None:
    ctx = ServiceContext(sqlite_admin.db.session_factory)
    world = build_world(ctx, agents=2, soft=1, hard=2, timeout=0, sla=60)
    clock = Clock()
    engine = _engine(ctx, clock, world.agent_ids)
    ids = [engine.ingest(message(n)).task_id for n in range(1, 5)]
    monitor = QueueMonitorService(sqlite_admin.ctx)
    now = START + timedelta(seconds=200)
    (row,) = monitor.snapshot("queue", now=now).rows
    assert (row.waiting, row.in_progress, row.sla_breached) == (2, 2, 4)
    assert row.agents_busy == 2 and row.load == 2 and row.capacity == 2
    assert row.oldest_wait_seconds == pytest.approx(197)
    waiting = monitor.waiting_tasks(now=now)
    assert [w.task_id for w in waiting] == ids[2:]
    raised = monitor.change_task_priority(ids[3] or 0, 5)
    assert raised.priority == 15
    monitor.assign_task_to_agent(ids[2] or 0, world.agent_ids[0])  # up to the hard capacity
    with pytest.raises(Exception):  # noqa: B017 — at hard capacity now
        monitor.assign_task_to_agent(ids[3] or 0, world.agent_ids[0])
    moved = monitor.move_task_to_queue(ids[3] or 0, "default")
    assert moved.queue == "default"
    engine.tick()  # the engine sees the generation move and reloads
    assert engine.core.tasks[ids[2] or 0].agent_id == world.agent_ids[0]
    assert engine.core.agents[world.agent_ids[0]].loads[world.channel_id] == 2
    with sqlite_admin.db.session_factory() as session:
        events = session.execute(
            select(AuditEvent.name, AuditEvent.user_id).where(
                AuditEvent.name.in_(("task.supervisor_assigned", "task.priority_updated", "task.moved"))
            )
        ).all()
    assert {(n, u) for n, u in events} >= {
        ("task.supervisor_assigned", sqlite_admin.user.id),
        ("task.priority_updated", sqlite_admin.user.id),
        ("task.moved", sqlite_admin.user.id),
    }
    history = monitor.history(minutes=5, bucket_seconds=60, now=now)
    assert history[-1].waiting >= 1 and len(history) == 6


def _supervisor(database: Database, permission: str, team_id: int | None) -> ServiceContext:
    with database.session_factory() as session:
        role = Role(label=f"Sup {permission}", label_key=f"sup {permission}")
        session.add(role)
        session.flush()
        session.add(RolePermission(role_id=role.id, permission=permission))
        user = User(
            nickname=f"sup-{permission}", nickname_key=f"sup-{permission}", email=f"{permission}@x.io",
            email_key=f"{permission}@x.io", role_id=role.id,
        )  # fmt: skip
        session.add(user)
        session.flush()
        if team_id is not None:
            session.add(TeamMember(team_id=team_id, user_id=user.id, is_leader=True))
        session.commit()
        return ServiceContext(database.session_factory).acting_as(user.id)


def test_monitor_refuses_without_permission_and_limits_team_supervisors(sqlite_admin: Signed) -> None:
    database = sqlite_admin.db
    ctx = ServiceContext(database.session_factory)
    world = build_world(ctx, agents=2, soft=1, timeout=0)
    engine = _engine(ctx, Clock(), world.agent_ids)
    for n in range(1, 4):
        engine.ingest(message(n))
    with pytest.raises(PermissionDenied):
        QueueMonitorService(_supervisor(database, "read_user", None)).snapshot()
    blue = QueueMonitorService(_supervisor(database, "monitor_team_tasks", world.team_ids[0]))
    assert blue.access().team_ids == frozenset({world.team_ids[0]})
    assert [a.user_id for a in blue.agents()] == [world.agent_ids[0]]
    (row,) = blue.snapshot("team").rows
    assert row.key == f"team:{world.team_ids[0]}"
    waiting = blue.waiting_tasks()
    with pytest.raises(PermissionDenied):
        blue.assign_task_to_agent(waiting[0].task_id, world.agent_ids[1])  # not a member of Blue


def test_cli_ingest_reports_bad_lines_and_is_idempotent(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_world(ServiceContext(sqlite_db.session_factory), agents=2)
    trace = tmp_path / "trace.jsonl"
    write_trace(trace, [message(n) for n in range(1, 4)])
    with trace.open("a", encoding="utf-8") as handle:
        handle.write('{"source": "Web chat"}\nnot json\n')
    url = sqlite_db.url
    assert main(["ingest", "--db", url, str(trace), "--simulate-agents"]) == 1
    out = capsys.readouterr()
    assert "3 interactions routed, 0 already known, 2 refused." in out.out
    assert f"{trace}:4: “foreign_id” is required" in out.err and f"{trace}:5: Malformed JSON" in out.err
    assert main(["ingest", "--db", url, str(trace)]) == 1
    assert "0 interactions routed, 3 already known" in capsys.readouterr().out


def test_admin_fixture_builds(sqlite_db: Database) -> None:
    assert make_admin(sqlite_db).user.id == 1


def test_sla_deadline_follows_the_sources_time_sheet(sqlite_db: Database) -> None:
    from datetime import UTC, datetime

    from engage_desktop.models.business_hours import TimeSheet
    from engage_desktop.models.channels import ContentSourceTimeSheet

    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=1, sla=3600)
    with sqlite_db.session_factory() as session:
        sheet = TimeSheet(
            label="Office",
            timezone="UTC",
            **{
                f"{day}_hours": "0900-1800"
                for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
            },
            holidays=[{"date": "2026-12-02", "name": "Closed"}],
        )
        session.add(sheet)
        session.flush()
        session.add(ContentSourceTimeSheet(source_id=world.source_id, time_sheet_id=sheet.id))
        session.commit()
    late = datetime(2026, 12, 1, 17, 30, tzinfo=UTC)  # a Tuesday: 30 minutes left today
    clock = Clock(late)
    engine = LiveRoutingEngine(ctx, clock=clock)
    item = message(1)
    outcome = engine.ingest(type(item)(item.source, "m1", "t1", "", "Hello", "en", late))
    with sqlite_db.session_factory() as session:
        task = session.get(RoutingTask, outcome.task_id)
        assert task is not None and task.sla_deadline is not None
        # Wednesday is a holiday: the other 30 minutes are on Thursday morning.
        assert task.sla_deadline.replace(tzinfo=UTC) == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def test_demo_traffic_leaves_queues_that_moved(sqlite_admin: Signed) -> None:
    from engage_desktop.services.routing.engine import play_demo_traffic

    ctx = ServiceContext(sqlite_admin.db.session_factory)
    build_world(ctx, agents=3, soft=2)
    played = play_demo_traffic(ctx, minutes=20, per_minute=3, handling_seconds=300)
    assert played.interactions == 60 and played.agents_connected >= 3  # the administrator receives tasks too
    (row,) = QueueMonitorService(sqlite_admin.ctx).snapshot("queue").rows
    assert row.throughput_per_hour > 0 and row.in_progress > 0
    with sqlite_admin.db.session_factory() as session:
        assert verify_chain(session).ok
