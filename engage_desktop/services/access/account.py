"""The account as a whole, before and around sign-in: can its database be reached, what is it called.

Views ask these instead of opening the database themselves (they never hold a session factory).
"""

from __future__ import annotations

from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import translate_storage_error

DEFAULT_ACCOUNT_NAME = "Engage"


def check_database_url(url: str) -> str:
    """Open the database and read its schema version; a failure is a StorageError a user can read."""
    database = Database(url)
    try:
        revision = database.current_revision()
    except Exception as exc:
        raise translate_storage_error(exc) from exc
    finally:
        database.dispose()
    return revision or ""


def account_name(ctx: ServiceContext) -> str:
    """The name shown in the title bar and the header (Account settings)."""
    from sqlalchemy import select  # here: the connection dialog imports this module at start-up

    from engage_desktop.models import AccountSettings

    with ctx.session_factory() as session:
        name = session.scalar(select(AccountSettings.name).limit(1))
        return name or DEFAULT_ACCOUNT_NAME
