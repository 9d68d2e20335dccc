"""Request rate of an apply against the platform stand-in, measured from the stand-in's own log.

The platform allows 500 requests a minute. To keep the run short, time is scaled: with the
default `--scale 4` the stand-in allows 500 requests per 15 s and the client plans for its default
450 per 15 s (a higher scale measures this machine's speed instead of the throttle); figures are given back in requests per platform minute. Printed: the busiest window's count
(must stay ≤ 500), the mean rate, their ratio to the limit, 429s met, and — as a reference — the
same apply with no throttle at all (what the stand-in and client can do on this machine).

    python bench/bundle_apply.py [--tags 400] [--scale 4]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import record  # noqa: E402
from engage_desktop.services.bundles.apply import apply_plan  # noqa: E402
from engage_desktop.services.bundles.plan import make_plan, save_plan  # noqa: E402
from engage_desktop.services.bundles.platform_client import PLATFORM_RATE_LIMIT, PlatformClient  # noqa: E402
from engage_desktop.services.bundles.stand_in import LoggedRequest, StandInThread  # noqa: E402


def configuration(tags: int) -> dict[str, list[dict[str, object]]]:
    categories: list[dict[str, object]] = [{"id": "root", "name": "Support", "parent_id": None}]
    categories += [{"id": f"c{n}", "name": f"Topic {n}", "parent_id": "root"} for n in range(tags // 4)]
    return {
        "tags": [{"id": f"t{n}", "name": f"Tag {n}"} for n in range(tags)],
        "categories": categories,
    }


def busiest(log: list[LoggedRequest], window: float) -> int:
    times = sorted(r.at for r in log)
    best = start = 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def run(tags: int, window: float, throttled: bool) -> tuple[int, float, list[LoggedRequest]]:
    desired = configuration(tags)
    limit = PLATFORM_RATE_LIMIT if throttled else 10**9
    with (
        StandInThread(token="bench", rate_limit=limit, rate_window=window) as server,
        tempfile.TemporaryDirectory() as folder,
    ):
        plan_file = Path(folder) / "plan.json"
        plan = make_plan(desired, {}, server.base_url)
        save_plan(plan, plan_file)

        async def apply() -> None:
            options = {"max_requests": 450, "per_seconds": window} if throttled else {"max_requests": 10**9}
            async with PlatformClient(server.base_url, "bench", **options) as api:  # type: ignore[arg-type]
                await apply_plan(plan, plan_file, api)

        started = time.perf_counter()
        asyncio.run(apply())
        elapsed = time.perf_counter() - started
        return len(plan.steps), elapsed, list(server.state.request_log)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tags", type=int, default=400)
    parser.add_argument("--scale", type=float, default=4.0, help="platform minutes per real minute")
    args = parser.parse_args()
    window = 60.0 / args.scale

    steps, elapsed, log = run(args.tags, window, throttled=True)
    peak = busiest(log, window)
    mean = len(log) / elapsed * window  # requests per platform minute
    too_many = sum(1 for r in log if r.status == 429)
    print(f"apply of {steps} steps, time scaled ×{args.scale:g} (a platform minute = {window:g} s)")
    print(f"  {len(log)} requests in {elapsed:.1f} s; 429 answers: {too_many}")
    print(f"  busiest minute: {peak} requests ({peak / PLATFORM_RATE_LIMIT:.2f} × the 500 limit)")
    print(f"  mean rate:      {mean:.0f} requests/min ({mean / PLATFORM_RATE_LIMIT:.2f} × the limit)")
    record(
        "busiest minute of an apply", peak, "requests", reference=PLATFORM_RATE_LIMIT, reference_label="limit"
    )
    record(
        "mean rate of an apply",
        round(mean, 1),
        "requests/min",
        reference=PLATFORM_RATE_LIMIT,
        reference_label="limit",
    )

    _steps, free_elapsed, free_log = run(args.tags, window, throttled=False)
    free_rate = len(free_log) / free_elapsed
    print(f"  unthrottled reference: {free_rate:.0f} requests/s ({free_rate * 60:.0f}/min real time)")
    record("unthrottled apply against the stand-in", round(free_rate, 1), "requests/s")


if __name__ == "__main__":
    main()
