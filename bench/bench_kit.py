"""What the list benchmarks share: the PostgreSQL to run on (a throwaway server is stopped even
when the run is interrupted or killed with SIGTERM), timing, and a table of cases that ends
with the worst one."""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engage_desktop.db import Database  # noqa: E402

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_TICK = os.sysconf("SC_CLK_TCK")
# CPU seconds used so far by the throwaway PostgreSQL server (None: no such server, or not Linux).
server_cpu: Callable[[], float] | None = None


def _proc_cpu(pid: int, children_too: bool = False) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime
    if children_too:
        ticks += int(fields[13]) + int(fields[14])  # of exited children (parallel workers)
    return ticks / _TICK


def _watch_server_cpu(datadir: Path) -> None:
    """All the server's processes (postmaster, backends, parallel workers): on a busy machine the
    CPU a query costs is steadier than its wall time."""
    global server_cpu
    try:
        postmaster = int((datadir / "postmaster.pid").read_text().split()[0])
        _proc_cpu(postmaster)
    except (OSError, ValueError, IndexError):
        return

    def used() -> float:
        total = _proc_cpu(postmaster, children_too=True)
        children = Path(f"/proc/{postmaster}/task/{postmaster}/children").read_text().split()
        for child in children:
            with contextlib.suppress(OSError):
                total += _proc_cpu(int(child))
        return total

    server_cpu = used


class Stopped(BaseException):
    """A stop signal arrived: unwind so that every `finally` runs (a throwaway server stops).
    A BaseException, like KeyboardInterrupt, so that no `except Exception` swallows it."""


def _raise_stopped(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signal.Signals(signum).name)


@contextlib.contextmanager
def stop_signals_unwind() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP raise `Stopped` instead of ending the process on the spot."""
    previous = {sig: signal.signal(sig, _raise_stopped) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main_stopped_cleanly(main: Callable[[], None]) -> None:
    """Run a benchmark's main: a stop signal ends it after its cleanup, with status 128 + signal."""
    try:
        with stop_signals_unwind():
            main()
    except Stopped as stopped:
        print(f"stopped by {stopped}; cleaned up", file=sys.stderr)
        sys.exit(128 + signal.Signals[str(stopped)].value)


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """Cleanup is not cut short by a second Ctrl-C."""
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def postgres_url(explicit: str) -> Iterator[str | None]:
    """--url, then ENGAGE_TEST_PG_URL (a fresh database on it), then a throwaway local server;
    None (with the reason printed) when there is no PostgreSQL to run on."""
    if explicit:
        yield explicit
        return
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import pg_server
    except ImportError as exc:
        print(f"postgresql: skipped ({exc})")
        yield None
        return
    external = os.environ.get(pg_server.URL_ENV)
    if external:
        server = pg_server.PostgresServer(pg_server.make_url(external))
        try:
            yield server.new_database()
        finally:
            with signals_ignored():
                server.drop_created_databases()
        return
    bindir = pg_server.find_bindir()
    if bindir is None:
        print("postgresql: skipped (no server binaries; set ENGAGE_TEST_PG_URL or --url)")
        yield None
        return
    cluster = pg_server.LocalCluster(bindir)
    try:
        with stop_signals_unwind():
            url = None
            try:
                cluster.prepare()
                cluster.start()
                url = pg_server.PostgresServer(cluster.url()).new_database()
                _watch_server_cpu(cluster.datadir)
            except (Exception, pytest_skip_exception()) as exc:  # the server cannot run here
                print(f"postgresql: skipped ({exc})")
            yield url
    finally:
        global server_cpu
        server_cpu = None
        with signals_ignored():
            cluster.stop()
            cluster.remove()


def run_on_both(
    description: str, run: Callable[[str, int, int], None], *, default_rows: int = 100_000
) -> None:
    """The usual command line of a list benchmark: `run(url, rows, repeat)` on a fresh SQLite file,
    then on PostgreSQL (`--url`, or a throwaway server) unless `--sqlite-only`."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rows", type=int, default=default_rows)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", default="", help="a PostgreSQL database to fill (it must be empty)")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        run(f"sqlite:///{folder}/bench.sqlite3", args.rows, args.repeat)
    if args.sqlite_only:
        return
    with postgres_url(args.url) as url:
        if url:
            run(url, args.rows, args.repeat)


def pytest_skip_exception() -> type[BaseException]:
    """pg_server reports an unusable server with pytest.skip, a BaseException."""
    import pytest

    return pytest.skip.Exception


def settle(database: Database) -> None:
    """After a bulk fill, what the server does on its own soon after (PostgreSQL's autovacuum):
    statistics and the visibility map (index-only scans), so timings are those of a database in
    use. The first VACUUM after the load leaves the visibility map empty; the second fills it."""
    if database.dialect == "postgresql":
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
            conn.execute(text("VACUUM"))


def _cpu_now() -> float:
    return time.process_time() + (server_cpu() if server_cpu is not None else 0.0)


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median, worst, mean CPU time) in milliseconds; the CPU time is this process's (all of
    SQLite's work) plus the throwaway PostgreSQL server's (counted in 1/100 s ticks, hence the
    mean). On a busy machine it is the steadier figure: about the wall time on an idle one."""
    samples = []
    started_cpu = _cpu_now()
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    cpu = (_cpu_now() - started_cpu) * 1000 / repeat
    return statistics.median(samples), max(samples), cpu


RESULTS_ENV = "ENGAGE_BENCH_RESULTS"  # set by bench/run_all.py: where figures are collected


def record(
    measure: str,
    value: float,
    unit: str,
    *,
    reference: float | None = None,
    reference_label: str = "",
    database: str = "",
) -> None:
    """One figure for `bench/run_all.py`'s table (a JSON line in $ENGAGE_BENCH_RESULTS; nothing
    when a bench runs alone). `reference` is what the figure is compared with (a raw sqlite3 rate,
    a bare window, a target): the table shows value / reference."""
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    import json

    line = {
        "bench": Path(sys.argv[0]).stem,
        "database": database,
        "measure": measure,
        "value": value,
        "unit": unit,
        "reference": reference,
        "reference_label": reference_label,
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


class CaseTable:
    """One line per case as it is timed; `close` prints the worst case last. Each case's median
    (and the worst case) also goes to `record` under `heading`."""

    def __init__(self, heading: str, repeat: int, database: str = "") -> None:
        self.heading = heading
        self.database = database
        self.repeat = repeat
        self.worst: tuple[float, str] = (0.0, "")
        self.most_cpu: tuple[float, str] = (0.0, "")
        print(f"  {heading:<44} {'rows':>8}   median      worst   CPU (mean)")

    def time(self, label: str, action: Callable[[], object], rows: int | None = None) -> None:
        median, worst, cpu = timed(action, self.repeat)
        self.worst = max(self.worst, (worst, label))
        self.most_cpu = max(self.most_cpu, (cpu, label))
        shown = f"{rows:>8,}" if rows is not None else " " * 8
        print(f"  {label:<44} {shown}  {median:7.1f} ms  {worst:7.1f} ms  {cpu:7.1f} ms", flush=True)
        record(f"{self.heading.strip()}: {label} (median)", round(median, 1), "ms", database=self.database)

    def close(self) -> None:
        worst, label = self.worst
        cpu, cpu_label = self.most_cpu
        print(f"  most CPU: {cpu_label} — {cpu:.1f} ms", flush=True)
        print(f"  worst case: {label} — {worst:.1f} ms (load average {os.getloadavg()[0]:.1f})", flush=True)
        record(f"{self.heading.strip()}: worst case ({label})", round(worst, 1), "ms", database=self.database)
