"""The Reply assistant list at scale: count + first page of 200 for searches over labels, shortcuts
and bodies, on N entries (default 50,000) with one or two versions each, on SQLite.

Prints the median of `--repeat` runs per case and its ratio to the unsearched list; the last line
is the worst case.

    python bench/reply_assistant_search.py [--rows 50000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import record  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models.agent_tools import (  # noqa: E402
    ReplyAssistantEntry,
    ReplyAssistantShortcut,
    ReplyAssistantVersion,
)
from engage_desktop.models.base import new_platform_id  # noqa: E402
from engage_desktop.models.text_keys import fold  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.agent_tools.entries import EntryForm, ReplyAssistantService, VersionForm  # noqa: E402
from engage_desktop.services.agent_tools.entry_rules import search_key_of  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.listing import ListQuery  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402

TOPICS = "refund delivery parcel password invoice warranty return exchange voucher subscription".split()
WORDS = "please thank you order account soon today team help information details payment card".split()
BATCH = 5000


def fill(database: Database, rows: int) -> None:
    rng = random.Random(7)
    with database.session_factory() as session, session.begin():
        entries, shortcuts, versions = [], [], []
        for n in range(1, rows + 1):
            topic = rng.choice(TOPICS)
            label = f"{topic.title()} answer {n}"
            body = " ".join(rng.choice(WORDS) for _ in range(40)) + f" {topic} ticket{n}"
            form = EntryForm(label, (f"#{topic}{n}",), versions=(VersionForm("en", "text", body),))
            entries.append(
                {
                    "id": n,
                    "platform_id": new_platform_id(),
                    "label": label,
                    "label_key": fold(label),
                    "foreign_id": "",
                    "search_key": search_key_of(form),
                    "version": 1,
                }
            )
            shortcuts.append(
                {"entry_id": n, "shortcut": f"#{topic}{n}", "shortcut_key": f"#{topic}{n}", "position": 0}
            )
            versions.append(
                {
                    "entry_id": n,
                    "platform_id": new_platform_id(),
                    "language": "en",
                    "format": "text",
                    "body": body,
                    "version": 1,
                }
            )
            if len(entries) == BATCH:
                _flush(session, entries, shortcuts, versions)
        _flush(session, entries, shortcuts, versions)


def _flush(session, entries, shortcuts, versions) -> None:  # type: ignore[no-untyped-def]
    if entries:
        session.execute(insert(ReplyAssistantEntry), entries)
        session.execute(insert(ReplyAssistantShortcut), shortcuts)
        session.execute(insert(ReplyAssistantVersion), versions)
    entries.clear(), shortcuts.clear(), versions.clear()


def timed(service: ReplyAssistantService, query: ListQuery, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        service.count_entries(query)
        service.list_entries(query, 0, 200)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{tmp}/bench.sqlite3")
        database.upgrade()
        base = ServiceContext(database.session_factory)
        ensure_reference_data(base)
        admin = auth.create_first_administrator(
            base,
            firstname="B",
            lastname="Ench",
            email="b@example.com",
            nickname="bench",
            password="Bench-pass-123",
        )
        start = time.perf_counter()
        fill(database, args.rows)
        print(f"filled {args.rows} entries in {time.perf_counter() - start:.1f} s")
        service = ReplyAssistantService(base.acting_as(admin.id))
        with database.session_factory() as session:
            assert session.scalar(
                select(ReplyAssistantEntry.id).order_by(ReplyAssistantEntry.id.desc()).limit(1)
            )
        cases = {
            "no search": ListQuery(sort="label"),
            "label word 'warranty'": ListQuery(search="warranty", sort="label"),
            "shortcut '#voucher4242'": ListQuery(search="#voucher4242", sort="label"),
            "body 'ticket31337'": ListQuery(search="ticket31337", sort="label"),
            "two letters 'zz'": ListQuery(search="zz", sort="label"),
            "one letter 'a'": ListQuery(search="a", sort="label"),
            "sort by updated, desc": ListQuery(sort="updated_at", descending=True),
        }
        base_time = timed(service, cases["no search"], args.repeat)
        results = [(name, timed(service, query, args.repeat)) for name, query in cases.items()]
        for name, seconds in results:
            print(f"{name:28s} {seconds * 1000:8.1f} ms   x{seconds / base_time:5.2f}")
            record(
                f"{args.rows:,} entries: {name} (count + first 200)",
                round(seconds * 1000, 1),
                "ms",
                reference=round(base_time * 1000, 1),
                reference_label="no search",
                database=database.dialect,
            )
        worst = max(results, key=lambda r: r[1])
        print(f"worst: {worst[0]} {worst[1] * 1000:.1f} ms (count + first page of 200, {args.rows} entries)")
        database.dispose()


if __name__ == "__main__":
    main()
