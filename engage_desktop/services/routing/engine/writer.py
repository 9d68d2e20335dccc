"""Write what the core changed, and journal each transition, inside the caller's unit of work.

Guards make the database itself refuse a double assignment or a load past the hard capacity: a
task row changes only at the version the engine read, a load grows only while it stays within the
hard capacity. A refused guard raises `StaleWrite` (the transaction rolls back).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, update

from engage_desktop.models.interactions import (
    AgentChannelLoad,
    AgentRoutingState,
    Intervention,
    RoutingTask,
)
from engage_desktop.models.interactions import Interaction as InteractionRow
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.engine.core import RoutingCore
from engage_desktop.services.routing.engine.model import Interaction, Transition, as_datetime
from engage_desktop.services.routing.engine.state import TaskState


class StaleWrite(RuntimeError):
    """Someone changed a task or a load under the engine; it reloads from the database."""


def _object(t: Transition) -> tuple[str, str]:
    if t.task_id is not None:
        return "task", str(t.task_id)
    if t.name.startswith("content."):
        return "content", str(t.details.get("content_id", ""))
    if t.name.startswith("intervention."):
        return "intervention", str(t.details.get("intervention_id", ""))
    return "user", str(t.agent_id or "")


def write_transitions(
    uow: UnitOfWork, core: RoutingCore, transitions: list[Transition], interaction: Interaction | None
) -> None:
    session = uow.session
    new_tasks: list[int] = []
    tasks: dict[int, None] = {}
    agents: dict[int, None] = {}
    interventions_new: dict[int, tuple[dict[str, Any], float]] = {}
    interventions_changed: dict[int, str] = {}
    content: dict[str, Any] | None = None
    for t in transitions:
        name = t.name
        if name == "content.created":
            content = dict(t.details)
        elif name == "intervention.opened":
            interventions_new[int(t.details["intervention_id"])] = (dict(t.details), t.at)
        elif name.startswith("intervention."):
            interventions_changed[int(t.details["intervention_id"])] = name.split(".", 1)[1]
        if t.task_id is not None:
            tasks[t.task_id] = None
            if name == "task.created":
                new_tasks.append(t.task_id)
        if t.agent_id is not None:
            agents[t.agent_id] = None
    for intervention_id, (opened, at) in interventions_new.items():
        state = core.intervention_by_id.get(intervention_id)
        session.execute(
            insert(Intervention).values(
                id=intervention_id,
                source_id=int(opened["content_source_id"]),
                thread=str(opened["thread"]),
                state=state.state if state else interventions_changed.get(intervention_id, "closed"),
                category_ids=sorted(state.category_ids) if state else [],
                opened_at=as_datetime(at),
            )
        )
    for intervention_id, state_name in interventions_changed.items():
        if intervention_id in interventions_new:
            continue
        values: dict[str, Any] = {"state": "open" if state_name == "reactivated" else state_name}
        if state_name in ("closed", "deferred"):
            values["closed_at"] = as_datetime(core.now)
        session.execute(update(Intervention).where(Intervention.id == intervention_id).values(**values))
    if content is not None and interaction is not None:
        source_id = int(content["content_source_id"])
        state = core.interventions.get((source_id, interaction.thread))
        session.execute(
            insert(InteractionRow).values(
                id=int(content["content_id"]),
                source_id=source_id,
                foreign_id=interaction.foreign_id,
                thread=interaction.thread,
                author=interaction.author,
                body=interaction.text,
                language=interaction.language,
                received_at=interaction.timestamp,
                intervention_id=state.id if state is not None else None,
                category_ids=list(content.get("category_ids", [])),
                created_at=as_datetime(core.now),
            )
        )
    created = set(new_tasks)
    for task_id in tasks:
        task = core.task(task_id)
        if task is None:
            continue
        if task_id in created:
            session.execute(insert(RoutingTask).values(id=task_id, version=1, **_task_values(task)))
            task.db_version = 1
        else:
            done = session.execute(
                update(RoutingTask)
                .where(RoutingTask.id == task_id, RoutingTask.version == task.db_version)
                .values(version=task.db_version + 1, **_task_values(task))
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise StaleWrite(f"task {task_id} changed under the engine")
            task.db_version += 1
    for agent_id in agents:
        _write_agent(uow, core, agent_id)
    for t in transitions:
        object_type, object_id = _object(t)
        details = dict(t.details)
        if t.agent_id is not None:
            details["agent_id"] = t.agent_id
        if t.task_id is not None:
            details["task_id"] = t.task_id
        uow.record(
            t.name,
            object_type=object_type,
            object_id=object_id,
            details=details,
            created_at=as_datetime(t.at),
        )


def _task_values(task: TaskState) -> dict[str, Any]:
    return {
        "intervention_id": task.intervention_id,
        "source_id": task.source_id,
        "channel_id": task.channel_id,
        "queue": task.queue[:120],
        "step": task.step,
        "priority": task.priority,
        "state": task.state,
        "agent_id": task.agent_id,
        "category_ids": sorted(task.category_ids),
        "skipped_agent_ids": sorted(task.skipped),
        "sla_deadline": as_datetime(task.sla_deadline) if task.sla_deadline != float("inf") else None,
        "created_at": as_datetime(task.created_at),
        "step_since": as_datetime(task.step_since),
        "assigned_at": as_datetime(task.assigned_at) if task.assigned_at is not None else None,
        "first_assigned_at": as_datetime(task.first_assigned_at)
        if task.first_assigned_at is not None
        else None,
        "accepted_at": as_datetime(task.accepted_at) if task.accepted_at is not None else None,
        "completed_at": as_datetime(task.completed_at) if task.completed_at is not None else None,
    }


def _write_agent(uow: UnitOfWork, core: RoutingCore, agent_id: int) -> None:
    session = uow.session
    agent = core.agents.get(agent_id)
    if agent is None:
        return
    row = session.get(AgentRoutingState, agent_id)
    if row is None:
        row = AgentRoutingState(user_id=agent_id)
        session.add(row)
    row.presence, row.connected, row.missed_in_a_row = agent.presence, agent.connected, agent.missed
    row.last_assigned_at = as_datetime(agent.last_assigned) if agent.last_assigned else None
    row.updated_at = as_datetime(core.now)
    for channel_id, load in agent.loads.items():
        before = core.written_loads.get((agent_id, channel_id))
        if before == load:
            continue
        hard = agent.caps[channel_id][1]
        if before is None:
            if load > hard:
                raise StaleWrite(f"agent {agent_id} would pass the hard capacity")
            session.execute(
                insert(AgentChannelLoad).values(user_id=agent_id, channel_id=channel_id, load=load)
            )
        else:
            delta = load - before
            done = session.execute(
                update(AgentChannelLoad)
                .where(
                    AgentChannelLoad.user_id == agent_id,
                    AgentChannelLoad.channel_id == channel_id,
                    AgentChannelLoad.load + delta <= hard,
                    AgentChannelLoad.load + delta >= 0,
                )
                .values(load=AgentChannelLoad.load + delta)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise StaleWrite(f"agent {agent_id}'s load changed under the engine")
        core.written_loads[(agent_id, channel_id)] = load
