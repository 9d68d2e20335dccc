"""Rebuild a `RoutingCore` from the database: what an engine does when it starts, takes over from a
workstation that disappeared, or sees that a supervisor changed tasks under it.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.interactions import (
    AgentChannelLoad,
    AgentRoutingState,
    Interaction,
    Intervention,
    RoutingTask,
)
from engage_desktop.services.routing.engine.categorise import QueuePlan
from engage_desktop.services.routing.engine.core import ACCEPT, SLA, STEP, RoutingCore
from engage_desktop.services.routing.engine.model import RoutingConfiguration
from engage_desktop.services.routing.engine.state import (
    ACCEPTED,
    ASSIGNED,
    WAITING,
    InterventionState,
    TaskState,
)

LIVE_STATES = (WAITING, ASSIGNED, ACCEPTED)


def seconds(value: datetime | None) -> float | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


def restore_core(session: Session, configuration: RoutingConfiguration) -> RoutingCore:
    first_ids = (
        (session.scalar(select(func.max(Interaction.id))) or 0) + 1,
        (session.scalar(select(func.max(Intervention.id))) or 0) + 1,
        (session.scalar(select(func.max(RoutingTask.id))) or 0) + 1,
    )
    core = RoutingCore(configuration, record=True, keep_completed=False, first_ids=first_ids)
    for kept in session.scalars(select(Intervention).where(Intervention.state.in_(("open", "deferred")))):
        state = InterventionState(kept.id, kept.source_id, kept.thread)
        state.state = kept.state
        state.category_ids = frozenset(kept.category_ids or ())
        core.interventions[(kept.source_id, kept.thread)] = state
        core.intervention_by_id[kept.id] = state
    latest = 0.0
    for routing in session.scalars(select(AgentRoutingState).order_by(AgentRoutingState.user_id)):
        agent = core.agents.get(routing.user_id)
        if agent is None:
            continue
        agent.connected, agent.presence = routing.connected, routing.presence
        agent.missed = routing.missed_in_a_row
        agent.last_assigned = seconds(routing.last_assigned_at) or 0.0
    rows = session.scalars(
        select(RoutingTask).where(RoutingTask.state.in_(LIVE_STATES)).order_by(RoutingTask.id)
    ).all()
    for row in rows:
        task = _task(core, row)
        latest = max(latest, task.step_since, task.assigned_at or 0.0)
        intervention = core.intervention_by_id.get(row.intervention_id)
        if intervention is not None:
            intervention.task_id = task.id
    core.now = latest
    for user_id, channel_id, load in session.execute(
        select(AgentChannelLoad.user_id, AgentChannelLoad.channel_id, AgentChannelLoad.load)
    ):
        core.written_loads[(user_id, channel_id)] = load
    for agent in core.agents.values():
        core.refresh(agent)
    for task in sorted(core.tasks.values(), key=lambda t: t.id):
        _arm(core, task)
    core.drain()
    return core


def _task(core: RoutingCore, row: RoutingTask) -> TaskState:
    created = seconds(row.created_at) or 0.0
    task = TaskState(row.id, row.intervention_id, row.source_id, row.channel_id, created)
    plan = core.categoriser.named(row.queue) or QueuePlan(row.queue, (), None)
    task.queue, task.steps, task.overflow_to = plan.name, plan.steps, plan.overflow_to
    if not task.steps:
        task.steps = core.categoriser.named("default").steps  # type: ignore[union-attr]
    task.step = min(row.step, len(task.steps) - 1)
    task.priority = row.priority
    task.state = row.state
    task.agent_id = row.agent_id
    task.category_ids = frozenset(row.category_ids or ())
    if row.skipped_agent_ids:
        task.skipped = set(row.skipped_agent_ids)
    deadline = seconds(row.sla_deadline)
    task.sla_deadline = deadline if deadline is not None else math.inf
    task.step_since = seconds(row.step_since) or created
    task.assigned_at = seconds(row.assigned_at)
    task.first_assigned_at = seconds(row.first_assigned_at)
    task.accepted_at = seconds(row.accepted_at)
    task.db_version = row.version
    core.tasks[task.id] = task
    if task.agent_id is not None and task.agent_id in core.agents and task.channel_id is not None:
        agent = core.agents[task.agent_id]
        if task.channel_id in agent.loads:
            agent.loads[task.channel_id] += 1
            agent.tasks.add(task.id)
    return task


def _arm(core: RoutingCore, task: TaskState) -> None:
    """Timers and queue places as the task had them when the last engine stopped."""
    if task.state == WAITING:
        pool = core.pool_for(task, task.step)
        task.pool = pool
        pool.push_task(task)
        timeout = task.steps[task.step].timeout
        if timeout is not None:
            core.timer(task.step_since + timeout, STEP, task, task.stamp)
    elif task.state == ASSIGNED and task.channel_id is not None:
        timeout = core.config.channels[task.channel_id].task_timeout_seconds
        if timeout > 0:
            core.timer((task.assigned_at or core.now) + timeout, ACCEPT, task, task.stamp)
    if task.state in (WAITING, ASSIGNED) and task.sla_deadline != math.inf:
        task.sla_watched = True
        core.timer(task.sla_deadline, SLA, task, 0)
