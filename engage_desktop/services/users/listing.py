"""The Users list: scope, search, filters and sort on the server, plus each page's teams and
reply problems in two more queries — so a page costs the same at 12 users or 100,000."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, false, func, literal, select, tuple_, union_all
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User
from engage_desktop.models.user_profile import UserCategory
from engage_desktop.models.users import SEARCH_TABLES
from engage_desktop.services.access.scope import UserScope, visible_users
from engage_desktop.services.core.listing import (
    ListQuery,
    folded_search,
    is_short_search,
    page_from_first_rows,
)
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

# The sorts whose keys are never NULL, so that "the rows after this one" is a row-value comparison.
KEYSET_SORTS = frozenset({"name", "nickname", "email", "enabled"})

# ListQuery.filters["enabled"]: True / False, or one of these states.
STATE_INVITED = "invited"
STATE_CANNOT_REPLY = "cannot_reply"


def search_condition(text: str) -> ColumnElement[bool]:
    """Names ('first last'), nickname or e-mail contain the text, ignoring case and accents."""
    return folded_search(User.search_key, User.id, SEARCH_TABLES[User.__tablename__], text)


def filtered_users(stmt: Any, query: ListQuery, scope: UserScope) -> Any:
    """Scope, search (names, nickname, e-mail) and the list's filters, on any query over User."""
    stmt = visible_users(stmt, scope)
    text = query.search.strip()
    if text:
        stmt = stmt.where(search_condition(text))
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


def list_rows(
    session: Session,
    query: ListQuery,
    scope: UserScope,
    offset: int,
    limit: int,
    *,
    after_id: int | None = None,
) -> list[UserRow]:
    """A page of the list: `offset` rows in, or, with `after_id`, the rows after that user in the
    list's order (keyset paging, as fast at row 90,000 as at row 0; the last sign-in sort, whose
    NULLs do not compare, and the role sort page by offset).

    The page's ids are chosen first from the sort's index alone (no row read for the rows skipped),
    then only those rows are read and joined; that keeps a deep offset cheap too.
    """
    sort = query.sort if query.sort in SORTABLE else "name"
    columns = SORTABLE[sort]
    keys = columns
    if query.search.strip():
        # Scan once and sort the matches rather than walk the sort index testing every row.
        columns = tuple(func.coalesce(c, c) for c in columns)
    descending = query.descending
    order = [
        *(c.desc() if descending else c.asc() for c in columns),
        User.id.desc() if descending else User.id,
    ]
    probed = None
    if is_short_search(query.search) and sort != "role" and after_id is None:
        unsearched = filtered_users(select().select_from(User), replace(query, search=""), scope)
        probed = page_from_first_rows(
            session, unsearched, keys, User.id, User.search_key, query, offset, limit
        )
    if probed is not None:
        page_ids = select(User.id).where(User.id.in_(probed)).subquery()
    elif sort == "role" and not query.search.strip():
        page_ids = _page_by_role(session, query, scope, offset, limit)
        order = [page_ids.c.rank, User.id.desc() if descending else User.id]
    else:
        page = filtered_users(select(User.id), query, scope)
        if sort == "role":
            page = page.join(Role, Role.id == User.role_id)
        if after_id is not None and sort in KEYSET_SORTS:
            last = session.execute(select(*keys, User.id).where(User.id == after_id)).one_or_none()
            if last is not None:
                after = tuple_(*keys, User.id)
                page = page.where(after < tuple_(*last) if descending else after > tuple_(*last))
                offset = 0
        page_ids = page.order_by(*order).offset(offset).limit(limit).subquery()
    stmt = (
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
        )
        .join(Role, Role.id == User.role_id)
        .join(page_ids, page_ids.c.id == User.id)
        .order_by(*order)
    )
    rows = session.execute(stmt).all()
    return rows_with_teams_and_problems(session, [tuple(r) for r in rows])


def _page_by_role(session: Session, query: ListQuery, scope: UserScope, offset: int, limit: int) -> Any:
    """The page's ids in role-label order: one index walk per role (roles are few) in label order,
    each stopping after offset + limit rows, instead of sorting every user by a joined label."""
    descending = query.descending
    label = Role.label_key.desc() if descending else Role.label_key
    role_ids = session.scalars(select(Role.id).order_by(label)).all()
    by_id = User.id.desc() if descending else User.id
    arms = [
        select(
            filtered_users(select(User.id, literal(rank).label("rank")), query, scope)
            .where(User.role_id == role_id)
            .order_by(by_id)
            .limit(offset + limit)
            .subquery()
        )
        for rank, role_id in enumerate(role_ids)
    ]
    if not arms:
        return select(User.id, literal(0).label("rank")).where(false()).subquery()
    merged = union_all(*arms).subquery()
    by_merged_id = merged.c.id.desc() if descending else merged.c.id
    return (
        select(merged.c.id, merged.c.rank)
        .order_by(merged.c.rank, by_merged_id)
        .offset(offset)
        .limit(limit)
        .subquery()
    )


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
