"""The agent side of the core (steps 6–8 of routing.md): assign, accept, miss, complete, transfer,
presence and connection, and the supervisor's moves. Mixed into `RoutingCore`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from engage_desktop.services.routing.engine.errors import (
    AGENT_CANNOT_TAKE,
    TASK_GONE,
    TASK_NOT_HELD,
    UNKNOWN_QUEUE,
    RoutingRefused,
)
from engage_desktop.services.routing.engine.model import MISSES_BEFORE_AWAY, RoutingConfiguration
from engage_desktop.services.routing.engine.state import (
    ACCEPTED,
    ASSIGNED,
    AVAILABLE,
    AWAY,
    WAITING,
    AgentState,
    Pool,
    TaskState,
)

if TYPE_CHECKING:
    from engage_desktop.services.routing.engine.categorise import Categoriser, QueuePlan

ACCEPT_TIMER, AUTO_COMPLETE_TIMER = 1, 2


class AgentMoves:
    config: RoutingConfiguration
    categoriser: Categoriser
    agents: dict[int, AgentState]
    tasks: dict[int, TaskState]
    now: float
    record: bool
    on_assigned: Callable[[TaskState, AgentState], None] | None

    if TYPE_CHECKING:

        def emit(
            self, name: str, task: TaskState | None = None, agent_id: int | None = None, **details: Any
        ) -> None: ...
        def timer(self, at: float, kind: int, task: TaskState, token: int) -> None: ...
        def advance(self, now: float) -> None: ...
        def enqueue(self, task: TaskState, plan: QueuePlan, step: int) -> None: ...
        def finish(self, task: TaskState, action: str, *, auto: bool = False) -> None: ...
        def set_priority(self, task: TaskState, priority: int, reason: str) -> None: ...
        def pool_for(self, task: TaskState, step: int) -> Pool: ...
        def watch_sla(self, task: TaskState) -> None: ...

    # ---- internal moves ---------------------------------------------------------------------------
    def refresh(self, agent: AgentState, channel: int | None = None) -> None:
        """New heap entries after a change: of one channel's pools after a load change, else all."""
        if channel is None:
            agent.stamp += 1
            for pool in agent.pools:
                pool.offer_agent(agent)
            return
        agent.channel_stamps[channel] += 1
        if (
            not (agent.connected and agent.presence == AVAILABLE)
            or agent.loads[channel] >= agent.caps[channel][0]
        ):
            return  # no pool could offer the agent now: their old entries are stale already
        for pool in agent.pools:
            if pool.channel_id == channel:
                pool.offer_agent(agent)

    def assign(self, task: TaskState, agent: AgentState, name: str, **details: Any) -> None:
        channel = task.channel_id if task.channel_id is not None else -1
        agent.account(self.now)
        task.state, task.agent_id, task.assigned_at, task.pool = ASSIGNED, agent.id, self.now, None
        if task.first_assigned_at is None:
            task.first_assigned_at = self.now
        task.stamp += 1
        agent.loads[channel] += 1
        agent.last_assigned = self.now
        agent.tasks.add(task.id)
        self.refresh(agent, channel)
        if self.record:
            self.emit(
                name, task, agent.id, queue=task.queue, step=task.step, load=agent.loads[channel], **details
            )
        timeout = self.config.channels[channel].task_timeout_seconds
        if timeout > 0:
            self.timer(self.now + timeout, ACCEPT_TIMER, task, task.stamp)
            if task.sla_deadline < self.now + timeout:
                self.watch_sla(task)  # it may expire before the push is accepted
        if self.on_assigned is not None:
            self.on_assigned(task, agent)

    def release(self, agent: AgentState, task: TaskState) -> None:
        channel = task.channel_id if task.channel_id is not None else -1
        agent.account(self.now)
        agent.loads[channel] -= 1
        agent.tasks.discard(task.id)
        self.refresh(agent, channel)
        self.offer_work(agent)

    def offer_work(self, agent: AgentState) -> None:
        """Give a free agent the best waiting tasks of their pools: priority, then age."""
        while agent.routable:
            best: TaskState | None = None
            for pool in agent.pools:
                if not pool.task_heap or agent.loads[pool.channel_id] >= agent.caps[pool.channel_id][0]:
                    continue
                task = pool.best_task(self.tasks, agent.id)
                if task is not None and (
                    best is None
                    or (-task.priority, task.created_at, task.seq)
                    < (-best.priority, best.created_at, best.seq)
                ):
                    best = task
            if best is None:
                return
            self.assign(best, agent, "task.assigned")

    def missed(self, task: TaskState, agent_id: int) -> None:
        agent = self.agents[agent_id]
        self.emit("push_agent.missed_task", task, agent_id)
        if not isinstance(task.skipped, set):
            task.skipped = set()
        task.skipped.add(agent_id)
        agent.missed += 1
        task.agent_id = None
        task.state = WAITING
        channel = task.channel_id if task.channel_id is not None else -1
        agent.account(self.now)
        agent.loads[channel] -= 1
        agent.tasks.discard(task.id)
        if agent.missed >= MISSES_BEFORE_AWAY and agent.presence == AVAILABLE:
            agent.presence = AWAY
            self.emit("push_agent.presence_changed", None, agent_id, presence=AWAY, reason="missed_tasks")
        self.refresh(agent)
        self.requeue(task)
        self.offer_work(agent)

    def requeue(self, task: TaskState) -> None:
        from engage_desktop.services.routing.engine.categorise import QueuePlan

        self.enqueue(task, QueuePlan(task.queue, task.steps, task.overflow_to), task.step)

    def held(self, task_id: int, agent_id: int | None = None) -> TaskState:
        task = self.tasks.get(task_id)
        if (
            task is None
            or task.state not in (ASSIGNED, ACCEPTED)
            or (agent_id is not None and task.agent_id != agent_id)
        ):
            raise RoutingRefused(TASK_NOT_HELD())
        return task

    def waiting(self, task_id: int) -> TaskState:
        task = self.tasks.get(task_id)
        if task is None or task.state != WAITING:
            raise RoutingRefused(TASK_GONE())
        return task

    # ---- agents' events ---------------------------------------------------------------------------
    def accept(self, task_id: int, agent_id: int, now: float) -> None:
        self.advance(now)
        task = self.held(task_id, agent_id)
        if task.state == ACCEPTED:
            return
        task.state, task.accepted_at = ACCEPTED, self.now
        task.stamp += 1
        self.agents[agent_id].missed = 0
        self.emit("task.taken", task, agent_id)

    def reply(self, task_id: int, now: float) -> None:
        """The agent answered: a task left idle after a reply completes on its own (auto-complete)."""
        self.advance(now)
        task = self.held(task_id)
        channel = self.config.channels.get(task.channel_id if task.channel_id is not None else -1)
        if channel is None or channel.task_auto_complete_seconds <= 0 or task.state != ACCEPTED:
            return
        if channel.auto_complete_category_ids and not (
            channel.auto_complete_category_ids & task.category_ids
        ):
            return
        task.stamp += 1
        self.timer(self.now + channel.task_auto_complete_seconds, AUTO_COMPLETE_TIMER, task, task.stamp)

    def complete(self, task_id: int, now: float, action: str = "closed") -> None:
        self.advance(now)
        self.finish(self.held(task_id), "deferred" if action == "deferred" else "closed")

    def transfer(
        self, task_id: int, now: float, *, to_agent: int | None = None, to_queue: str | None = None
    ) -> None:
        """Back to a queue (or straight to an agent, up to their hard capacity), boosted."""
        self.advance(now)
        task = self.held(task_id)
        source = self.config.sources[task.source_id]
        previous = self.agents[task.agent_id] if task.agent_id is not None else None
        plan = self.categoriser.named(to_queue) if to_queue else None
        if to_queue and plan is None:
            raise RoutingRefused(UNKNOWN_QUEUE(queue=to_queue))
        target = self._agent_for_hard(task, to_agent) if to_agent is not None else None
        task.state, task.agent_id = WAITING, None
        if previous is not None:
            channel = task.channel_id if task.channel_id is not None else -1
            previous.account(self.now)
            previous.loads[channel] -= 1
            previous.tasks.discard(task.id)
            self.refresh(previous)
        self.emit(
            "task.transferred", task, previous.id if previous else None, to_agent=to_agent, to_queue=to_queue
        )
        self.set_priority(task, task.priority + source.transferred_tasks_boost, "transfer")
        if target is not None:
            self.assign(task, target, "task.assigned", transferred=True)
        else:
            from engage_desktop.services.routing.engine.categorise import QueuePlan

            self.enqueue(task, plan or QueuePlan(task.queue, task.steps, task.overflow_to), 0)
        if previous is not None:
            self.offer_work(previous)

    def _agent_for_hard(self, task: TaskState, agent_id: int) -> AgentState:
        agent = self.agents.get(agent_id)
        channel = task.channel_id if task.channel_id is not None else -1
        if (
            agent is None
            or not agent.connected
            or not (agent.config.enabled and agent.config.receive_tasks)
            or task.source_id not in agent.config.source_ids
            or channel not in agent.caps
            or agent.loads[channel] >= agent.caps[channel][1]
        ):
            name = agent.config.name if agent is not None else str(agent_id)
            raise RoutingRefused(AGENT_CANNOT_TAKE(agent=name))
        return agent

    # ---- supervisors ------------------------------------------------------------------------------
    def supervisor_assign(self, task_id: int, agent_id: int, now: float, by: int | None = None) -> None:
        self.advance(now)
        task = self.waiting(task_id)
        agent = self._agent_for_hard(task, agent_id)
        self.assign(task, agent, "task.supervisor_assigned", supervisor_id=by)

    def move_to_queue(self, task_id: int, queue: str, now: float, by: int | None = None) -> None:
        self.advance(now)
        task = self.waiting(task_id)
        plan = self.categoriser.named(queue)
        if plan is None:
            raise RoutingRefused(UNKNOWN_QUEUE(queue=queue))
        self.emit("task.moved", task, queue=plan.name, reason="supervisor", supervisor_id=by)
        self.enqueue(task, plan, 0)

    def raise_priority(self, task_id: int, by: int, now: float) -> None:
        self.advance(now)
        task = self.waiting(task_id)
        self.set_priority(task, task.priority + by, "supervisor")

    # ---- presence and connection ------------------------------------------------------------------
    def connect(self, agent_id: int, now: float, presence: str = AVAILABLE) -> None:
        self.advance(now)
        agent = self.agents[agent_id]
        agent.account(self.now)
        agent.connected, agent.presence, agent.missed = True, presence, 0
        self.emit("push_agent.connected", None, agent_id, presence=presence)
        self.refresh(agent)
        self.offer_work(agent)

    def disconnect(self, agent_id: int, now: float) -> None:
        """Tasks pushed but not accepted go back to their queue (`task.expired_from_workbin`)."""
        self.advance(now)
        agent = self.agents[agent_id]
        agent.account(self.now)
        agent.connected = False
        self.emit("push_agent.disconnected", None, agent_id)
        for task_id in sorted(agent.tasks):
            task = self.tasks[task_id]
            if task.state == ASSIGNED:
                self.emit("task.expired_from_workbin", task, agent_id)
                channel = task.channel_id if task.channel_id is not None else -1
                agent.loads[channel] -= 1
                agent.tasks.discard(task_id)
                task.agent_id, task.state = None, WAITING
                self.requeue(task)
        self.refresh(agent)

    def set_presence(self, agent_id: int, presence: str, now: float) -> None:
        self.advance(now)
        agent = self.agents[agent_id]
        if agent.presence == presence:
            return
        agent.account(self.now)
        agent.presence = presence
        if presence == AVAILABLE:
            agent.missed = 0
        self.emit("push_agent.presence_changed", None, agent_id, presence=presence)
        self.refresh(agent)
        self.offer_work(agent)
