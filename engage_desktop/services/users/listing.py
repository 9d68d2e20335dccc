"""The Users list: scope, search, filters and sort on the server, plus each page's teams and
reply problems in two more queries — so a page costs the same at 12 users or 100,000."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User
from engage_desktop.models.user_profile import UserCategory
from engage_desktop.services.access.scope import UserScope, visible_users
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.users.channel_permissions import reply_problems, users_with_reply_problems
from engage_desktop.services.users.records import UserRow

SORTABLE: dict[str, tuple[Any, ...]] = {
    "name": (User.lastname, User.firstname),
    "nickname": (User.nickname_key,),
    "email": (User.email_key,),
    "role": (Role.label_key,),
    "enabled": (User.enabled, User.invitation_pending),
    "last_sign_in_at": (User.last_sign_in_at,),
}

# ListQuery.filters["enabled"]: True / False, or one of these states.
STATE_INVITED = "invited"
STATE_CANNOT_REPLY = "cannot_reply"


def filtered_users(stmt: Any, query: ListQuery, scope: UserScope) -> Any:
    """Scope, search (names, nickname, e-mail) and the list's filters, on any query over User."""
    stmt = visible_users(stmt, scope)
    text = query.search.strip()
    if text:
        pattern = like_pattern(text)
        stmt = stmt.where(
            or_(
                User.nickname_key.like(pattern, escape="\\"),
                User.email_key.like(pattern, escape="\\"),
                func.lower(User.lastname).like(pattern, escape="\\"),
                func.lower(User.firstname).like(pattern, escape="\\"),
                func.lower(User.firstname + " " + User.lastname).like(pattern, escape="\\"),
            )
        )
    filters = query.filters
    if filters.get("role_id") is not None:
        stmt = stmt.where(User.role_id == filters["role_id"])
    state = filters.get("enabled")
    if state == STATE_INVITED:
        stmt = stmt.where(User.invitation_pending.is_(True))
    elif state == STATE_CANNOT_REPLY:  # enabled users only: a disabled one replies nowhere anyway
        stmt = stmt.where(User.enabled.is_(True), User.id.in_(users_with_reply_problems()))
    elif state is not None:
        stmt = stmt.where(User.enabled.is_(bool(state)))
    if filters.get("team_id") is not None:
        stmt = stmt.where(
            User.id.in_(select(TeamMember.user_id).where(TeamMember.team_id == filters["team_id"]))
        )
    if filters.get("category_id") is not None:
        stmt = stmt.where(
            User.id.in_(
                select(UserCategory.user_id).where(UserCategory.category_id == filters["category_id"])
            )
        )
    return stmt


def count_rows(session: Session, query: ListQuery, scope: UserScope) -> int:
    return int(session.scalar(filtered_users(select(func.count(User.id)), query, scope)) or 0)


def list_rows(session: Session, query: ListQuery, scope: UserScope, offset: int, limit: int) -> list[UserRow]:
    columns = SORTABLE.get(query.sort or "name", SORTABLE["name"])
    if query.search.strip():
        # Scan once and sort the matches rather than walk the sort index testing every row.
        columns = tuple(func.coalesce(c, c) for c in columns)
    order = [c.desc() if query.descending else c.asc() for c in columns]
    stmt = filtered_users(
        select(
            User.id,
            User.platform_id,
            User.firstname,
            User.lastname,
            User.nickname,
            User.email,
            Role.label,
            User.enabled,
            User.invitation_pending,
            User.last_sign_in_at,
        ).join(Role, Role.id == User.role_id),
        query,
        scope,
    ).order_by(*order, User.id.desc() if query.descending else User.id)
    rows = session.execute(stmt.offset(offset).limit(limit)).all()
    return rows_with_teams_and_problems(session, [tuple(r) for r in rows])


def rows_with_teams_and_problems(session: Session, rows: list[tuple[Any, ...]]) -> list[UserRow]:
    """Two more queries for the page, whatever its size: team names and reply problems."""
    ids = [r[0] for r in rows]
    teams: dict[int, list[str]] = {}
    if ids:
        for user_id, name in session.execute(
            select(TeamMember.user_id, Team.name)
            .join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.user_id.in_(ids))
            .order_by(Team.name_key)
        ):
            teams.setdefault(user_id, []).append(name)
    problems = reply_problems(session, ids)
    return [
        UserRow(
            id=r[0],
            platform_id=r[1],
            firstname=r[2],
            lastname=r[3],
            nickname=r[4],
            email=r[5],
            role_label=r[6],
            enabled=r[7],
            invitation_pending=r[8],
            last_sign_in_at=r[9],
            team_names=tuple(teams.get(r[0], ())),
            problems=problems.get(r[0], ()),
        )
        for r in rows
    ]


def row_of(session: Session, user: User) -> UserRow:
    session.flush()
    role = session.get(Role, user.role_id)
    base = (
        user.id,
        user.platform_id,
        user.firstname,
        user.lastname,
        user.nickname,
        user.email,
        role.label if role else "",
        user.enabled,
        user.invitation_pending,
        user.last_sign_in_at,
    )
    return rows_with_teams_and_problems(session, [base])[0]
