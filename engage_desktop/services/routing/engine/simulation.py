"""What-if simulation: the same `RoutingCore` on a virtual clock, in memory, with simulated agents.

It reports waiting-time percentiles, SLA met %, occupancy per agent and team, undelivered tasks,
and compares two configurations. Nothing is written to the database.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from engage_desktop.services.core.spreadsheet_safety import neutralise_cell
from engage_desktop.services.routing.engine.agent_simulator import ACCEPT, AgentSimulator, HandlingTimes
from engage_desktop.services.routing.engine.core import RoutingCore
from engage_desktop.services.routing.engine.errors import RoutingRefused
from engage_desktop.services.routing.engine.model import Interaction, RoutingConfiguration
from engage_desktop.services.routing.engine.state import (
    ACCEPTED,
    ASSIGNED,
    UNDELIVERED,
    WAITING,
    AgentState,
    TaskState,
)

PERCENTILES = (50, 90, 95, 99)


class SimulationCancelled(Exception):
    pass


@dataclass(frozen=True)
class SimulationOptions:
    seed: int = 0
    times: HandlingTimes = field(default_factory=HandlingTimes)
    agents_connected: bool = True  # every agent connected and available from the first arrival
    progress_every: int = 10_000


@dataclass
class SimulationReport:
    interactions: int = 0
    refused: int = 0
    tasks: int = 0
    assigned: int = 0
    undelivered: int = 0
    waiting_at_end: int = 0
    wait_percentiles: dict[int, float] = field(default_factory=dict)
    sla_met_percent: float = 100.0
    agent_occupancy: dict[str, float] = field(default_factory=dict)
    team_occupancy: dict[str, float] = field(default_factory=dict)
    waiting_by_minute: list[int] = field(default_factory=list)
    duration_seconds: float = 0.0

    def rows(self) -> list[tuple[str, str]]:
        """Metric, value: what the CSV and the comparison show."""
        out = [
            ("interactions", str(self.interactions)),
            ("refused", str(self.refused)),
            ("tasks", str(self.tasks)),
            ("assigned", str(self.assigned)),
            ("undelivered", str(self.undelivered)),
            ("waiting_at_end", str(self.waiting_at_end)),
            *((f"wait_p{p}_seconds", f"{v:.1f}") for p, v in sorted(self.wait_percentiles.items())),
            ("sla_met_percent", f"{self.sla_met_percent:.1f}"),
        ]
        out += [(f"team_occupancy:{k}", f"{v:.3f}") for k, v in sorted(self.team_occupancy.items())]
        out += [(f"agent_occupancy:{k}", f"{v:.3f}") for k, v in sorted(self.agent_occupancy.items())]
        return out

    def write_csv(self, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["metric", "value"])
            for metric, value in self.rows():
                writer.writerow([_cell(metric), _cell(value)])


@dataclass(frozen=True)
class ComparisonRow:
    metric: str
    a: str
    b: str
    difference: str


def compare_reports(a: SimulationReport, b: SimulationReport) -> list[ComparisonRow]:
    right = dict(b.rows())
    out = []
    for metric, value in a.rows():
        other = right.get(metric, "")
        try:
            difference = f"{float(other) - float(value):+.3f}"
        except ValueError:
            difference = ""
        out.append(ComparisonRow(metric, value, other, difference))
    return out


def write_comparison_csv(
    rows: Sequence[ComparisonRow], path: Path, labels: tuple[str, str] = ("a", "b")
) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["metric", labels[0], labels[1], "difference"])
        for row in rows:
            writer.writerow([_cell(v) for v in (row.metric, row.a, row.b, row.difference)])


def _cell(value: str) -> str:
    """Numbers as they are (a signed difference is not a formula); text neutralised."""
    try:
        float(value)
    except ValueError:
        return neutralise_cell(value)
    return value


class _Collector:
    """Keeps only what the report needs of each finished task (a million tasks stay light)."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.sla_met = 0
        self.sla_counted = 0
        self.created_minutes: dict[int, int] = {}
        self.assigned_minutes: dict[int, int] = {}

    def task(self, task: TaskState, end: float | None = None) -> None:
        minute = int(task.created_at // 60)
        self.created_minutes[minute] = self.created_minutes.get(minute, 0) + 1
        if task.first_assigned_at is not None:
            self.waits.append(task.first_assigned_at - task.created_at)
            done = int(task.first_assigned_at // 60)
            self.assigned_minutes[done] = self.assigned_minutes.get(done, 0) + 1
        if task.sla_deadline != math.inf and task.state != UNDELIVERED:
            if task.accepted_at is not None:
                self.sla_counted += 1
                self.sla_met += task.accepted_at <= task.sla_deadline
            elif end is not None and end > task.sla_deadline:
                self.sla_counted += 1


def run_simulation(
    configuration: RoutingConfiguration,
    trace: Iterable[Interaction],
    options: SimulationOptions | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> SimulationReport:
    options = options or SimulationOptions()
    interactions = sorted(trace, key=lambda i: i.timestamp)
    total = len(interactions)
    core = RoutingCore(configuration, record=False, keep_completed=False)
    agents_sim = AgentSimulator(options.times, options.seed)
    collector = _Collector()
    core.on_finished = collector.task
    core.on_assigned = lambda task, agent: agents_sim.pushed(task.id, agent.id, core.now)
    report = SimulationReport(interactions=total)
    start = interactions[0].at if interactions else 0.0
    if options.agents_connected:
        for agent_id in sorted(core.agents):
            core.connect(agent_id, start)
    pending = agents_sim.pending
    for done, interaction in enumerate(interactions, 1):
        at = interaction.at
        while pending and pending[0][0] <= at:
            _act(core, agents_sim)
        try:
            core.ingest(
                interaction.source,
                interaction.foreign_id,
                interaction.thread,
                interaction.text,
                interaction.language,
                at,
                interaction.author,
            )
        except RoutingRefused:
            report.refused += 1
        if (
            progress is not None
            and (done % options.progress_every == 0 or done == total)
            and progress(done, total) is False
        ):
            raise SimulationCancelled()
    # Let the day finish: agents work off what is queued (bounded: a day more at most).
    horizon = (interactions[-1].at if interactions else start) + 86_400
    while pending and pending[0][0] <= horizon:
        _act(core, agents_sim)
    end = max(core.now, start)
    core.advance(end)
    return _report(core, collector, report, end - start)


def _act(core: RoutingCore, agents_sim: AgentSimulator) -> None:
    action = agents_sim.pop()
    core.advance(action.at)
    task = core.tasks.get(action.task_id)
    if task is None or task.agent_id != action.agent_id:
        return  # the push timed out or the task moved on
    if action.kind == ACCEPT:
        if task.state == ASSIGNED:
            core.accept(task.id, action.agent_id, action.at)
            agents_sim.accepted(task.id, action.agent_id, action.at)
    elif task.state == ACCEPTED:
        core.complete(task.id, action.at, action.action)


def _report(
    core: RoutingCore, collector: _Collector, report: SimulationReport, duration: float
) -> SimulationReport:
    end = core.now
    for task in core.tasks.values():
        collector.task(task, end)
        if task.state == WAITING:
            report.waiting_at_end += 1
        elif task.state == UNDELIVERED:
            report.undelivered += 1
    report.tasks = core._next_task - 1
    report.assigned = len(collector.waits)
    waits = sorted(collector.waits)
    report.wait_percentiles = {p: _percentile(waits, p) for p in PERCENTILES}
    if collector.sla_counted:
        report.sla_met_percent = 100.0 * collector.sla_met / collector.sla_counted
    team_area: dict[str, list[float]] = {}
    for agent in core.agents.values():
        agent.account(end)
        occupancy = _occupancy(agent)
        report.agent_occupancy[agent.config.name] = occupancy
        for team_id in sorted(agent.config.team_ids):
            name = core.config.team_names.get(team_id, str(team_id))
            team_area.setdefault(name, []).append(occupancy)
    report.team_occupancy = {name: sum(v) / len(v) for name, v in team_area.items()}
    report.waiting_by_minute = _waiting_curve(collector)
    report.duration_seconds = duration
    return report


def _occupancy(agent: AgentState) -> float:
    return agent.occupied_area / agent.online_seconds if agent.online_seconds > 0 else 0.0


def _percentile(values: Sequence[float], p: int) -> float:
    if not values:
        return 0.0
    index = min(len(values) - 1, max(0, math.ceil(p / 100 * len(values)) - 1))
    return values[index]


def _waiting_curve(collector: _Collector) -> list[int]:
    minutes = set(collector.created_minutes) | set(collector.assigned_minutes)
    if not minutes:
        return []
    first, last = min(minutes), max(minutes)
    out, waiting = [], 0
    for minute in range(first, last + 1):
        waiting += collector.created_minutes.get(minute, 0) - collector.assigned_minutes.get(minute, 0)
        out.append(waiting)
    return out


__all__ = [
    "ComparisonRow",
    "SimulationCancelled",
    "SimulationOptions",
    "SimulationReport",
    "compare_reports",
    "run_simulation",
    "write_comparison_csv",
]
