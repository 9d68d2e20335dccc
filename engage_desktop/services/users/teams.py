"""Teams: a name, members and leaders (leaders are members).

`manage_teams` creates, renames and deletes teams; `read_user` reads them. A team-scoped leader
(`manage_users_of_my_teams`, see access/scope.py) sees and changes only the teams they lead, and adds
only users they can already see.

The changes are operations (`create_team(uow, …)`, `update_team(uow, …)`, `delete_team(uow, …)`)
that bulk actions and bundle apply compose in one unit of work; `TeamService` is the thin entry
point the views call.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Team, TeamMember, User, utcnow
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import (
    ensure_team_led,
    ensure_users_visible,
    is_team_scoped,
    led_team_ids,
    team_ids_visible_to,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.capacity_rules import valid_user_ids
from engage_desktop.services.users.records import is_id

READ = (Permission.READ_USER, Permission.MANAGE_TEAMS, Permission.MANAGE_USERS_OF_MY_TEAMS)
CHANGE_MEMBERS = (Permission.MANAGE_TEAMS, Permission.MANAGE_USERS_OF_MY_TEAMS)

TEAM_GONE = ErrorCode(
    "team.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This team no longer exists (it may have been deleted on another workstation)."
    ),
)
TEAM_NAME_TAKEN = ErrorCode(
    "team.name_taken", QT_TRANSLATE_NOOP("Errors", "A team named “{name}” already exists.")
)
TEAM_LEADERS_NOT_MEMBERS = ErrorCode(
    "team.leaders_not_members", QT_TRANSLATE_NOOP("Errors", "Leaders must be members of the team.")
)
TEAM_CREATE_ONLY_LED = ErrorCode(
    "team.create_only_led",
    QT_TRANSLATE_NOOP("Errors", "You can only create teams you lead: make yourself one of its leaders."),
)
TEAM_RENAME_NEEDS_MANAGE = ErrorCode(
    "team.rename_needs_manage_teams", QT_TRANSLATE_NOOP("Errors", "Renaming a team needs “manage_teams”.")
)
TEAM_NOT_LED = ErrorCode(
    "team.not_led", QT_TRANSLATE_NOOP("Errors", "You can only change the teams you lead.")
)


@dataclass(frozen=True)
class TeamRow:
    id: int
    platform_id: str
    name: str
    member_count: int
    leader_count: int
    updated_at: datetime
    leaders: str = ""  # their display names, comma-separated


@dataclass(frozen=True)
class TeamMemberInfo:
    user_id: int
    platform_id: str
    display_name: str
    nickname: str
    email: str
    enabled: bool
    is_leader: bool


@dataclass(frozen=True)
class TeamDetail:
    id: int
    platform_id: str
    name: str
    members: tuple[TeamMemberInfo, ...]
    can_rename: bool  # what the actor may do with it (for the view's comfort; the service checks)
    can_change_members: bool
    can_delete: bool
    version: int = 1

    @property
    def member_ids(self) -> set[int]:
        return {m.user_id for m in self.members}

    @property
    def leader_ids(self) -> set[int]:
        return {m.user_id for m in self.members if m.is_leader}


_members = select(func.count()).where(TeamMember.team_id == Team.id).correlate(Team).scalar_subquery()
_leaders = (
    select(func.count())
    .where(TeamMember.team_id == Team.id, TeamMember.is_leader.is_(True))
    .correlate(Team)
    .scalar_subquery()
)
SORTABLE = {
    "name": Team.name_key,
    "member_count": _members,
    "leader_count": _leaders,
    "updated_at": Team.updated_at,
}


class TeamService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery, actor: User) -> Any:
        stmt = stmt.where(team_ids_visible_to(actor, Team.id))
        if query.search.strip():
            stmt = stmt.where(Team.name_key.like(like_pattern(query.search), escape="\\"))
        if query.filters.get("member_id") is not None:
            stmt = stmt.where(
                Team.id.in_(
                    select(TeamMember.team_id).where(TeamMember.user_id == query.filters["member_id"])
                )
            )
        return stmt

    def count_teams(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*READ)
            return int(uow.session.scalar(self._filtered(select(func.count(Team.id)), query, actor)) or 0)

    def list_teams(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[TeamRow]:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*READ)
            order = SORTABLE.get(query.sort or "name", Team.name_key)
            stmt = self._filtered(
                select(Team.id, Team.platform_id, Team.name, _members, _leaders, Team.updated_at),
                query,
                actor,
            ).order_by(order.desc() if query.descending else order.asc(), Team.id)
            rows = uow.session.execute(stmt.offset(offset).limit(limit)).all()
            names = _leader_names(uow.session, [row.id for row in rows])
            return [
                TeamRow(r.id, r.platform_id, r.name, r[3], r[4], r.updated_at, ", ".join(names.get(r.id, [])))
                for r in rows
            ]

    def get_team(self, team_id: int) -> TeamDetail:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*READ)
            team = _load(uow.session, team_id)
            if is_team_scoped(actor.role.permission_names):
                ensure_team_led(uow.session, actor, team.id)
            return _detail(uow, team)

    # ---- changing ------------------------------------------------------------------------------
    def create_team(
        self, name: str, member_ids: Iterable[int] = (), leader_ids: Iterable[int] = ()
    ) -> TeamDetail:
        return run_operation(self.ctx, create_team, name, member_ids, leader_ids)

    def update_team(
        self,
        team_id: int,
        name: str,
        member_ids: Iterable[int],
        leader_ids: Iterable[int],
        *,
        version: int | None = None,
    ) -> TeamDetail:
        """`version` is the one the editor loaded: a newer saved team raises `Conflict`."""
        return run_operation(self.ctx, update_team, team_id, name, member_ids, leader_ids, version=version)

    def delete_team(self, team_id: int) -> None:
        """Members stay users; only the team and its memberships go."""
        run_operation(self.ctx, delete_team, team_id)


# ---- operations ----------------------------------------------------------------------------------
def create_team(
    uow: UnitOfWork, name: str, member_ids: Iterable[int] = (), leader_ids: Iterable[int] = ()
) -> TeamDetail:
    actor = uow.require(Permission.MANAGE_TEAMS)
    name, members, leaders = _valid(uow.session, name, member_ids, leader_ids)
    if is_team_scoped(actor.role.permission_names) and actor.id not in leaders:
        raise ValidationError("leader_ids", TEAM_CREATE_ONLY_LED())
    ensure_users_visible(uow.session, actor, members - {actor.id})
    team = Team(name=name, name_key=fold(name))
    team.members = [TeamMember(user_id=uid, is_leader=uid in leaders) for uid in sorted(members)]
    uow.session.add(team)
    uow.session.flush()
    uow.record(
        "team.created",
        object_type="team",
        object_id=team.platform_id,
        changes=field_diff({}, _snapshot(uow.session, team)),
    )
    return _detail(uow, team)


def update_team(
    uow: UnitOfWork,
    team_id: int,
    name: str,
    member_ids: Iterable[int],
    leader_ids: Iterable[int],
    *,
    version: int | None = None,
) -> TeamDetail:
    actor = uow.require_any(*CHANGE_MEMBERS)
    team = _load(uow.session, team_id)
    _ensure_may_change(uow, actor, team)
    name, members, leaders = _valid(uow.session, name, member_ids, leader_ids, exclude_id=team.id)
    current = {m.user_id: m for m in team.members}
    labels = _user_labels(uow.session, set(current) | members)
    uow.ensure_version(
        team,
        version,
        object_type="team",
        theirs={
            "name": team.name,
            "user_ids": frozenset(labels[uid] for uid in current),
            "leader_ids": frozenset(labels[uid] for uid, m in current.items() if m.is_leader),
        },
        mine={
            "name": name,
            "user_ids": frozenset(labels[uid] for uid in members),
            "leader_ids": frozenset(labels[uid] for uid in leaders),
        },
    )
    before = _snapshot(uow.session, team)
    if name != team.name and Permission.MANAGE_TEAMS.value not in actor.role.permission_names:
        raise PermissionDenied(Permission.MANAGE_TEAMS.value, TEAM_RENAME_NEEDS_MANAGE())
    ensure_users_visible(uow.session, actor, members - set(current))
    team.name, team.name_key = name, fold(name)
    team.members = [m for m in team.members if m.user_id in members]
    for member in team.members:
        member.is_leader = member.user_id in leaders
    team.members.extend(
        TeamMember(user_id=uid, is_leader=uid in leaders) for uid in sorted(members - set(current))
    )
    uow.session.flush()
    changes = field_diff(before, _snapshot(uow.session, team))
    if changes:
        team.updated_at = utcnow()  # members and leaders are children: move the team's version too
        uow.record("team.updated", object_type="team", object_id=team.platform_id, changes=changes)
    return _detail(uow, team)


def delete_team(uow: UnitOfWork, team_id: int) -> None:
    actor = uow.require(Permission.MANAGE_TEAMS)
    team = _load(uow.session, team_id)
    ensure_team_led(uow.session, actor, team.id)
    before, platform_id = _snapshot(uow.session, team), team.platform_id
    uow.session.delete(team)
    uow.session.flush()
    uow.record("team.destroyed", object_type="team", object_id=platform_id, changes=field_diff(before, {}))


# ---- rules and helpers ---------------------------------------------------------------------------
def _ensure_may_change(uow: UnitOfWork, actor: User, team: Team) -> None:
    """`manage_teams` changes any team unless scoped; otherwise only the teams one leads."""
    held = actor.role.permission_names
    if Permission.MANAGE_TEAMS.value in held and not is_team_scoped(held):
        return
    if team.id not in led_team_ids(uow.session, actor.id):
        raise PermissionDenied(Permission.MANAGE_USERS_OF_MY_TEAMS.value, TEAM_NOT_LED())


def _valid(
    session: Session,
    name: str,
    member_ids: Iterable[int],
    leader_ids: Iterable[int],
    exclude_id: int | None = None,
) -> tuple[str, set[int], set[int]]:
    errors = FieldErrors()
    name = errors.required("name", name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(Team.id).where(Team.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(Team.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", TEAM_NAME_TAKEN(name=name))
    members = valid_user_ids(session, member_ids, "user_ids", errors)
    leaders = valid_user_ids(session, leader_ids, "leader_ids", errors)
    if "leader_ids" not in errors.errors and leaders - members:
        errors.add("leader_ids", TEAM_LEADERS_NOT_MEMBERS())
    errors.raise_if_any()
    return name, members, leaders


def _user_labels(session: Session, user_ids: set[int]) -> dict[int, str]:
    """How a conflict names members: "Ann Lee (ann)", the nickname telling namesakes apart."""
    if not user_ids:
        return {}
    stmt = select(User.id, User.firstname, User.lastname, User.nickname).where(User.id.in_(user_ids))
    return {
        uid: f"{f'{first} {last}'.strip() or nick} ({nick})"
        for uid, first, last, nick in session.execute(stmt)
    }


def _snapshot(session: Session, team: Team) -> dict[str, Any]:
    ids = {m.user_id: m.is_leader for m in team.members}
    platform: dict[int, str] = {}
    if ids:
        platform.update(session.execute(select(User.id, User.platform_id).where(User.id.in_(ids))).all())
    return {
        "name": team.name,
        "user_ids": frozenset(platform[uid] for uid in ids),
        "leader_ids": frozenset(platform[uid] for uid, lead in ids.items() if lead),
    }


def _leader_names(session: Session, team_ids: list[int]) -> dict[int, list[str]]:
    if not team_ids:
        return {}
    stmt = (
        select(TeamMember.team_id, User.firstname, User.lastname, User.nickname)
        .join(User, User.id == TeamMember.user_id)
        .where(TeamMember.team_id.in_(team_ids), TeamMember.is_leader.is_(True))
        .order_by(User.lastname, User.firstname, User.id)
    )
    names: dict[int, list[str]] = {}
    for team_id, first, last, nickname in session.execute(stmt):
        names.setdefault(team_id, []).append(f"{first} {last}".strip() or nickname)
    return names


def _load(session: Session, team_id: int) -> Team:
    team = session.get(Team, team_id) if is_id(team_id) else None
    if team is None:
        raise NotFound(TEAM_GONE())
    return team


def _detail(uow: UnitOfWork, team: Team) -> TeamDetail:
    session = uow.session
    session.flush()
    stmt = (
        select(
            User.id,
            User.platform_id,
            User.firstname,
            User.lastname,
            User.nickname,
            User.email,
            User.enabled,
            TeamMember.is_leader,
        )
        .join(TeamMember, TeamMember.user_id == User.id)
        .where(TeamMember.team_id == team.id)
        .order_by(User.lastname, User.firstname, User.id)
    )
    members = tuple(
        TeamMemberInfo(uid, pid, f"{first} {last}".strip() or nick, nick, email, enabled, lead)
        for uid, pid, first, last, nick, email, enabled, lead in session.execute(stmt)
    )
    held = uow.actor_permissions()
    scoped = is_team_scoped(held)
    leads = team.id in led_team_ids(session, uow.actor().id)
    manage = Permission.MANAGE_TEAMS.value in held
    members_ok = (manage and not scoped) or (
        leads and (manage or Permission.MANAGE_USERS_OF_MY_TEAMS.value in held)
    )
    return TeamDetail(
        team.id,
        team.platform_id,
        team.name,
        members,
        can_rename=manage and (not scoped or leads),
        can_change_members=members_ok,
        can_delete=manage and (not scoped or leads),
        version=team.version,
    )
