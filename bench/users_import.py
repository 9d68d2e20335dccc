"""Users CSV import: preview and import of N rows (default 10,000) into a fresh SQLite database.

Each row is a new agent in one of ten teams; the import checks every row again, creates the users
and their memberships and journals one `user.created` per user, all in one transaction. Prints
wall and CPU seconds (the machine may be shared: CPU is the steadier figure), milliseconds per
row, and the ratio to reading the same file with the `csv` module.

    python bench/users_import.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import record  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models import Team  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.journal import verify_chain  # noqa: E402
from engage_desktop.services.core.listing import fold  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.users.csv_import import UserImportService  # noqa: E402

HEADER = "firstname,lastname,nickname,email,role,teams,locale,timezone,enabled\n"
TEAMS = [f"Team {i}" for i in range(10)]


def rows(n: int) -> bytes:
    lines = (
        f"Agent{i},Bulk,agent{i},agent{i}@example.com,Agent,{TEAMS[i % 10]},fr,Europe/Paris,1\n"
        for i in range(n)
    )
    return (HEADER + "".join(lines)).encode()


def timed(action: Any) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory(prefix="users-import-bench-") as tmp:
        database = Database(f"sqlite:///{tmp}/bench.sqlite3")
        database.upgrade()
        base = ServiceContext(database.session_factory, workstation="bench")
        ensure_reference_data(base)
        admin = auth.create_first_administrator(
            base, firstname="Bench", lastname="Admin", email="bench@example.com", nickname="bench",
            password="Bench-Passw0rd!",
        )  # fmt: skip
        with database.session_factory.begin() as session:
            session.add_all(Team(name=name, name_key=fold(name)) for name in TEAMS)
        service = UserImportService(base.acting_as(admin.id))
        parse_wall, _cpu, _ = timed(lambda: list(csv.reader(io.StringIO(data.decode()))))
        preview_wall, preview_cpu, preview = timed(lambda: service.preview(data, "bench.csv"))
        assert preview.good_count == args.rows, preview.issues()[:3]
        wall, cpu, result = timed(lambda: service.run(data, all_or_nothing=True, filename="bench.csv"))
        assert result.created == args.rows
        with database.session_factory() as session:
            chain = verify_chain(session)
        assert chain.ok, chain.describe()
        database.dispose()
    print(f"users CSV import of {args.rows:,} rows (one journal event each; chain verified)")
    print(f"  csv.reader        {parse_wall:7.3f} s")
    print(f"  preview           {preview_wall:7.2f} s wall  {preview_cpu:7.2f} s CPU")
    print(
        f"  import            {wall:7.2f} s wall  {cpu:7.2f} s CPU  "
        f"({1000 * cpu / args.rows:.2f} ms CPU per row; {wall / parse_wall:,.0f}x csv.reader)"
    )
    record("users CSV import, rows/s", args.rows / wall, "rows/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
