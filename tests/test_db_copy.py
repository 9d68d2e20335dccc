"""`db copy`: a SQLite configuration moved to PostgreSQL (or another file), verified, restartable."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, Signed, _open, make_admin
from sqlalchemy import func, insert, inspect, select, update

from engage_desktop.db import COPY_MARKER_TABLE, Database
from engage_desktop.db_copy import CopyCancelled, copy_database
from engage_desktop.models import AuditEvent, AuditHead, Category, Role, User
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import StorageError
from engage_desktop.services.core.journal import compute_hash, verify_chain
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.categories import CategoryForm, CategoryService
from engage_desktop.services.users.roles import RoleService

pytestmark = pytest.mark.postgres


def _count(database: Database, table: Any) -> int:
    with database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _configured(signed: Signed) -> None:
    """A little of everything, including a category tree (a table that refers to itself)."""
    RoleService(signed.ctx).create_role("Night shift", ["read_user"])
    categories = CategoryService(signed.ctx)
    parent = categories.create_category(CategoryForm(name="Billing"))
    categories.create_category(CategoryForm(name="Refunds", parent_id=parent.id))


def fill(database: Database, users: int, events: int) -> None:
    """Many users (copies of the admin's row) and journal events that continue the hash chain."""
    with database.engine.begin() as conn:
        admin = dict(conn.execute(select(User.__table__)).mappings().first() or {})
        unique = {c.name for c in User.__table__.columns if c.unique} - {"platform_id"}
        rows = []
        for i in range(users):
            row = {k: v for k, v in admin.items() if k != "id"}
            for name in unique:
                row[name] = f"{i}-{admin[name]}"
            row["platform_id"] = f"p{i:023d}"
            rows.append(row)
        for start in range(0, len(rows), 5000):
            conn.execute(insert(User.__table__), rows[start : start + 5000])
        head = conn.execute(select(AuditHead.seq, AuditHead.last_hash)).one()
        seq, prev = int(head.seq), str(head.last_hash)
        at = datetime(2026, 1, 1, tzinfo=UTC)
        batch: list[dict[str, Any]] = []
        for i in range(events):
            seq += 1
            event = AuditEvent(
                seq=seq,
                created_at=at + timedelta(seconds=i),
                name="user.updated",
                user_id=1,
                user_label="Ada Admin",
                workstation="bulk",
                object_type="user",
                object_id=str(i),
                changes={"lastname": [f"Old {i}", f"New {i}"]},
                details={},
                prev_hash=prev,
            )
            prev = event.row_hash = compute_hash(event)
            batch.append(
                {c.name: getattr(event, c.key) for c in AuditEvent.__table__.columns if c.name != "id"}
            )
            if len(batch) == 5000:
                conn.execute(insert(AuditEvent.__table__), batch)
                batch.clear()
        if batch:
            conn.execute(insert(AuditEvent.__table__), batch)
        conn.execute(update(AuditHead).values(seq=seq, last_hash=prev))


@pytest.fixture
def source(sqlite_admin: Signed) -> Signed:
    _configured(sqlite_admin)
    return sqlite_admin


@pytest.fixture
def pg_target(postgres_server) -> Any:
    databases: list[Database] = []

    def make() -> Database:
        database = Database(postgres_server.new_database())
        databases.append(database)
        return database

    yield make
    for database in databases:
        database.dispose()


def test_copy_to_postgresql_is_verbatim_and_usable(source: Signed, pg_target: Any) -> None:
    target = pg_target()
    report = copy_database(source.db, target, workstation="tests")

    assert report.rows == sum(report.rows_per_table.values()) > 0
    assert (
        report.rows_per_table["users"] == _count(source.db, User.__table__) == _count(target, User.__table__)
    )
    assert _count(target, Category.__table__) == 2
    target.upgrade()  # usable: the marker is gone
    with target.session_factory() as session:
        chain = verify_chain(session)
        assert chain.ok, chain.describe()
        names = session.scalars(select(AuditEvent.name).order_by(AuditEvent.seq)).all()
        refunds = session.scalars(select(Category).where(Category.name == "Refunds")).one()
        assert refunds.parent_id is not None
    assert names[-1] == "database.copied"
    assert report.journal_tip is not None and report.journal_tip[0] == len(names)

    # The admin signs in on the copy with the same password; new rows get fresh ids.
    ctx = ServiceContext(target.session_factory, workstation="tests@pg")
    signed_in = auth.sign_in(ctx, "ada@example.com", ADMIN_PASSWORD)
    roles = RoleService(ctx.acting_as(signed_in.id))
    before = roles.count_roles(ListQuery())
    roles.create_role("After the move", ["read_user"])
    assert roles.count_roles(ListQuery()) == before + 1


def test_a_target_that_is_not_empty_is_refused_unless_replaced(source: Signed, pg_target: Any) -> None:
    target = pg_target()
    copy_database(source.db, target)
    RoleService(source.ctx).create_role("Only in the source", ["read_user"])

    with pytest.raises(StorageError, match="not empty"):
        copy_database(source.db, target)
    assert _count(target, Role.__table__) == _count(source.db, Role.__table__) - 1

    copy_database(source.db, target, replace=True)
    assert _count(target, Role.__table__) == _count(source.db, Role.__table__)


def test_a_cancelled_copy_leaves_the_target_unusable_until_copied_again(
    source: Signed, pg_target: Any
) -> None:
    fill(source.db, users=3000, events=3000)
    target = pg_target()
    calls = []

    def stop_midway(done: int, total: int, table: str) -> bool:
        calls.append(done)
        return done < total // 2

    with pytest.raises(CopyCancelled):
        copy_database(source.db, target, progress=stop_midway)
    assert 0 < calls[-1] < _count(source.db, User.__table__) + _count(source.db, AuditEvent.__table__) + 100
    with target.engine.connect() as conn:
        assert inspect(conn).has_table(COPY_MARKER_TABLE)
    with pytest.raises(StorageError, match="unfinished copy"):
        target.upgrade()

    report = copy_database(source.db, target)  # no --replace needed: it is our own unfinished copy
    assert report.restarted
    target.upgrade()
    assert _count(target, User.__table__) == _count(source.db, User.__table__)


def test_copy_between_sqlite_files(source: Signed, tmp_path: Path) -> None:
    target = Database(f"sqlite:///{tmp_path}/copy.sqlite3")
    try:
        report = copy_database(source.db, target)
        target.upgrade()
        assert report.rows_per_table["roles"] == _count(target, Role.__table__)
        with target.session_factory() as session:
            assert verify_chain(session).ok
    finally:
        target.dispose()


def test_a_source_from_another_schema_version_is_refused(tmp_path: Path, pg_target: Any) -> None:
    bare = Database(f"sqlite:///{tmp_path}/bare.sqlite3")
    try:
        with pytest.raises(StorageError, match="schema"):
            copy_database(bare, pg_target())
    finally:
        bare.dispose()


def test_a_killed_copy_of_a_large_database_restarts_and_verifies(tmp_path: Path, pg_target: Any) -> None:
    """100,000 users and 100,000 journal events: kill -9 mid-copy, then copy again."""
    database = _open(f"sqlite:///{tmp_path}/big.sqlite3")
    make_admin(database)
    fill(database, users=100_000, events=100_000)
    source_url = str(database.engine.url)
    database.dispose()
    target = pg_target()
    env = {**os.environ, "ENGAGE_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "engage_desktop", "db", "copy", "--db", source_url, "--to", target.url]

    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    copied = 0
    while time.monotonic() < deadline and process.poll() is None:
        with target.engine.connect() as conn:
            if inspect(conn).has_table("users"):
                copied = _count(target, User.__table__)
        if copied:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the copy ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    target.dispose()
    with pytest.raises(StorageError, match="unfinished copy"):
        target.upgrade()

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "unfinished copy was started over" in done.stdout
    verified = re.search(r"the journal verifies \((\d+) events\)", done.stdout)
    assert verified and int(verified.group(1)) > 100_000
    target.upgrade()
    assert _count(target, User.__table__) == 100_001
    with target.session_factory() as session:
        assert verify_chain(session).ok
    verify = subprocess.run(
        [sys.executable, "-m", "engage_desktop", "audit", "verify", "--db", target.url],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
