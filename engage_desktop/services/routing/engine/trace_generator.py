"""Realistic days of interactions for demos and benchmarks: an arrival curve by hour (quiet nights,
a morning and an afternoon peak), a channel mix, categories by keyword, languages and follow-ups.

`generate_day` also builds a matching demo configuration (channels, sources, categories, teams,
agents, a topology and two rules), so `engage-desktop simulate --generate` needs no database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from engage_desktop.services.routing.engine.model import (
    AgentConfig,
    ChannelConfig,
    Interaction,
    RoutingConfiguration,
    RuleConfig,
    SourceConfig,
)
from engage_desktop.services.routing.rule_conditions import Action, ActionKind, ConditionKind, Leaf, RuleSpec
from engage_desktop.services.routing.topology_config import Step, Target, TopologyConfig

# Share of the day's arrivals in each hour (UTC), summing to 1.
HOURLY = (
    0.8, 0.5, 0.4, 0.4, 0.5, 0.9, 1.8, 3.5, 5.8, 7.2, 7.6, 7.1,
    5.9, 6.4, 7.0, 7.2, 6.8, 5.9, 4.6, 3.8, 3.2, 2.6, 1.9, 1.2,
)  # fmt: skip
TOPICS = (
    ("billing", "My invoice is wrong, I was charged twice"),
    ("orders", "Where is my order? It was due yesterday"),
    ("returns", "I want a refund for this broken item"),
    ("technical", "The app crashes when I log in"),
    ("account", "I cannot change my password"),
)
CHANNEL_MIX = (("chat", 0.45), ("email", 0.30), ("social", 0.25))
LANGUAGES = (("en", 0.75), ("fr", 0.2), ("de", 0.05))


@dataclass(frozen=True)
class GeneratorOptions:
    seed: int = 1
    interactions: int = 1_000
    agents: int = 20
    start: datetime = datetime(2026, 12, 1, tzinfo=UTC)
    follow_up_share: float = 0.1
    teams: int = 5


def demo_configuration(agents: int, teams: int = 5, seed: int = 1) -> RoutingConfiguration:
    rng = random.Random(seed)
    channels = {
        1: ChannelConfig(1, "chat", 3, 5, 30, 0, platform_id="ch-chat"),
        2: ChannelConfig(2, "email", 5, 8, 120, 0, platform_id="ch-email"),
        3: ChannelConfig(3, "social", 4, 6, 60, 0, platform_id="ch-social"),
    }
    sources = {
        1: SourceConfig(1, "chat", 1, sla_response=120, default_task_priority=20, platform_id="src-chat"),
        2: SourceConfig(2, "email", 2, sla_response=4 * 3600, default_task_priority=0, platform_id="src-email"),
        3: SourceConfig(3, "social", 3, sla_response=1800, default_task_priority=10, platform_id="src-social",
                        intervention_messages_boost=5),
    }  # fmt: skip
    categories = {i + 1: name for i, (name, _text) in enumerate(TOPICS)}
    team_names = {i + 1: f"Team {i + 1}" for i in range(teams)}
    team_names[teams + 1] = "French desk"
    agent_configs = {}
    for n in range(1, agents + 1):
        skills = frozenset(rng.sample(sorted(categories), k=rng.randint(2, 4)))
        team_ids = {(n - 1) % teams + 1}
        if n % 4 == 0 or n == 1:  # a quarter of the agents speak French (a fifth of the traffic)
            team_ids.add(teams + 1)
        agent_configs[n] = AgentConfig(
            n, f"agent{n:03d}", category_ids=skills, team_ids=frozenset(team_ids),
            source_ids=frozenset(sources), platform_id=f"u{n}",
        )  # fmt: skip
    topology = TopologyConfig(
        queues=(),
        default_queue=(Step(Target(categories="task"), 120), Step(Target(any_agent=True))),
    )
    rules = (
        RuleConfig(1, "Refunds", RuleSpec(
            condition=Leaf(ConditionKind.TEXT_CONTAINS, value="refund"),
            actions=(Action(ActionKind.ADD_CATEGORY, "cat-returns"),),
        )),
        RuleConfig(2, "French", RuleSpec(
            condition=Leaf(ConditionKind.LANGUAGE, values=("fr",)),
            actions=(Action(ActionKind.ROUTE_TO_TEAM, f"t{teams + 1}"),),
        )),
    )  # fmt: skip
    return RoutingConfiguration(
        channels=channels,
        sources=sources,
        agents=agent_configs,
        topology=topology,
        rules=rules,
        category_names=categories,
        team_names=team_names,
        category_ids={f"cat-{name}": cid for cid, name in categories.items()},
        team_ids={f"t{tid}": tid for tid in team_names},
        user_ids={a.platform_id: a.id for a in agent_configs.values()},
        channel_ids={c.platform_id: c.id for c in channels.values()},
    )


def generate_trace(configuration: RoutingConfiguration, options: GeneratorOptions) -> list[Interaction]:
    """A day on `configuration`'s sources: sources matched to the channel mix by name when they can."""
    rng = random.Random(options.seed)
    sources = sorted(configuration.sources.values(), key=lambda s: s.id)
    by_name = {s.name: s for s in sources}
    mix = [(by_name[name], weight) for name, weight in CHANNEL_MIX if name in by_name]
    if not mix:
        mix = [(s, 1.0) for s in sources if s.active]
    hours = rng.choices(range(24), weights=HOURLY, k=options.interactions)
    hours.sort()
    picked = rng.choices([s for s, _w in mix], weights=[w for _s, w in mix], k=options.interactions)
    out: list[Interaction] = []
    threads: list[tuple[str, str]] = []
    for n, (hour, source) in enumerate(zip(hours, picked, strict=True)):
        at = options.start + timedelta(hours=hour, seconds=rng.random() * 3600)
        key = source.platform_id or source.name
        if threads and rng.random() < options.follow_up_share:
            thread_source, thread = threads[rng.randrange(len(threads))]
            key = thread_source
        else:
            thread = f"th-{n}"
            threads.append((key, thread))
            if len(threads) > 5000:
                threads.pop(0)
        topic, text = TOPICS[rng.randrange(len(TOPICS))]
        language = rng.choices([c for c, _w in LANGUAGES], weights=[w for _c, w in LANGUAGES])[0]
        out.append(
            Interaction(
                key, f"m-{n}", thread, f"customer-{rng.randrange(50_000)}", f"{text} ({topic})", language, at
            )
        )
    out.sort(key=lambda i: i.timestamp)
    return out


def generate_day(options: GeneratorOptions) -> tuple[RoutingConfiguration, list[Interaction]]:
    configuration = demo_configuration(options.agents, options.teams, options.seed)
    return configuration, generate_trace(configuration, options)
