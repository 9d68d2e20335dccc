"""Communities: list, create, edit, delete — a source needs one of its type; one in use stays.

The changes are operations (`create_community(uow, …)`, `update_community(uow, …)`,
`delete_community(uow, …)`) that bulk actions and bundle apply compose in one unit of work;
`CommunityService` is the thin entry point the views call.
"""

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
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id

COMMUNITY_GONE = ErrorCode(
    "community.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This community no longer exists (it may have been deleted on another workstation)."
    ),
)
COMMUNITY_NAME_TAKEN = ErrorCode(
    "community.name_taken", QT_TRANSLATE_NOOP("Errors", "A community named “{name}” already exists.")
)
COMMUNITY_TYPE_IN_USE = ErrorCode(
    "community.type_in_use",
    QT_TRANSLATE_NOOP("Errors", "The type of “{name}” cannot change while channels use it: {channels}."),
)
COMMUNITY_CHANNELS_ACTIVE = ErrorCode(
    "community.channels_active",
    QT_TRANSLATE_NOOP("Errors", "Deactivate the channels of “{name}” first: {channels}."),
)
COMMUNITY_USED_BY = ErrorCode(
    "community.in_use",
    QCoreApplication.translate(
        "Errors",
        "“{name}” is used by %n channel(s): {channels}. Move or remove them before deleting it.",
        None,
        0,
    ),
    plural="count",
)
COMMUNITY_HOLDS_IDENTITIES = ErrorCode(
    "community.holds_identities",
    QCoreApplication.translate(
        "Errors",
        "“{name}” holds %n identity(ies); a community with identities cannot be deleted "
        "(deactivate it instead).",
        None,
        0,
    ),
    plural="count",
)


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
    version: int = 1


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
            return _detail(uow.session, _load(uow.session, community_id))

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
        return run_operation(self.ctx, create_community, name, type_key, active)

    def update_community(
        self, community_id: int, name: str, type_key: str, active: bool, *, version: int | None = None
    ) -> CommunityDetail:
        """`version` is the one the editor loaded: a newer saved community raises `Conflict`."""
        return run_operation(
            self.ctx, update_community, community_id, name, type_key, active, version=version
        )

    def delete_community(self, community_id: int) -> None:
        run_operation(self.ctx, delete_community, community_id)


# ---- operations ----------------------------------------------------------------------------------
def create_community(uow: UnitOfWork, name: str, type_key: str, active: bool = True) -> CommunityDetail:
    uow.require(Permission.CREATE_COMMUNITY)
    name = _valid(uow.session, name, type_key)
    community = Community(name=name, name_key=fold(name), type=type_key, active=bool(active))
    uow.session.add(community)
    uow.session.flush()
    uow.record(
        "community.created",
        object_type="community",
        object_id=community.platform_id,
        changes=field_diff({}, _snapshot(community)),
    )
    return _detail(uow.session, community)


def update_community(
    uow: UnitOfWork,
    community_id: int,
    name: str,
    type_key: str,
    active: bool,
    *,
    version: int | None = None,
) -> CommunityDetail:
    uow.require(Permission.UPDATE_COMMUNITY)
    community = _load(uow.session, community_id)
    name = _valid(uow.session, name, type_key, exclude_id=community.id)
    before = _snapshot(community)
    uow.ensure_version(
        community,
        version,
        object_type="community",
        theirs=before,
        mine={"name": name, "type": type_key, "active": bool(active)},
    )
    users = _source_names(uow.session, community.id)
    if type_key != community.type and users:
        raise Conflict(COMMUNITY_TYPE_IN_USE(name=community.name, channels=users))
    if not active and community.active:
        running = _source_names(uow.session, community.id, active_only=True)
        if running:
            raise Conflict(COMMUNITY_CHANNELS_ACTIVE(name=community.name, channels=running))
    community.name, community.name_key = name, fold(name)
    community.type, community.active = type_key, bool(active)
    changes = field_diff(before, _snapshot(community))
    if changes:
        uow.record(
            "community.updated",
            object_type="community",
            object_id=community.platform_id,
            changes=changes,
        )
    return _detail(uow.session, community)


def delete_community(uow: UnitOfWork, community_id: int) -> None:
    uow.require(Permission.UPDATE_COMMUNITY)
    community = _load(uow.session, community_id)
    users = _source_names(uow.session, community.id)
    if users:
        raise Conflict(COMMUNITY_USED_BY(name=community.name, channels=users, count=len(users)))
    identities = _identity_count(uow.session, community.id)
    if identities:
        raise Conflict(COMMUNITY_HOLDS_IDENTITIES(name=community.name, count=identities))
    snapshot, platform_id = _snapshot(community), community.platform_id
    uow.session.delete(community)
    uow.record(
        "community.destroyed",
        object_type="community",
        object_id=platform_id,
        changes={k: {"from": v, "to": None} for k, v in snapshot.items()},
    )


# ---- rules -----------------------------------------------------------------------------------------
def _valid(session: Session, name: str, type_key: str, exclude_id: int | None = None) -> str:
    errors = FieldErrors()
    name = errors.required("name", name, QT_TRANSLATE_NOOP("Errors", "Name"))
    try:
        source_type(type_key)
    except ValidationError as exc:
        errors.add("type", exc.message)
    if "name" not in errors.errors:
        clash = select(Community.id).where(Community.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(Community.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", COMMUNITY_NAME_TAKEN(name=name))
    errors.raise_if_any()
    return name


def _source_names(session: Session, community_id: int, active_only: bool = False) -> list[str]:
    stmt = select(ContentSource.name).where(ContentSource.community_id == community_id)
    if active_only:
        stmt = stmt.where(ContentSource.active.is_(True))
    return list(session.scalars(stmt.order_by(ContentSource.name_key)))


def _identity_count(session: Session, community_id: int) -> int:
    stmt = select(func.count(Identity.id)).where(Identity.community_id == community_id)
    return int(session.scalar(stmt) or 0)


def _snapshot(community: Community) -> dict[str, Any]:
    return {"name": community.name, "type": community.type, "active": community.active}


def _load(session: Session, community_id: int) -> Community:
    community = session.get(Community, community_id) if is_id(community_id) else None
    if community is None:
        raise NotFound(COMMUNITY_GONE())
    return community


def _detail(session: Session, community: Community) -> CommunityDetail:
    session.flush()
    return CommunityDetail(
        community.id,
        community.platform_id,
        community.name,
        community.type,
        community.active,
        tuple(_source_names(session, community.id)),
        _identity_count(session, community.id),
        community.version,
    )
