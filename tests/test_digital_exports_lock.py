"""One runner of automated exports per database, with real processes on SQLite and PostgreSQL:
while another process holds the lock nothing runs here (and `run-due` says so); when the holder is
killed this process takes over; two processes checking at once run a due slot once, not twice."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import Signed
from test_digital_exports_automated import _age, _form
from test_roles_service import journal

from engage_desktop.secrets import SecretStore
from engage_desktop.services.digital.exports_automated import AutomaticExportService
from engage_desktop.services.digital.exports_lock import ExportsDuty, acquire_exports_lock
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys, time
from engage_desktop.db import Database
from engage_desktop.services.digital.exports_lock import acquire_exports_lock
lock = acquire_exports_lock(Database(sys.argv[1]))
print("held" if lock else "busy", flush=True)
time.sleep(600)
"""


def _url(signed: Signed) -> str:
    return signed.db.engine.url.render_as_string(hide_password=False)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def holder(admin: Signed) -> Iterator[subprocess.Popen[str]]:
    """Another console's process holding the automated-exports lock of `admin`'s database."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, _url(admin)], stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    assert ready and process.stdout.readline().strip() == "held"
    yield process
    process.kill()
    process.wait(30)


def _due_task(signed: Signed, folder: Path) -> int:
    task_id = AutomaticExportService(signed.ctx, SecretStore(folder.parent / "secrets.json")).create_task(
        _form(folder, exports={"roles": ()}, hour=0)
    )
    _age(signed, task_id, datetime.now(UTC) - timedelta(days=2))  # two daily slots are due
    return task_id


def test_the_holder_runs_them_and_another_takes_over_when_it_is_killed(
    admin: Signed, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    out = tmp_path / "out"
    _due_task(admin, out)
    duty = ExportsDuty(admin.db, AutomaticExportRunner(admin.ctx, SecretStore(tmp_path / "secrets.json")))
    assert duty.check() is None and not duty.holding
    assert not out.exists() and journal(admin, "automatic_exports_task.succeed") == []

    command = subprocess.run(
        [sys.executable, "-m", "engage_desktop", "exports", "run-due", "--db", _url(admin)],
        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert command.returncode == 0, command.stderr
    assert "Another console (or run-due) runs the automated exports" in command.stdout
    assert not out.exists()

    holder.kill()
    holder.wait(30)
    outcomes = duty.check()
    assert outcomes is not None and duty.holding
    assert [o.ok for o in outcomes] == [True, True]
    assert len(list(out.iterdir())) == 2
    assert acquire_exports_lock(admin.db) is None  # now this process is the holder
    duty.release()
    again = acquire_exports_lock(admin.db)
    assert again is not None
    again.release()


def test_two_processes_checking_at_once_run_each_due_slot_once(admin: Signed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _due_task(admin, out)
    command = [sys.executable, "-m", "engage_desktop", "exports", "run-due", "--db", _url(admin)]
    processes = [
        subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT
        )
        for _ in range(2)
    ]
    printed = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], printed
    runs = sum(stdout.count("Nightly (") for stdout, _ in printed)
    assert runs == 2, printed
    assert len(journal(admin, "automatic_exports_task.succeed")) == 2
    assert len(list(out.iterdir())) == 2


def test_a_slot_already_exported_is_not_exported_again(admin: Signed, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _due_task(admin, out)
    runner = AutomaticExportRunner(admin.ctx, SecretStore(tmp_path / "secrets.json"))
    due = runner.due()
    assert len(due) == 2
    for task_id, slot in due:
        assert runner.run_slot(task_id, slot).ok
    for task_id, slot in due:  # as a second console would with what it read before the first ran
        repeat = runner.run_slot(task_id, slot)
        assert repeat.ok and repeat.files == ()
    assert len(journal(admin, "automatic_exports_task.succeed")) == 2
