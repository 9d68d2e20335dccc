"""Communities: list, create, edit, delete — a source needs one of its type; one in use stays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.channels import Community, ContentSource, Identity
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.channels.source_types import source_type
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors


@dataclass(frozen=True)
class CommunityRow:
    id: int
    platform_id: str
    name: str
    type: str
    active: bool
    source_count: int
    updated_at: datetime

    @property
    def type_label(self) -> str:
        return source_type(self.type).label


@dataclass(frozen=True)
class CommunityDetail:
    id: int
    platform_id: str
    name: str
    type: str
    active: bool
    source_names: tuple[str, ...]
    identity_count: int


_source_count = (
    select(func.count(ContentSource.id))
    .where(ContentSource.community_id == Community.id)
    .correlate(Community)
    .scalar_subquery()
)

ROW_COLUMNS = (
    Community.id,
    Community.platform_id,
    Community.name,
    Community.type,
    Community.active,
    _source_count,
    Community.updated_at,
)

SORTABLE = {
    "name": Community.name_key,
    "type": Community.type,
    "active": Community.active,
    "source_count": _source_count,
    "updated_at": Community.updated_at,
}


class CommunityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(Community.name_key.like(like_pattern(query.search), escape="\\"))
        if query.filters.get("type"):
            stmt = stmt.where(Community.type == query.filters["type"])
        if query.filters.get("active") is not None:
            stmt = stmt.where(Community.active.is_(bool(query.filters["active"])))
        return stmt

    def count_communities(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_COMMUNITY)
            return int(uow.session.scalar(self._filtered(select(func.count(Community.id)), query)) or 0)

    def list_communities(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[CommunityRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_COMMUNITY)
            order = SORTABLE.get(query.sort or "name", Community.name_key)
            stmt = self._filtered(
                select(*ROW_COLUMNS),
                query,
            ).order_by(order.desc() if query.descending else order.asc(), Community.id)
            return [CommunityRow(*row) for row in uow.session.execute(stmt.offset(offset).limit(limit))]

    def get_community(self, community_id: int) -> CommunityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_COMMUNITY)
            return self._detail(uow.session, self._load(uow.session, community_id))

    def communities_of_type(self, type_key: str) -> list[CommunityRow]:
        """Active communities a source of this type may join (the wizard, the source editor): anyone
        who may see or set up channels may see these names (the channels list shows them too)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(
                Permission.READ_COMMUNITY,
                Permission.READ_CONTENT_SOURCE,
                Permission.CREATE_CONTENT_SOURCE,
                Permission.UPDATE_CONTENT_SOURCE,
            )
            source_type(type_key)
            stmt = (
                select(*ROW_COLUMNS)
                .where(Community.type == type_key, Community.active.is_(True))
                .order_by(Community.name_key)
            )
            return [CommunityRow(*row) for row in uow.session.execute(stmt)]

    # ---- changing ------------------------------------------------------------------------------
    def create_community(self, name: str, type_key: str, active: bool = True) -> CommunityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.CREATE_COMMUNITY)
            name = self._valid(uow.session, name, type_key)
            community = Community(name=name, name_key=fold(name), type=type_key, active=bool(active))
            uow.session.add(community)
            uow.session.flush()
            uow.record(
                "community.created",
                object_type="community",
                object_id=community.platform_id,
                changes=field_diff({}, self._snapshot(community)),
            )
            detail = self._detail(uow.session, community)
            uow.commit()
            return detail

    def update_community(self, community_id: int, name: str, type_key: str, active: bool) -> CommunityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_COMMUNITY)
            community = self._load(uow.session, community_id)
            name = self._valid(uow.session, name, type_key, exclude_id=community.id)
            before = self._snapshot(community)
            users = self._source_names(uow.session, community.id)
            if type_key != community.type and users:
                raise Conflict(
                    f"The type of {community.name!r} cannot change while channels use it: "
                    + ", ".join(users)
                    + "."
                )
            if not active and community.active:
                running = self._source_names(uow.session, community.id, active_only=True)
                if running:
                    raise Conflict(
                        f"Deactivate the channels of {community.name!r} first: " + ", ".join(running) + "."
                    )
            community.name, community.name_key = name, fold(name)
            community.type, community.active = type_key, bool(active)
            changes = field_diff(before, self._snapshot(community))
            if changes:
                uow.record(
                    "community.updated",
                    object_type="community",
                    object_id=community.platform_id,
                    changes=changes,
                )
            detail = self._detail(uow.session, community)
            uow.commit()
            return detail

    def delete_community(self, community_id: int) -> None:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_COMMUNITY)
            community = self._load(uow.session, community_id)
            users = self._source_names(uow.session, community.id)
            if users:
                raise Conflict(
                    f"{community.name!r} is used by {len(users)} channel(s): "
                    + ", ".join(users)
                    + ". Move or remove them before deleting it."
                )
            identities = self._identity_count(uow.session, community.id)
            if identities:
                raise Conflict(
                    f"{community.name!r} holds {identities} identit{'y' if identities == 1 else 'ies'}; "
                    "a community with identities cannot be deleted (deactivate it instead)."
                )
            snapshot, platform_id = self._snapshot(community), community.platform_id
            uow.session.delete(community)
            uow.record(
                "community.destroyed",
                object_type="community",
                object_id=platform_id,
                changes={k: {"from": v, "to": None} for k, v in snapshot.items()},
            )
            uow.commit()

    # ---- rules ---------------------------------------------------------------------------------
    def _valid(self, session: Session, name: str, type_key: str, exclude_id: int | None = None) -> str:
        errors = FieldErrors()
        name = errors.required("name", name, "Name")
        try:
            source_type(type_key)
        except ValidationError as exc:
            errors.add("type", exc.message)
        if "name" not in errors.errors:
            clash = select(Community.id).where(Community.name_key == fold(name))
            if exclude_id is not None:
                clash = clash.where(Community.id != exclude_id)
            if session.scalar(clash) is not None:
                errors.add("name", f"A community named {name!r} already exists.")
        errors.raise_if_any()
        return name

    def _source_names(self, session: Session, community_id: int, active_only: bool = False) -> list[str]:
        stmt = select(ContentSource.name).where(ContentSource.community_id == community_id)
        if active_only:
            stmt = stmt.where(ContentSource.active.is_(True))
        return list(session.scalars(stmt.order_by(ContentSource.name_key)))

    def _identity_count(self, session: Session, community_id: int) -> int:
        stmt = select(func.count(Identity.id)).where(Identity.community_id == community_id)
        return int(session.scalar(stmt) or 0)

    @staticmethod
    def _snapshot(community: Community) -> dict[str, Any]:
        return {"name": community.name, "type": community.type, "active": community.active}

    def _load(self, session: Session, community_id: int) -> Community:
        community = session.get(Community, community_id)
        if community is None:
            raise NotFound(
                "This community no longer exists (it may have been deleted on another workstation)."
            )
        return community

    def _detail(self, session: Session, community: Community) -> CommunityDetail:
        session.flush()
        return CommunityDetail(
            community.id,
            community.platform_id,
            community.name,
            community.type,
            community.active,
            tuple(self._source_names(session, community.id)),
            self._identity_count(session, community.id),
        )
