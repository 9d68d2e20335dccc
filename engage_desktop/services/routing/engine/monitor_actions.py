"""Supervisor actions on a waiting task: move to another queue, assign to an agent (up to the
agent's hard capacity), raise the priority. Each is permission-checked, guarded against a race
with the engine (the task must still be waiting at the version read), journaled, and bumps the
engine's generation so the running engine reloads what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import func, insert, select, update

from engage_desktop.models.interactions import AgentChannelLoad, AgentRoutingState, RoutingTask
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.engine.categorise import Categoriser
from engage_desktop.services.routing.engine.configuration import read_configuration
from engage_desktop.services.routing.engine.engine_lock import bump_generation
from engage_desktop.services.routing.engine.errors import (
    AGENT_CANNOT_TAKE,
    OUTSIDE_TEAMS,
    PRIORITY_STEP,
    TASK_GONE,
    UNKNOWN_QUEUE,
    RoutingRefused,
)
from engage_desktop.services.routing.engine.model import MAX_PRIORITY, RoutingConfiguration
from engage_desktop.services.routing.engine.monitor_access import MonitorAccess, monitor_access
from engage_desktop.services.routing.engine.monitor_rows import WaitingTaskRow, sla_state

P = ParamSpec("P")
T = TypeVar("T")


def run(
    ctx: ServiceContext, operation: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs
) -> T:
    with UnitOfWork(ctx) as uow:
        result = operation(uow, *args, **kwargs)
        bump_generation(uow.session.connection())
        uow.commit()
        return result


def task_row(config: RoutingConfiguration, task: RoutingTask, now: datetime) -> WaitingTaskRow:
    created = task.created_at if task.created_at.tzinfo else task.created_at.replace(tzinfo=UTC)
    source = config.sources.get(task.source_id)
    channel = config.channels.get(task.channel_id) if task.channel_id is not None else None
    return WaitingTaskRow(
        task.id,
        task.queue,
        task.step,
        channel.name if channel else "",
        source.name if source else "",
        task.priority,
        max(0.0, (now - created).total_seconds()),
        task.sla_deadline,
        sla_state(task, source.sla_threshold if source else 80, now),
        tuple(config.category_names.get(c, str(c)) for c in task.category_ids or ()),
        task.version,
    )


def _waiting_task(uow: UnitOfWork, access: MonitorAccess, task_id: int) -> RoutingTask:
    task = uow.session.get(RoutingTask, task_id)
    if task is None or task.state != "waiting":
        raise RoutingRefused(TASK_GONE())
    if not access.sees_source(task.source_id):
        raise PermissionDenied("monitor_tasks", OUTSIDE_TEAMS())
    return task


def _guarded_update(uow: UnitOfWork, task: RoutingTask, **values: object) -> None:
    done = uow.session.execute(
        update(RoutingTask)
        .where(RoutingTask.id == task.id, RoutingTask.state == "waiting", RoutingTask.version == task.version)
        .values(version=task.version + 1, **values)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        raise RoutingRefused(TASK_GONE())


def _now() -> datetime:
    return datetime.now(UTC)


def move_task_to_queue(uow: UnitOfWork, task_id: int, queue: str) -> WaitingTaskRow:
    access = monitor_access(uow)
    task = _waiting_task(uow, access, task_id)
    config = read_configuration(uow.session)
    plan = Categoriser(config).named(queue)
    if plan is None:
        raise ValidationError("queue", UNKNOWN_QUEUE(queue=queue))
    before, now = task.queue, _now()
    _guarded_update(uow, task, queue=plan.name, step=0, step_since=now)
    uow.record(
        "task.moved",
        object_type="task",
        object_id=str(task.id),
        changes={"queue": {"from": before, "to": plan.name}},
        details={"task_id": task.id, "queue": plan.name, "reason": "supervisor"},
    )
    uow.session.expire(task)
    return task_row(config, uow.session.get(RoutingTask, task.id) or task, now)


def assign_task_to_agent(uow: UnitOfWork, task_id: int, user_id: int) -> None:
    """A supervisor's assignment may go up to the agent's hard capacity (routing.md step 6)."""
    access = monitor_access(uow)
    task = _waiting_task(uow, access, task_id)
    if not access.sees_agent(user_id):
        raise PermissionDenied("monitor_tasks", OUTSIDE_TEAMS())
    config = read_configuration(uow.session)
    agent = config.agents.get(user_id)
    state = uow.session.get(AgentRoutingState, user_id)
    channel_id = task.channel_id
    if (
        agent is None
        or channel_id is None
        or channel_id not in config.channels
        or not agent.enabled
        or task.source_id not in agent.source_ids
        or state is None
        or not state.connected
    ):
        raise ValidationError("agent", AGENT_CANNOT_TAKE(agent=agent.name if agent else str(user_id)))
    hard = config.capacity(agent, channel_id)[1]
    session = uow.session
    exists = session.scalar(
        select(func.count()).where(
            AgentChannelLoad.user_id == user_id, AgentChannelLoad.channel_id == channel_id
        )
    )
    if not exists:
        session.execute(insert(AgentChannelLoad).values(user_id=user_id, channel_id=channel_id, load=0))
    grown = session.execute(
        update(AgentChannelLoad)
        .where(
            AgentChannelLoad.user_id == user_id,
            AgentChannelLoad.channel_id == channel_id,
            AgentChannelLoad.load < hard,
        )
        .values(load=AgentChannelLoad.load + 1)
    )
    if grown.rowcount != 1:  # type: ignore[attr-defined]
        raise ValidationError("agent", AGENT_CANNOT_TAKE(agent=agent.name))
    now = _now()
    _guarded_update(
        uow,
        task,
        state="assigned",
        agent_id=user_id,
        assigned_at=now,
        first_assigned_at=func.coalesce(RoutingTask.first_assigned_at, now),
    )
    state.last_assigned_at = now
    uow.record(
        "task.supervisor_assigned",
        object_type="task",
        object_id=str(task.id),
        details={"task_id": task.id, "agent_id": user_id, "queue": task.queue},
    )


def change_task_priority(uow: UnitOfWork, task_id: int, by: int = 1) -> WaitingTaskRow:
    access = monitor_access(uow)
    if isinstance(by, bool) or not isinstance(by, int) or not 1 <= by <= MAX_PRIORITY:
        raise ValidationError("priority", PRIORITY_STEP(maximum=MAX_PRIORITY))
    task = _waiting_task(uow, access, task_id)
    before = task.priority
    after = min(MAX_PRIORITY, before + by)
    _guarded_update(uow, task, priority=after)
    uow.record(
        "task.priority_updated",
        object_type="task",
        object_id=str(task.id),
        changes={"priority": {"from": before, "to": after}},
        details={"task_id": task.id, "before": before, "after": after, "reason": "supervisor"},
    )
    config = read_configuration(uow.session)
    uow.session.expire(task)
    return task_row(config, uow.session.get(RoutingTask, task.id) or task, _now())


def queue_names(config: RoutingConfiguration) -> list[str]:
    return Categoriser(config).queue_names()


__all__ = ["assign_task_to_agent", "change_task_priority", "move_task_to_queue", "run", "task_row"]
