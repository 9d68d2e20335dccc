"""`QueueMonitorService`: what supervisors watch (per queue, routing channel or team) and the
actions they take on waiting tasks (see monitor_actions.py). Reads are snapshots of the database,
so every workstation shows the monitor whether or not it runs the engine.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import engage_desktop.services.routing.engine.monitor_actions as monitor_actions
from engage_desktop.models.interactions import (
    AgentChannelLoad,
    AgentRoutingState,
    RoutingEngineLease,
    RoutingTask,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.engine.configuration import read_configuration
from engage_desktop.services.routing.engine.model import RoutingConfiguration
from engage_desktop.services.routing.engine.monitor_access import MonitorAccess, monitor_access
from engage_desktop.services.routing.engine.monitor_rows import (
    AgentRow,
    HistoryPoint,
    MonitorRow,
    MonitorSnapshot,
    WaitingTaskRow,
    sla_state,
)

GROUP_BY = ("queue", "channel", "team")
LIVE = ("waiting", "assigned", "accepted")


def _aware(value: datetime | None) -> datetime | None:
    return None if value is None else (value if value.tzinfo else value.replace(tzinfo=UTC))


class QueueMonitorService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def access(self) -> MonitorAccess:
        with UnitOfWork(self.ctx) as uow:
            return monitor_access(uow)

    def agents(self, now: datetime | None = None) -> list[AgentRow]:
        with UnitOfWork(self.ctx) as uow:
            access = monitor_access(uow)
            config = read_configuration(uow.session)
            return _agent_rows(uow.session, config, access)

    def snapshot(self, group_by: str = "queue", now: datetime | None = None) -> MonitorSnapshot:
        if group_by not in GROUP_BY:
            raise ValueError(group_by)
        now = now or datetime.now(UTC)
        with UnitOfWork(self.ctx) as uow:
            access = monitor_access(uow)
            session = uow.session
            config = read_configuration(session)
            agents = _agent_rows(session, config, access)
            tasks = [t for t in _live_tasks(session, config, now) if access.sees_source(t.source_id)]
            done = session.execute(
                select(
                    RoutingTask.source_id, RoutingTask.queue, RoutingTask.channel_id, RoutingTask.agent_id
                ).where(
                    RoutingTask.state == "completed", RoutingTask.completed_at >= now - timedelta(hours=1)
                )
            ).all()
        rows: dict[str, dict[str, Any]] = {}

        def keys_of(
            queue: str, channel_id: int | None, agent_id: int | None, source_id: int
        ) -> list[tuple[str, str]]:
            if group_by == "queue":
                return [(f"queue:{queue}", queue)]
            if group_by == "channel":
                channel = config.channels.get(channel_id) if channel_id is not None else None
                return [(f"channel:{channel_id}", channel.name if channel else "—")]
            teams = _task_teams(config, agent_id, source_id, access)
            return [(f"team:{t}", config.team_names.get(t, str(t))) for t in sorted(teams)]

        def row(key: str, label: str) -> dict[str, Any]:
            return rows.setdefault(key, {"key": key, "label": label, **dict.fromkeys(_COUNTS, 0)})

        for task in tasks:
            for key, label in keys_of(task.queue, task.channel_id, task.agent_id, task.source_id):
                r = row(key, label)
                if task.state == "waiting":
                    r["waiting"] += 1
                    r["oldest_wait_seconds"] = max(
                        r["oldest_wait_seconds"], (now - task.created_at).total_seconds()
                    )
                else:
                    r["in_progress"] += 1
                r["sla_at_risk"] += task.sla == "at_risk"
                r["sla_breached"] += task.sla == "breached"
        for source_id, queue, channel_id, agent_id in done:
            if access.sees_source(source_id):
                for key, label in keys_of(queue, channel_id, agent_id, source_id):
                    row(key, label)["throughput_per_hour"] += 1
        for agent in agents:
            if not agent.connected:
                continue
            if group_by == "team":
                keys = [(f"team:{t}", config.team_names.get(t, str(t))) for t in agent.team_ids]
            elif group_by == "channel":
                keys = [
                    (f"channel:{c}", config.channels[c].name)
                    for c in agent.channel_ids
                    if c in config.channels
                ]
            else:
                keys = [(key, r["label"]) for key, r in rows.items()]
            for key, label in keys:
                r = row(key, label)
                status = (
                    "away"
                    if agent.presence != "available"
                    else ("busy" if agent.load >= agent.capacity else "available")
                )
                r[f"agents_{status}"] += 1
                r["load"] += agent.load
                r["capacity"] += agent.capacity
        out = [MonitorRow(**r) for r in sorted(rows.values(), key=lambda r: str(r["label"]).casefold())]
        return MonitorSnapshot(now, group_by, out)

    def waiting_tasks(
        self,
        queue: str | None = None,
        channel_id: int | None = None,
        team_id: int | None = None,
        limit: int = 500,
        now: datetime | None = None,
    ) -> list[WaitingTaskRow]:
        now = now or datetime.now(UTC)
        with UnitOfWork(self.ctx) as uow:
            access = monitor_access(uow)
            session = uow.session
            config = read_configuration(session)
            stmt = select(RoutingTask).where(RoutingTask.state == "waiting")
            if queue is not None:
                stmt = stmt.where(RoutingTask.queue == queue)
            if channel_id is not None:
                stmt = stmt.where(RoutingTask.channel_id == channel_id)
            stmt = stmt.order_by(RoutingTask.priority.desc(), RoutingTask.created_at, RoutingTask.id)
            out = []
            for task in session.scalars(stmt):
                if not access.sees_source(task.source_id):
                    continue
                if team_id is not None and team_id not in _task_teams(config, None, task.source_id, access):
                    continue
                out.append(monitor_actions.task_row(config, task, now))
                if len(out) >= limit:
                    break
            return out

    def history(
        self, minutes: int = 60, bucket_seconds: int = 60, now: datetime | None = None
    ) -> list[HistoryPoint]:
        now = now or datetime.now(UTC)
        start = now - timedelta(minutes=minutes)
        with UnitOfWork(self.ctx) as uow:
            access = monitor_access(uow)
            session = uow.session
            config = read_configuration(session)
            rows = session.execute(
                select(
                    RoutingTask.source_id,
                    RoutingTask.created_at,
                    RoutingTask.first_assigned_at,
                    RoutingTask.completed_at,
                    RoutingTask.sla_deadline,
                    RoutingTask.state,
                ).where(
                    RoutingTask.created_at <= now,
                    (RoutingTask.completed_at.is_(None)) | (RoutingTask.completed_at >= start),
                )
            ).all()
            capacity = sum(a.capacity for a in _agent_rows(session, config, access) if a.connected) or 1
        spans = [
            tuple(map(_aware, (created, assigned, completed, deadline)))
            for source_id, created, assigned, completed, deadline, state in rows
            if access.sees_source(source_id) and state != "undelivered"
        ]
        points = []
        at = start
        while at <= now:
            waiting = breached = busy = 0
            for created, assigned, completed, deadline in spans:
                if created is None or created > at or (completed is not None and completed <= at):
                    continue
                if assigned is None or assigned > at:
                    waiting += 1
                    breached += deadline is not None and deadline <= at
                else:
                    busy += 1
            points.append(HistoryPoint(at, waiting, breached, min(1.0, busy / capacity)))
            at += timedelta(seconds=bucket_seconds)
        return points

    def engine_holder(self) -> str:
        """Which workstation runs the routing engine ("" when none does): the views need no Database."""
        with UnitOfWork(self.ctx) as uow:
            monitor_access(uow)
            holder = uow.session.scalar(select(RoutingEngineLease.holder).where(RoutingEngineLease.id == 1))
            return str(holder or "")

    def queue_choices(self) -> list[str]:
        with UnitOfWork(self.ctx) as uow:
            monitor_access(uow)
            from engage_desktop.services.routing.engine.categorise import Categoriser

            return Categoriser(read_configuration(uow.session)).queue_names()

    def agent_choices(self, task_id: int) -> list[AgentRow]:
        """Connected agents allowed on the task's source with room below their hard capacity."""
        with UnitOfWork(self.ctx) as uow:
            access = monitor_access(uow)
            config = read_configuration(uow.session)
            task = uow.session.get(RoutingTask, task_id)
            if task is None:
                return []
            return [
                a
                for a in _agent_rows(uow.session, config, access)
                if a.connected
                and task.source_id in config.agents[a.user_id].source_ids
                and _load_on(uow.session, a.user_id, task.channel_id) < a.hard_capacity
            ]

    # ---- actions (journaled; see monitor_actions.py) -----------------------------------------------
    def move_task_to_queue(self, task_id: int, queue: str) -> WaitingTaskRow:
        return monitor_actions.run(self.ctx, monitor_actions.move_task_to_queue, task_id, queue)

    def assign_task_to_agent(self, task_id: int, user_id: int) -> None:
        monitor_actions.run(self.ctx, monitor_actions.assign_task_to_agent, task_id, user_id)

    def change_task_priority(self, task_id: int, by: int = 1) -> WaitingTaskRow:
        return monitor_actions.run(self.ctx, monitor_actions.change_task_priority, task_id, by)


_COUNTS = (
    "waiting",
    "oldest_wait_seconds",
    "sla_at_risk",
    "sla_breached",
    "in_progress",
    "agents_available",
    "agents_away",
    "agents_busy",
    "load",
    "capacity",
    "throughput_per_hour",
)


@dataclass(frozen=True)
class _LiveTask:
    source_id: int
    queue: str
    channel_id: int | None
    agent_id: int | None
    state: str
    created_at: datetime
    sla: str


def _live_tasks(session: Session, config: RoutingConfiguration, now: datetime) -> list[_LiveTask]:
    out = []
    for task in session.scalars(select(RoutingTask).where(RoutingTask.state.in_(LIVE))):
        source = config.sources.get(task.source_id)
        sla = (
            sla_state(task, source.sla_threshold if source else 80, now) if task.state != "accepted" else "ok"
        )
        out.append(
            _LiveTask(
                task.source_id,
                task.queue,
                task.channel_id,
                task.agent_id,
                task.state,
                _aware(task.created_at) or now,
                sla,
            )
        )
    return out


def _load_on(session: Session, user_id: int, channel_id: int | None) -> int:
    if channel_id is None:
        return 0
    value = session.scalar(
        select(AgentChannelLoad.load).where(
            AgentChannelLoad.user_id == user_id, AgentChannelLoad.channel_id == channel_id
        )
    )
    return int(value or 0)


def _task_teams(
    config: RoutingConfiguration, agent_id: int | None, source_id: int, access: MonitorAccess
) -> set[int]:
    """The teams a task belongs to: its agent's, else those whose agents may take it."""
    if agent_id is not None and agent_id in config.agents:
        teams = set(config.agents[agent_id].team_ids)
    else:
        teams = {t for a in config.agents.values() if source_id in a.source_ids for t in a.team_ids}
    return teams if access.team_ids is None else teams & access.team_ids


def _agent_rows(session: Session, config: RoutingConfiguration, access: MonitorAccess) -> list[AgentRow]:
    states = {s.user_id: s for s in session.scalars(select(AgentRoutingState))}
    loads: dict[int, int] = defaultdict(int)
    for user_id, load in session.execute(
        select(AgentChannelLoad.user_id, func.sum(AgentChannelLoad.load)).group_by(AgentChannelLoad.user_id)
    ):
        loads[user_id] = int(load or 0)
    out = []
    for agent in sorted(config.agents.values(), key=lambda a: a.name.casefold()):
        if not access.sees_agent(agent.id):
            continue
        channels = sorted(config.channels)
        capacity = sum(config.capacity(agent, c)[0] for c in channels)
        hard = sum(config.capacity(agent, c)[1] for c in channels)
        state = states.get(agent.id)
        load = loads[agent.id]
        team_ids = agent.team_ids if access.team_ids is None else agent.team_ids & access.team_ids
        out.append(
            AgentRow(
                agent.id,
                agent.name,
                state.presence if state else "away",
                bool(state and state.connected),
                load,
                capacity,
                hard,
                min(1.0, load / capacity) if capacity else 0.0,
                tuple(sorted(team_ids)),
                tuple(channels),
            )
        )
    return out
