"""The plain rows the queue monitor returns to the pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from engage_desktop.models.interactions import RoutingTask


@dataclass(frozen=True)
class MonitorRow:
    key: str  # stable identity of the row ("queue:vip", "channel:3", "team:2"): row-level updates
    label: str
    waiting: int
    oldest_wait_seconds: float
    sla_at_risk: int
    sla_breached: int
    in_progress: int
    agents_available: int
    agents_away: int
    agents_busy: int
    load: int
    capacity: int
    throughput_per_hour: int


@dataclass(frozen=True)
class MonitorSnapshot:
    taken_at: datetime
    group_by: str
    rows: list[MonitorRow]


@dataclass(frozen=True)
class AgentRow:
    user_id: int
    name: str
    presence: str  # "available" | "away"
    connected: bool
    load: int
    capacity: int
    hard_capacity: int
    occupancy: float
    team_ids: tuple[int, ...]
    channel_ids: tuple[int, ...]


@dataclass(frozen=True)
class WaitingTaskRow:
    task_id: int
    queue: str
    step: int
    channel: str
    source: str
    priority: int
    waited_seconds: float
    sla_deadline: datetime | None
    sla_state: str  # "ok" | "at_risk" | "breached"
    category_names: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class HistoryPoint:
    at: datetime
    waiting: int
    sla_breached: int
    occupancy: float


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def sla_state(task: RoutingTask, threshold_percent: int, now: datetime) -> str:
    if task.sla_deadline is None:
        return "ok"
    deadline, created = _aware(task.sla_deadline), _aware(task.created_at)
    if now >= deadline:
        return "breached"
    warn_at = created + (deadline - created) * (threshold_percent / 100)
    return "at_risk" if now >= warn_at else "ok"
