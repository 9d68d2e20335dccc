"""Who is acting, from where, on which database: handed to every service."""

from __future__ import annotations

import getpass
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker


def default_workstation() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # getuser raises various errors when no login name exists
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


@dataclass(frozen=True)
class ServiceContext:
    session_factory: sessionmaker[Session]
    actor_id: int | None = None
    workstation: str = field(default_factory=default_workstation)
    # Called with the newest (seq, hash) after each commit that journaled (journal_anchor.py).
    journal_anchor: Callable[[int, str], None] | None = None
    # When the actor signed in (SignedInUser.signed_in_at): a password changed since ends the
    # session. None for contexts that did not sign in (reference data, scripts, tests).
    signed_in_at: datetime | None = None

    def acting_as(self, user_id: int | None, *, signed_in_at: datetime | None = None) -> ServiceContext:
        return replace(self, actor_id=user_id, signed_in_at=signed_in_at)
