"""Every benchmark, one table: measure, value, reference, ratio — on SQLite and PostgreSQL.

Runs each `bench/*.py` in its own process (so one's memory and caches do not colour the next),
collects the figures each one records through `bench_kit.record` (list benchmarks record every
case's median and their worst case), and prints a single Markdown table. `--out FILE` also writes
it with the machine it ran on (the README links the latest one, docs/benchmarks.md).

    python bench/run_all.py [--quick] [--only routing,journal] [--out docs/benchmarks.md]

`--quick` runs each benchmark at a reduced size (figures are then indicative only, and the
table says so). A benchmark that fails is reported with its exit status; the others still run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
NOT_BENCHMARKS = {"bench_kit.py", "run_all.py"}
# Smaller sizes for --quick, per benchmark (their own options).
QUICK_ARGS: dict[str, list[str]] = {
    "users_list": ["--rows", "20000", "--repeat", "3"],
    "identities_list": ["--rows", "20000", "--repeat", "3"],
    "identity_groups": ["--rows", "100000", "--repeat", "3"],
    "journal": ["--rows", "100000", "--repeat", "3"],
    "reply_assistant_search": ["--rows", "10000", "--repeat", "3"],
    "routing": ["--live", "1000", "--day", "100000"],
    "user_picker": ["--repeat", "3"],
    "bundle": ["--users", "5000", "--others", "1000"],
    "bundle_apply": ["--tags", "100"],
    "startup": ["--runs", "3"],
}


def machine() -> str:
    cores = os.cpu_count() or 0
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        model = platform.processor() or platform.machine()
    memory = ""
    try:
        kib = int(
            next(
                x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")
            ).split()[1]
        )
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.system()} {platform.release()}, {model}, {cores} cores{memory}, Python {platform.python_version()}"


def run(bench: Path, quick: bool, results: Path, log_dir: Path) -> tuple[int, float]:
    args = QUICK_ARGS.get(bench.stem, []) if quick else []
    env = {
        **os.environ,
        "ENGAGE_BENCH_RESULTS": str(results),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    started = time.monotonic()
    with (log_dir / f"{bench.stem}.log").open("w") as log:
        print(f"==> {bench.name} {' '.join(args)}", flush=True)
        status = subprocess.call(
            [sys.executable, str(bench), *args], stdout=log, stderr=subprocess.STDOUT, env=env
        )
    return status, time.monotonic() - started


def number(value: float) -> str:
    """Readable at any size: 12,345 rather than 1.234e+04; small values keep 4 significant digits."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def table(rows: list[dict[str, object]], statuses: dict[str, tuple[int, float]]) -> str:
    lines = [
        "| Benchmark | Database | Measure | Value | Reference | Ratio |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        value = float(row["value"])  # type: ignore[arg-type]
        reference = row.get("reference")
        ratio = f"{value / float(reference):.2f}×" if isinstance(reference, int | float) and reference else ""
        shown_ref = ""
        if isinstance(reference, int | float):
            shown_ref = f"{number(reference)} {row['unit']}" + (
                f" ({row['reference_label']})" if row.get("reference_label") else ""
            )
        lines.append(
            f"| {row['bench']} | {row.get('database') or '—'} | {row['measure']} | {number(value)} {row['unit']} "
            f"| {shown_ref} | {ratio} |"
        )
    recorded = {str(r["bench"]) for r in rows}
    for name, (status, seconds) in sorted(statuses.items()):
        if status != 0:
            lines.append(f"| {name} | | **failed** (exit {status}, see its log) | | | |")
        elif name not in recorded:
            lines.append(
                f"| {name} | | ran in {seconds:.0f} s; records no figures yet (see its own output) | | | |"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="reduced sizes: indicative figures only")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument(
        "--out", default="", help="also write the table (with the machine) to this Markdown file"
    )
    args = parser.parse_args()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    benches = sorted(
        p for p in BENCH.glob("*.py") if p.name not in NOT_BENCHMARKS and (not only or p.stem in only)
    )
    statuses: dict[str, tuple[int, float]] = {}
    with tempfile.TemporaryDirectory(prefix="engage-bench-") as tmp:
        results = Path(tmp) / "results.jsonl"
        results.touch()
        log_dir = Path(tmp)
        for bench in benches:
            statuses[bench.stem] = run(bench, args.quick, results, log_dir)
            if statuses[bench.stem][0] != 0:
                print((log_dir / f"{bench.stem}.log").read_text()[-2000:], file=sys.stderr)
        rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
    text = table(rows, statuses)
    size = "quick sizes (indicative only)" if args.quick else "full sizes"
    heading = (
        f"Benchmarks, {size}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, on {machine()}, "
        f"load average {os.getloadavg()[0]:.1f} at the end."
    )
    print()
    print(heading)
    print()
    print(text)
    if args.out:
        Path(args.out).write_text(f"# Latest benchmark table\n\n{heading}\n\n{text}\n", encoding="utf-8")
    return 1 if any(status for status, _ in statuses.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
