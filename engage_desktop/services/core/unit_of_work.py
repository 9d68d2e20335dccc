"""One unit of work per user action: open, check, change, journal, commit — or roll back all.

An *operation* is a function taking a `UnitOfWork` first (`update_role(uow, …)`): it checks the
actor's permission, validates, changes rows and records their journal events, but never commits.
A service's entry point opens the unit of work, runs one operation and commits (`run_operation`);
bulk actions, the routing engine and bundle apply run several operations in one unit of work, so
they all land or none does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql import ClauseElement, Executable, TextClause
from sqlalchemy.sql.util import find_tables

from engage_desktop.models import User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.sign_in_messages import SESSION_ENDED
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.change_feed import note_change
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import (
    ACCOUNT_GONE,
    CHANGED_ELSEWHERE,
    CHANGED_ELSEWHERE_UNKNOWN,
    DUPLICATE_OR_MISSING,
    SIGN_IN_FIRST,
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    translate_storage_error,
)

P = ParamSpec("P")
T = TypeVar("T")


class UnjournaledChange(RuntimeError):
    """A programming error: rows changed but no journal event says why."""


class UnitOfWork:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._session: Session | None = None
        self._actor: User | None = None
        self._wrote = False
        self._journaled = False
        self._tip: tuple[int, str] | None = None
        self._pending: list[audit.PendingEvent] = []

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        session = self.ctx.session_factory()
        event.listen(session, "before_flush", self._note_flush)
        event.listen(session, "do_orm_execute", self._note_statement)
        event.listen(session, "before_commit", self._before_commit)
        self._session = session
        return self

    def _note_flush(self, session: Session, flush_context: object, instances: object) -> None:
        if session.new or session.deleted or any(session.is_modified(obj) for obj in session.dirty):
            self._wrote = True

    def _note_statement(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            self._wrote = True
        if self._pending and _reads_journal(state.statement):
            self.write_journal()  # what this transaction recorded is in the journal it reads

    def _before_commit(self, session: Session) -> None:
        if self._pending:
            self.write_journal()

    def write_journal(self) -> None:
        """Append the events recorded so far to the journal (three statements for all of them).

        Done before the transaction commits, and before any statement that reads the journal or
        its head, so that this transaction sees its own events; the chain's tip is held from here
        to the commit only."""
        pending, self._pending = self._pending, []
        tip = audit.append_events(self.session, pending)
        if tip is not None:
            self._tip = tip

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        self._pending = []
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, IntegrityError):
            raise Conflict(DUPLICATE_OR_MISSING()) from exc
        if isinstance(exc, StaleDataError):
            # Two saves of one object raced: the other one's UPDATE matched the version first.
            raise Conflict(CHANGED_ELSEWHERE_UNKNOWN(object=_object_word(str(exc)))) from exc
        if isinstance(exc, DBAPIError):
            raise translate_storage_error(exc) from exc

    def commit(self, *, unjournaled: str | None = None) -> None:
        """Commit; a change of rows with no journal event is refused unless `unjournaled` says why."""
        session = self.session
        session.flush()
        if self._wrote and not self._journaled and not unjournaled:
            raise UnjournaledChange(
                "this unit of work changed rows but recorded no journal event; record one or "
                "name the reason with commit(unjournaled=...)"
            )
        self.write_journal()
        session.commit()
        self._wrote = self._journaled = False
        tip, self._tip = self._tip, None
        if tip is not None and self.ctx.journal_anchor is not None:
            self.ctx.journal_anchor(*tip)

    def actor(self) -> User:
        """The signed-in user, re-read in this transaction: a disabled account stops acting at once,
        and a session signed in before the user's password changed (or was reset) ends."""
        if self._actor is None:
            if self.ctx.actor_id is None:
                raise AuthenticationFailed(SIGN_IN_FIRST())
            user = self.session.scalar(select(User).where(User.id == self.ctx.actor_id))
            if user is None or not user.enabled:
                raise AuthenticationFailed(ACCOUNT_GONE())
            changed, signed_in = user.password_changed_at, self.ctx.signed_in_at
            if changed is not None and signed_in is not None and _aware(changed) > _aware(signed_in):
                raise AuthenticationFailed(SESSION_ENDED())
            self._actor = user
        return self._actor

    def actor_permissions(self) -> frozenset[str]:
        return frozenset(self.actor().role.permission_names)

    def require(self, *permissions: Permission) -> User:
        """The actor must hold every permission named."""
        actor = self.actor()
        held = actor.role.permission_names
        for permission in permissions:
            if permission.value not in held:
                raise PermissionDenied(permission.value)
        return actor

    def require_any(self, *permissions: Permission) -> User:
        actor = self.actor()
        held = actor.role.permission_names
        if not any(p.value in held for p in permissions):
            raise PermissionDenied(permissions[0].value)
        return actor

    def record(
        self,
        name: str,
        *,
        object_type: str = "",
        object_id: str = "",
        changes: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
        actor_id: int | None = None,
        created_at: datetime | None = None,
    ) -> None:
        """Append a journal event in this same transaction.

        Without a signed-in actor (reference data, the demo loader) the event is the system's;
        `created_at` back-dates it (the demo's history), otherwise it is now. Events are kept in
        order and written together just before the commit, or before a statement that reads the
        journal (`write_journal`): one update of the chain's head for all of them.
        """
        if actor_id is None and self.ctx.actor_id is not None:
            actor = self.actor()
            actor_id, label = actor.id, actor.nickname
        elif actor_id is not None:
            user = self.session.get(User, actor_id)
            label = user.nickname if user else ""
        else:
            label = "system"
        self._journaled = True
        self._pending.append(
            audit.prepare_event(
                name,
                user_id=actor_id,
                user_label=label,
                workstation=self.ctx.workstation,
                object_type=object_type,
                object_id=object_id,
                changes=changes,
                details=details,
                created_at=created_at,
            )
        )
        note_change(self.session, object_type)  # announced with the commit (before_commit order)

    def ensure_version(
        self,
        obj: Any,
        expected: int | None,
        *,
        object_type: str,
        theirs: Mapping[str, Any],
        mine: Mapping[str, Any],
    ) -> None:
        """A save built on version `expected` must not overwrite a newer one (no lost update).

        `expected` None means the caller did not load the object first (bulk, CLI): nothing to
        compare. Otherwise a newer version raises `Conflict` naming who changed it and when, from
        the journal, with the saved values (`theirs`) beside the submitted ones (`mine`).
        """
        if expected is None or obj.version == expected:
            return
        last = audit.last_event_for(self.session, object_type, obj.platform_id)
        if last is None:
            message = CHANGED_ELSEWHERE_UNKNOWN(object=object_type.replace("_", " "))
            who, when = "", None
        else:
            who, when = last.user_label, last.created_at
            message = CHANGED_ELSEWHERE(
                who=who, when=when.strftime("%Y-%m-%d %H:%M"), object=object_type.replace("_", " ")
            )
        raise Conflict(
            message, changed_by=who, changed_at=when, current_version=obj.version, theirs=theirs, mine=mine
        )


_JOURNAL_TABLES = frozenset({"audit_events", "audit_head"})


def _reads_journal(statement: Executable) -> bool:
    """Whether a statement names the journal's tables (in any subquery or join)."""
    if isinstance(statement, TextClause):
        return "audit_" in statement.text.lower()
    tables = find_tables(cast(ClauseElement, statement), check_columns=True, include_crud=True)
    return any(getattr(table, "name", None) in _JOURNAL_TABLES for table in tables)


def _aware(value: datetime) -> datetime:
    """SQLite gives back the UTC times it stored without their zone."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _object_word(stale_text: str) -> str:
    """StaleDataError names the mapped class ("UPDATE statement on table 'roles' …")."""
    if "'" in stale_text:
        table = stale_text.split("'")[1]
        return table.rstrip("s").replace("_", " ")
    return "object"


def run_operation(
    ctx: ServiceContext,
    operation: Callable[Concatenate[UnitOfWork, P], T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """The thin entry point: open a unit of work, run one operation, commit, return its result."""
    with UnitOfWork(ctx) as uow:
        result = operation(uow, *args, **kwargs)
        uow.commit()
        return result
