"""`engage-desktop ingest` and `engage-desktop simulate`: the routing engine from the command line.

`ingest FILE.jsonl` routes a trace on the database (as the system, holding the engine lock), one
transaction per interaction, on the trace's own clock; bad lines are printed as FILE:LINE: reason
and the good ones still go in; a message already ingested is skipped (idempotent).
`ingest --serve` runs the local HTTP intake (127.0.0.1, bearer token = an API access token) with
the engine on the real clock until Ctrl-C; `--simulate-agents` lets simulated agents accept and
complete tasks so the queue monitor moves.
`simulate TRACE --report out.csv` runs the trace in memory on a virtual clock (nothing written);
`--compare CONFIG` runs it on a second configuration too; `--generate OUT.jsonl` writes a day.
Configurations: `current` (the database), `demo:N` (the generator's, N agents), or a JSON file
`{"base": "current" | "demo:N", "channels": {"chat": {"soft_capability": 4}}, "topology": {...}}`.
Exit codes: 0 done; 1 some lines refused; 2 usage, missing file or the engine runs elsewhere.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.routing.engine.model import RoutingConfiguration


def add_routing_parsers(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    ingest = sub.add_parser(
        "ingest", parents=common, help="route interactions from a JSONL trace, or serve HTTP intake"
    )
    ingest.add_argument("file", type=Path, nargs="?", metavar="FILE.jsonl")
    ingest.add_argument(
        "--serve", action="store_true", help="run the local HTTP intake and the engine until Ctrl-C"
    )
    ingest.add_argument("--port", type=int, default=8765, help="HTTP intake port on 127.0.0.1 (default 8765)")
    ingest.add_argument(
        "--simulate-agents", action="store_true", help="connect every agent and let them work"
    )
    ingest.add_argument("--handling", type=float, default=120.0, metavar="SECONDS", help="mean handling time")
    ingest.add_argument("--seed", type=int, default=0)
    simulate = sub.add_parser(
        "simulate", parents=common, help="what-if simulation of a trace (nothing written)"
    )
    simulate.add_argument("trace", type=Path, nargs="?", metavar="TRACE.jsonl")
    simulate.add_argument(
        "--config", default="current", help="current | demo:N | FILE.json (default current)"
    )
    simulate.add_argument("--compare", metavar="CONFIG", help="a second configuration to compare with")
    simulate.add_argument(
        "--report", type=Path, metavar="OUT.csv", help="write the report (or comparison) here"
    )
    simulate.add_argument("--generate", type=Path, metavar="OUT.jsonl", help="write a generated day and stop")
    simulate.add_argument("--interactions", type=int, default=10_000)
    simulate.add_argument("--agents", type=int, default=50)
    simulate.add_argument("--handling", type=float, default=300.0, metavar="SECONDS")
    simulate.add_argument("--seed", type=int, default=1)


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def run_ingest(args: argparse.Namespace, url: str) -> int:
    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.core.errors import DomainError
    from engage_desktop.services.core.reference_data import ensure_reference_data
    from engage_desktop.services.routing.engine.engine_lock import acquire_engine_lock, engine_holder
    from engage_desktop.services.routing.engine.intake import TraceError, bounded_lines, iter_trace

    if not args.serve and (args.file is None or not args.file.is_file()):
        _error(f"cannot read {args.file}: no such file" if args.file else "name a FILE.jsonl or use --serve")
        return 2
    database = Database(url)
    database.upgrade()
    ctx = ServiceContext(database.session_factory)
    ensure_reference_data(ctx)
    lock = acquire_engine_lock(database)
    if lock is None:
        _error(f"the routing engine already runs on {engine_holder(database) or 'another workstation'}")
        return 2
    with lock:
        if args.serve:
            return _serve(ctx, args)
        refused = done = duplicates = 0
        clock = _TraceClock()
        engine, agents = _engine(ctx, clock, args)
        with args.file.open("rb") as handle:
            for number, item in iter_trace(bounded_lines(handle)):
                if isinstance(item, TraceError):
                    print(f"{args.file}:{number}: {item.message}", file=sys.stderr)
                    refused += 1
                    continue
                clock.at = max(clock.at, item.at)
                if agents is not None:
                    _agents_work(engine, agents, clock.at)
                try:
                    outcome = engine.ingest(item)
                except DomainError as exc:
                    print(f"{args.file}:{number}: {exc.message}", file=sys.stderr)
                    refused += 1
                    continue
                duplicates += outcome.duplicate
                done += not outcome.duplicate
        print(f"{done} interactions routed, {duplicates} already known, {refused} refused.")
        return 1 if refused else 0


class _TraceClock:
    def __init__(self) -> None:
        self.at = 0.0

    def __call__(self) -> float:
        return self.at


def _engine(ctx: ServiceContext, clock: Any, args: argparse.Namespace) -> tuple[Any, Any]:
    from engage_desktop.services.routing.engine.agent_simulator import AgentSimulator, HandlingTimes
    from engage_desktop.services.routing.engine.live import LiveRoutingEngine

    engine = LiveRoutingEngine(ctx, clock=clock)
    if not args.simulate_agents:
        return engine, None
    agents = AgentSimulator(HandlingTimes(handling_seconds=args.handling), seed=args.seed)

    def pushed(name: str, task_id: int | None, agent_id: int | None, at: float) -> None:
        if (
            name in ("task.assigned", "task.supervisor_assigned")
            and task_id is not None
            and agent_id is not None
        ):
            agents.pushed(task_id, agent_id, at)

    engine.on_transition = pushed
    for agent_id in sorted(engine.core.agents):
        if not engine.core.agents[agent_id].connected:
            engine.connect(agent_id)
    return engine, agents


def _agents_work(engine: Any, agents: Any, now: float) -> None:
    from engage_desktop.services.core.errors import DomainError
    from engage_desktop.services.routing.engine.agent_simulator import ACCEPT

    for action in agents.due(now):
        try:
            if action.kind == ACCEPT:
                engine.accept(action.task_id, action.agent_id)
                agents.accepted(action.task_id, action.agent_id, action.at)
            else:
                engine.complete(action.task_id, action.action)
        except DomainError:
            continue  # the push timed out or a supervisor moved the task meanwhile


def _serve(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.routing.engine.http_intake import IntakeServer
    from engage_desktop.services.settings.api_tokens import verify_token

    engine, agents = _engine(ctx, time.time, args)

    async def main() -> None:
        server = IntakeServer(
            engine.ingest,
            lambda token, address: verify_token(ctx, token, address) is not None,
            port=args.port,
        )
        port = await server.start()
        print(f"HTTP intake on http://127.0.0.1:{port}/interactions (Ctrl-C stops).", flush=True)
        try:
            while True:
                await asyncio.sleep(1.0)
                await asyncio.get_running_loop().run_in_executor(server._worker, _tick, engine, agents)
        finally:
            await server.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("Stopped.")
    return 0


def _tick(engine: Any, agents: Any) -> None:
    engine.tick()
    if agents is not None:
        _agents_work(engine, agents, engine.now())


def run_simulate(args: argparse.Namespace, url: str) -> int:
    from engage_desktop.services.routing.engine.agent_simulator import HandlingTimes
    from engage_desktop.services.routing.engine.intake import read_trace, write_trace
    from engage_desktop.services.routing.engine.simulation import (
        SimulationOptions,
        compare_reports,
        run_simulation,
        write_comparison_csv,
    )
    from engage_desktop.services.routing.engine.trace_generator import GeneratorOptions, generate_trace

    try:
        configuration = _configuration(args.config, url, args.agents)
        other = _configuration(args.compare, url, args.agents) if args.compare else None
    except (OSError, ValueError) as exc:
        _error(str(exc))
        return 2
    if args.generate is not None:
        options = GeneratorOptions(seed=args.seed, interactions=args.interactions, agents=args.agents)
        count = write_trace(args.generate, generate_trace(configuration, options))
        print(f"{count} interactions written to {args.generate}.")
        return 0
    if args.trace is None or not args.trace.is_file():
        _error(
            f"cannot read {args.trace}: no such file"
            if args.trace
            else "name a TRACE.jsonl or use --generate"
        )
        return 2
    trace = read_trace(args.trace)
    for problem in trace.errors:
        print(f"{args.trace}:{problem.line}: {problem.message}", file=sys.stderr)
    options_sim = SimulationOptions(seed=args.seed, times=HandlingTimes(handling_seconds=args.handling))
    started = time.perf_counter()
    report = run_simulation(configuration, trace.interactions, options_sim)
    print(f"Simulated {report.interactions} interactions in {time.perf_counter() - started:.1f} s.")
    if other is None:
        for metric, value in report.rows():
            if not metric.startswith("agent_occupancy:"):
                print(f"{metric:32} {value}")
        if args.report:
            report.write_csv(args.report)
    else:
        second = run_simulation(other, trace.interactions, options_sim)
        rows = compare_reports(report, second)
        for row in rows:
            if not row.metric.startswith("agent_occupancy:"):
                print(f"{row.metric:32} {row.a:>12} {row.b:>12} {row.difference:>10}")
        if args.report:
            write_comparison_csv(rows, args.report, (args.config, args.compare))
    return 1 if trace.errors else 0


def _configuration(spec: str, url: str, agents: int) -> RoutingConfiguration:
    from engage_desktop.services.routing.topology_config import parse_config

    overrides: dict[str, Any] = {}
    if spec.endswith(".json"):
        overrides = json.loads(Path(spec).read_text(encoding="utf-8"))
        if not isinstance(overrides, dict):
            raise ValueError(f"{spec}: a configuration file holds one JSON object")
        spec = str(overrides.get("base", "current"))
    configuration = _base(spec, url, agents)
    channels = dict(configuration.channels)
    for name, changes in dict(overrides.get("channels", {})).items():
        found = next((c for c in channels.values() if c.name == name), None)
        if found is None:
            raise ValueError(f"no routing channel named {name!r}")
        soft = int(changes.get("soft_capability", found.soft_capability))
        hard = int(changes.get("hard_capability", found.hard_capability))
        timeout = int(changes.get("task_timeout_seconds", found.task_timeout_seconds))
        channels[found.id] = replace(
            found, soft_capability=soft, hard_capability=hard, task_timeout_seconds=timeout
        )
    topology = configuration.topology
    if "topology" in overrides:
        parsed = parse_config(overrides["topology"])
        if parsed.config is None:
            raise ValueError("; ".join(str(p.message) for p in parsed.problems))
        topology = parsed.config
    return replace(configuration, channels=channels, topology=topology)


def _base(spec: str, url: str, agents: int) -> RoutingConfiguration:
    if spec.startswith("demo"):
        from engage_desktop.services.routing.engine.trace_generator import demo_configuration

        count = int(spec.split(":", 1)[1]) if ":" in spec else agents
        return demo_configuration(count)
    if spec != "current":
        raise ValueError(f"unknown configuration {spec!r}: current, demo:N or a .json file")
    from engage_desktop.db import Database
    from engage_desktop.services.routing.engine.configuration import read_configuration
    from engage_desktop.services.routing.engine.customer_lookup import with_known_customers

    database = Database(url)
    database.upgrade()
    with database.session_factory() as session:
        return with_known_customers(session, read_configuration(session))
