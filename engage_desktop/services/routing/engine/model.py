"""The plain data the routing core works on: a configuration snapshot, interactions, transitions.

Ids inside the core are the database's integer ids; the topology config and rules name platform
ids, which `RoutingConfiguration` maps back. Times are POSIX seconds (floats): the core never reads
a clock, the caller passes `now`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from engage_desktop.services.routing.engine.calendar import ALWAYS_OPEN, BusinessCalendar
from engage_desktop.services.routing.engine.customer import CustomerProfile
from engage_desktop.services.routing.rule_conditions import RuleSpec
from engage_desktop.services.routing.topology_config import TopologyConfig

MAX_PRIORITY = 100
MISSES_BEFORE_AWAY = 3  # acceptance timeouts in a row that switch an agent to away


@dataclass(frozen=True)
class ChannelConfig:
    id: int
    name: str
    soft_capability: int = 3
    hard_capability: int = 5
    task_timeout_seconds: int = 60
    task_auto_complete_seconds: int = 0
    auto_complete_category_ids: frozenset[int] = frozenset()
    platform_id: str = ""


@dataclass(frozen=True)
class SourceConfig:
    id: int
    name: str
    channel_id: int | None
    active: bool = True
    sla_response: int = 3600
    sla_threshold: int = 80
    sla_expired_strategy: str = "max"
    default_task_priority: int = 0
    intervention_messages_boost: int = 0
    transferred_tasks_boost: int = 0
    default_category_ids: tuple[int, ...] = ()
    platform_id: str = ""
    calendar: BusinessCalendar = field(default=ALWAYS_OPEN, compare=False)
    community_id: int | None = None  # identities of its authors live on this community


@dataclass(frozen=True)
class AgentConfig:
    """What does not change while routing: who the agent is and what they may take."""

    id: int
    name: str
    enabled: bool = True
    receive_tasks: bool = True
    category_ids: frozenset[int] = frozenset()
    team_ids: frozenset[int] = frozenset()
    # Sources where the agent has read + reply and a usable identity.
    source_ids: frozenset[int] = frozenset()
    # channel id → (capacity, hard capacity) from the agent's capacity scheme.
    capacities: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    platform_id: str = ""


@dataclass(frozen=True)
class RuleConfig:
    id: int
    name: str
    spec: RuleSpec
    platform_id: str = ""


@dataclass(frozen=True)
class RoutingConfiguration:
    channels: Mapping[int, ChannelConfig]
    sources: Mapping[int, SourceConfig]
    agents: Mapping[int, AgentConfig]
    topology: TopologyConfig | None = None
    rules: tuple[RuleConfig, ...] = ()  # active ones, in position order
    routing_mode: bool = True
    category_names: Mapping[int, str] = field(default_factory=dict)
    team_names: Mapping[int, str] = field(default_factory=dict)
    # platform id → integer id, for the topology and the rules.
    category_ids: Mapping[str, int] = field(default_factory=dict)
    team_ids: Mapping[str, int] = field(default_factory=dict)
    user_ids: Mapping[str, int] = field(default_factory=dict)
    channel_ids: Mapping[str, int] = field(default_factory=dict)
    # Known customers for the simulator (customer_key → profile); live, the engine reads them itself.
    customers: Mapping[tuple[int, str], CustomerProfile] = field(default_factory=dict)

    def source_by_key(self) -> dict[str, int]:
        """A trace names a source by platform id, id or name."""
        out: dict[str, int] = {}
        for source in self.sources.values():
            out[source.name] = source.id
            out[str(source.id)] = source.id
            if source.platform_id:
                out[source.platform_id] = source.id
        return out

    def capacity(self, agent: AgentConfig, channel_id: int) -> tuple[int, int]:
        """(pushed capacity, hard capacity) of an agent on a channel."""
        own = agent.capacities.get(channel_id)
        if own is not None:
            return own
        channel = self.channels[channel_id]
        return channel.soft_capability, max(channel.hard_capability, channel.soft_capability)


@dataclass(frozen=True)
class Interaction:
    """One incoming message as intake reads it (a JSONL line or an HTTP request body)."""

    source: str
    foreign_id: str
    thread: str
    author: str
    text: str
    language: str
    timestamp: datetime

    @property
    def at(self) -> float:
        return self.timestamp.timestamp()

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "foreign_id": self.foreign_id,
            "thread": self.thread,
            "author": self.author,
            "text": self.text,
            "language": self.language,
            "timestamp": self.timestamp.astimezone(UTC).isoformat(),
        }


@dataclass(frozen=True)
class Transition:
    """One step of a task's life; the live adapter writes it and journals it as `name`."""

    name: str
    at: float
    task_id: int | None = None
    agent_id: int | None = None
    details: Mapping[str, Any] = field(default_factory=dict)


def as_datetime(at: float) -> datetime:
    return datetime.fromtimestamp(at, UTC)
