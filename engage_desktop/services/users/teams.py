"""Teams: a name, members and leaders (leaders are members).

`manage_teams` creates, renames and deletes teams; `read_user` reads them. A team-scoped leader
(`manage_users_of_my_teams`, see access/scope.py) sees and changes only the teams they lead, and adds
only users they can already see.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Team, TeamMember, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import (
    ensure_team_led,
    ensure_users_visible,
    is_team_scoped,
    led_team_ids,
    team_ids_visible_to,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.records import is_id

READ = (Permission.READ_USER, Permission.MANAGE_TEAMS, Permission.MANAGE_USERS_OF_MY_TEAMS)
CHANGE_MEMBERS = (Permission.MANAGE_TEAMS, Permission.MANAGE_USERS_OF_MY_TEAMS)


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


def _ids(values: Iterable[Any], field: str, errors: FieldErrors) -> set[int]:
    result: set[int] = set()
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        errors.add(field, "Users are given as a list of their numeric ids.")
        return result
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.add(field, "Users are given by their numeric ids.")
        elif not is_id(value):
            errors.add(field, "Some of these users no longer exist.")
        else:
            result.add(value)
    return result


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
            names = self._leader_names(uow.session, [row.id for row in rows])
            return [
                TeamRow(r.id, r.platform_id, r.name, r[3], r[4], r.updated_at, ", ".join(names.get(r.id, [])))
                for r in rows
            ]

    def get_team(self, team_id: int) -> TeamDetail:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*READ)
            team = self._load(uow.session, team_id)
            if is_team_scoped(actor.role.permission_names):
                ensure_team_led(uow.session, actor, team.id)
            return self._detail(uow, team)

    # ---- changing ------------------------------------------------------------------------------
    def create_team(
        self, name: str, member_ids: Iterable[int] = (), leader_ids: Iterable[int] = ()
    ) -> TeamDetail:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require(Permission.MANAGE_TEAMS)
            name, members, leaders = self._valid(uow.session, name, member_ids, leader_ids)
            if is_team_scoped(actor.role.permission_names) and actor.id not in leaders:
                raise ValidationError(
                    "leader_ids", "You can only create teams you lead: make yourself one of its leaders."
                )
            ensure_users_visible(uow.session, actor, members - {actor.id})
            team = Team(name=name, name_key=fold(name))
            team.members = [TeamMember(user_id=uid, is_leader=uid in leaders) for uid in sorted(members)]
            uow.session.add(team)
            uow.session.flush()
            uow.record(
                "team.created",
                object_type="team",
                object_id=team.platform_id,
                changes=field_diff({}, self._snapshot(uow.session, team)),
            )
            detail = self._detail(uow, team)
            uow.commit()
            return detail

    def update_team(
        self, team_id: int, name: str, member_ids: Iterable[int], leader_ids: Iterable[int]
    ) -> TeamDetail:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require_any(*CHANGE_MEMBERS)
            team = self._load(uow.session, team_id)
            self._ensure_may_change(uow, actor, team)
            name, members, leaders = self._valid(
                uow.session, name, member_ids, leader_ids, exclude_id=team.id
            )
            before = self._snapshot(uow.session, team)
            if name != team.name and Permission.MANAGE_TEAMS.value not in actor.role.permission_names:
                raise PermissionDenied(Permission.MANAGE_TEAMS.value, "Renaming a team needs 'manage_teams'.")
            current = {m.user_id: m for m in team.members}
            ensure_users_visible(uow.session, actor, members - set(current))
            team.name, team.name_key = name, fold(name)
            team.members = [m for m in team.members if m.user_id in members]
            for member in team.members:
                member.is_leader = member.user_id in leaders
            team.members.extend(
                TeamMember(user_id=uid, is_leader=uid in leaders) for uid in sorted(members - set(current))
            )
            uow.session.flush()
            changes = field_diff(before, self._snapshot(uow.session, team))
            if changes:
                uow.record("team.updated", object_type="team", object_id=team.platform_id, changes=changes)
            detail = self._detail(uow, team)
            uow.commit()
            return detail

    def delete_team(self, team_id: int) -> None:
        """Members stay users; only the team and its memberships go."""
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require(Permission.MANAGE_TEAMS)
            team = self._load(uow.session, team_id)
            ensure_team_led(uow.session, actor, team.id)
            before, platform_id = self._snapshot(uow.session, team), team.platform_id
            uow.session.delete(team)
            uow.session.flush()
            uow.record(
                "team.destroyed", object_type="team", object_id=platform_id, changes=field_diff(before, {})
            )
            uow.commit()

    # ---- rules and helpers ---------------------------------------------------------------------
    def _ensure_may_change(self, uow: UnitOfWork, actor: User, team: Team) -> None:
        """`manage_teams` changes any team unless scoped; otherwise only the teams one leads."""
        held = actor.role.permission_names
        if Permission.MANAGE_TEAMS.value in held and not is_team_scoped(held):
            return
        if team.id not in led_team_ids(uow.session, actor.id):
            raise PermissionDenied(
                Permission.MANAGE_USERS_OF_MY_TEAMS.value, "You can only change the teams you lead."
            )

    def _valid(
        self,
        session: Session,
        name: str,
        member_ids: Iterable[int],
        leader_ids: Iterable[int],
        exclude_id: int | None = None,
    ) -> tuple[str, set[int], set[int]]:
        errors = FieldErrors()
        name = errors.required("name", name, "Name")
        if "name" not in errors.errors:
            clash = select(Team.id).where(Team.name_key == fold(name))
            if exclude_id is not None:
                clash = clash.where(Team.id != exclude_id)
            if session.scalar(clash) is not None:
                errors.add("name", f"A team named {name!r} already exists.")
        members = _ids(member_ids, "user_ids", errors)
        leaders = _ids(leader_ids, "leader_ids", errors)
        if leaders - members:
            errors.add("leader_ids", "Leaders must be members of the team.")
        if members:
            found = int(session.scalar(select(func.count(User.id)).where(User.id.in_(members))) or 0)
            if found != len(members):
                errors.add("user_ids", "Some of these users no longer exist.")
        errors.raise_if_any()
        return name, members, leaders

    def _snapshot(self, session: Session, team: Team) -> dict[str, Any]:
        ids = {m.user_id: m.is_leader for m in team.members}
        platform: dict[int, str] = {}
        if ids:
            platform.update(session.execute(select(User.id, User.platform_id).where(User.id.in_(ids))).all())
        return {
            "name": team.name,
            "user_ids": frozenset(platform[uid] for uid in ids),
            "leader_ids": frozenset(platform[uid] for uid, lead in ids.items() if lead),
        }

    def _leader_names(self, session: Session, team_ids: list[int]) -> dict[int, list[str]]:
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

    def _load(self, session: Session, team_id: int) -> Team:
        team = session.get(Team, team_id) if is_id(team_id) else None
        if team is None:
            raise NotFound("This team no longer exists (it may have been deleted on another workstation).")
        return team

    def _detail(self, uow: UnitOfWork, team: Team) -> TeamDetail:
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
        )
