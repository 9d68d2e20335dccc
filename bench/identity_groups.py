"""Customer profiles at scale: the Tags page's counts, profile search, folder live counts, and a
tagging change, over N identity groups (default 1,000,000).

Fills a fresh database with N profiles and about 12% of them tagged (six tags from 0.5% to 10%),
then times, as a signed-in administrator, what the pages ask: the tag list with its counts (read
from the maintained counter) beside a real COUNT per tag (what a page without the counter would
pay), the identity group list's count + first page for several searches, folder live counts, and
one tagging + one untagging (the counter moves in the same transaction). Prints a table per
database; runs on SQLite, then on PostgreSQL when one is reachable (--url, ENGAGE_TEST_PG_URL or
a throwaway server).

    python bench/identity_groups.py [--rows 1000000] [--repeat 5] [--url postgresql://...] [--sqlite-only]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, select, update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import CaseTable, main_stopped_cleanly, run_on_both, settle, timed  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models.base import new_platform_id  # noqa: E402
from engage_desktop.models.channels import IdentityGroup  # noqa: E402
from engage_desktop.models.digital import IdentityGroupTag, Tag  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.listing import ListQuery, fold, search_fold  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.digital.folders import FolderService  # noqa: E402
from engage_desktop.services.digital.identity_groups import IdentityGroupService, group_label  # noqa: E402
from engage_desktop.services.digital.tags import TagService  # noqa: E402

FIRST = "Alice Amélie Ana Arjun Ben Camille Chloé Chen Daniel Diego Elena Emma Farah Felix Hugo Inès".split()
LAST = "Martin Bernard Dubois Thomas Petit Durand Leroy Moreau Smith Johnson Nguyen Kim Rossi Silva".split()
COMPANIES = ["", "", "", "Acme", "Globex", "Initech", "Northwind", "Umbrella"]
TAGS = {
    "Newsletter": 0.10,
    "Churn risk": 0.04,
    "VIP": 0.02,
    "Complained twice": 0.01,
    "Partner": 0.008,
    "Press": 0.005,
}
PAGE = 200
BATCH = 10_000


def fill(database: Database, rows: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with database.session_factory() as session, session.begin():
        tag_ids = {}
        for name in TAGS:
            tag = Tag(name=name, name_key=fold(name), group_count=0)
            session.add(tag)
            session.flush()
            tag_ids[name] = tag.id
        counts = dict.fromkeys(TAGS, 0)
        groups: list[dict[str, object]] = []
        links: list[dict[str, int]] = []
        for i in range(1, rows + 1):
            first, last, company = rng.choice(FIRST), rng.choice(LAST), rng.choice(COMPANIES)
            email = f"{first.lower()}.{last.lower()}.{i}@example.com"
            phone = f"+33 6 {i:08d}"
            name = group_label(first, last, company)
            groups.append(
                {
                    "id": i,
                    "platform_id": new_platform_id(),
                    "firstname": first,
                    "lastname": last,
                    "company": company,
                    "emails": [email],
                    "mobile_phones": [phone],
                    "home_phones": [],
                    "custom_field_values": {},
                    "merge_contributions": {},
                    "name_key": fold(name)[:255],
                    "search_key": " | ".join(search_fold(p) for p in (name, company, email, phone))[:1200],
                }
            )
            for tag, share in TAGS.items():
                if rng.random() < share:
                    links.append({"identity_group_id": i, "tag_id": tag_ids[tag]})
                    counts[tag] += 1
            if len(groups) == BATCH:  # the links after their groups (foreign keys)
                session.execute(insert(IdentityGroup), groups)
                groups = []
                if links:
                    session.execute(insert(IdentityGroupTag), links)
                    links = []
        if groups:
            session.execute(insert(IdentityGroup), groups)
        if links:
            session.execute(insert(IdentityGroupTag), links)
        for tag, n in counts.items():
            session.execute(update(Tag).where(Tag.id == tag_ids[tag]).values(group_count=n))


def real_counts(database: Database) -> dict[str, int]:
    """What the Tags page would run without the counter: COUNT(*) per tag over the link table."""
    with database.session_factory() as session:
        stmt = (
            select(Tag.name, func.count(IdentityGroupTag.identity_group_id))
            .join(IdentityGroupTag, IdentityGroupTag.tag_id == Tag.id, isouter=True)
            .group_by(Tag.name)
        )
        return {name: int(n) for name, n in session.execute(stmt)}


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
        print(f"{database.dialect}: filled {rows:,} identity groups in {time.perf_counter() - started:.1f} s")
        acting = ctx.acting_as(admin.id)
        tags, groups, folders = TagService(acting), IdentityGroupService(acting), FolderService(acting)

        kept = {t.name: t.group_count for t in tags.tag_choices()}
        real = real_counts(database)
        assert kept == real, f"counter drifted: {kept} != {real}"
        print(f"  tag counts (maintained = real): {', '.join(f'{k} {v:,}' for k, v in kept.items())}")

        table = CaseTable("case", repeat, database.dialect)
        table.time("Tags page: count + page (maintained counter)", lambda: (tags.count_tags(ListQuery()), tags.list_tags(ListQuery(sort="group_count", descending=True))), rows=len(kept))  # fmt: skip
        table.time(
            "same numbers by COUNT(*) per tag (no counter)", lambda: real_counts(database), rows=len(kept)
        )
        cases = {
            "profiles: first page (by name)": ListQuery(),
            "profiles: search 'chloé dubois'": ListQuery(search="chloé dubois"),
            "profiles: search 'CHLOE' (no accent)": ListQuery(search="CHLOE"),
            "profiles: search e-mail '.424242@'": ListQuery(search=".424242@"),
            "profiles: search phone '00777'": ListQuery(search="00777"),
            "profiles: search with no match": ListQuery(search="zzzz-nothing"),
            "profiles: search 'ma' (two letters)": ListQuery(search="ma"),
            "profiles: tag filter 'Press'": ListQuery(filters={"tag_id": 6}),
            "profiles: sort by last change": ListQuery(sort="updated_at", descending=True),
        }
        for label, query in cases.items():
            table.time(
                label,
                lambda q=query: (groups.count_identity_groups(q), groups.list_identity_groups(q, 0, PAGE)),
                rows=groups.count_identity_groups(query),
            )
        middle = rows // 2
        table.time(
            f"profiles: page at offset {middle:,} (by name)",
            lambda: groups.list_identity_groups(ListQuery(), middle, PAGE),
        )
        for query in (
            "tag:VIP",
            'tag:VIP -tag:"Churn risk"',
            "tag:Press company:acme",
            "dubois -tag:Newsletter",
        ):
            table.time(f"folder count {query}", lambda q=query: folders.count_query(q), rows=folders.count_query(query).count)  # fmt: skip
        vip = next(t for t in tags.tag_choices() if t.name == "Press")
        target = rows // 2

        def tag_and_untag() -> None:
            groups.set_group_tags(target, [vip.id])
            groups.set_group_tags(target, [])

        table.time("tag + untag one profile (2 transactions)", tag_and_untag)
        table.close()
        after = {t.name: t.group_count for t in tags.tag_choices()}
        assert after == real_counts(database), "counter drifted after tagging"
        counted, _w, _c = timed(lambda: real_counts(database), repeat)
        kept_read, _w, _c = timed(lambda: tags.list_tags(ListQuery()), repeat)
        print(
            f"  Tags page numbers: {kept_read:.1f} ms from the counter (whole service call) vs "
            f"{counted:.1f} ms for COUNT(*) per tag alone ({counted / max(kept_read, 0.01):.1f}×)"
        )
    finally:
        database.dispose()


def main() -> None:
    run_on_both(__doc__.splitlines()[0], run, default_rows=1_000_000)


if __name__ == "__main__":
    main_stopped_cleanly(main)
