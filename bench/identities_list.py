"""The Identities page at scale: time to the first page, to a search and to a re-sort.

Fills a fresh database with N identities (default 100,000) over a few communities, then times
the service calls the page makes (count + first page of 200), as a signed-in administrator.

    python bench/identities_list.py [--rows 100000] [--url postgresql://...] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, worst) in milliseconds."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--url", default="")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        database = Database(args.url or f"sqlite:///{folder}/bench.sqlite3")
        database.upgrade()
        ctx = ServiceContext(database.session_factory)
        ensure_reference_data(ctx)
        admin = auth.create_first_administrator(
            ctx,
            firstname="Bench",
            lastname="Admin",
            email="bench@example.com",
            nickname="bench",
            password="bench-Passw0rd",
        )
        started = time.perf_counter()
        fill(database, args.rows)
        print(f"{database.dialect}: filled {args.rows:,} identities in {time.perf_counter() - started:.1f} s")
        service = IdentityService(ctx.acting_as(admin.id))

        def page(query: ListQuery) -> Callable[[], object]:
            return lambda: (service.count_identities(query), service.list_identities(query, 0, PAGE))

        cases = {
            "first page (count + 200 rows, by name)": ListQuery(),
            "search 'chloé dubois' (count + page)": ListQuery(search="chloé dubois"),
            "search e-mail '.4242@' (count + page)": ListQuery(search=".4242@"),
            "search with no match (count + page)": ListQuery(search="zzzz-nothing"),
            "sort by e-mail, descending": ListQuery(sort="email", descending=True),
            "sort by community": ListQuery(sort="community"),
            "filter one community (count + page)": ListQuery(filters={"community_id": 2}),
            "filter controlled (count + page)": ListQuery(filters={"controlled": True}),
        }
        worst_overall = 0.0
        for label, query in cases.items():
            median, worst = timed(page(query), args.repeat)
            worst_overall = max(worst_overall, worst)
            print(f"  {label:<42} median {median:7.1f} ms   worst {worst:7.1f} ms")
        deep = ListQuery()
        median, worst = timed(lambda: service.list_identities(deep, 50_000, PAGE), args.repeat)
        print(f"  {'page at offset 50,000 (200 rows)':<42} median {median:7.1f} ms   worst {worst:7.1f} ms")
        print(f"worst first-page time of the cases above: {worst_overall:.1f} ms")
        database.dispose()


if __name__ == "__main__":
    main()
