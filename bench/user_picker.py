"""The user picker (team members, capacity holders) and the Teams/Capacities lists at scale.

Fills a fresh SQLite database with N users (default 100,000), 200 teams and three agent capacities
held by most users, then times what the pickers and lists ask of the services: count + first page
of 200, a search, the users of one capacity, and the same picker as a team leader (scoped).

    python bench/user_picker.py [--rows 100000] [--repeat 5] [--url sqlite:///... | postgresql://...]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import CaseTable, main_stopped_cleanly, settle  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models import Role, Team, TeamMember, User, UserCapacity, UserCapacityAssignment  # noqa: E402
from engage_desktop.models.base import new_platform_id  # noqa: E402
from engage_desktop.models.users import user_search_key  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.listing import ListQuery  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402
from engage_desktop.services.users.capacities import CapacityService  # noqa: E402
from engage_desktop.services.users.lookup import UserLookupService  # noqa: E402
from engage_desktop.services.users.roles import RoleService  # noqa: E402
from engage_desktop.services.users.teams import TeamService  # noqa: E402

FIRST = "Alice Amélie Ana Arjun Ben Camille Chloé Chen Daniel Diego Elena Emma Farah Felix Hugo Inès".split()
LAST = "Martin Bernard Dubois Thomas Petit Durand Leroy Moreau Smith Johnson Nguyen Kim Rossi Silva".split()
BATCH = 5000


def fill(database: Database, rows: int, seed: int = 7) -> int:
    """Returns the id of a team leader (scoped role) leading one team of 50."""
    rng = random.Random(seed)
    with database.session_factory() as session, session.begin():
        agent = session.scalar(select(Role.id).where(Role.label == "Agent"))
        capacities = [UserCapacity(name=n, name_key=n.lower()) for n in ("Standard", "Senior", "Trainee")]
        session.add_all(capacities)
        session.flush()
        for start in range(0, rows, BATCH):
            batch = []
            for i in range(start, min(rows, start + BATCH)):
                nickname = f"user{i:06d}"
                first, last = rng.choice(FIRST), rng.choice(LAST)
                batch.append(
                    {
                        "platform_id": new_platform_id(),
                        "firstname": first,
                        "lastname": last,
                        "search_key": user_search_key(first, last, nickname, f"{nickname}@acme.example"),
                        "nickname": nickname,
                        "nickname_key": nickname,
                        "email": f"{nickname}@acme.example",
                        "email_key": f"{nickname}@acme.example",
                        "role_id": agent,
                        "enabled": True,
                        "invitation_pending": False,
                        "locale": "en",
                        "timezone": "UTC",
                    }
                )
            session.execute(insert(User), batch)
        ids = list(session.scalars(select(User.id).where(User.nickname.like("user%")).order_by(User.id)))
        session.execute(
            insert(UserCapacityAssignment),
            [{"user_id": uid, "capacity_id": rng.choice(capacities).id} for uid in ids if rng.random() < 0.8],
        )
        teams = [Team(name=f"Team {i:03d}", name_key=f"team {i:03d}") for i in range(200)]
        session.add_all(teams)
        session.flush()
        members = [
            {"team_id": team.id, "user_id": uid, "is_leader": n == 0}
            for team in teams
            for n, uid in enumerate(rng.sample(ids, 50))
        ]
        session.execute(insert(TeamMember), members)
        leader = session.scalar(
            select(TeamMember.user_id).where(
                TeamMember.team_id == teams[0].id, TeamMember.is_leader.is_(True)
            )
        )
        assert leader is not None
        return leader


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(args.url or f"sqlite:///{tmp}/bench.sqlite3")
        database.upgrade()
        base = ServiceContext(database.session_factory, workstation="bench")
        ensure_reference_data(base)
        admin = auth.create_first_administrator(
            base, firstname="B", lastname="Ench", email="b@x.io", nickname="bench", password="s3cret-Passw0rd"
        )
        started = time.perf_counter()
        leader_id = fill(database, args.rows)
        settle(database)
        print(f"{database.dialect}: {args.rows:,} users filled in {time.perf_counter() - started:.1f} s")
        ctx = base.acting_as(admin.id)
        lookup, capacities, teams = UserLookupService(ctx), CapacityService(ctx), TeamService(ctx)
        first_capacity = capacities.list_capacities(ListQuery())[0].id

        table = CaseTable("case", args.repeat, database.dialect)

        def timed(label: str, call: Callable[[], object], _repeat: int) -> None:
            table.time(label, call)

        def page(service: UserLookupService, query: ListQuery) -> None:
            service.count_users(query)
            service.list_users(query, 0, 200)

        timed("picker: first page (count + 200)", lambda: page(lookup, ListQuery(sort="name")), args.repeat)
        timed(
            "picker: search 'mart'", lambda: page(lookup, ListQuery(search="mart", sort="name")), args.repeat
        )
        timed("picker: search 'user09999'", lambda: page(lookup, ListQuery(search="user09999")), args.repeat)
        timed(
            "capacity users: first page",
            lambda: (
                capacities.count_capacity_users(first_capacity, ListQuery()),
                capacities.list_capacity_users(first_capacity, ListQuery()),
            ),
            args.repeat,
        )
        timed("capacities list", lambda: capacities.list_capacities(ListQuery()), args.repeat)
        timed(
            "teams list (count + 200)",
            lambda: (teams.count_teams(ListQuery()), teams.list_teams(ListQuery())),
            args.repeat,
        )
        RoleService(ctx).update_role(
            database_role(database, leader_id),
            "Agent",
            ["read_user", "update_user", "manage_users_of_my_teams"],
        )
        scoped = UserLookupService(base.acting_as(leader_id))
        timed("picker as a team leader (scoped)", lambda: page(scoped, ListQuery(sort="name")), args.repeat)
        table.close()
        database.dispose()


def database_role(database: Database, user_id: int) -> int:
    with database.session_factory() as session:
        return session.get_one(User, user_id).role_id


if __name__ == "__main__":
    main_stopped_cleanly(main)
