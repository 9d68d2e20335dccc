"""Realistic sample data for the demo database: people, teams, roles, sources, categories, a week of journal.

Loaded once into its own database (never the user's real one), deterministically (seeded), and
journaled like any change so `audit verify` holds on the demo too.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from engage_desktop.models import (
    Category,
    Community,
    ContentSource,
    Role,
    RolePermission,
    Team,
    TeamMember,
    User,
    utcnow,
)
from engage_desktop.services.access.passwords import hash_password
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.demo.account import name_the_account
from engage_desktop.services.demo.channels import add_channels_demo
from engage_desktop.services.demo.users_admin import add_users_admin_demo

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo-admin-2026"
DAILY_SIGN_INS = 60  # of about 280 active people: most have signed in during the week

FIRST_NAMES = (
    "Alice Amélie Ana Arjun Ben Camille Chloé Chen Daniel Diego Elena Emma Farah Felix Gabriel Hana "
    "Hugo Inès Isaac Jade Jonas Julia Karim Kenji Lea Leo Lina Louis Maya Mehdi Mia Nadia Noah Nora "
    "Olga Omar Paul Priya Quentin Rosa Sami Sara Sofia Tariq Théo Uma Victor Wen Yara Zoé"
).split()
LAST_NAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Mercier Blanc Guerin Boyer "
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Nguyen Kim Rossi Silva "
    "Müller Schmidt Novak Kowalski Haddad Tanaka Sato Okafor Mensah Cohen"
).split()
TIMEZONES = ("Europe/Paris", "Europe/London", "America/New_York", "America/Montreal", "Asia/Tokyo", "UTC")
TEAMS = (
    "Tier 1 — Social",
    "Tier 1 — E-mail",
    "Tier 2 — Escalations",
    "VIP Care",
    "Billing",
    "Returns",
    "Night shift",
    "Weekend crew",
    "French desk",
    "English desk",
    "Moderation",
    "Quality",
)
SOURCES = (
    ("Facebook", "facebook", "Acme on Facebook", 0),
    ("Facebook", "facebook", "Acme Outlet on Facebook", 1),
    ("X", "twitter", "@AcmeCare", 2),
    ("Instagram", "instagram", "acme.official", 3),
    ("Messenger", "messenger", "Acme Messenger", 4),
    ("WhatsApp", "whatsapp", "WhatsApp Support +33", 5),
    ("E-mail", "email", "support@acme.example", 6),
    ("E-mail", "email", "billing@acme.example", 7),
    ("Engage Chat", "engage_chat", "Website chat", 8),
    ("Engage Messaging", "engage_messaging", "Mobile app messaging", 9),
    ("SMS", "sms", "SMS short code 36 180", 10),
    ("Google Business", "google_business", "Acme stores — Google", 11),
)
CATEGORIES: dict[str, tuple[str, ...]] = {
    "Orders": ("Tracking", "Delivery delay", "Damaged item", "Cancellation"),
    "Billing": ("Refund", "Invoice", "Payment failed"),
    "Account": ("Password", "Personal data (GDPR)", "Close account"),
    "Products": ("Availability", "Warranty", "How to use"),
    "Complaints": ("Urgent", "Legal"),
    "Praise": (),
}
CUSTOM_ROLES: dict[str, tuple[Permission, ...]] = {
    "Team leader": (
        Permission.READ_USER,
        Permission.MANAGE_USERS_OF_MY_TEAMS,
        Permission.UPDATE_USER,
        Permission.READ_PRESENCE,
        Permission.MONITOR_TEAM_TASKS,
        Permission.RECEIVE_TASKS,
    ),
    "Content moderator": (
        Permission.READ_CONTENT_SOURCE,
        Permission.READ_IDENTITY,
        Permission.MUTE_CONTENT,
        Permission.AUTHOR_BLOCK_CONTENT,
        Permission.DELETE_CONTENT_THREAD,
        Permission.SEARCH_CONTENTS,
    ),
}


def has_demo_data(ctx: ServiceContext) -> bool:
    with ctx.session_factory() as session:
        return bool(session.scalar(select(func.count(User.id)).where(User.nickname_key == DEMO_LOGIN)))


class _Journal:
    """Back-dated events in the loader's unit of work, as the demo's people or the system."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def __call__(
        self,
        when: datetime,
        name: str,
        actor: User | None,
        obj_type: str,
        obj_id: str,
        changes: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.uow.record(
            name,
            actor_id=actor.id if actor else None,
            object_type=obj_type,
            object_id=obj_id,
            changes=changes or {},
            details=details or {},
            created_at=when,
        )


def load_demo_data(ctx: ServiceContext, users: int = 320, seed: int = 2026) -> None:
    """Idempotent: does nothing when the demo administrator already exists."""
    if has_demo_data(ctx):
        return
    rng = random.Random(seed)
    now = utcnow()
    start = now - timedelta(days=8)
    loader = replace(ctx.acting_as(None), workstation="demo-loader")
    with UnitOfWork(loader) as uow:
        session = uow.session
        journal = _Journal(uow)
        roles = {r.label: r for r in session.scalars(select(Role))}
        for label, perms in CUSTOM_ROLES.items():
            role = Role(label=label, label_key=fold(label), created_at=start, updated_at=start)
            role.permissions = [RolePermission(permission=p.value) for p in perms]
            session.add(role)
            session.flush()
            roles[label] = role
            journal(
                start,
                "role.created",
                None,
                "role",
                role.platform_id,
                {
                    "label": {"from": None, "to": label},
                    "permissions": {"added": sorted(p.value for p in perms), "removed": []},
                },
            )

        demo_admin = User(
            firstname="Dana",
            lastname="Demo",
            nickname=DEMO_LOGIN,
            nickname_key=DEMO_LOGIN,
            email="demo@acme.example",
            email_key="demo@acme.example",
            role_id=roles["Administrator"].id,
            password_hash=hash_password(DEMO_PASSWORD),
            password_changed_at=start,
            timezone="Europe/Paris",
            locale="en",
            created_at=start,
            updated_at=start,
        )
        session.add(demo_admin)
        session.flush()
        journal(
            start,
            "user.created",
            None,
            "user",
            demo_admin.platform_id,
            {"nickname": {"from": None, "to": DEMO_LOGIN}, "role": {"from": None, "to": "Administrator"}},
            {"first_administrator": True},
        )

        role_weights = [
            ("Agent", 78),
            ("Supervisor", 8),
            ("Team leader", 6),
            ("Content moderator", 4),
            ("Auditor", 2),
            ("Administrator", 2),
        ]
        labels = [label for label, _ in role_weights]
        weights = [w for _, w in role_weights]
        people: list[User] = []
        seen: set[str] = {DEMO_LOGIN}
        for i in range(users):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            nickname = fold(f"{first}.{last}").replace(" ", "")
            if nickname in seen:
                nickname = f"{nickname}{i}"
            seen.add(nickname)
            email = f"{nickname}@acme.example"
            created = start + timedelta(minutes=i)
            user = User(
                firstname=first,
                lastname=last,
                nickname=nickname,
                nickname_key=nickname,
                email=email,
                email_key=email,
                role_id=roles[rng.choices(labels, weights)[0]].id,
                enabled=rng.random() > 0.06,
                invitation_pending=rng.random() < 0.04,
                timezone=rng.choice(TIMEZONES),
                locale=rng.choice(("en", "fr")),
                created_at=created,
                updated_at=created,
            )
            people.append(user)
        session.add_all(people)
        session.flush()
        for i, user in enumerate(people):
            journal(
                start + timedelta(minutes=i),
                "user.created",
                demo_admin,
                "user",
                user.platform_id,
                {"nickname": {"from": None, "to": user.nickname}, "email": {"from": None, "to": user.email}},
            )

        teams = []
        for name in TEAMS:
            team = Team(name=name, name_key=fold(name), created_at=start, updated_at=start)
            session.add(team)
            teams.append(team)
        session.flush()
        for team in teams:
            members = rng.sample(people, rng.randint(8, 30))
            for j, user in enumerate(members):
                session.add(TeamMember(team_id=team.id, user_id=user.id, is_leader=j < 2))
            journal(
                start + timedelta(hours=6),
                "team.created",
                demo_admin,
                "team",
                team.platform_id,
                {
                    "name": {"from": None, "to": team.name},
                    "user_ids": {"added": sorted(u.platform_id for u in members), "removed": []},
                },
            )

        communities: dict[str, Community] = {}
        for community_name, kind, source_name, color in SOURCES:
            if kind not in communities:
                community = Community(
                    name=community_name,
                    name_key=fold(community_name),
                    type=kind,
                    created_at=start,
                    updated_at=start,
                )
                session.add(community)
                session.flush()
                communities[kind] = community
                journal(
                    start + timedelta(hours=7),
                    "community.created",
                    demo_admin,
                    "community",
                    community.platform_id,
                    {"name": {"from": None, "to": community_name}},
                )
            source = ContentSource(
                name=source_name,
                name_key=fold(source_name),
                type=kind,
                community_id=communities[kind].id,
                color=color,
                active=kind != "google_business",
                sla_response=rng.choice((900, 3600, 14400)),
                created_at=start,
                updated_at=start,
            )
            session.add(source)
            session.flush()
            journal(
                start + timedelta(hours=7, minutes=color),
                "content_source.created",
                demo_admin,
                "content_source",
                source.platform_id,
                {"name": {"from": None, "to": source_name}},
            )

        for color, (parent_name, children) in enumerate(CATEGORIES.items()):
            parent = Category(
                name=parent_name, color=color, unselectable=bool(children), created_at=start, updated_at=start
            )
            session.add(parent)
            session.flush()
            journal(
                start + timedelta(hours=8),
                "category.created",
                demo_admin,
                "category",
                parent.platform_id,
                {"name": {"from": None, "to": parent_name}},
            )
            for child_name in children:
                child = Category(
                    name=child_name, parent_id=parent.id, color=color, created_at=start, updated_at=start
                )
                session.add(child)
                session.flush()
                journal(
                    start + timedelta(hours=8),
                    "category.created",
                    demo_admin,
                    "category",
                    child.platform_id,
                    {"name": {"from": None, "to": child_name}, "parent": {"from": None, "to": parent_name}},
                )

        add_channels_demo(session, journal, start, demo_admin, people, seed)
        add_users_admin_demo(session, journal, start, demo_admin, people, seed)
        _a_week_of_activity(rng, journal, now, demo_admin, people, teams)
        name_the_account(session, journal, start, demo_admin)
        uow.commit()


def _a_week_of_activity(
    rng: random.Random, journal: _Journal, now: datetime, admin: User, people: list[User], teams: list[Team]
) -> None:
    """Sign-ins every day (so "Last sign-in" reads like a team at work), a few admin edits, some
    failed sign-ins — in time order. Disabled people and pending invitations never sign in."""
    moments: list[tuple[datetime, str, User]] = []
    active = [p for p in people if p.enabled and not p.invitation_pending]
    for day in range(7, 0, -1):
        base = (now - timedelta(days=day)).replace(hour=7, minute=0, second=0, microsecond=0)
        moments.append((base + timedelta(minutes=rng.randint(60, 90)), "session.created", admin))
        for user in rng.sample(active, min(len(active), DAILY_SIGN_INS)):
            moments.append((base + timedelta(minutes=rng.randint(0, 600)), "session.created", user))
        for _ in range(4):
            moments.append((base + timedelta(minutes=rng.randint(60, 540)), "admin", rng.choice(people)))
        moments.append((base + timedelta(minutes=rng.randint(0, 600)), "session.failed", rng.choice(people)))
    for when, kind, user in sorted(moments, key=lambda m: m[0]):
        if when >= now:
            continue
        if kind == "session.created":
            journal(when, "session.created", user, "user", user.platform_id)
            user.last_sign_in_at = when
        elif kind == "session.failed":
            journal(
                when,
                "session.failed",
                None,
                "user",
                user.platform_id,
                details={"login": user.nickname, "reason": "wrong password"},
            )
        elif rng.random() < 0.5:
            journal(
                when,
                "user.updated",
                admin,
                "user",
                user.platform_id,
                {"timezone": {"from": "UTC", "to": user.timezone}},
            )
        else:
            team = rng.choice(teams)
            journal(
                when,
                "team.updated",
                admin,
                "team",
                team.platform_id,
                {"user_ids": {"added": [user.platform_id], "removed": []}},
            )
