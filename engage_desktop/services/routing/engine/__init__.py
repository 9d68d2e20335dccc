"""The routing engine: interaction intake, the routing core, the live adapter, the queue monitor and
the what-if simulation (routing.md, issue #12).

Layout (one responsibility per module):

- `model.py`, `state.py` plain data of the core: `RoutingConfiguration` (sources, channels, agents,
                  topology, rules), `Interaction`, `Transition`; tasks, agents and the agent pools
                  (least loaded then longest idle, in O(log n)).
- `core.py`, `agent_moves.py`, `categorise.py` `RoutingCore`: the pure, deterministic pipeline (no
                  Qt, no session, injected time): ingest → categorise (source defaults + rules) →
                  intervention → task → queue/steps → assign → accept → complete; timers for step
                  timeouts, acceptance timeouts, auto-complete and SLA expiry.
- `calendar.py`   `BusinessCalendar` protocol (24/7 default; sources' time sheets via Settings).
- `configuration.py` reads the live `RoutingConfiguration` from the database.
- `live.py`, `restore.py`, `writer.py`, `raw_sql.py`, `journal_batch.py` `LiveRoutingEngine`: the
                  core on the database, one transaction per event with its journal events.
- `engine_lock.py` one engine per database (PostgreSQL advisory lock, SQLite file lock).
- `intake.py`, `http_intake.py` JSONL traces (line-numbered errors) and the local HTTP intake.
- `customer.py`, `identity_step.py`, `customer_lookup.py` the message's author as an identity with its
                  customer profile (tags, custom values) for the rules: created when unknown, live;
                  given as data (`RoutingConfiguration.customers`) to the simulator.
- `trace_import.py` `TraceImportService`: a JSONL trace into the live engine from the console.
- `agent_simulator.py`, `demo_traffic.py` simulated agents; an hour of demo traffic.
- `monitor.py`, `monitor_access.py`, `monitor_actions.py`, `monitor_rows.py` `QueueMonitorService`.
- `simulation.py`, `trace_generator.py` what-if simulation and realistic generated days.

Public API for the pages (Routing > Queue monitor, Routing > Simulation)
------------------------------------------------------------------------
Everything below is importable from this package. Services take a `ServiceContext` acting as the
signed-in user; reads and actions check permissions in the service.

Queue monitor — `QueueMonitorService(ctx)`:
    access() -> MonitorAccess
        .may_monitor (bool), .team_ids (frozenset[int] | None: None = every team, else the teams a
        `monitor_team_tasks` supervisor belongs to). Raises PermissionDenied without either permission.
    snapshot(group_by: str = "queue", now: datetime | None = None) -> MonitorSnapshot
        group_by in GROUP_BY = ("queue", "channel", "team"). `.rows`: list[MonitorRow], each with
        key (str, stable row identity for row-level updates), label, waiting, oldest_wait_seconds,
        sla_at_risk, sla_breached, in_progress, agents_available, agents_away, agents_busy,
        load, capacity, throughput_per_hour. `.taken_at` (datetime).
    agents(now=None) -> list[AgentRow]: user_id, name, presence ("available"|"away"),
        connected, load, capacity (soft), hard_capacity, occupancy (0..1), team_ids.
    waiting_tasks(queue: str | None = None, channel_id: int | None = None,
                  team_id: int | None = None, limit: int = 500, now=None) -> list[WaitingTaskRow]
        task_id, queue, step, channel, source, priority, waited_seconds, sla_deadline,
        sla_state ("ok"|"at_risk"|"breached"), category_names, version.
    history(minutes: int = 60, bucket_seconds: int = 60, now=None) -> list[HistoryPoint]
        at, waiting, sla_breached, occupancy (0..1): for the QtCharts of the last hour.
    queue_choices() -> list[str]; agent_choices(task_id) -> list[AgentRow] (who may take it).
    engine_holder() -> str: the workstation running the engine ("" = none); no Database needed.
    Actions (journaled; `monitor_tasks`, or `monitor_team_tasks` limited to the actor's teams):
    move_task_to_queue(task_id: int, queue: str) -> WaitingTaskRow          (task.moved)
    assign_task_to_agent(task_id: int, user_id: int) -> None   (task.supervisor_assigned; may go
        up to the agent's hard capacity)
    change_task_priority(task_id: int, by: int = 1) -> WaitingTaskRow         (task.priority_updated)

Simulation — pure, in memory, on a virtual clock (run it off the GUI thread):
    load_configuration(ctx) -> RoutingConfiguration        the live configuration (read-only)
    read_trace(path) -> TraceReadResult  (.interactions, .errors: list[TraceError(line, message)])
    generate_day(GeneratorOptions(seed, interactions, agents, start, ...)) ->
        tuple[RoutingConfiguration, list[Interaction]]  (a demo configuration and its day)
    generate_trace(configuration, GeneratorOptions) -> list[Interaction]  (a day on a given config)
    run_simulation(configuration, trace, SimulationOptions(seed, times=HandlingTimes(...)),
                   progress: Callable[[int, int], bool] | None = None) -> SimulationReport
        progress(done, total) returning False cancels (raises SimulationCancelled).
    SimulationReport: interactions, tasks, assigned, undelivered, waiting_at_end,
        wait_percentiles {50, 90, 95, 99: seconds}, sla_met_percent, agent_occupancy
        {agent label: 0..1}, team_occupancy {team label: 0..1}, waiting_by_minute list[int];
        write_csv(path) (formula-safe), rows() -> list[tuple[str, str]].
    compare_reports(a, b) -> list[ComparisonRow(metric, a, b, difference)]

Demo data for the monitor (screenshots, the demo): take the lock, then play an hour of traffic:
    lock = acquire_engine_lock(database)            # None: another workstation runs the engine
    play_demo_traffic(ctx, minutes=60, per_minute=6) -> DemoTraffic(interactions, tasks_open, ...)
    lock.release()
  (`ctx` as the system: ServiceContext(database.session_factory); Routing mode must be on in the
  account settings, agents need `receive_tasks` and read+reply on a source with a routing channel.)
  From a shell: `engage-desktop ingest --serve --simulate-agents` keeps traffic flowing live.

Live engine (CLI, demo, bench): `LiveRoutingEngine(ctx, clock=...)` with ingest / tick / connect /
disconnect / set_presence / accept / reply / complete / transfer, one transaction each;
`acquire_engine_lock(database)`, `IntakeServer` (http_intake.py), `AgentSimulator`.
"""

from engage_desktop.services.routing.engine.agent_simulator import AgentSimulator, HandlingTimes
from engage_desktop.services.routing.engine.calendar import (
    ALWAYS_OPEN,
    AlwaysOpen,
    BusinessCalendar,
    WeeklyHours,
)
from engage_desktop.services.routing.engine.configuration import load_configuration
from engage_desktop.services.routing.engine.core import IngestOutcome, RoutingCore
from engage_desktop.services.routing.engine.demo_traffic import DemoTraffic, play_demo_traffic
from engage_desktop.services.routing.engine.engine_lock import EngineLock, acquire_engine_lock, engine_holder
from engage_desktop.services.routing.engine.intake import TraceError, TraceReadResult, read_trace, write_trace
from engage_desktop.services.routing.engine.live import LiveRoutingEngine
from engage_desktop.services.routing.engine.model import Interaction, RoutingConfiguration
from engage_desktop.services.routing.engine.monitor import GROUP_BY, QueueMonitorService
from engage_desktop.services.routing.engine.monitor_access import MonitorAccess
from engage_desktop.services.routing.engine.monitor_rows import (
    AgentRow,
    HistoryPoint,
    MonitorRow,
    MonitorSnapshot,
    WaitingTaskRow,
)
from engage_desktop.services.routing.engine.simulation import (
    ComparisonRow,
    SimulationCancelled,
    SimulationOptions,
    SimulationReport,
    compare_reports,
    run_simulation,
    write_comparison_csv,
)
from engage_desktop.services.routing.engine.trace_generator import (
    GeneratorOptions,
    generate_day,
    generate_trace,
)

__all__ = [
    "ALWAYS_OPEN",
    "GROUP_BY",
    "AgentRow",
    "AgentSimulator",
    "AlwaysOpen",
    "BusinessCalendar",
    "ComparisonRow",
    "DemoTraffic",
    "EngineLock",
    "GeneratorOptions",
    "HandlingTimes",
    "HistoryPoint",
    "IngestOutcome",
    "Interaction",
    "LiveRoutingEngine",
    "MonitorAccess",
    "MonitorRow",
    "MonitorSnapshot",
    "QueueMonitorService",
    "RoutingConfiguration",
    "RoutingCore",
    "SimulationCancelled",
    "SimulationOptions",
    "SimulationReport",
    "TraceError",
    "TraceReadResult",
    "WaitingTaskRow",
    "WeeklyHours",
    "acquire_engine_lock",
    "compare_reports",
    "engine_holder",
    "generate_day",
    "generate_trace",
    "load_configuration",
    "play_demo_traffic",
    "read_trace",
    "run_simulation",
    "write_comparison_csv",
    "write_trace",
]
