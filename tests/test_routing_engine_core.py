"""The routing core, one pipeline rule at a time (routing.md): pure, on a hand-moved clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from engage_desktop.services.routing.engine.calendar import WeeklyHours
from engage_desktop.services.routing.engine.core import RoutingCore
from engage_desktop.services.routing.engine.errors import RoutingRefused
from engage_desktop.services.routing.engine.model import (
    MAX_PRIORITY,
    AgentConfig,
    ChannelConfig,
    RoutingConfiguration,
    RuleConfig,
    SourceConfig,
)
from engage_desktop.services.routing.rule_conditions import Action, ActionKind, ConditionKind, Leaf, RuleSpec
from engage_desktop.services.routing.topology_config import Match, Queue, Step, Target, TopologyConfig

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC).timestamp()  # a Tuesday


def config(
    agents: int = 2,
    *,
    soft: int = 1,
    hard: int = 2,
    timeout: int = 30,
    topology: TopologyConfig | None = None,
    rules: tuple[RuleConfig, ...] = (),
    **source: object,
) -> RoutingConfiguration:
    channel = ChannelConfig(1, "chat", soft, hard, timeout, platform_id="ch1")
    src = SourceConfig(1, "web", 1, platform_id="s1", **source)  # type: ignore[arg-type]
    people = {
        i: AgentConfig(
            i,
            f"agent{i}",
            category_ids=frozenset({10}) if i % 2 else frozenset(),
            team_ids=frozenset({100 + i % 2}),
            source_ids=frozenset({1}),
            platform_id=f"u{i}",
        )
        for i in range(1, agents + 1)
    }
    return RoutingConfiguration(
        {1: channel},
        {1: src},
        people,
        topology=topology,
        rules=rules,
        category_ids={"cat-billing": 10, "cat-orders": 11},
        team_ids={"team-odd": 101, "team-even": 100},
        user_ids={f"u{i}": i for i in people},
        channel_ids={"ch1": 1},
    )


def core_with(cfg: RoutingConfiguration, connected: tuple[int, ...] | None = None) -> RoutingCore:
    core = RoutingCore(cfg)
    for agent_id in connected if connected is not None else tuple(cfg.agents):
        core.connect(agent_id, T0)
    core.drain()
    return core


def names(core: RoutingCore) -> list[tuple[str, int | None, int | None]]:
    return [(t.name, t.task_id, t.agent_id) for t in core.drain()]


def send(
    core: RoutingCore,
    n: int,
    at: float = 0,
    thread: str | None = None,
    text: str = "hi",
    language: str = "en",
) -> int | None:
    return core.ingest("web", f"m{n}", thread or f"t{n}", text, language, T0 + (at or n)).task_id


def test_ingest_is_idempotent_on_the_foreign_id() -> None:
    core = core_with(config())
    first = core.ingest("web", "same", "t1", "hello", "en", T0 + 1)
    again = core.ingest("web", "same", "t1", "hello", "en", T0 + 2)
    assert first.task_id == 1 and again.duplicate and again.task_id is None
    assert len(core.tasks) == 1


def test_unknown_and_inactive_sources_are_refused() -> None:
    with pytest.raises(RoutingRefused):
        core_with(config()).ingest("nowhere", "m", "t", "", "", T0)
    core = core_with(config(active=False))
    with pytest.raises(RoutingRefused):
        core.ingest("web", "m", "t", "", "", T0)


def test_least_loaded_then_longest_idle_and_capacity_soft() -> None:
    core = core_with(config(agents=2, soft=2))
    assert [core.tasks[send(core, n) or 0].agent_id for n in (1, 2, 3, 4)] == [1, 2, 1, 2]
    fifth = send(core, 5)
    assert core.tasks[fifth or 0].state == "waiting"  # both at their capacity


def test_completion_frees_capacity_and_the_oldest_waiting_task_goes_first() -> None:
    core = core_with(config(agents=1, timeout=0))
    first, second, third = send(core, 1), send(core, 2), send(core, 3)
    core.accept(first or 0, 1, T0 + 5)
    core.complete(first or 0, T0 + 6)
    assert core.tasks[second or 0].agent_id == 1 and core.tasks[third or 0].state == "waiting"


def test_priority_orders_the_queue_and_a_follow_up_boosts_it() -> None:
    core = core_with(config(agents=1, timeout=0, intervention_messages_boost=5))
    busy, older, newer = send(core, 1), send(core, 2), send(core, 3)
    outcome = core.ingest("web", "m4", "t3", "again", "en", T0 + 4)
    assert outcome.follow_up and outcome.task_id == newer and core.tasks[newer or 0].priority == 5
    core.complete(busy or 0, T0 + 5)
    assert core.tasks[newer or 0].agent_id == 1 and core.tasks[older or 0].state == "waiting"


def test_eligibility_needs_connection_availability_and_the_source() -> None:
    cfg = config(agents=3)
    agents = dict(cfg.agents)
    agents[3] = replace(agents[3], source_ids=frozenset())
    core = core_with(replace(cfg, agents=agents), connected=(2, 3))
    core.set_presence(2, "away", T0)
    task = send(core, 1)
    assert core.tasks[task or 0].state == "waiting"  # 1 offline, 2 away, 3 not allowed on the source
    core.connect(1, T0 + 10)
    assert core.tasks[task or 0].agent_id == 1


def test_disabled_or_non_receiving_agents_never_get_tasks() -> None:
    cfg = config(agents=2)
    agents = {1: replace(cfg.agents[1], enabled=False), 2: replace(cfg.agents[2], receive_tasks=False)}
    core = core_with(replace(cfg, agents=agents))
    task = send(core, 1)
    assert core.tasks[task or 0].state == "undelivered"  # nobody could ever take it


def test_step_timeout_moves_the_task_to_the_next_broader_step() -> None:
    topology = TopologyConfig(
        queues=(),
        default_queue=(Step(Target(categories=("cat-billing",)), 60), Step(Target(any_agent=True))),
    )
    core = core_with(config(agents=2, topology=topology), connected=(2,))  # agent 2 lacks billing
    task = send(core, 1)
    assert core.tasks[task or 0].state == "waiting" and core.tasks[task or 0].step == 0
    core.advance(T0 + 62)
    assert ("task.expired_from_step", task, None) in names(core)
    assert core.tasks[task or 0].agent_id == 2 and core.tasks[task or 0].step == 1


def test_team_and_user_targets() -> None:
    topology = TopologyConfig(
        queues=(Queue("vip", (Step(Target(user_ids=("u2",))),), match=Match(languages=("fr",))),),
        default_queue=(Step(Target(team_ids=("team-odd",))),),
    )
    core = core_with(config(agents=3, soft=3, topology=topology))
    assert core.tasks[send(core, 1, language="fr") or 0].agent_id == 2
    assert {core.tasks[send(core, n) or 0].agent_id for n in (2, 3, 4)} == {1, 3}


def test_acceptance_timeout_skips_the_agent_and_repeated_misses_set_away() -> None:
    core = core_with(config(agents=2, timeout=30))
    task = send(core, 1)
    assert core.tasks[task or 0].agent_id == 1
    core.advance(T0 + 40)
    assert ("push_agent.missed_task", task, 1) in names(core)
    assert core.tasks[task or 0].agent_id == 2
    core.advance(T0 + 80)  # agent 2 misses too; agent 1 is skipped for this task
    assert core.tasks[task or 0].state == "waiting"
    for n in (2, 3):
        core.connect(2, T0 + 80 * n)
        send(core, 10 + n, at=80 * n + 1)
        core.advance(T0 + 80 * n + 40)
    assert core.agents[1].presence == "away" or core.agents[2].presence == "away"


def test_undelivered_without_a_queue() -> None:
    topology = TopologyConfig(
        queues=(Queue("fr", (Step(Target(any_agent=True)),), match=Match(languages=("fr",))),)
    )
    core = core_with(config(topology=topology))
    task = send(core, 1, language="en")
    assert core.tasks[task or 0].state == "undelivered"
    assert ("task.undelivered", task, None) in names(core)


def test_transfer_boosts_and_may_reach_hard_capacity() -> None:
    core = core_with(config(agents=2, soft=1, hard=2, transferred_tasks_boost=7, timeout=0))
    a, b = send(core, 1), send(core, 2)
    assert core.tasks[a or 0].agent_id == 1 and core.tasks[b or 0].agent_id == 2
    core.transfer(a or 0, T0 + 5, to_agent=2)
    assert core.tasks[a or 0].agent_id == 2 and core.tasks[a or 0].priority == 7
    assert core.agents[2].loads[1] == 2  # above the soft capacity, at the hard one
    with pytest.raises(RoutingRefused):
        core.transfer(b or 0, T0 + 6, to_agent=2)  # would pass the hard capacity
    core.transfer(b or 0, T0 + 7)  # back to its queue: agent 1 is free again
    assert core.tasks[b or 0].agent_id == 1


def test_supervisor_assignment_goes_to_hard_capacity_only() -> None:
    core = core_with(config(agents=1, soft=1, hard=2, timeout=0))
    send(core, 1)
    second, third = send(core, 2), send(core, 3)
    core.supervisor_assign(second or 0, 1, T0 + 5)
    assert core.tasks[second or 0].agent_id == 1
    with pytest.raises(RoutingRefused):
        core.supervisor_assign(third or 0, 1, T0 + 6)


def test_sla_expiry_raises_priority_per_strategy() -> None:
    for strategy, expected in (("max", MAX_PRIORITY), ("half", MAX_PRIORITY // 2), ("base", 3)):
        core = core_with(
            config(agents=1, sla_response=60, sla_expired_strategy=strategy, default_task_priority=3),
            connected=(),
        )
        task = send(core, 1)
        core.advance(T0 + 100)
        assert core.tasks[task or 0].priority == expected


def test_sla_deadline_counts_business_hours_and_skips_holidays() -> None:
    hours = WeeklyHours.parse({d: "0900-1800" for d in range(5)}, "UTC", holidays=[date(2026, 12, 2)])
    core = core_with(config(agents=1, sla_response=3600), connected=())
    cfg = replace(core.config, sources={1: replace(core.config.sources[1], calendar=hours)})
    core = core_with(cfg, connected=())
    # Tuesday 17:30: 30 minutes today, Wednesday is a holiday, 30 minutes on Thursday.
    at = datetime(2026, 12, 1, 17, 30, tzinfo=UTC).timestamp()
    task = core.ingest("web", "late", "t", "", "", at).task_id
    assert core.tasks[task or 0].sla_deadline == datetime(2026, 12, 3, 9, 30, tzinfo=UTC).timestamp()


def test_auto_complete_after_a_reply() -> None:
    cfg = config(agents=1, timeout=0)
    cfg = replace(cfg, channels={1: replace(cfg.channels[1], task_auto_complete_seconds=120)})
    core = core_with(cfg)
    task = send(core, 1)
    core.accept(task or 0, 1, T0 + 5)
    core.reply(task or 0, T0 + 10)
    core.advance(T0 + 200)
    assert core.task(task or 0).state == "completed"  # type: ignore[union-attr]
    assert core.agents[1].loads[1] == 0


def test_rules_categorise_route_and_ignore() -> None:
    rules = (
        RuleConfig(1, "refunds", RuleSpec(condition=Leaf(ConditionKind.TEXT_CONTAINS, value="refund"),
                                          actions=(Action(ActionKind.ADD_CATEGORY, "cat-billing"),))),
        RuleConfig(2, "spam", RuleSpec(condition=Leaf(ConditionKind.TEXT_CONTAINS, value="casino"),
                                       actions=(Action(ActionKind.IGNORE),))),
    )  # fmt: skip
    topology = TopologyConfig(
        queues=(
            Queue("billing", (Step(Target(categories="task")),), match=Match(category_ids=("cat-billing",))),
        ),
        default_queue=(Step(Target(any_agent=True)),),
    )
    core = core_with(config(agents=2, soft=3, topology=topology, rules=rules))
    refund = core.ingest("web", "m1", "t1", "I want a REFUND", "en", T0 + 1)
    assert refund.category_ids == frozenset({10})
    task = core.tasks[refund.task_id or 0]
    assert task.queue == "billing" and task.agent_id == 1  # agent 1 holds the billing skill
    assert core.ingest("web", "m2", "t2", "win at the casino", "en", T0 + 2).ignored


def test_deferred_intervention_is_reactivated_by_a_new_message() -> None:
    core = core_with(config(agents=1, timeout=0))
    first = core.ingest("web", "m1", "thread", "hi", "en", T0 + 1)
    core.complete(first.task_id or 0, T0 + 2, "deferred")
    again = core.ingest("web", "m2", "thread", "still there?", "en", T0 + 3)
    assert again.intervention_id == first.intervention_id and again.task_id != first.task_id
    assert "intervention.reactivated" in [n for n, _t, _a in names(core)]


def test_disconnect_returns_pushed_tasks_to_the_queue() -> None:
    core = core_with(config(agents=2))
    task = send(core, 1)
    core.disconnect(1, T0 + 5)
    assert ("task.expired_from_workbin", task, 1) in names(core)
    assert core.tasks[task or 0].agent_id == 2
