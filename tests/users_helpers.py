"""What the Users tests share: a small account (roles, teams, categories, channels, identities,
a capacity) built straight into the database, and shortcuts to act as someone else."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select
from test_roles_service import journal, user_with_role

from engage_desktop.models import Category, Team, TeamMember, User, UserCapacity, UserCapacityChannel
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import DEFAULT_ROLES
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.core.listing import fold
from engage_desktop.services.users.records import NewUser, UserForm
from engage_desktop.services.users.service import UserService

__all__ = ["ADMIN_PASSWORD", "World", "build_world", "journal", "user_with_role"]

# What a role needs before giving the Agent role (no escalation).
AGENT_PERMISSIONS = sorted(p.value for p in DEFAULT_ROLES["Agent"])


@dataclass
class World:
    roles: dict[str, int]
    teams: dict[str, int]
    categories: dict[str, int]
    communities: dict[str, int]
    sources: dict[str, int]
    identities: dict[str, int]
    capacities: dict[str, int]

    def form(self, key: str, role: str = "Agent", **more: Any) -> UserForm:
        base = UserForm(
            key.title(),
            "Tester",
            key,
            f"{key}@example.com",
            self.roles[role],
            locale="en",
            timezone="Europe/Paris",
        )
        return replace(base, **more)


def build_world(signed: Signed) -> World:
    """Two teams, a category tree, e-mail and Facebook channels (one identity each), a capacity."""
    users = UserService(signed.ctx)
    roles = {label: role_id for role_id, label in users.role_names()}
    with signed.db.session_factory() as session, session.begin():
        teams = {}
        for name in ("Care", "Billing"):
            team = Team(name=name, name_key=fold(name))
            session.add(team)
            session.flush()
            teams[name] = team.id
        parent = Category(name="Products", unselectable=True)
        session.add(parent)
        session.flush()
        categories = {"Products": parent.id}
        for name in ("Refunds", "Shipping"):
            child = Category(name=name, parent_id=parent.id)
            session.add(child)
            session.flush()
            categories[name] = child.id
        communities, sources, identities = {}, {}, {}
        for community_name, kind, source_name, identity_name in (
            ("E-mail", "email", "Support mailbox", "Acme Support"),
            ("Facebook", "facebook", "Acme page", "Acme on Facebook"),
        ):
            community = Community(name=community_name, name_key=fold(community_name), type=kind)
            session.add(community)
            session.flush()
            communities[community_name] = community.id
            source = ContentSource(
                name=source_name, name_key=fold(source_name), type=kind, community_id=community.id
            )
            session.add(source)
            identity = build_identity(community.id, display_name=identity_name, controlled=True)
            session.add(identity)
            session.flush()
            sources[source_name] = source.id
            identities[identity_name] = identity.id
        customer = build_identity(communities["Facebook"], display_name="A customer")
        session.add(customer)
        channel = RoutingChannel(name="chat", label="Chat")
        session.add(channel)
        session.flush()
        identities["A customer"] = customer.id
        capacity = UserCapacity(name="Part-time", name_key="part-time")
        capacity.channels = [UserCapacityChannel(channel_id=channel.id, default_capacity=2, max_capacity=4)]
        session.add(capacity)
        session.flush()
        capacities = {"Part-time": capacity.id}
    return World(roles, teams, categories, communities, sources, identities, capacities)


def add_member(signed: Signed, team_id: int, user_id: int, leader: bool = False) -> None:
    with signed.db.session_factory() as session, session.begin():
        session.add(TeamMember(team_id=team_id, user_id=user_id, is_leader=leader))


def user_id(signed: Signed, nickname: str) -> int:
    with signed.db.session_factory() as session:
        found = session.scalar(select(User.id).where(User.nickname_key == fold(nickname)))
        assert found is not None, nickname
        return found


def quick_user(signed: Signed, world: World, nickname: str, role: str = "Agent") -> int:
    return (
        UserService(signed.ctx)
        .create_user(
            NewUser(nickname.title(), "Tester", nickname, f"{nickname}@example.com", world.roles[role])
        )
        .id
    )


def count_users(signed: Signed) -> int:
    with signed.db.session_factory() as session:
        return len(session.scalars(select(User.id)).all())
