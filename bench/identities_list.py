"""The Identities page at scale: time to the first page, to a search and to a re-sort.

Fills a fresh database with N identities (default 100,000) over a few communities, then times
the service calls the page makes (count + first page of 200), as a signed-in administrator. Runs
on SQLite, then on PostgreSQL when one is reachable: --url, ENGAGE_TEST_PG_URL, or a throwaway
server started like the tests do (stopped at the end, on Ctrl-C and on SIGTERM too). The last
line is the worst case.

    python bench/identities_list.py [--rows 100000] [--repeat 5] [--url postgresql://...] [--sqlite-only]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import CaseTable, main_stopped_cleanly, run_on_both, settle  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models.base import new_platform_id  # noqa: E402
from engage_desktop.models.channels import Community, Identity  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.channels.identities import IdentityService, identity_search_key  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.listing import ListQuery, fold  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402

FIRST = "Alice Amélie Ana Arjun Ben Camille Chloé Chen Daniel Diego Elena Emma Farah Felix Hugo Inès".split()
LAST = "Martin Bernard Dubois Thomas Petit Durand Leroy Moreau Smith Johnson Nguyen Kim Rossi Silva".split()
COMMUNITIES = (("Facebook", "facebook"), ("X", "twitter"), ("E-mail", "email"), ("WhatsApp", "whatsapp"))
PAGE = 200


def fill(database: Database, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with database.session_factory() as session, session.begin():
        ids = []
        for name, kind in COMMUNITIES:
            community = Community(name=name, name_key=fold(name), type=kind)
            session.add(community)
            session.flush()
            ids.append(community.id)
        batch: list[dict[str, object]] = []
        for i in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            values: dict[str, object] = {
                "platform_id": new_platform_id(),
                "community_id": ids[i % len(ids)],
                "display_name": f"{first} {last} {i}",
                "screenname": f"{first.lower()}.{last.lower()}{i}",
                "firstname": first,
                "lastname": last,
                "email": f"{first.lower()}.{last.lower()}.{i}@example.com",
                "foreign_id": f"net-{i:07d}",
                "controlled": i % 5000 == 0,
                "extra_values": {},
            }
            values["display_name_key"] = fold(str(values["display_name"]))
            values["email_key"] = str(values["email"]).lower()
            values["search_key"] = identity_search_key(values)
            batch.append(values)
            if len(batch) == 5000:
                session.execute(insert(Identity), batch)
                batch = []
        if batch:
            session.execute(insert(Identity), batch)


def run(url: str, rows: int, repeat: int) -> None:
    database = Database(url)
    try:
        database.upgrade()
        ctx = ServiceContext(database.session_factory)
        ensure_reference_data(ctx)
        admin = auth.create_first_administrator(
            ctx, firstname="Bench", lastname="Admin", email="bench@example.com", nickname="bench",
            password="bench-Passw0rd",
        )  # fmt: skip
        started = time.perf_counter()
        fill(database, rows)
        settle(database)
        print(f"{database.dialect}: filled {rows:,} identities in {time.perf_counter() - started:.1f} s")
        service = IdentityService(ctx.acting_as(admin.id))
        cases = {
            "first page (by name)": ListQuery(),
            "search 'chloé dubois'": ListQuery(search="chloé dubois"),
            "search 'CHLOE' (no accent, other case)": ListQuery(search="CHLOE"),
            "search e-mail '.4242@'": ListQuery(search=".4242@"),
            "search network id 'net-00777'": ListQuery(search="net-00777"),
            "search with no match": ListQuery(search="zzzz-nothing"),
            "search 'ma' (two letters)": ListQuery(search="ma"),
            "search 'q' (one letter, no match)": ListQuery(search="q"),
            "sort by e-mail, descending": ListQuery(sort="email", descending=True),
            "sort by community": ListQuery(sort="community"),
            "sort by last change": ListQuery(sort="updated_at", descending=True),
            "filter one community": ListQuery(filters={"community_id": 2}),
            "filter controlled": ListQuery(filters={"controlled": True}),
            "one community + search 'dubois'": ListQuery(search="dubois", filters={"community_id": 2}),
        }
        table = CaseTable("case (count + first 200 rows)", repeat, database.dialect)
        for label, query in cases.items():
            table.time(
                label,
                lambda q=query: (service.count_identities(q), service.list_identities(q, 0, PAGE)),
                rows=service.count_identities(query),
            )
        deep = ListQuery()
        table.time(
            "page at offset 50,000 (200 rows, by name)", lambda: service.list_identities(deep, 50_000, PAGE)
        )
        deep_mail = ListQuery(sort="email", descending=True)
        table.time(
            "page at offset 90,000 (by e-mail, descending)",
            lambda: service.list_identities(deep_mail, 90_000, PAGE),
        )
        table.close()
    finally:
        database.dispose()


def main() -> None:
    run_on_both(__doc__.splitlines()[0], run, default_rows=100_000)


if __name__ == "__main__":
    main_stopped_cleanly(main)
