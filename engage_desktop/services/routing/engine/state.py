"""The core's mutable state: tasks, interventions, agents, and the pools that match them.

A *pool* is the set of agents a step may offer a task to on one source (static eligibility ∩ the
step's target). It keeps two lazy heaps: free agents by (load, last assigned, id) and waiting tasks
by (-priority, age, sequence). Entries carry a stamp; a change bumps the object's stamp and pushes
a fresh entry, stale ones are dropped when they reach the top. Choosing an agent or a task is then
O(log n), which is what lets a 500-agent, million-task day simulate in seconds.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from engage_desktop.services.routing.engine.model import AgentConfig

WAITING, ASSIGNED, ACCEPTED, COMPLETED, UNDELIVERED = (
    "waiting",
    "assigned",
    "accepted",
    "completed",
    "undelivered",
)
AVAILABLE, AWAY = "available", "away"
NOBODY: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ResolvedStep:
    kind: str  # "any" | "cats" | "task_cats" | "teams" | "users"
    ids: frozenset[int]
    timeout: float | None


class TaskState:
    __slots__ = (
        "accepted_at",
        "agent_id",
        "assigned_at",
        "category_ids",
        "channel_id",
        "completed_at",
        "created_at",
        "db_version",
        "first_assigned_at",
        "id",
        "intervention_id",
        "overflow_to",
        "pool",
        "priority",
        "queue",
        "seq",
        "skipped",
        "sla_deadline",
        "sla_watched",
        "source_id",
        "stamp",
        "state",
        "step",
        "step_since",
        "steps",
        "team_ids",
    )

    def __init__(
        self, task_id: int, intervention_id: int, source_id: int, channel_id: int | None, at: float
    ) -> None:
        self.id = task_id
        self.intervention_id = intervention_id
        self.source_id = source_id
        self.channel_id = channel_id
        self.created_at = self.step_since = at
        self.queue = "default"
        self.steps: tuple[ResolvedStep, ...] = ()
        self.overflow_to: str | None = None
        self.step = 0
        self.priority = 0
        self.state = WAITING
        self.agent_id: int | None = None
        self.category_ids: frozenset[int] = frozenset()
        self.team_ids: frozenset[int] = frozenset()
        self.skipped: set[int] | frozenset[int] = NOBODY
        self.sla_deadline = float("inf")
        self.sla_watched = False
        self.assigned_at: float | None = None
        self.first_assigned_at: float | None = None
        self.accepted_at: float | None = None
        self.completed_at: float | None = None
        self.seq = task_id
        self.pool: Pool | None = None
        self.stamp = 0
        self.db_version = 0


class InterventionState:
    __slots__ = ("category_ids", "id", "source_id", "state", "task_id", "thread")

    def __init__(self, intervention_id: int, source_id: int, thread: str) -> None:
        self.id = intervention_id
        self.source_id = source_id
        self.thread = thread
        self.state = "open"
        self.task_id: int | None = None
        self.category_ids: frozenset[int] = frozenset()


class AgentState:
    __slots__ = (
        "caps",
        "channel_stamps",
        "config",
        "connected",
        "id",
        "last_assigned",
        "last_change",
        "loads",
        "missed",
        "occupied_area",
        "online_seconds",
        "pools",
        "presence",
        "stamp",
        "tasks",
    )

    def __init__(self, config: AgentConfig, caps: dict[int, tuple[int, int]]) -> None:
        self.id = config.id
        self.config = config
        self.caps = caps  # channel → (capacity, hard capacity)
        self.presence = AWAY
        self.connected = False
        self.loads: dict[int, int] = dict.fromkeys(caps, 0)
        self.last_assigned = 0.0
        self.missed = 0
        self.stamp = 0  # bumped by presence and connection changes: every pool's entry is stale
        self.channel_stamps: dict[int, int] = dict.fromkeys(caps, 0)  # bumped by load changes
        self.pools: list[Pool] = []
        self.tasks: set[int] = set()
        self.occupied_area = 0.0  # ∫ load / capacity dt while connected
        self.online_seconds = 0.0
        self.last_change: float | None = None

    @property
    def routable(self) -> bool:
        return self.connected and self.presence == AVAILABLE

    def ratio(self) -> float:
        total = 0.0
        for channel, load in self.loads.items():
            if load:
                total += load / (self.caps[channel][0] or 1)
        return total if total < 1.0 else 1.0

    def account(self, now: float) -> None:
        """Integrate occupancy up to `now` (called before any change of load or connection)."""
        if self.last_change is not None and self.connected:
            span = now - self.last_change
            if span > 0:
                self.occupied_area += self.ratio() * span
                self.online_seconds += span
        self.last_change = now


class Pool:
    __slots__ = ("agent_heap", "channel_id", "key", "members", "task_heap")

    def __init__(self, key: tuple[object, ...], channel_id: int, members: list[AgentState]) -> None:
        self.key = key
        self.channel_id = channel_id
        self.members = members
        self.agent_heap: list[tuple[int, float, int, int]] = []
        self.task_heap: list[tuple[int, float, int, int]] = []
        for agent in members:
            agent.pools.append(self)
            self.offer_agent(agent)

    def offer_agent(self, agent: AgentState) -> None:
        """Push the agent's current entry if it could take a task from this pool now."""
        channel = self.channel_id
        if agent.connected and agent.presence == AVAILABLE:
            load = agent.loads[channel]
            if load < agent.caps[channel][0]:
                stamp = agent.stamp * 1_000_003 + agent.channel_stamps[channel]
                heapq.heappush(self.agent_heap, (load, agent.last_assigned, agent.id, stamp))
                if len(self.agent_heap) > 8 * len(self.members) + 64:
                    self._compact_agents()

    def _compact_agents(self) -> None:
        fresh = {}
        for entry in self.agent_heap:
            fresh[entry[2]] = entry
        by_id = {a.id: a for a in self.members}
        channel = self.channel_id
        self.agent_heap = [
            e
            for e in fresh.values()
            if by_id[e[2]].stamp * 1_000_003 + by_id[e[2]].channel_stamps[channel] == e[3]
        ]
        heapq.heapify(self.agent_heap)

    def push_task(self, task: TaskState) -> None:
        heapq.heappush(self.task_heap, (-task.priority, task.created_at, task.seq, task.stamp))

    def best_agent(
        self, agents: dict[int, AgentState], skipped: set[int] | frozenset[int]
    ) -> AgentState | None:
        """The least loaded, then longest idle, free agent not skipped for this task (not popped)."""
        heap = self.agent_heap
        channel = self.channel_id
        aside = []
        found = None
        while heap:
            _load, _last, agent_id, stamp = heap[0]
            agent = agents[agent_id]
            if (
                stamp != agent.stamp * 1_000_003 + agent.channel_stamps[channel]
                or not agent.routable
                or agent.loads[self.channel_id] >= agent.caps[self.channel_id][0]
            ):
                heapq.heappop(heap)
                continue
            if agent_id in skipped:
                aside.append(heapq.heappop(heap))
                continue
            found = agent
            break
        for entry in aside:
            heapq.heappush(heap, entry)
        return found

    def best_task(self, tasks: dict[int, TaskState], agent_id: int) -> TaskState | None:
        """The first waiting task of this pool the agent is not skipped for (not popped)."""
        heap = self.task_heap
        aside = []
        found = None
        while heap:
            entry = heap[0]
            task = tasks.get(entry[2])
            if task is None or task.stamp != entry[3] or task.state != WAITING or task.pool is not self:
                heapq.heappop(heap)
                continue
            if agent_id in task.skipped:
                aside.append(heapq.heappop(heap))
                continue
            found = task
            break
        for entry in aside:
            heapq.heappush(heap, entry)
        return found
