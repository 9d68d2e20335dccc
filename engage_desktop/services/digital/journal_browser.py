"""The audit journal panel's reads: filtered, newest first, a page at a time after a `seq`.

Keyset paging (`seq < last seen`) reads the next page from an index however deep the user has
scrolled. An event-name filter ("user.*" or exact names) is first resolved to the exact names the
journal holds (one index seek each), then read as one small "newest N of this name" branch per
name merged by `seq`: each branch walks the (name, seq) index backwards and stops after N rows,
so a prefix that matches 300,000 rows of a million still answers a page at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from engage_desktop.models import AuditEvent, AuditHead, User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, ValidationError
from engage_desktop.services.core.journal_check import JournalCheck, check_journal
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork

JOURNAL_FILTER = "journal"  # ListQuery.filters key holding a JournalQuery
SYSTEM_ACTOR = 0  # JournalQuery.actor_id for events without a user (the system's)
MAX_NAME_BRANCHES = 64
COUNT_CAP = 10_000

BAD_NAME_FILTER = ErrorCode(
    "journal.bad_name_filter",
    QT_TRANSLATE_NOOP("Errors", "“{text}” is not an event name or group (examples: user.created, user.*)."),
)
BAD_PERIOD = ErrorCode("journal.bad_period", QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."))
VERIFY_CANCELLED = ErrorCode(
    "journal.verify_cancelled", QT_TRANSLATE_NOOP("Errors", "The check was stopped before the end.")
)


@dataclass(frozen=True)
class JournalQuery:
    """What the panel filters on; names are exact (`user.created`) or groups (`user.*`)."""

    created_after: datetime | None = None
    created_before: datetime | None = None
    actor_id: int | None = None  # SYSTEM_ACTOR for the system's events
    names: tuple[str, ...] = ()
    object_type: str = ""
    object_id: str = ""

    @property
    def is_filtered(self) -> bool:
        return self != JournalQuery()


@dataclass(frozen=True)
class JournalRow:
    seq: int
    id: int
    created_at: datetime
    name: str
    user_id: int | None
    user_label: str
    workstation: str
    object_type: str
    object_id: str
    changes: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Actor:
    id: int  # SYSTEM_ACTOR for the system
    label: str


@dataclass(frozen=True)
class VolumePoint:
    label: str  # a day (YYYY-MM-DD) or an actor's name
    count: int


def split_name_filter(text: str) -> tuple[str, ...]:
    """`user.*, task.created` → ("user.*", "task.created"); refuses what no event name can be."""
    names = tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())
    for name in names:
        stem = name[:-1] if name.endswith("*") else name
        if not stem or "*" in stem or any(c.isspace() for c in stem) or len(stem) > 80:
            raise ValidationError("names", BAD_NAME_FILTER(text=name))
    return names


def journal_query_of(query: ListQuery) -> JournalQuery:
    found = query.filters.get(JOURNAL_FILTER)
    base = found if isinstance(found, JournalQuery) else JournalQuery()
    if query.search.strip():
        extra = split_name_filter(query.search)
        base = replace(base, names=base.names + extra)
    return base


def _prefix_range(prefix: str) -> tuple[str, str]:
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


class NamePrefix(ColumnElement[bool]):
    """`name` starts with `prefix`: an index range on SQLite (binary collation), a LIKE elsewhere
    (a linguistic collation orders "user_x" between "user." and "user/", so a range would lie)."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, prefix: str, after: str | None = None) -> None:
        """`after`: only names greater than it (one lower bound, so SQLite seeks instead of scanning)."""
        low, high = _prefix_range(prefix)
        lower = AuditEvent.name > after if after is not None and after >= low else AuditEvent.name >= low
        self.range_form = and_(lower, AuditEvent.name < high)
        self.like_form = AuditEvent.name.startswith(prefix, autoescape=True)
        if after is not None:
            self.like_form = and_(self.like_form, AuditEvent.name > after)

    def self_group(self, against: Any = None) -> ColumnElement[bool]:
        return self


@compiles(NamePrefix)
def _name_prefix_like(element: NamePrefix, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.like_form, **kw))


@compiles(NamePrefix, "sqlite")
def _name_prefix_range(element: NamePrefix, compiler: Any, **kw: Any) -> str:
    return "(" + str(compiler.process(element.range_form, **kw)) + ")"


def resolve_names(session: Session, names: Sequence[str]) -> list[str] | None:
    """The exact names the journal holds for `names` (groups expanded by index seeks); None when a
    group holds too many to read branch by branch (the caller then filters by range)."""
    exact: set[str] = set()
    for name in names:
        if not name.endswith("*"):
            exact.add(name)
            continue
        current: str | None = None
        while True:
            # ORDER BY … LIMIT 1 is one index seek; min() over a range with a lower bound may scan it.
            stmt = select(AuditEvent.name).where(NamePrefix(name[:-1], after=current))
            following = session.scalar(stmt.order_by(AuditEvent.name).limit(1))
            if following is None:
                break
            exact.add(following)
            if len(exact) > MAX_NAME_BRANCHES:
                return None
            current = following
    return sorted(exact)


def _name_condition(names: Sequence[str]) -> ColumnElement[bool]:

    parts: list[ColumnElement[bool]] = []
    exact = [n for n in names if not n.endswith("*")]
    if exact:
        parts.append(AuditEvent.name.in_(exact))
    parts.extend(NamePrefix(name[:-1]) for name in names if name.endswith("*"))
    return or_(*parts)


def where_journal(stmt: Any, flt: JournalQuery, *, with_names: bool = True) -> Any:
    """The filter as WHERE clauses (used by the panel, its charts and the journal export)."""
    if flt.created_after and flt.created_before and flt.created_before <= flt.created_after:
        raise ValidationError("created_before", BAD_PERIOD())
    if flt.created_after:
        stmt = stmt.where(AuditEvent.created_at >= flt.created_after)
    if flt.created_before:
        stmt = stmt.where(AuditEvent.created_at < flt.created_before)
    if flt.actor_id == SYSTEM_ACTOR:
        stmt = stmt.where(AuditEvent.user_id.is_(None))
    elif flt.actor_id is not None:
        stmt = stmt.where(AuditEvent.user_id == flt.actor_id)
    if flt.object_type:
        stmt = stmt.where(AuditEvent.object_type == flt.object_type)
    if flt.object_id:
        stmt = stmt.where(AuditEvent.object_id == flt.object_id)
    if with_names and flt.names:
        stmt = stmt.where(_name_condition(flt.names))
    return stmt


_ROW_COLUMNS = (
    AuditEvent.seq,
    AuditEvent.id,
    AuditEvent.created_at,
    AuditEvent.name,
    AuditEvent.user_id,
    AuditEvent.user_label,
    AuditEvent.workstation,
    AuditEvent.object_type,
    AuditEvent.object_id,
    AuditEvent.changes,
    AuditEvent.details,
)


def page_after(session: Session, flt: JournalQuery, after_seq: int | None, limit: int) -> list[JournalRow]:
    def newest(extra: ColumnElement[bool] | None) -> Select[Any]:
        stmt: Select[Any] = where_journal(select(*_ROW_COLUMNS), flt, with_names=False)
        if after_seq is not None:
            stmt = stmt.where(AuditEvent.seq < after_seq)
        if extra is not None:
            stmt = stmt.where(extra)
        return stmt.order_by(AuditEvent.seq.desc()).limit(limit)

    # With an actor or an object too, their (…, seq) index answers better than one branch per name.
    names_only = flt.actor_id is None and not flt.object_type and not flt.object_id
    names = resolve_names(session, flt.names) if flt.names and names_only else None
    if not flt.names:
        stmt = newest(None)
    elif names is None:
        stmt = newest(_name_condition(flt.names))
    elif not names:
        return []
    elif len(names) == 1:
        stmt = newest(AuditEvent.name == names[0])
    else:
        branches = union_all(*(select(newest(AuditEvent.name == n).subquery()) for n in names)).subquery()
        stmt = select(branches).order_by(branches.c.seq.desc()).limit(limit)
    return [JournalRow(*row) for row in session.execute(stmt)]


def count_matching(session: Session, flt: JournalQuery, cap: int = COUNT_CAP) -> int:
    """Exact up to `cap` (the list then says "more than 10,000"): counting 600,000 matches costs more
    than a person will ever scroll; they narrow the filter or export it. The whole journal's size is the chain's length, read from its head."""
    if not flt.is_filtered:
        return int(session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0)
    capped = where_journal(select(literal(1)).select_from(AuditEvent), flt).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(capped)) or 0)


class JournalBrowser:
    """Read-only: the journal needs `read_event`; filtering it needs `search_event` too."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _open(self, uow: UnitOfWork, flt: JournalQuery) -> None:
        uow.require(Permission.READ_EVENT)
        if flt.is_filtered:
            uow.require(Permission.SEARCH_EVENT)

    def count_events(self, query: ListQuery) -> int:
        flt = journal_query_of(query)
        with UnitOfWork(self.ctx) as uow:
            self._open(uow, flt)
            return count_matching(uow.session, flt)

    def events_after(self, query: ListQuery, after_seq: int | None, limit: int = 200) -> list[JournalRow]:
        flt = journal_query_of(query)
        with UnitOfWork(self.ctx) as uow:
            self._open(uow, flt)
            return page_after(uow.session, flt, after_seq, limit)

    def actors(self) -> list[Actor]:
        """Who can appear as an actor: every user (disabled ones too) and the system."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_EVENT)
            users = uow.session.execute(select(User.id, User.nickname).order_by(User.nickname_key)).all()
        return [Actor(SYSTEM_ACTOR, "system"), *(Actor(i, n) for i, n in users)]

    def volume_by_day(self, flt: JournalQuery, limit: int = 366) -> list[VolumePoint]:
        day = func.date(AuditEvent.created_at)
        return self._volume(flt, day, day, limit)

    def volume_by_actor(self, flt: JournalQuery, limit: int = 12) -> list[VolumePoint]:
        return self._volume(flt, AuditEvent.user_label, func.count().desc(), limit)

    def _volume(self, flt: JournalQuery, key: Any, order: Any, limit: int) -> list[VolumePoint]:
        with UnitOfWork(self.ctx) as uow:
            self._open(uow, flt)
            stmt = where_journal(select(key, func.count()).select_from(AuditEvent), flt)
            rows = uow.session.execute(stmt.group_by(key).order_by(order).limit(limit)).all()
        return [VolumePoint(str(label or ""), int(count)) for label, count in rows]

    def verify(
        self,
        database_label: str,
        report: Callable[[int, int], None] = lambda _d, _t: None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> JournalCheck:
        """The hash chain and this workstation's anchor (journal_check.py), with progress."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_EVENT)
            total = int(uow.session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0)

        def progress(checked: int) -> None:
            report(checked, total)
            if should_stop():
                raise _Stopped

        try:
            result = check_journal(self.ctx, database_label, progress=progress)
        except _Stopped:
            raise VerifyCancelled() from None
        report(result.checked, total)
        return result


class _Stopped(BaseException):
    """Not an Exception: the storage-error translation around the walk must let it through."""


class VerifyCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(VERIFY_CANCELLED())


__all__ = [
    "SYSTEM_ACTOR",
    "Actor",
    "JournalBrowser",
    "JournalQuery",
    "JournalRow",
    "VolumePoint",
]
