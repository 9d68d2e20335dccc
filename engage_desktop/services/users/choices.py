"""Everything the user editor offers to choose from, read in one transaction when it opens."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from zoneinfo import available_timezones

from sqlalchemy import select

from engage_desktop.models import Category, Role, Team, UserCapacity
from engage_desktop.models.channels import Community, ContentSource, Identity
from engage_desktop.services.access.guards import escalating_permissions
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import UserScope, user_scope
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.unit_of_work import UnitOfWork

MAX_IDENTITY_CHOICES = 5000


@dataclass(frozen=True)
class RoleChoice:
    id: int
    label: str
    permissions: frozenset[str]
    grantable: bool  # False when it holds permissions the actor's role lacks


@dataclass(frozen=True)
class TeamChoice:
    id: int
    name: str
    editable: bool  # False for a team leader's teams they do not lead


@dataclass(frozen=True)
class CategoryChoice:
    id: int
    name: str
    parent_id: int | None
    color: int
    selectable: bool


@dataclass(frozen=True)
class SourceChoice:
    id: int
    name: str
    type: str
    community_id: int
    community_name: str
    active: bool


@dataclass(frozen=True)
class IdentityChoice:
    id: int
    display_name: str
    screenname: str
    community_id: int
    community_name: str


@dataclass(frozen=True)
class CapacityChoice:
    id: int
    name: str
    channels: tuple[tuple[str, int, int], ...]  # routing channel label, default, maximum


@dataclass(frozen=True)
class EditorChoices:
    roles: tuple[RoleChoice, ...]
    teams: tuple[TeamChoice, ...]
    categories: tuple[CategoryChoice, ...]
    sources: tuple[SourceChoice, ...]
    identities: tuple[IdentityChoice, ...]
    capacities: tuple[CapacityChoice, ...]
    languages: tuple[tuple[str, str], ...]
    timezones: tuple[str, ...]
    can_edit: bool
    limited_to_led_teams: bool


@cache
def timezone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones() | {"UTC"}))


def language_choices() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(LANGUAGES.items(), key=lambda item: item[1]))


class UserChoicesService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def editor_choices(self) -> EditorChoices:
        with UnitOfWork(self.ctx) as uow:
            session = uow.session
            scope = self._scope(uow)
            held = uow.actor_permissions()
            off = disabled_extensions(session)
            roles = tuple(
                RoleChoice(
                    r.id,
                    r.label,
                    frozenset(r.permission_names),
                    not escalating_permissions(held, off, r.permission_names),
                )
                for r in session.scalars(select(Role).order_by(Role.label_key))
            )
            teams = tuple(
                TeamChoice(t.id, t.name, scope.may_change_team(t.id))
                for t in session.scalars(select(Team).order_by(Team.name_key))
            )
            categories = tuple(
                CategoryChoice(c.id, c.name, c.parent_id, c.color, not c.unselectable)
                for c in session.scalars(select(Category).order_by(Category.name, Category.id))
            )
            sources = tuple(
                SourceChoice(*row)
                for row in session.execute(
                    select(
                        ContentSource.id,
                        ContentSource.name,
                        ContentSource.type,
                        ContentSource.community_id,
                        Community.name,
                        ContentSource.active,
                    )
                    .join(Community, Community.id == ContentSource.community_id)
                    .order_by(ContentSource.name_key)
                )
            )
            identities = tuple(
                IdentityChoice(*row)
                for row in session.execute(
                    select(
                        Identity.id,
                        Identity.display_name,
                        Identity.screenname,
                        Identity.community_id,
                        Community.name,
                    )
                    .join(Community, Community.id == Identity.community_id)
                    .where(Identity.controlled.is_(True))
                    .order_by(Community.name_key, Identity.display_name_key)
                    .limit(MAX_IDENTITY_CHOICES)
                )
            )
            capacities = tuple(
                CapacityChoice(
                    c.id,
                    c.name,
                    tuple(
                        (ch.channel.label or ch.channel.name, ch.default_capacity, ch.max_capacity)
                        for ch in c.channels
                    ),
                )
                for c in session.scalars(select(UserCapacity).order_by(UserCapacity.name_key))
            )
            return EditorChoices(
                roles,
                teams,
                categories,
                sources,
                identities,
                capacities,
                language_choices(),
                timezone_names(),
                scope.can_edit,
                scope.limited,
            )

    def category_paths(self) -> list[tuple[int, str]]:
        """Every category as "Parent › Child" (the list's category filter)."""
        with UnitOfWork(self.ctx) as uow:
            self._scope(uow)
            rows = {c.id: (c.name, c.parent_id) for c in uow.session.scalars(select(Category))}

        def path(category_id: int, depth: int = 0) -> str:
            name, parent = rows[category_id]
            if parent is None or parent not in rows or depth > 20:
                return name
            return f"{path(parent, depth + 1)} › {name}"

        return sorted(((i, path(i)) for i in rows), key=lambda item: item[1].casefold())

    def _scope(self, uow: UnitOfWork) -> UserScope:
        """Readers of users, and creators who may not read them, both see the choices."""
        try:
            return user_scope(uow)
        except PermissionDenied:
            held = uow.actor_permissions()
            if Permission.CREATE_USER.value in held or Permission.INVITE_USER.value in held:
                return UserScope(uow.actor().id, True, None)
            raise
