"""`engage-desktop bundle export|import|diff` as real processes on a SQLite file: the actor signs
in like `users import` (password on stdin or $ENGAGE_PASSWORD), a wrong password or a missing
permission is refused with nothing written, and the exit code says done (0), refused (1), usage
(2) or differences found (3)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bundle_helpers import every_resource
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select

from engage_desktop.models import AuditEvent
from engage_desktop.services.bundles.bundle_format import write_bundle


def run(signed: Signed, *args: str, stdin: str = ADMIN_PASSWORD + "\n", env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    environment = {**os.environ, **(env or {})}
    if not env or "ENGAGE_PASSWORD" not in env:
        environment.pop("ENGAGE_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "engage_desktop", "--db", str(signed.db.engine.url), "bundle", *args],
        input=stdin, capture_output=True, text=True, env=environment, timeout=180,
    )  # fmt: skip


def journal(signed: Signed) -> list[str]:
    with signed.db.session_factory() as session:
        return list(session.scalars(select(AuditEvent.name).order_by(AuditEvent.seq)))


def test_export_signs_in_and_is_journaled(sqlite_admin: Signed, tmp_path: Path) -> None:
    done = run(sqlite_admin, "export", str(tmp_path / "b.zip"), "--as", "ada@example.com")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "b.zip").is_file()
    assert journal(sqlite_admin)[-3:] == ["session.created", "bundle.exported", "session.destroyed"]


def test_wrong_password_is_refused_and_writes_nothing(sqlite_admin: Signed, tmp_path: Path) -> None:
    done = run(sqlite_admin, "export", str(tmp_path / "b"), "--as", "ada@example.com", stdin="wrong\n")
    assert done.returncode == 1
    assert not (tmp_path / "b").exists()
    assert journal(sqlite_admin)[-1] == "session.failed"


def test_password_from_the_environment(sqlite_admin: Signed, tmp_path: Path) -> None:
    done = run(sqlite_admin, "export", str(tmp_path / "b"), "--as", "ada", stdin="",
               env={"ENGAGE_PASSWORD": ADMIN_PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_without_as_the_command_is_refused_as_usage(sqlite_admin: Signed, tmp_path: Path) -> None:
    done = run(sqlite_admin, "export", str(tmp_path / "b"))
    assert done.returncode == 2 and "--as EMAIL is required" in done.stderr


def test_a_user_without_permission_cannot_export(sqlite_admin: Signed, tmp_path: Path) -> None:
    from test_roles_service import user_with_role

    user_with_role(sqlite_admin, "Reader", ["read_user"], "reader")
    done = run(sqlite_admin, "export", str(tmp_path / "b"), "--as", "reader@example.com")
    assert done.returncode == 1 and "update_settings" in done.stderr
    assert not (tmp_path / "b").exists()


def test_import_into_a_workspace_then_diff(sqlite_admin: Signed, tmp_path: Path) -> None:
    write_bundle(every_resource(), tmp_path / "every")
    workspace = tmp_path / "ws.sqlite3"
    done = run(sqlite_admin, "import", str(tmp_path / "every"), "--workspace", str(workspace), "--as", "ada")
    assert done.returncode == 0, done.stderr
    same = run(sqlite_admin, "diff", str(tmp_path / "every"), str(tmp_path / "every"))
    assert (same.returncode, same.stdout.strip()) == (0, "No differences.")
    local = run(sqlite_admin, "diff", str(tmp_path / "every"), "--as", "ada")
    assert local.returncode == 3
    assert "tags: 1 added, 0 removed, 0 changed" in local.stdout and "+ VIP" in local.stdout


def test_a_broken_bundle_prints_each_problem(sqlite_admin: Signed, tmp_path: Path) -> None:
    write_bundle(every_resource(), tmp_path / "b")
    (tmp_path / "b" / "tags.json").write_text('{"records": [{"id": "x", "name": 3}]}')
    done = run(sqlite_admin, "import", str(tmp_path / "b"), "--merge", "--as", "ada")
    assert done.returncode == 1
    assert "tags.json: checksum does not match the manifest" in done.stderr
