"""One unit of work per user action: open, check, change, journal, commit — or roll back all."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from engage_desktop.models import User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    translate_storage_error,
)


class UnitOfWork:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._session: Session | None = None
        self._actor: User | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.ctx.session_factory()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, IntegrityError):
            raise Conflict(
                "Another change conflicts with this one (a duplicate or a missing reference). "
                "Nothing was saved; reload and try again."
            ) from exc
        if isinstance(exc, DBAPIError):
            raise translate_storage_error(exc) from exc

    def commit(self) -> None:
        self.session.commit()

    def actor(self) -> User:
        """The signed-in user, re-read in this transaction: a disabled account stops acting at once."""
        if self._actor is None:
            if self.ctx.actor_id is None:
                raise AuthenticationFailed("Sign in first.")
            user = self.session.scalar(select(User).where(User.id == self.ctx.actor_id))
            if user is None or not user.enabled:
                raise AuthenticationFailed("Your account no longer exists or has been disabled.")
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
    ) -> None:
        """Append a journal event in this same transaction."""
        if actor_id is None and self.ctx.actor_id is not None:
            actor = self.actor()
            actor_id, label = actor.id, actor.nickname
        elif actor_id is not None:
            user = self.session.get(User, actor_id)
            label = user.nickname if user else ""
        else:
            label = "system"
        audit.append_event(
            self.session,
            name,
            user_id=actor_id,
            user_label=label,
            workstation=self.ctx.workstation,
            object_type=object_type,
            object_id=object_id,
            changes=changes or {},
            details=details or {},
        )
