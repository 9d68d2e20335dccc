"""The routing engine's speed: live routing on a database, and a simulated day in memory.

Live: N interactions (default 5,000), each its own transaction through `LiveRoutingEngine.ingest`
(SQLite file in WAL mode, journal on: a new customer's identity and group, content, intervention,
task created and enqueued, assigned — seven hash-chained events and the rows they describe), 50
connected agents; prints the rate, the p50/p99 latency and CPU per interaction, and the ratio to
a raw `sqlite3.executemany` of the same rows into the same tables in one transaction (the floor
any engine would pay), and to the same rows with plain sqlite3 at one transaction per interaction
(the floor this schema sets at one commit each). Then the same live run on PostgreSQL when one is reachable (--url, ENGAGE_TEST_PG_URL, or a throwaway server).
Simulated day: a generated day of --day interactions (default 1,000,000) and --agents agents
(default 500), run on the virtual clock. Targets: ≥ 2,000 interactions/s live, p99 < 5 ms, a
1,000,000-interaction, 500-agent day in ≤ 60 s. Run it with `nice`; CPU time is printed beside
wall time since the machine may be shared.

    nice python bench/routing.py [--live 5000] [--day 1000000] [--agents 500] [--sqlite-only] [--skip-day]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from routing_engine_setup import START, Clock, build_world, message  # noqa: E402

from bench.bench_kit import main_stopped_cleanly, postgres_url, record  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.routing.engine import (  # noqa: E402
    GeneratorOptions,
    HandlingTimes,
    LiveRoutingEngine,
    SimulationOptions,
    generate_day,
    run_simulation,
)


def live(url: str, count: int) -> tuple[float, float, float, float]:
    """(interactions/s, p50 ms, p99 ms, CPU s) for `count` interactions, one transaction each.
    CPU is this process's (all its threads, the WAL checkpointer's too)."""
    database = Database(url)
    database.upgrade()
    ctx = ServiceContext(database.session_factory)
    ensure_reference_data(ctx)
    world = build_world(ctx, agents=50, soft=10_000, hard=10_000, timeout=0)
    clock = Clock()
    engine = LiveRoutingEngine(ctx, clock=clock)
    for agent in world.agent_ids:
        engine.connect(agent)
    samples = []
    cpu = time.process_time()
    started = time.perf_counter()
    for n in range(1, count + 1):
        clock.at = (START + timedelta(milliseconds=n)).timestamp()
        item = message(n, seconds=n / 1000)
        begin = time.perf_counter()
        engine.ingest(item)
        samples.append((time.perf_counter() - begin) * 1000)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    database.dispose()
    samples.sort()
    return count / elapsed, statistics.median(samples), samples[int(len(samples) * 0.99) - 1], cpu


TABLES = ("identity_groups", "identities", "interventions", "interactions", "routing_tasks", "audit_events")


def _raw_copy(source_file: Path, name: str) -> tuple[sqlite3.Connection, dict[str, list[Any]]]:
    """An empty copy of the tables the live run inserted into (WAL, synchronous=NORMAL as the
    application opens its files), and the rows it inserted."""
    conn = sqlite3.connect(source_file)
    rows = {table: conn.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
    marks = ", ".join("?" * len(TABLES))
    schema = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index') AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY type DESC",
            TABLES,
        )
    ]
    conn.close()
    raw = sqlite3.connect(source_file.with_name(name))
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    for sql in schema:
        raw.execute(sql)
    raw.commit()
    return raw, rows


def _insert(table: str, values: list[Any]) -> str:
    return f"INSERT INTO {table} VALUES ({','.join('?' * len(values[0]))})"


def raw_executemany(source_file: Path, count: int) -> float:
    """Seconds to insert the rows the live run wrote (same tables, same counts) with executemany."""
    raw, rows = _raw_copy(source_file, "raw.sqlite3")
    started = time.perf_counter()
    with raw:
        for table, values in rows.items():
            if values:
                raw.executemany(_insert(table, values), values)
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


def raw_per_interaction(source_file: Path, count: int) -> tuple[float, float]:
    """(wall s, CPU s) to insert the same rows with plain sqlite3, cut in `count` slices, one
    transaction each: the floor of one transaction per interaction on this schema (no updates,
    no Python work besides the driver's)."""
    raw, rows = _raw_copy(source_file, "raw_each.sqlite3")
    slices = {
        table: [values[i * len(values) // count : (i + 1) * len(values) // count] for i in range(count)]
        for table, values in rows.items()
        if values
    }
    cpu = time.process_time()
    started = time.perf_counter()
    for i in range(count):
        with raw:
            for table, parts in slices.items():
                if parts[i]:
                    raw.executemany(_insert(table, parts[i]), parts[i])
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    raw.close()
    return elapsed, cpu


def simulated_day(interactions: int, agents: int, handling: float) -> None:
    started = time.perf_counter()
    configuration, trace = generate_day(GeneratorOptions(seed=1, interactions=interactions, agents=agents))
    generated = time.perf_counter() - started
    cpu = time.process_time()
    load = _load()
    started = time.perf_counter()
    report = run_simulation(
        configuration, trace, SimulationOptions(seed=1, times=HandlingTimes(handling_seconds=handling))
    )
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    print(
        f"simulated day: {interactions:,} interactions, {agents} agents, {handling:.0f} s handling: {elapsed:.1f} s wall, {cpu:.1f} s CPU "
        f"({interactions / elapsed:,.0f} interactions/s; generating the trace took {generated:.1f} s; "
        f"load average {load} → {_load()}) — target ≤ 60 s"
    )
    record(
        f"simulated day: {interactions:,} interactions, {agents} agents",
        round(elapsed, 1),
        "s",
        reference=60,
        reference_label="target",
    )
    record(
        f"simulated day: {interactions:,} interactions (CPU)",
        round(cpu, 1),
        "s",
        reference=60,
        reference_label="target",
    )
    print(
        f"  assigned {report.assigned:,} of {report.tasks:,} tasks, undelivered {report.undelivered}, "
        f"wait p50/p90/p99 {report.wait_percentiles[50]:.0f}/{report.wait_percentiles[90]:.0f}/"
        f"{report.wait_percentiles[99]:.0f} s, SLA met {report.sla_met_percent:.1f} %"
    )


def _load() -> str:
    """The 1-minute load average (the machine may be shared), or "?" where /proc is missing."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--live", type=int, default=5000)
    parser.add_argument("--day", type=int, default=1_000_000)
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--url", default="", help="PostgreSQL URL (default: a throwaway server)")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--skip-day", action="store_true")
    parser.add_argument("--handling", type=float, default=120.0, help="mean handling seconds in the day")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "live.sqlite3"
        load = _load()
        rate, p50, p99, cpu = live(f"sqlite:///{path}", args.live)
        raw = raw_executemany(path, args.live)
        raw_rate = args.live / raw
        each_wall, each_cpu = raw_per_interaction(path, args.live)
        print(
            f"live SQLite (WAL, journal on, one transaction per interaction): {rate:,.0f} interactions/s, "
            f"p50 {p50:.2f} ms, p99 {p99:.2f} ms; per interaction {1000 / rate:.2f} ms wall, "
            f"{cpu * 1000 / args.live:.2f} ms CPU ({cpu:.1f} s CPU for {args.live:,}; load average {load} → "
            f"{_load()}) — targets ≥ 2,000/s, p99 < 5 ms"
        )
        print(
            f"  raw sqlite3.executemany of the same rows, one transaction: {raw_rate:,.0f} interactions/s "
            f"({raw * 1000:.0f} ms); live is {rate / raw_rate:.3f}× raw (raw is {raw_rate / rate:,.0f}× faster)"
        )
        print(
            f"  the same rows with plain sqlite3, one transaction per interaction: {args.live / each_wall:,.0f}/s, "
            f"{each_wall * 1000 / args.live:.2f} ms wall, {each_cpu * 1000 / args.live:.2f} ms CPU per interaction "
            f"(the schema's floor for one commit each; live is {rate * each_wall / args.live:.2f}× it)"
        )
        record(
            "live routing rate",
            round(rate),
            "interactions/s",
            reference=round(raw_rate),
            reference_label="raw executemany",
            database="sqlite",
        )
        record("live routing p50", round(p50, 2), "ms", database="sqlite")
        record("live routing CPU per interaction", round(cpu * 1000 / args.live, 2), "ms", database="sqlite")
        record(
            "live routing p99", round(p99, 2), "ms", reference=5, reference_label="target", database="sqlite"
        )
    if not args.sqlite_only:
        with postgres_url(args.url) as url:
            if url:
                count = min(args.live, 2000)
                rate, p50, p99, cpu = live(url, count)
                print(
                    f"live PostgreSQL: {rate:,.0f} interactions/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms; "
                    f"{cpu * 1000 / count:.2f} ms client CPU per interaction (load average {_load()})"
                )
                record("live routing rate", round(rate), "interactions/s", database="postgresql")
                record(
                    "live routing p99",
                    round(p99, 2),
                    "ms",
                    reference=5,
                    reference_label="target",
                    database="postgresql",
                )
    if not args.skip_day:
        simulated_day(args.day, args.agents, args.handling)


if __name__ == "__main__":
    main_stopped_cleanly(main)
