"""Opening databases: migrations, refusal of unknown schemes and newer schemas, clear storage errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from conftest import Signed, make_admin
from sqlalchemy import inspect, text

from engage_desktop.db import Database, normalise_url
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import StorageError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleService


def test_migration_from_empty_then_rerun_is_a_no_op(db: Database) -> None:
    # The fixture already upgraded once; a second upgrade changes nothing.
    tables_before = set(inspect(db.engine).get_table_names())
    report = db.upgrade()
    assert not report.changed
    assert report.after in db.head_revisions()
    assert set(inspect(db.engine).get_table_names()) == tables_before
    assert {"users", "roles", "audit_events", "alembic_version"} <= tables_before


def test_fresh_file_is_upgraded_and_says_from_what(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path}/new.sqlite3")
    report = database.upgrade()
    assert report.before is None and report.changed
    assert database.current_revision() == report.after


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


@pytest.mark.parametrize("url", ["mysql://u@h/db", "oracle://x", "not a url at all"])
def test_unknown_scheme_refused_with_message(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        Database(url)
    assert "sqlite" in caught.value.message or "not a database address" in caught.value.message


def test_plain_postgresql_url_uses_psycopg3() -> None:
    assert normalise_url("postgresql://u:p@localhost/engage").startswith("postgresql+psycopg://")


def test_database_from_a_newer_release_is_refused(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StorageError, match="newer version"):
        sqlite_db.upgrade()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_gives_a_clear_error_and_no_change(
    tmp_path: Path,
) -> None:  # pragma: no cover - non-root
    path = tmp_path / "ro.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.upgrade()
    admin = make_admin(db)
    db.dispose()
    path.chmod(0o444)
    with pytest.raises(StorageError, match="read-only"):
        RoleService(admin.ctx).create_role("Blocked")


def test_read_only_connection_gives_a_clear_error_and_no_change(sqlite_admin: Signed, tmp_path: Path) -> None:
    """Works as root too: open the same file through SQLite's read-only URI mode."""
    path = sqlite_admin.db.engine.url.database
    ro = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    ctx = ServiceContext(ro.session_factory, sqlite_admin.user.id)
    with pytest.raises(StorageError, match="read-only"):
        RoleService(ctx).create_role("Blocked")
    assert RoleService(sqlite_admin.ctx).count_roles(ListQuery(search="Blocked")) == 0


def test_locked_database_gives_a_clear_error_and_no_change(sqlite_admin: Signed) -> None:
    path = sqlite_admin.db.engine.url.database
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        busy = Database(f"sqlite:///{path}", busy_timeout_ms=100)
        ctx = ServiceContext(busy.session_factory, sqlite_admin.user.id)
        with pytest.raises(StorageError, match="busy"):
            RoleService(ctx).create_role("Blocked")
    finally:
        blocker.rollback()
        blocker.close()
    assert RoleService(sqlite_admin.ctx).count_roles(ListQuery(search="Blocked")) == 0


def test_quick_revision_scan_agrees_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from engage_desktop.config import migrations_dir
    from engage_desktop.db import revision_graph

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    script = ScriptDirectory.from_config(cfg)
    known, heads = revision_graph()
    assert heads == set(script.get_heads())
    assert known == {rev.revision for rev in script.walk_revisions()}


def test_full_disk_gives_a_clear_error_and_no_change(sqlite_admin: Signed) -> None:
    """SQLite's max_page_count makes the file 'full' exactly where it stands: the next write fails."""
    from sqlalchemy import event

    path = sqlite_admin.db.engine.url.database
    full = Database(f"sqlite:///{path}")

    @event.listens_for(full.engine, "connect")
    def _cap(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    ctx = ServiceContext(full.session_factory, sqlite_admin.user.id)
    before = RoleService(sqlite_admin.ctx).count_roles(ListQuery())
    with pytest.raises(StorageError, match="disk is full"):
        for i in range(200):  # each role takes room; the cap is hit within a few
            RoleService(ctx).create_role(
                f"Filler {i} " + "x" * 100, [p for p in ("read_user", "read_presence")]
            )
    full.dispose()
    after = RoleService(sqlite_admin.ctx).count_roles(ListQuery())
    created = after - before
    with sqlite_admin.db.session_factory() as session:
        from engage_desktop.services.core import journal as audit

        events = audit.count_events(session, audit.JournalFilter(names=("role.created",)))
        assert audit.verify_chain(session).ok
    # Every role that was written has its journal row, and the failing one left neither.
    assert events == created + 4  # the four default roles were journaled at bootstrap
