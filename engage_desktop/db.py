"""Engine, sessions and schema upgrades for SQLite (default) and PostgreSQL (shared)."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from engage_desktop.config import SUPPORTED_SCHEMES, make_owner_only, migrations_dir
from engage_desktop.services.core.errors import STORAGE_CANNOT_OPEN_FILE, StorageError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
# Present while `db copy` fills a database (engage_desktop/db_copy.py): such a database is unusable.
COPY_MARKER_TABLE = "engage_unfinished_copy"


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def normalise_url(url: str) -> str:
    """Refuse unknown schemes with a message; route PostgreSQL through psycopg 3."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"This is not a database address: {url!r}.") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_SCHEMES:
        raise StorageError(
            f"Unsupported database type {backend!r}: use sqlite:///path/file.sqlite3 "
            "or postgresql://user@host/dbname."
        )
    if backend == "postgresql" and parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(busy_timeout_ms: int, read_only: bool = False) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


_REVISION_RE = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision(?::[^=]+)?=\s*(None|['\"]([^'\"]+)['\"])", re.M)


@cache
def revision_graph() -> tuple[set[str], set[str]]:
    """(every revision, the heads) read from the migration files' headers.

    Reading two lines per file keeps start-up from importing Alembic when the schema is current;
    tests check this agrees with Alembic's own view.
    """
    known: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION_RE.search(source), _DOWN_RE.search(source)
        if revision is None:
            continue
        known.add(revision.group(1))
        if down is not None and down.group(2):
            parents.add(down.group(2))
    return known, known - parents


class Database:
    """One database: its engine, a session factory and its schema version."""

    def __init__(
        self, url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, read_only: bool = False
    ) -> None:
        """`read_only` opens an existing database for inspection (`audit verify`): a missing
        SQLite file is refused instead of created, and no statement can write."""
        self.url = normalise_url(url)
        self.read_only = read_only
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        file_path = parsed.database if self.dialect == "sqlite" else None
        # A "file:…?mode=ro&uri=true" address names its file in SQLite's URI form: never create it.
        on_disk = file_path not in (None, "", ":memory:") and not str(file_path).startswith("file:")
        if read_only and on_disk and not Path(str(file_path)).is_file():
            raise StorageError(f"There is no database at {file_path}.")
        self.file_path = str(file_path) if on_disk else None  # named in error messages
        if on_disk and not read_only:
            try:
                make_owner_only(str(file_path))  # SQLite gives its -wal and -shm files the same mode
            except OSError as exc:
                reason = exc.strerror or str(exc)
                if isinstance(exc, FileExistsError | NotADirectoryError):  # from making its folder
                    reason = "a file is in the way of its folder"
                raise StorageError(STORAGE_CANNOT_OPEN_FILE(path=file_path, reason=reason)) from exc
        options: dict[str, Any] = {"pool_pre_ping": self.dialect != "sqlite"}
        if read_only and on_disk:
            uri = Path(str(file_path)).resolve().as_uri() + "?mode=ro"
            options["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        elif read_only and self.dialect == "postgresql":
            options["connect_args"] = {"options": "-c default_transaction_read_only=on"}
        try:
            self.engine: Engine = create_engine(self.url, **options)
        except (NoSuchModuleError, ArgumentError) as exc:
            raise StorageError(f"Cannot open {self.display_url}: {exc}") from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas(busy_timeout_ms, read_only))
        self.session_factory: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        """The address without its password, fit for the UI and logs."""
        return make_url(self.url).render_as_string(hide_password=True)

    def head_revisions(self) -> set[str]:
        return revision_graph()[1]

    def known_revisions(self) -> set[str]:
        return revision_graph()[0]

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self, *, copying: bool = False, even_if_connected: bool = False) -> UpgradeReport:
        """Bring the schema to head; refuse a database written by a newer release, or one that
        `db copy` has not finished filling (`copying` is that copy itself), or — unless
        `even_if_connected` — one that older consoles are using right now."""
        from engage_desktop.services.core.errors import translate_storage_error

        try:
            if not copying:
                self._refuse_unfinished_copy()
            before = self.current_revision()
            if before is not None and before not in self.known_revisions():
                raise StorageError(
                    f"This database was written by a newer version of Engage Desktop "
                    f"(schema {before}). Update the application before opening it."
                )
            if before in self.head_revisions():
                return UpgradeReport(before, before)
            if before is not None and not (copying or even_if_connected):
                self._refuse_while_older_consoles_connected()
            from alembic import command
            from alembic.config import Config

            cfg = Config()
            cfg.set_main_option("script_location", str(migrations_dir()))
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            after = self.current_revision()
        except StorageError:
            raise
        except Exception as exc:
            raise translate_storage_error(exc, self.file_path) from exc
        if before != after:
            log.info("Database schema upgraded from %s to %s", before or "empty", after)
        return UpgradeReport(before, after)

    def _refuse_while_older_consoles_connected(self) -> None:
        """A console still using the old schema would fail on the new one: say who, and stop.

        Any console seen lately on a database that is not at head runs an older version (one of
        this version would have upgraded it). Before revision 0014 nobody was recorded."""
        from datetime import UTC, datetime, timedelta

        with self.engine.connect() as conn:
            if not inspect(conn).has_table("workstation_sessions"):
                return
            since = datetime.now(UTC) - timedelta(seconds=90)
            rows = conn.execute(
                text(
                    "SELECT workstation, user_label, console_version FROM workstation_sessions "
                    "WHERE last_seen_at >= :since ORDER BY workstation"
                ),
                {"since": since if self.dialect == "postgresql" else since.replace(tzinfo=None)},
            ).all()
        if rows:
            names = ", ".join(f"{r[0]} ({r[1]}, version {r[2]})" for r in rows[:5])
            raise StorageError(
                f"{len(rows)} workstation(s) use this database with an older console: {names}. "
                "Close them before upgrading, or run `engage-desktop db upgrade --even-if-connected`."
            )

    def _refuse_unfinished_copy(self) -> None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table(COPY_MARKER_TABLE):
                return
        raise StorageError(
            f"The database {self.display_url} holds an unfinished copy (the copy was stopped before "
            "it ended). Run `engage-desktop db copy --to` this address again to finish it."
        )

    def dispose(self) -> None:
        self.engine.dispose()
