"""Hypothesis generates traces of arrivals and agent events; the core's invariants hold after each:
no task held by two agents, no load past the hard capacity (nor past the soft one by routing
alone), loads equal the tasks held, and every task is assigned, waiting, completed or undelivered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engage_desktop.services.routing.engine.core import RoutingCore
from engage_desktop.services.routing.engine.errors import RoutingRefused
from engage_desktop.services.routing.engine.model import (
    AgentConfig,
    ChannelConfig,
    RoutingConfiguration,
    SourceConfig,
)
from engage_desktop.services.routing.engine.state import ACCEPTED, ASSIGNED, COMPLETED, UNDELIVERED, WAITING
from engage_desktop.services.routing.topology_config import Step, Target, TopologyConfig

T0 = 1_800_000_000.0
AGENTS = 4


def configuration(soft: int, hard: int, timeout: int) -> RoutingConfiguration:
    channels = {1: ChannelConfig(1, "chat", soft, hard, timeout), 2: ChannelConfig(2, "mail", 1, 2, 0)}
    sources = {
        1: SourceConfig(
            1, "web", 1, sla_response=90, transferred_tasks_boost=3, intervention_messages_boost=2
        ),
        2: SourceConfig(2, "mail", 2, sla_response=0),
    }
    agents = {
        i: AgentConfig(
            i,
            f"a{i}",
            category_ids=frozenset({1}) if i % 2 else frozenset(),
            team_ids=frozenset({i % 2}),
            source_ids=frozenset({1, 2}) if i != 4 else frozenset({2}),
        )
        for i in range(1, AGENTS + 1)
    }
    topology = TopologyConfig(
        queues=(), default_queue=(Step(Target(categories="task"), 40), Step(Target(any_agent=True)))
    )
    return RoutingConfiguration(channels, sources, agents, topology=topology, category_ids={"c1": 1})


event = st.one_of(
    st.tuples(st.just("arrive"), st.sampled_from(["web", "mail"]), st.integers(0, 12)),
    st.tuples(st.just("accept"), st.integers(1, 40), st.integers(1, AGENTS)),
    st.tuples(st.just("complete"), st.integers(1, 40), st.sampled_from(["closed", "deferred"])),
    st.tuples(st.just("transfer"), st.integers(1, 40), st.integers(0, AGENTS)),
    st.tuples(st.just("supervise"), st.integers(1, 40), st.integers(1, AGENTS)),
    st.tuples(st.just("presence"), st.integers(1, AGENTS), st.sampled_from(["available", "away"])),
    st.tuples(st.just("connect"), st.integers(1, AGENTS), st.booleans()),
    st.tuples(st.just("wait"), st.integers(1, 120), st.just(0)),
)


def check(core: RoutingCore) -> None:
    held: dict[int, list[int]] = {a: [] for a in core.agents}
    for task in core.tasks.values():
        assert task.state in (WAITING, ASSIGNED, ACCEPTED, COMPLETED, UNDELIVERED)
        if task.state in (ASSIGNED, ACCEPTED):
            assert task.agent_id is not None
            held[task.agent_id].append(task.id)
        else:
            assert task.agent_id is None or task.state == COMPLETED
    for agent_id, agent in core.agents.items():
        assert sorted(agent.tasks) == sorted(held[agent_id])  # a task is held by one agent only
        for channel, load in agent.loads.items():
            counted = sum(1 for t in held[agent_id] if core.tasks[t].channel_id == channel)
            assert load == counted
            assert 0 <= load <= agent.caps[channel][1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    soft=st.integers(1, 3),
    extra=st.integers(0, 2),
    timeout=st.sampled_from([0, 20, 60]),
    events=st.lists(event, max_size=80),
)
def test_invariants_hold_on_any_trace(
    soft: int, extra: int, timeout: int, events: list[tuple[object, ...]]
) -> None:
    core = RoutingCore(configuration(soft, soft + extra, timeout))
    now, n = T0, 0
    for agent_id in core.agents:
        core.connect(agent_id, now)
    for kind, a, b in events:
        now += 5
        try:
            if kind == "arrive":
                n += 1
                core.ingest(str(a), f"m{n}", f"thread{b}", "hello", "en", now)
            elif kind == "accept":
                core.accept(int(a), int(b), now)  # type: ignore[call-overload]
            elif kind == "complete":
                core.complete(int(a), now, str(b))  # type: ignore[call-overload]
            elif kind == "transfer":
                core.transfer(int(a), now, to_agent=int(b) or None)  # type: ignore[call-overload]
            elif kind == "supervise":
                core.supervisor_assign(int(a), int(b), now)  # type: ignore[call-overload]
            elif kind == "presence":
                core.set_presence(int(a), str(b), now)  # type: ignore[call-overload]
            elif kind == "connect":
                (core.connect if b else core.disconnect)(int(a), now)  # type: ignore[call-overload, operator]
            else:
                now += int(a)  # type: ignore[call-overload]
                core.advance(now)
        except RoutingRefused:
            pass
        check(core)
    # Routing alone never passes the soft capacity: only transfers and supervisors use the hard one.
    for t in core.transitions:
        if t.name == "task.assigned" and not t.details.get("transferred"):
            agent = core.agents[t.agent_id or 0]
            channel = core.tasks[t.task_id or 0].channel_id or 0
            assert int(t.details["load"]) <= agent.caps[channel][0]


def test_the_same_trace_twice_gives_the_same_transitions() -> None:
    runs = []
    for _ in range(2):
        core = RoutingCore(configuration(2, 3, 30))
        for agent_id in core.agents:
            core.connect(agent_id, T0)
        for n in range(1, 60):
            core.ingest("web" if n % 3 else "mail", f"m{n}", f"t{n % 17}", "x", "en", T0 + 7 * n)
            if n % 4 == 0:
                task = core.tasks.get(n // 2)
                if task is not None and task.agent_id is not None:
                    try:
                        core.accept(task.id, task.agent_id, T0 + 7 * n + 1)
                        core.complete(task.id, T0 + 7 * n + 2)
                    except RoutingRefused:
                        pass
        core.advance(T0 + 2000)
        runs.append([(t.name, t.at, t.task_id, t.agent_id, sorted(t.details.items())) for t in core.drain()])
    assert runs[0] == runs[1] and len(runs[0]) > 200
