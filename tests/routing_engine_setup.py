"""A small routing world in a real database for the engine's tests: one chat channel, two sources,
categories, two teams, agents with skills, and Routing mode on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from engage_desktop.models import (
    AccountSettings,
    Category,
    Community,
    ContentSource,
    Role,
    RolePermission,
    Team,
    TeamMember,
    User,
)
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.models.user_profile import UserCategory, UserSourcePermission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine.model import Interaction

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@dataclass
class World:
    channel_id: int
    source_id: int
    other_source_id: int
    agent_ids: list[int]
    team_ids: list[int]
    category_ids: list[int]
    category_platform_ids: list[str]
    team_platform_ids: list[str]


def build_world(
    ctx: ServiceContext, agents: int = 3, *, soft: int = 2, hard: int = 3, timeout: int = 60, sla: int = 600
) -> World:
    with ctx.session_factory() as session:
        account = session.scalar(select(AccountSettings).limit(1))
        if account is None:
            account = AccountSettings()
            session.add(account)
        account.routing_mode = True
        channel = RoutingChannel(
            name="chat",
            label="Chat",
            soft_capability=soft,
            hard_capability=hard,
            task_timeout_seconds=timeout,
        )
        community = Community(name="Web", name_key="web", type="chat")
        session.add_all([channel, community])
        session.flush()
        source = ContentSource(
            name="Web chat", name_key="web chat", type="chat", community_id=community.id,
            channel_id=channel.id, sla_response=sla, default_task_priority=10,
            intervention_messages_boost=5, transferred_tasks_boost=7,
        )  # fmt: skip
        other = ContentSource(
            name="Mail", name_key="mail", type="chat", community_id=community.id, channel_id=channel.id,
            sla_response=sla,
        )  # fmt: skip
        categories = [Category(name=n, name_key=n.lower()) for n in ("Billing", "Orders")]
        teams = [Team(name=n, name_key=n.lower()) for n in ("Blue", "Red")]
        role = Role(label="Routed agent", label_key="routed agent")
        session.add_all([source, other, *categories, *teams, role])
        session.flush()
        session.add(RolePermission(role_id=role.id, permission="receive_tasks"))
        ids = []
        for n in range(agents):
            user = User(
                nickname=f"agent{n}", nickname_key=f"agent{n}", email=f"a{n}@x.io", email_key=f"a{n}@x.io",
                firstname="Agent", lastname=str(n), role_id=role.id,
            )  # fmt: skip
            session.add(user)
            session.flush()
            ids.append(user.id)
            session.add(UserSourcePermission(user_id=user.id, source_id=source.id, read=True, reply=True))
            session.add(TeamMember(team_id=teams[n % 2].id, user_id=user.id))
            if n % 2 == 0:
                session.add(UserCategory(user_id=user.id, category_id=categories[0].id))
        session.commit()
        return World(
            channel.id,
            source.id,
            other.id,
            ids,
            [t.id for t in teams],
            [c.id for c in categories],
            [c.platform_id for c in categories],
            [t.platform_id for t in teams],
        )


def message(
    n: int, *, thread: str | None = None, text: str = "Hello", source: str = "Web chat", seconds: float = 0
) -> Interaction:
    return Interaction(
        source,
        f"m{n}",
        thread or f"t{n}",
        f"customer{n}",
        text,
        "en",
        START + timedelta(seconds=seconds or n),
    )


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, at: datetime = START) -> None:
        self.at = at.timestamp()

    def __call__(self) -> float:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += seconds
