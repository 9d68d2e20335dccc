"""What the Simulation page needs beside the engine: the live configuration behind a permission
check (the engine's `load_configuration` checks none), and configuration B as a variant of A with
more or fewer agents, so a supervisor can ask "what if we had three more people on Monday?".

A simulation writes nothing: it runs in memory on a copy of the configuration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.engine.agent_simulator import HandlingTimes
from engage_desktop.services.routing.engine.configuration import read_configuration
from engage_desktop.services.routing.engine.customer_lookup import with_known_customers
from engage_desktop.services.routing.engine.model import AgentConfig, Interaction, RoutingConfiguration
from engage_desktop.services.routing.engine.simulation import (
    ComparisonRow,
    SimulationOptions,
    SimulationReport,
    compare_reports,
    run_simulation,
)
from engage_desktop.services.routing.engine.trace_generator import (
    GeneratorOptions,
    demo_configuration,
    generate_trace,
)

# Who plans routing (topologies) or staffs it (supervisors who monitor the queues).
SIMULATE_PERMISSIONS = (Permission.MANAGE_TOPOLOGIES, Permission.MONITOR_TASKS)
MAX_AGENTS = 5_000


class SimulationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current_configuration(self) -> RoutingConfiguration:
        """The live routing configuration, read-only (refused without a simulate permission)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(*SIMULATE_PERMISSIONS)
            return with_known_customers(uow.session, read_configuration(uow.session))


def routable_agents(configuration: RoutingConfiguration) -> list[AgentConfig]:
    """Agents that can take tasks at all (enabled, receiving tasks), in id order."""
    return [
        a for a in sorted(configuration.agents.values(), key=lambda a: a.id) if a.enabled and a.receive_tasks
    ]


def with_agent_count(configuration: RoutingConfiguration, count: int) -> RoutingConfiguration:
    """The configuration with `count` routable agents: the first ones kept when fewer, copies of the
    existing ones (same skills, teams, sources and capacities; new ids) when more."""
    count = max(0, min(count, MAX_AGENTS))
    agents = routable_agents(configuration)
    if not agents:
        return configuration
    kept = agents[:count]
    next_id = max(configuration.agents) + 1
    copies = []
    for n in range(count - len(kept)):
        model = agents[n % len(agents)]
        copies.append(
            replace(model, id=next_id + n, name=f"{model.name} +{n // len(agents) + 1}", platform_id="")
        )
    others = [a for a in configuration.agents.values() if not (a.enabled and a.receive_tasks)]
    chosen = {a.id: a for a in (*kept, *copies, *others)}
    user_ids = {key: uid for key, uid in configuration.user_ids.items() if uid in chosen}
    return replace(configuration, agents=chosen, user_ids=user_ids)


NO_INTERACTIONS = ErrorCode(
    "routing_simulation.no_interactions",
    QT_TRANSLATE_NOOP(
        "Errors",
        "There is nothing to simulate: the trace has no interaction this configuration can receive "
        "(no active source). Generate a demo configuration or read a trace file.",
    ),
)

CURRENT, GENERATED, COPY_OF_A = "current", "generated", "copy_of_a"


@dataclass(frozen=True)
class ScenarioPlan:
    """One configuration to try: the live one, a generated demo one, or (for B) a copy of A."""

    base: str = CURRENT  # CURRENT | GENERATED | COPY_OF_A
    agents: int | None = None  # None: as the base has them
    handling_seconds: float = 300.0


@dataclass(frozen=True)
class SimulationPlan:
    """A trace (generated with `generator`, else `trace`) run on A and optionally on B."""

    a: ScenarioPlan
    b: ScenarioPlan | None = None
    generator: GeneratorOptions | None = None
    trace: tuple[Interaction, ...] = ()
    seed: int = 1


@dataclass
class SimulationOutcome:
    a: SimulationReport
    b: SimulationReport | None
    comparison: list[ComparisonRow]
    start: datetime | None  # the first arrival: where the waiting curve starts
    agents_a: int = 0
    agents_b: int = 0


Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


def simulate(
    plan: SimulationPlan,
    current: Callable[[], RoutingConfiguration],
    progress: Progress | None = None,
) -> SimulationOutcome:
    """Builds both configurations and the trace, then runs A and B one after the other (progress
    counts both runs). Raises SimulationCancelled when `progress` returns False."""
    generator = plan.generator
    agents = generator.agents if generator else 20
    config_a = _configuration(plan.a, current, agents, plan.seed)
    if not any(source.active for source in config_a.sources.values()):
        raise ValidationError("trace", NO_INTERACTIONS())
    trace = list(plan.trace) if generator is None else generate_trace(config_a, generator)
    keys = config_a.source_by_key()
    if not any(i.source in keys for i in trace):
        raise ValidationError("trace", NO_INTERACTIONS())
    config_b = None
    if plan.b is not None:
        config_b = (
            config_a if plan.b.base == COPY_OF_A else _configuration(plan.b, current, agents, plan.seed)
        )
        if plan.b.agents is not None:
            config_b = with_agent_count(config_b, plan.b.agents)
    runs = 1 if config_b is None else 2
    total = len(trace) * runs

    def stage(offset: int) -> Progress | None:
        if progress is None:
            return None
        report = progress
        return lambda done, _total: report(offset + done, total)

    every = max(1, len(trace) // 200)
    report_a = run_simulation(config_a, trace, _options(plan.a, plan.seed, every), stage(0))
    report_b = None
    if config_b is not None and plan.b is not None:
        report_b = run_simulation(config_b, trace, _options(plan.b, plan.seed, every), stage(len(trace)))
    start = min((i.timestamp for i in trace), default=None)
    return SimulationOutcome(
        report_a,
        report_b,
        compare_reports(report_a, report_b) if report_b is not None else [],
        start,
        len(routable_agents(config_a)),
        len(routable_agents(config_b)) if config_b is not None else 0,
    )


def _configuration(
    scenario: ScenarioPlan, current: Callable[[], RoutingConfiguration], agents: int, seed: int
) -> RoutingConfiguration:
    configuration = demo_configuration(agents, seed=seed) if scenario.base == GENERATED else current()
    if scenario.agents is not None:
        configuration = with_agent_count(configuration, scenario.agents)
    return configuration


def _options(scenario: ScenarioPlan, seed: int, every: int) -> SimulationOptions:
    times = HandlingTimes(handling_seconds=max(1.0, scenario.handling_seconds))
    return SimulationOptions(seed=seed, times=times, progress_every=every)
