"""Simulated agents: they accept a pushed task after a short delay and complete it after a handling
time drawn from a seeded exponential law, so the demo's queues move and simulations are
repeatable. The same object drives the in-memory simulation and the live engine (`due`).
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass

ACCEPT, COMPLETE = 0, 1


@dataclass(frozen=True)
class HandlingTimes:
    handling_seconds: float = 300.0  # mean time from acceptance to completion
    accept_seconds: float = 5.0  # mean time from the push to acceptance
    defer_share: float = 0.05  # share of interventions deferred rather than closed
    miss_share: float = 0.0  # share of pushes never accepted (acceptance timeout)


@dataclass(frozen=True)
class AgentAction:
    at: float
    kind: int  # ACCEPT | COMPLETE
    task_id: int
    agent_id: int
    action: str = "closed"


class AgentSimulator:
    def __init__(self, times: HandlingTimes | None = None, seed: int = 0) -> None:
        self.times = times or HandlingTimes()
        self.random = random.Random(seed)
        self.pending: list[tuple[float, int, int, int, int]] = []
        self._seq = 0

    def _push(self, at: float, kind: int, task_id: int, agent_id: int) -> None:
        self._seq += 1
        heapq.heappush(self.pending, (at, self._seq, kind, task_id, agent_id))

    def pushed(self, task_id: int, agent_id: int, at: float) -> None:
        """A task was assigned: plan its acceptance (unless this push is to be missed)."""
        times = self.times
        if times.miss_share and self.random.random() < times.miss_share:
            return
        delay = self.random.expovariate(1.0 / times.accept_seconds) if times.accept_seconds > 0 else 0.0
        self._push(at + delay, ACCEPT, task_id, agent_id)

    def accepted(self, task_id: int, agent_id: int, at: float) -> None:
        mean = self.times.handling_seconds
        self._push(
            at + (self.random.expovariate(1.0 / mean) if mean > 0 else 0.0), COMPLETE, task_id, agent_id
        )

    def next_at(self) -> float | None:
        return self.pending[0][0] if self.pending else None

    def pop(self) -> AgentAction:
        at, _seq, kind, task_id, agent_id = heapq.heappop(self.pending)
        action = "closed"
        if kind == COMPLETE and self.times.defer_share and self.random.random() < self.times.defer_share:
            action = "deferred"
        return AgentAction(at, kind, task_id, agent_id, action)

    def due(self, now: float) -> list[AgentAction]:
        out = []
        while self.pending and self.pending[0][0] <= now:
            out.append(self.pop())
        return out
