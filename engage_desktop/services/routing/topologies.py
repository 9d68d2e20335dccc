"""Topologies (routing strategies): list, create, edit, delete, activate — one active at a time.

A topology may be saved with problems left in its config (a draft), as long as the JSON has the
layout of routing.md; it can only be *activated*, or edited while active, when its config
validates against the categories, teams, agents and channels that exist. The problems travel in
`InvalidTopology` with their paths, so the editor shows each one beside its queue or step.

Operations: `create_topology`, `update_topology`, `delete_topology`, `activate_topology`,
`deactivate_topology` (all need `manage_topologies`); `TopologyService` is the views' entry point.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Category, ContentSource, Team, Topology, User
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.routing.topology_config import (
    KnownIds,
    TopologyConfig,
    config_to_dict,
    parse_config,
    validate_config,
)
from engage_desktop.services.routing.topology_problems import ConfigProblem
from engage_desktop.services.users.records import is_id

TOPOLOGY_GONE = ErrorCode(
    "topology.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This topology no longer exists (it may have been deleted on another workstation)."
    ),
)
TOPOLOGY_NAME_TAKEN = ErrorCode(
    "topology.name_taken", QT_TRANSLATE_NOOP("Errors", "A topology named “{name}” already exists.")
)
TOPOLOGY_INVALID = ErrorCode(
    "topology.invalid",
    QCoreApplication.translate(
        "Errors", "The routing configuration has %n problem(s); fix them before it routes tasks.", None, 0
    ),
    plural="count",
)
TOPOLOGY_BAD_LAYOUT = ErrorCode(
    "topology.bad_layout",
    QCoreApplication.translate(
        "Errors", "The routing configuration cannot be read: %n problem(s) in its layout.", None, 0
    ),
    plural="count",
)
TOPOLOGY_ACTIVE_DELETE = ErrorCode(
    "topology.active_delete",
    QT_TRANSLATE_NOOP("Errors", "“{name}” is the active topology: activate another one before deleting it."),
)


class InvalidTopology(ValidationError):
    """The config has problems; `problems` says where (queue, step) and what."""

    def __init__(self, message: str, problems: Iterable[ConfigProblem]) -> None:
        super().__init__("config", message)
        self.problems: tuple[ConfigProblem, ...] = tuple(problems)


@dataclass(frozen=True)
class TopologyRow:
    id: int
    platform_id: str
    name: str
    active: bool
    queue_count: int
    updated_at: datetime
    problem_count: int = 0  # against today's categories, teams, agents and channels


@dataclass(frozen=True)
class TopologyDetail:
    id: int
    platform_id: str
    name: str
    config: dict[str, Any]
    active: bool
    problems: tuple[ConfigProblem, ...]  # as the config stands against today's data
    version: int = 1


@dataclass(frozen=True)
class RoutingChoices:
    """What the editor's pickers offer: (platform id, label) of each kind, sorted by label."""

    categories: tuple[tuple[str, str], ...]
    teams: tuple[tuple[str, str], ...]
    users: tuple[tuple[str, str], ...]
    channels: tuple[tuple[str, str], ...]
    sources: tuple[tuple[str, str], ...]

    def known(self) -> KnownIds:
        def ids(pairs: Iterable[tuple[str, str]]) -> frozenset[str]:
            return frozenset(pid for pid, _label in pairs)

        return KnownIds(
            category_ids=ids(self.categories),
            team_ids=ids(self.teams),
            user_ids=ids(self.users),
            channel_ids=ids(self.channels),
            source_ids=ids(self.sources),
        )


SORTABLE = {"name": Topology.name_key, "active": Topology.active, "updated_at": Topology.updated_at}


class TopologyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(Topology.name_key.like(like_pattern(query.search), escape="\\"))
        active = query.filters.get("active")
        if active is not None:
            stmt = stmt.where(Topology.active.is_(bool(active)))
        return stmt

    def count_topologies(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return int(uow.session.scalar(self._filtered(select(func.count(Topology.id)), query)) or 0)

    def list_topologies(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[TopologyRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            order = SORTABLE.get(query.sort or "name", Topology.name_key)
            stmt = self._filtered(select(Topology), query).order_by(
                order.desc() if query.descending else order.asc(), Topology.id
            )
            topologies = list(uow.session.scalars(stmt.offset(offset).limit(limit)))
            known = routing_choices(uow.session).known() if topologies else None
            return [
                TopologyRow(
                    t.id,
                    t.platform_id,
                    t.name,
                    t.active,
                    _queue_count(t.config),
                    t.updated_at,
                    len(config_problems(uow.session, t.config, known)),
                )
                for t in topologies
            ]

    def get_topology(self, topology_id: int) -> TopologyDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return _detail(uow.session, _load(uow.session, topology_id))

    def choices(self) -> RoutingChoices:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return routing_choices(uow.session)

    def check_config(self, config: Mapping[str, Any]) -> tuple[ConfigProblem, ...]:
        """Every problem of a config against today's data (the editor's live check); nothing saved."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TOPOLOGIES)
            return config_problems(uow.session, config)

    # ---- changing ------------------------------------------------------------------------------
    def create_topology(self, name: str, config: Mapping[str, Any]) -> TopologyDetail:
        return run_operation(self.ctx, create_topology, name, config)

    def update_topology(
        self, topology_id: int, name: str, config: Mapping[str, Any], *, version: int | None = None
    ) -> TopologyDetail:
        """`version` is the one the editor loaded: a newer saved topology raises `Conflict`."""
        return run_operation(self.ctx, update_topology, topology_id, name, config, version=version)

    def delete_topology(self, topology_id: int) -> None:
        run_operation(self.ctx, delete_topology, topology_id)

    def activate_topology(self, topology_id: int) -> TopologyDetail:
        return run_operation(self.ctx, activate_topology, topology_id)

    def deactivate_topology(self, topology_id: int) -> TopologyDetail:
        return run_operation(self.ctx, deactivate_topology, topology_id)


# ---- operations ----------------------------------------------------------------------------------
def create_topology(uow: UnitOfWork, name: str, config: Mapping[str, Any]) -> TopologyDetail:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    name = _valid_name(uow.session, name)
    parsed = _parsed(config)
    topology = Topology(name=name, name_key=fold(name), config=config_to_dict(parsed), active=False)
    uow.session.add(topology)
    uow.session.flush()
    uow.record(
        "topology.created",
        object_type="topology",
        object_id=topology.platform_id,
        changes=field_diff({}, _snapshot(topology)),
    )
    return _detail(uow.session, topology)


def update_topology(
    uow: UnitOfWork,
    topology_id: int,
    name: str,
    config: Mapping[str, Any],
    *,
    version: int | None = None,
) -> TopologyDetail:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    topology = _load(uow.session, topology_id)
    name = _valid_name(uow.session, name, exclude_id=topology.id)
    wanted = config_to_dict(_parsed(config))
    uow.ensure_version(
        topology,
        version,
        object_type="topology",
        theirs={"name": topology.name, "config": _config_text(topology.config)},
        mine={"name": name, "config": _config_text(wanted)},
    )
    if topology.active:
        _refuse_invalid(uow.session, wanted)  # the live strategy must stay valid
    before = _snapshot(topology)
    topology.name, topology.name_key, topology.config = name, fold(name), wanted
    changes = field_diff(before, _snapshot(topology))
    if changes:
        uow.session.flush()
        uow.record(
            "topology.updated", object_type="topology", object_id=topology.platform_id, changes=changes
        )
    return _detail(uow.session, topology)


def delete_topology(uow: UnitOfWork, topology_id: int) -> None:
    uow.require(Permission.MANAGE_TOPOLOGIES)
    topology = _load(uow.session, topology_id)
    if topology.active:
        raise Conflict(TOPOLOGY_ACTIVE_DELETE(name=topology.name))
    before, platform_id = _snapshot(topology), topology.platform_id
    uow.session.delete(topology)
    uow.session.flush()
    uow.record(
        "topology.destroyed", object_type="topology", object_id=platform_id, changes=field_diff(before, {})
    )


def activate_topology(uow: UnitOfWork, topology_id: int) -> TopologyDetail:
    """Makes it the routing strategy; the one active before stops being so (same transaction)."""
    uow.require(Permission.MANAGE_TOPOLOGIES)
    topology = _load(uow.session, topology_id)
    if topology.active:
        return _detail(uow.session, topology)
    _refuse_invalid(uow.session, topology.config)
    previous = uow.session.scalar(select(Topology).where(Topology.active.is_(True)))
    if previous is not None:
        previous.active = False
        uow.session.flush()  # before the new one: the one-active index checks each row
    topology.active = True
    uow.session.flush()
    uow.record(
        "topology.activated",
        object_type="topology",
        object_id=topology.platform_id,
        changes={"active": {"from": False, "to": True}},
        details={"previous_topology_id": previous.platform_id if previous else None},
    )
    return _detail(uow.session, topology)


def deactivate_topology(uow: UnitOfWork, topology_id: int) -> TopologyDetail:
    """No topology routes tasks afterwards: every task waits in its channel's default order."""
    uow.require(Permission.MANAGE_TOPOLOGIES)
    topology = _load(uow.session, topology_id)
    if topology.active:
        topology.active = False
        uow.session.flush()
        uow.record(
            "topology.updated",
            object_type="topology",
            object_id=topology.platform_id,
            changes={"active": {"from": True, "to": False}},
        )
    return _detail(uow.session, topology)


# ---- rules and helpers ---------------------------------------------------------------------------
def routing_choices(session: Session) -> RoutingChoices:
    def pairs(stmt: Any) -> tuple[tuple[str, str], ...]:
        return tuple(
            sorted(((str(a), str(b)) for a, b in session.execute(stmt)), key=lambda p: p[1].casefold())
        )

    return RoutingChoices(
        categories=pairs(select(Category.platform_id, Category.name)),
        teams=pairs(select(Team.platform_id, Team.name)),
        users=tuple(
            sorted(
                (
                    (pid, f"{first} {last}".strip() or nick)
                    for pid, first, last, nick in session.execute(
                        select(User.platform_id, User.firstname, User.lastname, User.nickname).where(
                            User.enabled.is_(True)
                        )
                    )
                ),
                key=lambda p: p[1].casefold(),
            )
        ),
        channels=pairs(select(RoutingChannel.platform_id, RoutingChannel.name)),
        sources=pairs(select(ContentSource.platform_id, ContentSource.name)),
    )


def config_problems(
    session: Session, config: Mapping[str, Any], known: KnownIds | None = None
) -> tuple[ConfigProblem, ...]:
    parsed = parse_config(dict(config))
    if parsed.config is None:
        return parsed.problems
    return tuple(validate_config(parsed.config, known or routing_choices(session).known()))


def _parsed(config: Mapping[str, Any]) -> TopologyConfig:
    result = parse_config(dict(config) if isinstance(config, Mapping) else config)
    if result.config is None:
        raise InvalidTopology(TOPOLOGY_BAD_LAYOUT(count=len(result.problems)), result.problems)
    return result.config


def _refuse_invalid(session: Session, config: Mapping[str, Any]) -> None:
    problems = config_problems(session, config)
    if problems:
        raise InvalidTopology(TOPOLOGY_INVALID(count=len(problems)), problems)


def _valid_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    errors = FieldErrors()
    name = errors.required("name", name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(Topology.id).where(Topology.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(Topology.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", TOPOLOGY_NAME_TAKEN(name=name))
    errors.raise_if_any()
    return name


def _config_text(config: Mapping[str, Any]) -> str:
    return json.dumps(config, sort_keys=True, ensure_ascii=False)


def _snapshot(topology: Topology) -> dict[str, Any]:
    return {"name": topology.name, "config": topology.config, "active": topology.active}


def _queue_count(config: Any) -> int:
    queues = config.get("queues") if isinstance(config, dict) else None
    return len(queues) if isinstance(queues, list) else 0


def _load(session: Session, topology_id: int) -> Topology:
    topology = session.get(Topology, topology_id) if is_id(topology_id) else None
    if topology is None:
        raise NotFound(TOPOLOGY_GONE())
    return topology


def _detail(session: Session, topology: Topology) -> TopologyDetail:
    session.flush()
    config = dict(topology.config or {})
    return TopologyDetail(
        topology.id,
        topology.platform_id,
        topology.name,
        config,
        topology.active,
        config_problems(session, config),
        topology.version,
    )
