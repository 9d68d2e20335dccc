"""Demo traffic for the queue monitor: an hour of interactions routed by the live engine, with
simulated agents accepting and completing tasks, ending now — so the monitor, its charts and the
screenshots show queues that moved. Runs as the system and needs the engine lock.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine.agent_simulator import ACCEPT, AgentSimulator, HandlingTimes
from engage_desktop.services.routing.engine.live import LiveRoutingEngine
from engage_desktop.services.routing.engine.model import Interaction
from engage_desktop.services.routing.engine.trace_generator import LANGUAGES, TOPICS


@dataclass(frozen=True)
class DemoTraffic:
    interactions: int
    tasks_open: int
    agents_connected: int


class _Clock:
    def __init__(self, at: float) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


def play_demo_traffic(
    ctx: ServiceContext,
    *,
    minutes: int = 60,
    per_minute: float = 6.0,
    handling_seconds: float = 600.0,
    seed: int = 1,
    end: datetime | None = None,
) -> DemoTraffic:
    """Route `minutes` of arrivals ending at `end` (now) through the live engine; returns counts."""
    rng = random.Random(seed)
    end = end or datetime.now(UTC)
    start = end - timedelta(minutes=minutes)
    clock = _Clock(start.timestamp())
    engine = LiveRoutingEngine(ctx, clock=clock)
    config = engine.core.config
    sources = [s for s in config.sources.values() if s.active and s.channel_id is not None]
    if not sources:
        return DemoTraffic(0, 0, 0)
    agents = AgentSimulator(HandlingTimes(handling_seconds=handling_seconds, accept_seconds=8), seed=seed)

    def pushed(name: str, task_id: int | None, agent_id: int | None, at: float) -> None:
        if (
            name in ("task.assigned", "task.supervisor_assigned")
            and task_id is not None
            and agent_id is not None
        ):
            agents.pushed(task_id, agent_id, at)

    engine.on_transition = pushed
    for agent_id in sorted(engine.core.agents):
        engine.connect(agent_id)
    count = int(minutes * per_minute)
    stamps = sorted(start.timestamp() + rng.random() * minutes * 60 for _ in range(count))
    for n, at in enumerate(stamps):
        clock.at = at
        _work(engine, agents, at)
        source = sources[n % len(sources)]
        _topic, text = TOPICS[rng.randrange(len(TOPICS))]
        language = rng.choices([c for c, _w in LANGUAGES], weights=[w for _c, w in LANGUAGES])[0]
        item = Interaction(
            source.platform_id or source.name,
            f"demo-{int(time.time())}-{seed}-{n}",
            f"demo-thread-{seed}-{n}",
            f"customer-{rng.randrange(5000)}",
            text,
            language,
            datetime.fromtimestamp(at, UTC),
        )
        try:
            engine.ingest(item)
        except DomainError:
            continue
    clock.at = end.timestamp()
    _work(engine, agents, clock.at)
    engine.tick()
    open_tasks = sum(1 for t in engine.core.tasks.values() if t.state in ("waiting", "assigned", "accepted"))
    connected = sum(1 for a in engine.core.agents.values() if a.connected)
    return DemoTraffic(count, open_tasks, connected)


def _work(engine: LiveRoutingEngine, agents: AgentSimulator, now: float) -> None:
    for action in agents.due(now):
        try:
            if action.kind == ACCEPT:
                engine.accept(action.task_id, action.agent_id)
                agents.accepted(action.task_id, action.agent_id, action.at)
            else:
                engine.complete(action.task_id, action.action)
        except DomainError:
            continue
