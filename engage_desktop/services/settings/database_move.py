"""File › Move to a shared database…: the console's side of `db copy` (engage_desktop/db_copy.py).

Moving the whole configuration is an administrator's act: it needs `update_settings` and
`manage_roles` (whoever moves it takes every user, role and secret reference along). The source's
journal records where its configuration went; the target's journal records where it came from.
"""

from __future__ import annotations

from collections.abc import Callable

from engage_desktop.db import Database
from engage_desktop.db_copy import CopyCancelled, CopyReport, copy_database

__all__ = ["CopyCancelled", "CopyReport", "DatabaseMoveService"]
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork

MoveProgress = Callable[[int, int, str], bool]


class DatabaseMoveService:
    def __init__(self, ctx: ServiceContext, source_url: str) -> None:
        self.ctx = ctx
        self.source_url = source_url

    def move_database(
        self, target_url: str, *, replace: bool = False, progress: MoveProgress | None = None
    ) -> CopyReport:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_SETTINGS, Permission.MANAGE_ROLES)
        source = Database(self.source_url, read_only=True)
        target = Database(target_url)
        try:
            report = copy_database(
                source, target, replace=replace, progress=progress, workstation=self.ctx.workstation
            )
        finally:
            source.dispose()
            target.dispose()
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.UPDATE_SETTINGS, Permission.MANAGE_ROLES)
            uow.record(
                "database.copied",
                object_type="database",
                details={"to": report.target, "rows": report.rows, "journal_events": report.journal_events},
            )
            uow.commit()
        return report
