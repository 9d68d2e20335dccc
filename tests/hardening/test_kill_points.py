"""kill -9 in the middle of a 50,000-row users import: the database is as it was and the journal
still verifies (the export kill point is in tests/test_users_export.py)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from conftest import Signed

from engage_desktop.services.core import journal as audit

from .database_state import fingerprint, journal_length

ROWS = 50_000

KILLED_IMPORT = """
import sys
from engage_desktop.db import Database
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.users.csv_import import UserImportService

database = Database(sys.argv[1])
ctx = ServiceContext(database.session_factory).acting_as(int(sys.argv[2]))
data = open(sys.argv[3], "rb").read()
print("reading", flush=True)

def report(done, total):
    print(f"written {done}/{total}", flush=True)  # and goes on writing while the parent kills it

UserImportService(ctx).run(data, all_or_nothing=True, filename="big.csv", report=report)
print("committed", flush=True)
"""


def big_csv(path: Path) -> Path:
    lines = ["firstname,lastname,nickname,email,role"]
    lines += [f"Agent{n},Bulk,agent{n},agent{n}@example.com,Agent" for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_killed_import_changes_nothing(admin: Signed, tmp_path: Path) -> None:
    data = big_csv(tmp_path / "big.csv")
    before, events = fingerprint(admin), journal_length(admin)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, admin.db.url, str(admin.user.id), str(data)],
        stdout=subprocess.PIPE,
        text=True,
    )
    seen = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line.strip())
            if line.startswith("written") and len(seen) >= 3:
                break  # mid-way: some chunks flushed, the rest still to write
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(60)
    assert child.returncode == -signal.SIGKILL
    assert "committed" not in seen and any(s.startswith("written") for s in seen), seen
    admin.db.engine.dispose()  # reopen: SQLite rolls back the hot journal, PostgreSQL the transaction
    assert journal_length(admin) == events
    assert fingerprint(admin) == before
    with admin.db.session_factory() as session:
        report = audit.verify_chain(session)
    assert report.ok, report.describe()
