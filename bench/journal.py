"""The audit journal at a million events: the panel opening, filtering by actor and by an event
group, the memory it takes, and the journal's CSV export against the `sqlite3` command-line tool.

Fills a fresh SQLite database with N hash-chained events (default 1,000,000: ~40 event names in
groups such as user.* and task.*, 50 actors plus the system, a year of history), then measures:
  - the service calls the panel makes (count + first keyset page of 200), unfiltered and filtered;
  - the real JournalPage (offscreen): time to open it until its first page is shown, to apply an
    actor filter and an event-group filter, and the process's RSS growth after opening, scrolling
    20 pages and filtering;
  - the journal export (every column, BI format) in rows/s, against
    `sqlite3 -csv` on the same rows; the ratio is ours / sqlite3's.
Targets: open < 300 ms, filter < 150 ms, RSS growth < 150 MB, export >= 50 % of sqlite3.

    QT_QPA_PLATFORM=offscreen python bench/journal.py [--rows 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import insert, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import CaseTable, main_stopped_cleanly, record  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models import AuditEvent, AuditHead  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.journal import compute_hash  # noqa: E402
from engage_desktop.services.core.listing import ListQuery  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.digital.exports import ExportRequest, ExportService  # noqa: E402
from engage_desktop.services.digital.exports_catalog import BY_NAME  # noqa: E402
from engage_desktop.services.digital.journal_browser import (  # noqa: E402
    COUNT_CAP,
    JOURNAL_FILTER,
    JournalBrowser,
    JournalQuery,
)

GROUPS = {
    "user": ("created", "updated", "destroyed", "invited", "categories_added", "categories_removed"),
    "task": ("created", "assigned", "accepted", "declined", "completed", "transferred", "expired"),
    "intervention": ("opened", "closed", "updated"),
    "content": ("imported", "replied", "ignored", "categorized"),
    "role": ("created", "updated", "destroyed"),
    "category": ("created", "updated", "destroyed"),
    "session": ("created", "destroyed"),
    "identity": ("merged", "unmerged", "updated"),
    "export": ("requested", "created"),
}
NAMES = [f"{group}.{action}" for group, actions in GROUPS.items() for action in actions]
WEIGHTS = [
    40 if n.startswith("task.") else 12 if n.startswith(("content.", "intervention.")) else 3 for n in NAMES
]
BATCH = 20_000
PASSWORD = "s3cret-Passw0rd"
PAGE = 200


def fill(database: Database, rows: int, admin_id: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(2025, 12, 1, tzinfo=UTC)
    step = timedelta(days=365) / rows
    with database.session_factory() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        seq, prev = head.seq, head.last_hash
    names = rng.choices(NAMES, WEIGHTS, k=rows)
    table = AuditEvent.__table__
    started = time.perf_counter()
    with database.engine.begin() as conn:
        batch: list[dict[str, object]] = []
        for i in range(rows):
            seq += 1
            roll = rng.random()
            user_id = None if roll < 0.1 else admin_id if roll < 0.12 else 100 + rng.randrange(50)
            name = names[i]
            row = SimpleNamespace(
                seq=seq,
                created_at=start + step * i,
                name=name,
                user_id=user_id,
                user_label="system"
                if user_id is None
                else "ada"
                if user_id == admin_id
                else f"agent{user_id}",
                workstation=f"desk{rng.randrange(20)}@acme",
                object_type=name.split(".")[0],
                object_id=str(rng.randrange(200_000)),
                changes={"status": {"from": "open", "to": "closed"}} if i % 3 else {},
                details={"task_id": str(rng.randrange(10**6))} if name.startswith("task.") else {},
                prev_hash=prev,
            )
            row.row_hash = prev = compute_hash(row)  # type: ignore[arg-type]
            batch.append(vars(row))
            if len(batch) >= BATCH:
                conn.execute(insert(table), batch)
                batch = []
        if batch:
            conn.execute(insert(table), batch)
        conn.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, last_hash=prev))
        conn.exec_driver_sql("ANALYZE")
    print(f"  filled {rows:,} events in {time.perf_counter() - started:.0f} s", flush=True)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def service_cases(ctx: ServiceContext, repeat: int) -> None:
    browser = JournalBrowser(ctx)
    table = CaseTable("journal service (count + first page)", repeat)
    cases = {
        "open (unfiltered)": JournalQuery(),
        "filter: actor (ada, 2 %)": JournalQuery(actor_id=ctx.actor_id),
        "filter: actor (an agent, 1.8 %)": JournalQuery(actor_id=120),
        "filter: group user.*": JournalQuery(names=("user.*",)),
        "filter: group task.*": JournalQuery(names=("task.*",)),
        "filter: exact role.updated": JournalQuery(names=("role.updated",)),
        "filter: last week": JournalQuery(created_after=datetime(2026, 11, 24, tzinfo=UTC)),
    }
    for label, flt in cases.items():
        query = ListQuery(filters={JOURNAL_FILTER: flt})

        def first_page(query: ListQuery = query) -> None:
            browser.count_events(query)
            browser.events_after(query, None, PAGE)

        table.time(label, first_page, browser.count_events(query))
    deep = ListQuery(filters={JOURNAL_FILTER: JournalQuery(names=("user.*",))})
    after, pages = browser.events_after(deep, None, PAGE)[-1].seq, 1
    while pages < 50:
        rows = browser.events_after(deep, after, PAGE)
        if len(rows) < PAGE:
            break
        after, pages = rows[-1].seq, pages + 1
    table.time(f"page {pages + 1} of user.* (keyset)", lambda: browser.events_after(deep, after, PAGE))
    table.close()


def wait_loaded(widget: object, timeout_ms: int) -> None:
    """Until no list model of the widget awaits an answer (the answers applied)."""
    from PySide6.QtCore import QCoreApplication

    from engage_desktop.views.widgets.lazy_table_model import LazyTableModel

    models = widget.findChildren(LazyTableModel)  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if not any(model.busy for model in models):
            QCoreApplication.processEvents()
            return
        time.sleep(0.001)
    raise TimeoutError("the journal list did not load")


def page_cases(ctx: ServiceContext, database: Database, user: auth.SignedInUser) -> None:
    from PySide6.QtWidgets import QApplication

    from engage_desktop.secrets import SecretStore
    from engage_desktop.services.app_session import AppSession
    from engage_desktop.views.digital.journal_page import JournalPage

    app = QApplication.instance() or QApplication([])
    session = AppSession(database, ctx, user, SecretStore(Path(tempfile.mkdtemp()) / "secrets.json"))
    warm = JournalPage(session)  # the process's first window loads fonts and styles: not the panel's cost
    warm.show()
    wait_loaded(warm, 60_000)
    warm.close()
    warm.deleteLater()
    app.processEvents()
    before = rss_mb()
    started, started_cpu = time.perf_counter(), time.process_time()
    page = JournalPage(session)
    page.resize(1400, 800)
    page.show()
    wait_loaded(page, 60_000)
    opened = (time.perf_counter() - started) * 1000
    opened_cpu = (time.process_time() - started_cpu) * 1000
    for _ in range(20):
        page.panel.model.fetchMore()
        wait_loaded(page, 60_000)
    timings = {}
    for label, apply in (
        ("actor ada", lambda: page.actor_combo.setCurrentIndex(page.actor_combo.findData(ctx.actor_id))),
        ("group user.* (and actor ada)", lambda: page.panel.search_edit.setText("user.*")),
        (
            "group task.* only",
            lambda: (page.actor_combo.setCurrentIndex(0), page.panel.search_edit.setText("task.*")),
        ),
    ):
        apply()
        started, started_cpu = time.perf_counter(), time.process_time()
        page.apply_filters()
        wait_loaded(page, 60_000)
        cpu = (time.process_time() - started_cpu) * 1000
        timings[label] = ((time.perf_counter() - started) * 1000, cpu, page.panel.model.total())
    app.processEvents()
    grown = rss_mb() - before
    print(
        f"  JournalPage open until the first page is shown: {opened:7.1f} ms, CPU {opened_cpu:6.1f} ms  (target < 300 ms)"
    )
    for label, (ms, cpu, total) in timings.items():
        shown = f"{total:>7,}" + ("+" if total >= COUNT_CAP else " ")
        print(
            f"  JournalPage filter {label:<30} {ms:7.1f} ms, CPU {cpu:6.1f} ms  {shown} events  (target < 150 ms)"
        )
    print(f"  RSS growth (open, 20 more pages, 3 filters): {grown:6.1f} MB  (target < 150 MB)", flush=True)
    record(
        "panel open, first page shown",
        round(opened, 1),
        "ms",
        reference=300,
        reference_label="target",
        database="sqlite",
    )
    for label, (ms, _cpu, _total) in timings.items():
        record(
            f"panel filter: {label}",
            round(ms, 1),
            "ms",
            reference=150,
            reference_label="target",
            database="sqlite",
        )
    record(
        "RSS growth (open, 20 pages, 3 filters)",
        round(grown, 1),
        "MB",
        reference=150,
        reference_label="target",
        database="sqlite",
    )
    page.close()


def export_cases(ctx: ServiceContext, db_path: Path, rows: int, workdir: Path) -> None:
    columns = BY_NAME["journal"].field_names
    load_before = Path("/proc/loadavg").read_text().strip() if Path("/proc/loadavg").exists() else "?"
    started, cpu_started = time.perf_counter(), time.process_time()
    result = ExportService(ctx).export(ExportRequest("journal", "bi", columns), workdir / "journal.csv")
    ours, ours_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    sql = (
        "SELECT seq, created_at, name, user_id, user_label, workstation, object_type, object_id, changes, "
        "details FROM audit_events ORDER BY seq"
    )
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(workdir / "cli.csv", "wb") as out:
        subprocess.run(["sqlite3", "-csv", "-header", str(db_path), sql], stdout=out, check=True)
    cli = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cli_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    ours_rate, cli_rate = result.rows / ours, result.rows / cli  # the same rows
    size = (workdir / "journal.csv").stat().st_size / 1e6
    print(
        f"  export (journal, every column, BI): {result.rows:,} rows in {ours:.1f} s = {ours_rate:,.0f} rows/s"
        f" ({size:.0f} MB; CPU {ours_cpu:.1f} s)"
    )
    print(
        f"  sqlite3 -csv, same rows and columns: {cli:.1f} s = {cli_rate:,.0f} rows/s (CPU {cli_cpu:.1f} s)"
    )
    print(
        f"  ratio ours / sqlite3: {ours_rate / cli_rate:.0%} by wall time, {cli_cpu / ours_cpu:.0%} by CPU time"
        f"  (target >= 50 %; /proc/loadavg before: {load_before})",
        flush=True,
    )
    record(
        f"CSV export of {result.rows:,} events (BI)",
        round(ours_rate),
        "rows/s",
        reference=round(cli_rate),
        reference_label="sqlite3 -csv; target ≥ 0.5×",
        database="sqlite",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-export", action="store_true", help="skip the export comparison")
    parser.add_argument("--keep", default="", help="database file to fill once and reuse on later runs")
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        print("the sqlite3 command-line tool is needed (apt-get install sqlite3)", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory(prefix="engage-bench-journal-") as folder:
        workdir = Path(folder)
        db_path = Path(args.keep) if args.keep else workdir / "journal.sqlite3"
        reuse = db_path.exists()
        database = Database(f"sqlite:///{db_path}")
        database.upgrade()
        base = ServiceContext(database.session_factory, workstation="bench@journal")
        ensure_reference_data(base)
        if reuse:
            user = auth.sign_in(base, "ada", PASSWORD)
        else:
            user = auth.create_first_administrator(
                base,
                firstname="Ada",
                lastname="Admin",
                email="ada@example.com",
                nickname="ada",
                password=PASSWORD,
            )
        ctx = base.acting_as(user.id)
        print(f"SQLite, {args.rows:,} journal events", flush=True)
        if not reuse:
            fill(database, args.rows, user.id)
        service_cases(ctx, args.repeat)
        page_cases(ctx, database, user)
        if not args.no_export:
            export_cases(ctx, db_path, args.rows, workdir)
        database.dispose()
        print(f"  (load average {os.getloadavg()[0]:.1f}; {json.dumps({'rows': args.rows})})")


if __name__ == "__main__":
    main_stopped_cleanly(main)
