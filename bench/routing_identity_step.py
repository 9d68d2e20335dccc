"""What the identity step costs live routing: N interactions (default 3,000) through
`LiveRoutingEngine.ingest` on a SQLite file, journal on, three ways — no author (the step does
nothing), 200 returning customers (found once, then cached), every author new (an identity and a
customer profile created and journaled with each message) — and the ratio of each to the first.
Run it with `nice`; CPU time is printed beside wall time since the machine may be shared.

    nice python bench/routing_identity_step.py [--live 3000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from routing_engine_setup import START, Clock, build_world, message  # noqa: E402

from engage_desktop.db import Database  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.routing.engine import LiveRoutingEngine  # noqa: E402

KINDS = {
    "no author": lambda n: "",
    "200 returning customers": lambda n: f"regular-{n % 200}",
    "every author new": lambda n: f"new-{n}",
}


def run(folder: Path, kind: str, count: int) -> tuple[float, float, float, float]:
    """(interactions/s, p50 ms, p99 ms, CPU s)."""
    database = Database(f"sqlite:///{folder / (kind.replace(' ', '-') + '.sqlite3')}")
    database.upgrade()
    ctx = ServiceContext(database.session_factory)
    ensure_reference_data(ctx)
    world = build_world(ctx, agents=50, soft=10_000, hard=10_000, timeout=0)
    clock = Clock()
    engine = LiveRoutingEngine(ctx, clock=clock)
    for agent in world.agent_ids:
        engine.connect(agent)
    author = KINDS[kind]
    samples = []
    cpu = time.process_time()
    started = time.perf_counter()
    for n in range(1, count + 1):
        clock.at = (START + timedelta(milliseconds=n)).timestamp()
        item = replace(message(n, seconds=n / 1000), author=author(n))
        begin = time.perf_counter()
        engine.ingest(item)
        samples.append((time.perf_counter() - begin) * 1000)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    database.dispose()
    cuts = statistics.quantiles(samples, n=100)
    return count / elapsed, cuts[49], cuts[98], cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--live", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-identity-") as tmp:
        base = None
        print(f"Live routing on SQLite, {args.live:,} interactions, one transaction each:")
        for kind in KINDS:
            rate, p50, p99, cpu = run(Path(tmp), kind, args.live)
            base = base or rate
            print(
                f"  {kind:26} {rate:8,.0f} interactions/s  p50 {p50:5.2f} ms  p99 {p99:5.2f} ms  "
                f"CPU {cpu:5.1f} s  rate ratio to no author {rate / base:4.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
