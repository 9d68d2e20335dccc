"""Write what the core changed, and journal each transition, inside the caller's unit of work.

Guards make the database itself refuse a double assignment or a load past the hard capacity: a
task row changes only at the version the engine read, a load grows only while it stays within the
hard capacity. A refused guard raises `StaleWrite` (the transaction rolls back). Statements are
plain SQL on the engine's transaction (raw_sql.py): this is the engine's hot path. The journal
events go in through `journal_batch` in the same transaction (every batch is journaled here, and
the engine hands the new tip to the workstation's anchor after the commit). Instants are turned
into stored values once per transaction (`_Stamps`): a batch's rows share a handful of them.
"""

from __future__ import annotations

from typing import Any

from engage_desktop.services.routing.engine.core import RoutingCore
from engage_desktop.services.routing.engine.journal_batch import append_system_events
from engage_desktop.services.routing.engine.model import Interaction, Transition, as_datetime
from engage_desktop.services.routing.engine.raw_sql import RawSql
from engage_desktop.services.routing.engine.state import TaskState

TASK_COLUMNS = (
    "intervention_id",
    "source_id",
    "channel_id",
    "queue",
    "step",
    "priority",
    "state",
    "agent_id",
    "category_ids",
    "skipped_agent_ids",
    "sla_deadline",
    "created_at",
    "step_since",
    "assigned_at",
    "first_assigned_at",
    "accepted_at",
    "completed_at",
)
INSERT_TASK = (
    f"INSERT INTO routing_tasks (id, version, {', '.join(TASK_COLUMNS)}) "
    f"VALUES (:id, 1, {', '.join(':' + c for c in TASK_COLUMNS)})"
)
UPDATE_TASK = (
    f"UPDATE routing_tasks SET version = version + 1, {', '.join(f'{c} = :{c}' for c in TASK_COLUMNS)} "
    "WHERE id = :id AND version = :version"
)
INSERT_INTERVENTION = (
    "INSERT INTO interventions (id, source_id, thread, state, category_ids, opened_at, identity_id) "
    "VALUES (:id, :source_id, :thread, :state, :category_ids, :opened_at, :identity_id)"
)
UPDATE_INTERVENTION = "UPDATE interventions SET state = :state, closed_at = :closed_at WHERE id = :id"
INSERT_INTERACTION = (
    "INSERT INTO interactions (id, source_id, foreign_id, thread, author, body, language, received_at, "
    "intervention_id, category_ids, created_at, identity_id) VALUES (:id, :source_id, :foreign_id, :thread, "
    ":author, :body, :language, :received_at, :intervention_id, :category_ids, :created_at, :identity_id)"
)
UPDATE_AGENT = (
    "UPDATE agent_routing_states SET presence = :presence, connected = :connected, "
    "missed_in_a_row = :missed, last_assigned_at = :last_assigned_at, updated_at = :updated_at "
    "WHERE user_id = :user_id"
)
INSERT_AGENT = (
    "INSERT INTO agent_routing_states (user_id, presence, connected, missed_in_a_row, last_assigned_at, "
    "updated_at) VALUES (:user_id, :presence, :connected, :missed, :last_assigned_at, :updated_at)"
)
INSERT_LOAD = (
    "INSERT INTO agent_channel_loads (user_id, channel_id, load) VALUES (:user_id, :channel_id, :load)"
)
GROW_LOAD = (
    "UPDATE agent_channel_loads SET load = load + :delta WHERE user_id = :user_id AND channel_id = :channel_id "
    "AND load + :delta <= :hard AND load + :delta >= 0"
)


class StaleWrite(RuntimeError):
    """Someone changed a task or a load under the engine; it reloads from the database."""


def _object(t: Transition) -> tuple[str, str]:
    if t.task_id is not None:
        return "task", str(t.task_id)
    if t.name.startswith("content."):
        return "content", str(t.details.get("content_id", ""))
    if t.name.startswith("intervention."):
        return "intervention", str(t.details.get("intervention_id", ""))
    if t.name.startswith(("identity.", "identity_group.")):
        return t.name.split(".", 1)[0], str(t.details.get("platform_id", ""))
    return "user", str(t.agent_id or "")


class _Stamps:
    """Stored values of instants (POSIX seconds; None and "never" are NULL), each made once."""

    def __init__(self, sql: RawSql) -> None:
        self.sql = sql
        self.cache: dict[float, Any] = {}

    def __call__(self, value: float | None) -> Any:
        if value is None or value == float("inf"):
            return None
        found = self.cache.get(value)
        if found is None:
            found = self.cache[value] = self.sql.when(as_datetime(value))
        return found


def write_transitions(
    sql: RawSql,
    workstation: str,
    core: RoutingCore,
    transitions: list[Transition],
    interaction: Interaction | None,
) -> tuple[int, str]:
    """Rows and journal events of one batch; returns the journal's new tip (seq, hash)."""
    at = _Stamps(sql)
    new_tasks: set[int] = set()
    tasks: dict[int, None] = {}
    agents: dict[int, None] = {}
    opened: dict[int, tuple[dict[str, Any], float]] = {}
    changed: dict[int, str] = {}
    content: dict[str, Any] | None = None
    for t in transitions:
        name = t.name
        if name == "content.created":
            content = dict(t.details)
        elif name == "intervention.opened":
            opened[int(t.details["intervention_id"])] = (dict(t.details), t.at)
        elif name.startswith("intervention."):
            changed[int(t.details["intervention_id"])] = name.split(".", 1)[1]
        if t.task_id is not None:
            tasks[t.task_id] = None
            if name == "task.created":
                new_tasks.add(t.task_id)
        if t.agent_id is not None:
            agents[t.agent_id] = None
    for intervention_id, (details, opened_at) in opened.items():
        state = core.intervention_by_id.get(intervention_id)
        sql.run(
            INSERT_INTERVENTION,
            {
                "id": intervention_id,
                "source_id": int(details["content_source_id"]),
                "thread": str(details["thread"]),
                "state": state.state if state else changed.get(intervention_id, "closed"),
                "category_ids": sql.json(sorted(state.category_ids) if state else []),
                "opened_at": at(opened_at),
                "identity_id": details.get("identity_id"),
            },
        )
    for intervention_id, state_name in changed.items():
        if intervention_id not in opened:
            closing = state_name in ("closed", "deferred")
            sql.run(
                UPDATE_INTERVENTION,
                {
                    "id": intervention_id,
                    "state": "open" if state_name == "reactivated" else state_name,
                    "closed_at": at(core.now) if closing else None,
                },
            )
    if content is not None and interaction is not None:
        _insert_interaction(sql, at, core, content, interaction)
    for task_id in tasks:
        task = core.task(task_id)
        if task is None:
            continue
        values = _task_values(sql, at, task)
        values["id"] = task_id
        if task_id in new_tasks:
            sql.run(INSERT_TASK, values)
            task.db_version = 1
        else:
            values["version"] = task.db_version
            if sql.run(UPDATE_TASK, values) != 1:
                raise StaleWrite(f"task {task_id} changed under the engine")
            task.db_version += 1
    for agent_id in agents:
        _write_agent(sql, at, core, agent_id)
    events = []
    for t in transitions:
        object_type, object_id = _object(t)
        details = dict(t.details)
        if t.agent_id is not None:
            details["agent_id"] = t.agent_id
        if t.task_id is not None:
            details["task_id"] = t.task_id
        events.append((t.name, object_type, object_id, details, t.at))
    return append_system_events(sql, workstation, events)


def _insert_interaction(
    sql: RawSql, at: _Stamps, core: RoutingCore, content: dict[str, Any], interaction: Interaction
) -> None:
    source_id = int(content["content_source_id"])
    state = core.interventions.get((source_id, interaction.thread))
    sql.run(
        INSERT_INTERACTION,
        {
            "id": int(content["content_id"]),
            "source_id": source_id,
            "foreign_id": interaction.foreign_id,
            "thread": interaction.thread,
            "author": interaction.author,
            "body": interaction.text,
            "language": interaction.language,
            "received_at": sql.when(interaction.timestamp),
            "intervention_id": state.id if state is not None else None,
            "category_ids": sql.json(list(content.get("category_ids", []))),
            "created_at": at(core.now),
            "identity_id": content.get("identity_id"),
        },
    )


def _task_values(sql: RawSql, at: _Stamps, task: TaskState) -> dict[str, Any]:
    return {
        "intervention_id": task.intervention_id,
        "source_id": task.source_id,
        "channel_id": task.channel_id,
        "queue": task.queue[:120],
        "step": task.step,
        "priority": task.priority,
        "state": task.state,
        "agent_id": task.agent_id,
        "category_ids": sql.json(sorted(task.category_ids)),
        "skipped_agent_ids": sql.json(sorted(task.skipped)),
        "sla_deadline": at(task.sla_deadline),
        "created_at": at(task.created_at),
        "step_since": at(task.step_since),
        "assigned_at": at(task.assigned_at),
        "first_assigned_at": at(task.first_assigned_at),
        "accepted_at": at(task.accepted_at),
        "completed_at": at(task.completed_at),
    }


def _write_agent(sql: RawSql, at: _Stamps, core: RoutingCore, agent_id: int) -> None:
    agent = core.agents.get(agent_id)
    if agent is None:
        return
    values = {
        "user_id": agent_id,
        "presence": agent.presence,
        "connected": agent.connected,
        "missed": agent.missed,
        "last_assigned_at": at(agent.last_assigned) if agent.last_assigned else None,
        "updated_at": at(core.now),
    }
    if sql.run(UPDATE_AGENT, values) == 0:
        sql.run(INSERT_AGENT, values)
    for channel_id, load in agent.loads.items():
        before = core.written_loads.get((agent_id, channel_id))
        if before == load:
            continue
        hard = agent.caps[channel_id][1]
        if before is None:
            if load > hard:
                raise StaleWrite(f"agent {agent_id} would pass the hard capacity")
            sql.run(INSERT_LOAD, {"user_id": agent_id, "channel_id": channel_id, "load": load})
        else:
            grown = {"user_id": agent_id, "channel_id": channel_id, "delta": load - before, "hard": hard}
            if sql.run(GROW_LOAD, grown) != 1:
                raise StaleWrite(f"agent {agent_id}'s load changed under the engine")
        core.written_loads[(agent_id, channel_id)] = load
