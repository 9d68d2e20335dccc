"""`RoutingCore`: the pipeline of routing.md as a pure, deterministic state machine.

No Qt, no database, no clock: every call passes `now` (POSIX seconds) and the core first fires the
timers due by then (step timeouts, acceptance timeouts, auto-completion, SLA expiry) in time order.
Each change is appended to `transitions` (journal name + task + agent + details) for the live
adapter to write and journal; the simulator turns recording off. Same configuration, same calls in
the same order → same transitions: ties are broken by ids, never by hash order or randomness.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engage_desktop.services.routing.engine.agent_moves import AgentMoves
from engage_desktop.services.routing.engine.categorise import Categoriser, QueuePlan
from engage_desktop.services.routing.engine.customer import CustomerProfile, customer_key, identity_detail
from engage_desktop.services.routing.engine.errors import INACTIVE_SOURCE, UNKNOWN_SOURCE, RoutingRefused
from engage_desktop.services.routing.engine.model import MAX_PRIORITY, RoutingConfiguration, Transition
from engage_desktop.services.routing.engine.state import (
    ACCEPTED,
    ASSIGNED,
    COMPLETED,
    UNDELIVERED,
    WAITING,
    AgentState,
    InterventionState,
    Pool,
    ResolvedStep,
    TaskState,
)

STEP, ACCEPT, AUTO_COMPLETE, SLA = 0, 1, 2, 3
LIVE = (WAITING, ASSIGNED, ACCEPTED)


@dataclass(frozen=True)
class IngestOutcome:
    content_id: int | None
    intervention_id: int | None = None
    task_id: int | None = None
    duplicate: bool = False
    ignored: bool = False
    follow_up: bool = False
    category_ids: frozenset[int] = frozenset()


class RoutingCore(AgentMoves):
    def __init__(
        self,
        config: RoutingConfiguration,
        *,
        record: bool = True,
        keep_completed: bool = True,
        first_ids: tuple[int, int, int] = (1, 1, 1),
    ) -> None:
        self.config = config
        self.categoriser = Categoriser(config)
        self.record = record
        self.keep_completed = keep_completed
        self.now = float("-inf")
        self.tasks: dict[int, TaskState] = {}
        self.recently_done: dict[int, TaskState] = {}
        self.interventions: dict[tuple[int, str], InterventionState] = {}
        self.intervention_by_id: dict[int, InterventionState] = {}
        self.seen: set[tuple[int, str]] = set()
        self.pools: dict[tuple[object, ...], Pool] = {}
        self.timers: list[tuple[float, int, int, int, int]] = []
        self.transitions: list[Transition] = []
        self.on_finished: Callable[[TaskState], None] | None = None
        # (agent, channel) → load as last written to the database (the live adapter's baseline).
        self.written_loads: dict[tuple[int, int], int] = {}
        self.on_assigned: Callable[[TaskState, AgentState], None] | None = None
        self._timer_seq = 0
        self._next_content, self._next_intervention, self._next_task = first_ids
        self._source_keys = config.source_by_key()
        self.agents: dict[int, AgentState] = {}
        for agent_id in sorted(config.agents):
            agent = config.agents[agent_id]
            caps = {ch: config.capacity(agent, ch) for ch in sorted(config.channels)}
            self.agents[agent_id] = AgentState(agent, caps)

    # ---- bookkeeping -----------------------------------------------------------------------------
    def emit(
        self, name: str, task: TaskState | None = None, agent_id: int | None = None, **details: Any
    ) -> None:
        if self.record:
            self.transitions.append(Transition(name, self.now, task.id if task else None, agent_id, details))

    def drain(self) -> list[Transition]:
        """The transitions since the last drain; completed tasks stay readable until `forget_done`."""
        out, self.transitions = self.transitions, []
        return out

    def forget_done(self) -> None:
        self.recently_done.clear()

    def task(self, task_id: int) -> TaskState | None:
        return self.tasks.get(task_id) or self.recently_done.get(task_id)

    def timer(self, at: float, kind: int, task: TaskState, token: int) -> None:
        self._timer_seq += 1
        heapq.heappush(self.timers, (at, self._timer_seq, kind, task.id, token))

    def source_id(self, key: str) -> int:
        source_id = self._source_keys.get(key)
        if source_id is None:
            raise RoutingRefused(UNKNOWN_SOURCE(source=key))
        return source_id

    def advance(self, now: float) -> None:
        """Fire every timer due by `now`, each at its own instant, then stand at `now`."""
        timers = self.timers
        while timers and timers[0][0] <= now:
            at, _seq, kind, task_id, token = heapq.heappop(timers)
            task = self.tasks.get(task_id)
            if task is None or (kind != SLA and token != task.stamp):
                continue  # a stale timer: the task moved on since it was set
            if at > self.now:
                self.now = at
            self._fire(kind, task, token)
        if now > self.now:
            self.now = now

    def _fire(self, kind: int, task: TaskState, token: int) -> None:
        if kind == SLA:
            if task.state in (WAITING, ASSIGNED):
                self._sla_expired(task)
            return
        if token != task.stamp:
            return
        if kind == STEP and task.state == WAITING:
            self.emit("task.expired_from_step", task, queue=task.queue, step=task.step)
            self.next_step(task)
        elif kind == ACCEPT and task.state == ASSIGNED and task.agent_id is not None:
            self.missed(task, task.agent_id)
        elif kind == AUTO_COMPLETE and task.state == ACCEPTED:
            self.finish(task, "closed", auto=True)

    # ---- 1–4: ingest, categorise, intervention, task ---------------------------------------------
    def ingest(
        self,
        source: str,
        foreign_id: str,
        thread: str,
        text: str,
        language: str,
        now: float,
        author: str = "",
        customer: CustomerProfile | None = None,
    ) -> IngestOutcome:
        self.advance(now)
        source_id = self.source_id(source)
        config = self.config.sources[source_id]
        if not config.active:
            raise RoutingRefused(INACTIVE_SOURCE(source=config.name))
        key = (source_id, foreign_id)
        if key in self.seen:
            return IngestOutcome(None, duplicate=True)
        self.seen.add(key)
        content_id = self._next_content
        self._next_content += 1
        if customer is None and self.config.customers:  # the simulator's known customers
            customer = self.config.customers.get(customer_key(config.community_id, author))
        found = self.categoriser.categorise(
            config, text, language, config.calendar.is_open(self.now), customer
        )
        if self.record:
            self.transitions.append(
                Transition(
                    "content.created",
                    self.now,
                    details={
                        "content_id": content_id,
                        "content_source_id": source_id,
                        "foreign_id": foreign_id,
                        "thread": thread,
                        "category_ids": sorted(found.category_ids),
                        "rules_engine_rule_ids": list(found.rule_ids),
                        **identity_detail(customer),
                    },
                )
            )
        if found.ignored:
            return IngestOutcome(content_id, ignored=True)
        intervention = self.interventions.get((source_id, thread))
        if intervention is not None and intervention.state == "open":
            intervention.category_ids |= found.category_ids
            task = self.tasks.get(intervention.task_id) if intervention.task_id else None
            if task is not None and task.state in LIVE:
                if task.state == WAITING and config.intervention_messages_boost:
                    self.set_priority(task, task.priority + config.intervention_messages_boost, "follow_up")
                return IngestOutcome(content_id, intervention.id, task.id, follow_up=True)
        elif intervention is not None:
            intervention.state = "open"
            intervention.category_ids = found.category_ids
            if self.record:
                self.emit("intervention.reactivated", intervention_id=intervention.id)
        else:
            intervention = InterventionState(self._next_intervention, source_id, thread)
            self._next_intervention += 1
            intervention.category_ids = found.category_ids
            self.interventions[(source_id, thread)] = intervention
            self.intervention_by_id[intervention.id] = intervention
            if self.record:
                self.emit(
                    "intervention.opened",
                    intervention_id=intervention.id,
                    content_source_id=source_id,
                    thread=thread,
                    **identity_detail(customer),
                )
        outcome = IngestOutcome(content_id, intervention.id, category_ids=intervention.category_ids)
        if not self.config.routing_mode or config.channel_id is None:
            return outcome
        task = self._create_task(intervention, found.priority, found.team_ids)
        plan = self.categoriser.plan(config, intervention.category_ids, language, found.queue)
        if found.team_ids and found.queue is None:
            plan = QueuePlan(
                plan.name if plan else "default", (ResolvedStep("teams", found.team_ids, None),), None
            )
        if plan is None:
            self.undeliver(task, "no_queue")
        else:
            self.enqueue(task, plan, 0)
        return IngestOutcome(content_id, intervention.id, task.id, category_ids=intervention.category_ids)

    def _create_task(
        self, intervention: InterventionState, priority: int, teams: frozenset[int]
    ) -> TaskState:
        source = self.config.sources[intervention.source_id]
        task = TaskState(self._next_task, intervention.id, source.id, source.channel_id, self.now)
        self._next_task += 1
        task.category_ids = intervention.category_ids
        task.priority = max(0, min(MAX_PRIORITY, priority))
        task.team_ids = teams
        if source.sla_response > 0:
            task.sla_deadline = source.calendar.add_open_seconds(self.now, source.sla_response)
        intervention.task_id = task.id
        self.tasks[task.id] = task
        if self.record:
            self.emit(
                "task.created",
                task,
                intervention_id=intervention.id,
                priority=task.priority,
                sla_deadline=task.sla_deadline if task.sla_deadline != float("inf") else None,
                category_ids=sorted(task.category_ids),
            )
        return task

    # ---- 5: queue and steps -----------------------------------------------------------------------
    def enqueue(self, task: TaskState, plan: QueuePlan, step: int) -> None:
        task.queue, task.steps, task.overflow_to = plan.name, plan.steps, plan.overflow_to
        while True:
            pool = self.pool_for(task, step)
            if pool.members or step == len(task.steps) - 1:
                break
            step += 1  # nobody could ever take it at this step: the broader one at once
        if not pool.members:
            if self._overflow(task):
                return
            self.undeliver(task, "no_agent")
            return
        task.state, task.step, task.step_since, task.agent_id = WAITING, step, self.now, None
        task.stamp += 1
        task.pool = pool
        if self.record:
            self.emit("task.enqueued", task, queue=task.queue, step=step)
        agent = pool.best_agent(self.agents, task.skipped)
        if agent is not None:
            self.assign(task, agent, "task.assigned")
            return
        # Left waiting: only now do its step timeout and SLA expiry need timers.
        pool.push_task(task)
        timeout = task.steps[step].timeout
        if timeout is not None:
            self.timer(self.now + timeout, STEP, task, task.stamp)
        self.watch_sla(task)

    def watch_sla(self, task: TaskState) -> None:
        if task.sla_deadline != float("inf") and not task.sla_watched:
            task.sla_watched = True
            self.timer(task.sla_deadline, SLA, task, 0)

    def next_step(self, task: TaskState) -> None:
        if task.step + 1 < len(task.steps):
            self.enqueue(task, QueuePlan(task.queue, task.steps, task.overflow_to), task.step + 1)
        elif not self._overflow(task):
            task.stamp += 1  # stays in the last step's queue, no more timeout
            if task.pool is not None:
                task.pool.push_task(task)

    def _overflow(self, task: TaskState) -> bool:
        if task.overflow_to is None:
            return False
        plan = self.categoriser.named(task.overflow_to)
        if plan is None:
            self.undeliver(task, "overflow_to_undelivered")
            return True
        if plan.name == task.queue:
            return False
        self.emit("task.moved", task, queue=plan.name, reason="overflow")
        self.enqueue(task, plan, 0)
        return True

    def pool_for(self, task: TaskState, step: int) -> Pool:
        target = task.steps[step]
        ids = task.category_ids if target.kind == "task_cats" else target.ids
        kind = "cats" if target.kind == "task_cats" else target.kind
        key = (task.source_id, kind, ids)
        pool = self.pools.get(key)
        if pool is None:
            channel_id = task.channel_id if task.channel_id is not None else -1
            members = [a for a in self.agents.values() if self._matches(a, task.source_id, kind, ids)]
            pool = Pool(key, channel_id, members if channel_id in self.config.channels else [])
            self.pools[key] = pool
        return pool

    @staticmethod
    def _matches(agent: AgentState, source_id: int, kind: str, ids: frozenset[int]) -> bool:
        config = agent.config
        if not (config.enabled and config.receive_tasks and source_id in config.source_ids):
            return False
        if kind == "any":
            return True
        if kind == "cats":
            return ids <= config.category_ids
        if kind == "teams":
            return bool(ids & config.team_ids)
        return agent.id in ids

    def undeliver(self, task: TaskState, reason: str) -> None:
        task.state, task.pool, task.agent_id = UNDELIVERED, None, None
        task.stamp += 1
        self.emit("task.undelivered", task, reason=reason, queue=task.queue)

    # ---- priority ---------------------------------------------------------------------------------
    def set_priority(self, task: TaskState, priority: int, reason: str) -> None:
        priority = max(0, min(MAX_PRIORITY, priority))
        if priority == task.priority:
            return
        before, task.priority = task.priority, priority
        self.emit("task.priority_updated", task, before=before, after=priority, reason=reason)
        if task.state == WAITING and task.pool is not None:
            task.pool.push_task(task)  # the older entry stays too: whichever comes first, it is this task

    def _sla_expired(self, task: TaskState) -> None:
        strategy = self.config.sources[task.source_id].sla_expired_strategy
        if strategy == "max":
            self.set_priority(task, MAX_PRIORITY, "sla_expired")
        elif strategy == "half":
            self.set_priority(task, max(task.priority, MAX_PRIORITY // 2), "sla_expired")

    def finish(self, task: TaskState, action: str, *, auto: bool = False) -> None:
        """Closing or deferring the intervention completes its task and frees the agent."""
        agent_id = task.agent_id
        task.state, task.completed_at = COMPLETED, self.now
        task.stamp += 1
        if self.record:
            self.emit("task.completed", task, agent_id, action=action, auto=auto)
        intervention = self.intervention_by_id.get(task.intervention_id)
        if intervention is not None and intervention.task_id == task.id:
            intervention.state = "deferred" if action == "deferred" else "closed"
            if self.record:
                self.emit(f"intervention.{intervention.state}", intervention_id=intervention.id)
            if action != "deferred":
                del self.interventions[(intervention.source_id, intervention.thread)]
                del self.intervention_by_id[intervention.id]
        if not self.keep_completed:
            del self.tasks[task.id]
            if self.record:  # the live adapter still writes its row
                self.recently_done[task.id] = task
        if self.on_finished is not None:
            self.on_finished(task)
        if agent_id is not None:
            self.release(self.agents[agent_id], task)
