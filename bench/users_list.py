"""The Users page at scale: time to the first page, to a search, a filter and a re-sort.

Fills a fresh database with N users (default 100,000) spread over roles, 25 teams, skills,
channel permissions (some replying without an identity, so the "cannot reply" filter has work)
and identity links, then times the service calls the page makes (count + first page of 200 with
its teams and problems), as a signed-in administrator. Runs on SQLite, then on PostgreSQL when
one is reachable: --url, ENGAGE_TEST_PG_URL, or a throwaway server started like the tests do
(stopped at the end, on Ctrl-C and on SIGTERM too). The last line is the worst case.

    python bench/users_list.py [--rows 100000] [--repeat 5] [--url postgresql://...] [--sqlite-only]
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import CaseTable, main_stopped_cleanly, run_on_both, settle  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models import Category, Role, Team, TeamMember, User  # noqa: E402
from engage_desktop.models.base import new_platform_id  # noqa: E402
from engage_desktop.models.channels import Community, ContentSource, IdentityUser  # noqa: E402
from engage_desktop.models.user_profile import UserCategory, UserSourcePermission  # noqa: E402
from engage_desktop.models.users import user_search_key  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.channels.identities import build_identity  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.listing import ListQuery, fold  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.users.service import UserService  # noqa: E402

FIRST = "Alice Amélie Ana Arjun Ben Camille Chloé Chen Daniel Diego Elena Emma Farah Felix Hugo Inès".split()
LAST = "Martin Bernard Dubois Thomas Petit Durand Leroy Moreau Smith Johnson Nguyen Kim Rossi Silva".split()
PAGE = 200
BATCH = 5000


def fill(database: Database, rows: int, seed: int = 11) -> dict[str, int]:
    """Returns ids the cases filter on."""
    rng = random.Random(seed)
    with database.session_factory() as session, session.begin():
        roles = {r.label: r.id for r in session.scalars(select(Role))}
        role_ids = [roles["Agent"]] * 6 + [roles["Supervisor"], roles["Auditor"]]
        teams = []
        for i in range(25):
            team = Team(name=f"Team {i:02d}", name_key=f"team {i:02d}")
            session.add(team)
            session.flush()
            teams.append(team.id)
        categories = []
        for name in ("Billing", "Refunds", "Shipping", "Returns", "VIP", "Technical", "Sales", "Press"):
            category = Category(name=name)
            session.add(category)
            session.flush()
            categories.append(category.id)
        community = Community(name="E-mail", name_key="e-mail", type="email")
        session.add(community)
        session.flush()
        source = ContentSource(name="Support", name_key="support", type="email", community_id=community.id)
        identity = build_identity(community.id, display_name="Acme Support", controlled=True)
        session.add_all([source, identity])
        session.flush()
        start = int(session.scalar(select(User.id).order_by(User.id.desc()).limit(1)) or 0) + 1
        users, members, skills, grants, links = [], [], [], [], []
        for n in range(rows):
            user_id = start + n
            first, last = rng.choice(FIRST), rng.choice(LAST)
            nickname = f"{fold(first)}.{fold(last)}{n}"
            users.append(
                {
                    "id": user_id,
                    "platform_id": new_platform_id(),
                    "firstname": first,
                    "lastname": last,
                    "nickname": nickname,
                    "nickname_key": nickname,
                    "email": f"{nickname}@example.com",
                    "email_key": f"{nickname}@example.com",
                    "role_id": rng.choice(role_ids),
                    "enabled": n % 17 != 0,
                    "invitation_pending": n % 101 == 0,
                    "locale": "en",
                    "timezone": "Europe/Paris",
                    "spoken_languages": ["en"],
                    "search_key": user_search_key(first, last, nickname, f"{nickname}@example.com"),
                }
            )
            members.append({"team_id": teams[n % len(teams)], "user_id": user_id, "is_leader": n % 400 == 0})
            if n % 3 == 0:
                skills.append({"user_id": user_id, "category_id": categories[n % len(categories)]})
            if n % 10 == 0:
                grants.append({"user_id": user_id, "source_id": source.id, "read": True, "reply": True})
                if n % 20 == 0:
                    links.append({"identity_id": identity.id, "user_id": user_id})
            if len(users) == BATCH:
                _flush(session, users, members, skills, grants, links)
        _flush(session, users, members, skills, grants, links)
    return {"team": teams[3], "category": categories[2], "agent": roles["Agent"]}


def _flush(session: object, *tables: list[dict[str, object]]) -> None:
    for model, rows in zip(
        (User, TeamMember, UserCategory, UserSourcePermission, IdentityUser), tables, strict=True
    ):
        if rows:
            session.execute(insert(model), rows)  # type: ignore[attr-defined]
            rows.clear()


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
        ids = fill(database, rows)
        settle(database)
        print(f"{database.dialect}: filled {rows:,} users in {time.perf_counter() - started:.1f} s")
        service = UserService(ctx.acting_as(admin.id))
        cases = {
            "first page (by name)": ListQuery(sort="name"),
            "search 'chloé' (first name)": ListQuery(search="chloé", sort="name"),
            "search 'CHLOE' (no accent, other case)": ListQuery(search="CHLOE", sort="name"),
            "search 'amélie dubois' (full name)": ListQuery(search="amélie dubois", sort="name"),
            "search e-mail '4242@'": ListQuery(search="4242@", sort="name"),
            "search with no match": ListQuery(search="zzzz-nothing", sort="name"),
            "search 'ma' (two letters)": ListQuery(search="ma", sort="name"),
            "search 'q' (one letter, no match)": ListQuery(search="q", sort="name"),
            "filter role Agent": ListQuery(filters={"role_id": ids["agent"]}, sort="name"),
            "filter one team": ListQuery(filters={"team_id": ids["team"]}, sort="name"),
            "filter one category": ListQuery(filters={"category_id": ids["category"]}, sort="name"),
            "filter disabled": ListQuery(filters={"enabled": False}, sort="name"),
            "filter invitation pending": ListQuery(filters={"enabled": "invited"}, sort="name"),
            "filter cannot reply": ListQuery(filters={"enabled": "cannot_reply"}, sort="name"),
            "team + category + search 'ma'": ListQuery(
                search="ma", filters={"team_id": ids["team"], "category_id": ids["category"]}, sort="name"
            ),
            "sort by e-mail, descending": ListQuery(sort="email", descending=True),
            "sort by role": ListQuery(sort="role"),
            "sort by last sign-in": ListQuery(sort="last_sign_in_at", descending=True),
            "sort by state": ListQuery(sort="enabled"),
        }
        table = CaseTable("case (count + first 200 rows)", repeat, database.dialect)
        for label, query in cases.items():
            table.time(
                label,
                lambda q=query: (service.count_users(q), service.list_users(q, 0, PAGE)),
                rows=service.count_users(query),
            )
        deep = ListQuery(sort="name")
        table.time(
            "page at offset 50,000 (200 rows, by name)", lambda: service.list_users(deep, 50_000, PAGE)
        )
        deep_mail = ListQuery(sort="email", descending=True)
        table.time(
            "page at offset 90,000 (by e-mail, descending)",
            lambda: service.list_users(deep_mail, 90_000, PAGE),
        )
        table.close()
    finally:
        database.dispose()


def main() -> None:
    run_on_both(__doc__.splitlines()[0], run, default_rows=100_000)


if __name__ == "__main__":
    main_stopped_cleanly(main)
