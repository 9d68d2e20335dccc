"""A workspace seen from the console: is the open database one, and merging it into the main one.

A workspace (made by `create_workspace`) journals `workspace.created` first, so any console that
opens the file knows what it is. Merging signs in to the main database as the same person (their
password there, never the workspace's copy of it: a workspace file is easy to forge), shows what
would change, then merges through `BundleService.merge_bundle` (the permission of every resource
changed, journaled in the main database).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from engage_desktop import __version__
from engage_desktop.config import data_dir
from engage_desktop.db import Database
from engage_desktop.models.audit import AuditEvent
from engage_desktop.secrets import SecretStore, restore_database_password
from engage_desktop.services.access.sign_in import sign_in, sign_out
from engage_desktop.services.bundles.bundle_diff import ConfigurationDiff
from engage_desktop.services.bundles.bundle_export import export_configuration
from engage_desktop.services.bundles.bundle_format import FORMAT_VERSION, Bundle, Manifest
from engage_desktop.services.bundles.bundle_import import ImportReport
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, NotFound
from engage_desktop.services.core.journal_anchor import BOOK_NAME, AnchorBook, AnchorRecorder
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork

WORKSPACE_CREATED = "workspace.created"
NO_MAIN_DATABASE = ErrorCode(
    "bundles.no_main_database", QT_TRANSLATE_NOOP("Errors", "There is no database at {path}.")
)
MERGE_INTO_ITSELF = ErrorCode(
    "bundles.merge_into_itself",
    QT_TRANSLATE_NOOP("Errors", "This is the workspace itself; choose the main database to merge into."),
)
MERGE_TARGET_IS_WORKSPACE = ErrorCode(
    "bundles.merge_target_is_workspace",
    QT_TRANSLATE_NOOP("Errors", "{path} is a workspace too; choose the main database to merge into."),
)


@dataclass(frozen=True)
class WorkspaceInfo:
    """The open database is a workspace: when it was made, and the bundle's origin."""

    created_at: datetime
    origin: str


def workspace_info(ctx: ServiceContext) -> WorkspaceInfo | None:
    """None for a main database (one indexed look at the journal)."""
    with ctx.session_factory() as session:
        row = session.execute(
            select(AuditEvent.created_at, AuditEvent.details)
            .where(AuditEvent.name == WORKSPACE_CREATED)
            .order_by(AuditEvent.created_at)
            .limit(1)
        ).first()
    if row is None:
        return None
    details = row.details if isinstance(row.details, dict) else {}
    return WorkspaceInfo(row.created_at, str(details.get("origin", "")))


def workspace_bundle(ctx: ServiceContext, origin: str = "workspace") -> Bundle:
    """The workspace's whole configuration as a bundle held in memory (administrators only)."""
    with UnitOfWork(ctx) as uow:
        resources = export_configuration(uow)
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        tool_version=__version__,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        origin=origin,
        files={},
    )
    return Bundle(manifest, resources)


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


class MainDatabase:
    """The main database a workspace merges into, signed in to as the person merging."""

    def __init__(self, database: Database, ctx: ServiceContext) -> None:
        self.database = database
        self.ctx = ctx
        self.service = BundleService(ctx)

    @classmethod
    def sign_in(
        cls, url: str, login: str, password: str, *, workspace_url: str, secrets: SecretStore | None = None
    ) -> MainDatabase:
        """Open `url` as the console would (schema upgraded) and sign in; refuses a missing
        SQLite file, the workspace itself and another workspace."""
        file = _sqlite_file(url)
        if file is not None and not file.is_file():
            raise NotFound(NO_MAIN_DATABASE(path=str(file)))
        own = _sqlite_file(workspace_url)
        if file is not None and own is not None and file.resolve() == own.resolve():
            raise Conflict(MERGE_INTO_ITSELF())
        database = Database(restore_database_password(url, secrets))
        try:
            database.upgrade()
            base = ServiceContext(
                database.session_factory,
                journal_anchor=AnchorRecorder(AnchorBook(data_dir() / BOOK_NAME), database.display_url),
            )
            ensure_reference_data(base)
            if workspace_info(base) is not None:
                raise Conflict(MERGE_TARGET_IS_WORKSPACE(path=database.display_url))
            user = sign_in(base, login, password)
        except BaseException:
            database.dispose()
            raise
        return cls(database, base.acting_as(user.id, signed_in_at=user.signed_in_at))

    @property
    def label(self) -> str:
        """The file's path, or the server's address without its password."""
        file = _sqlite_file(self.database.url)
        return str(file) if file is not None else self.database.display_url

    def compare(self, bundle: Bundle) -> ConfigurationDiff:
        """What merging would change there: main (old) against the workspace (new)."""
        return self.service.compare_with_local(bundle)

    def merge(self, bundle: Bundle) -> ImportReport:
        return self.service.merge_bundle(bundle)

    def close(self) -> None:
        try:
            sign_out(self.ctx)
        finally:
            self.database.dispose()
