"""How many records a folder's query matches, counted through indexes (the editor's live count).

Threads would be the routing engine's interventions, but an intervention knows no customer yet
(no identity or identity group on it), so a folder's customer conditions — `tag:` first of all —
cannot be evaluated on threads. The count is therefore of customer profiles (identity groups);
a query using a thread-only keyword (category, source, status, user, team, unassigned) gets no
count, and says which keywords stopped it.

Semantics: repeats of one keyword are alternatives (`tag:VIP tag:Press` = either), negated terms
each exclude (`-tag:Churn -tag:Test` = neither), different keywords all apply.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, false, func, not_, or_, select, true
from sqlalchemy.orm import Session

from engage_desktop.models.channels import Community, Identity, IdentityGroup
from engage_desktop.models.digital import IdentityGroupTag, Tag
from engage_desktop.services.core.listing import fold, folded_search, like_pattern, search_fold
from engage_desktop.services.digital.identity_groups import GROUP_TABLE
from engage_desktop.services.digital.search_query import ParsedQuery, Term, is_true

THREAD_KEYWORDS = ("category", "source", "status", "user", "team", "unassigned")


@dataclass(frozen=True)
class FolderCount:
    count: int | None  # None: the query uses keywords only threads have
    counted: str  # what was counted: "identity_groups"
    thread_keywords: tuple[str, ...] = ()


def count_matching(session: Session, parsed: ParsedQuery) -> FolderCount:
    blocked = tuple(sorted({t.keyword for t in parsed.terms if t.keyword in THREAD_KEYWORDS}))
    if blocked:
        return FolderCount(None, "identity_groups", blocked)
    condition = matching_condition(session, parsed)
    stmt = select(func.count(IdentityGroup.id)).where(condition)
    return FolderCount(int(session.scalar(stmt) or 0), "identity_groups")


def matching_condition(session: Session, parsed: ParsedQuery) -> ColumnElement[bool]:
    wanted: dict[str, list[ColumnElement[bool]]] = defaultdict(list)
    excluded: list[ColumnElement[bool]] = []
    for term in parsed.terms:
        condition = _term(session, term)
        if term.negated:
            excluded.append(not_(condition))
        else:
            wanted[term.keyword].append(condition)
    parts = [or_(*alternatives) for alternatives in wanted.values()] + excluded
    return and_(true(), *parts)


def _term(session: Session, term: Term) -> ColumnElement[bool]:
    value = term.value.strip()
    keyword = term.keyword
    if keyword == "text":
        if len(search_fold(value)) < 1:
            return true()
        return folded_search(IdentityGroup.search_key, IdentityGroup.id, GROUP_TABLE, value)
    if keyword == "email":
        return IdentityGroup.search_key.like(like_pattern(search_fold(value)), escape="\\")
    if keyword in ("firstname", "lastname", "company"):
        return func.lower(getattr(IdentityGroup, keyword)).like(like_pattern(value), escape="\\")
    if keyword == "tag":
        tag_id = session.scalar(select(Tag.id).where(Tag.name_key == fold(value)[:120]))
        if tag_id is None:
            return false()
        return IdentityGroup.id.in_(
            select(IdentityGroupTag.identity_group_id).where(IdentityGroupTag.tag_id == tag_id)
        )
    if keyword == "community":
        return IdentityGroup.id.in_(
            select(Identity.identity_group_id)
            .join(Community, Community.id == Identity.community_id)
            .where(Community.name_key == fold(value)[:120])
        )
    if keyword == "has_notes":
        has = IdentityGroup.notes != ""
        return has if is_true(value) else not_(has)
    if keyword in ("created_after", "created_before"):
        day = datetime.combine(date.fromisoformat(value), time(), tzinfo=UTC)
        if keyword == "created_after":
            if day.date() == date.max:
                return false()  # nothing is created after the last day a date can name
            return IdentityGroup.created_at >= day + timedelta(days=1)
        return IdentityGroup.created_at < day
    return false()
