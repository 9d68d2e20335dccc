"""The console's idle lock: how long it waits (Security settings) and unlocking with the password.

Unlocking is a sign-in of the same user, so it goes through the same lock-out and journal
(`session.failed`, `session.created`); locking itself is journaled as `session.locked`.
"""

from __future__ import annotations

from engage_desktop.models import User
from engage_desktop.services.access.sign_in import SignedInUser, sign_in
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ACCOUNT_GONE, AuthenticationFailed
from engage_desktop.services.core.reference_data import security_policy
from engage_desktop.services.core.unit_of_work import UnitOfWork


class SessionLockService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def idle_minutes(self) -> int:
        """Minutes without input before the console locks (0: never)."""
        with UnitOfWork(self.ctx) as uow:
            uow.actor()
            return max(int(security_policy(uow.session).session_timeout or 0), 0)

    def note_locked(self) -> None:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.actor()
            uow.record("session.locked", object_type="user", object_id=actor.platform_id)
            uow.commit()

    def unlock(self, password: str) -> SignedInUser:
        """The signed-in user's password again; a wrong one counts towards the lock-out."""
        if self.ctx.actor_id is None:
            raise AuthenticationFailed(ACCOUNT_GONE())
        with self.ctx.session_factory() as session:
            user = session.get(User, self.ctx.actor_id)
            nickname = user.nickname if user is not None else ""
        return sign_in(self.ctx.acting_as(None), nickname, password)
