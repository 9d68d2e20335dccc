"""`engage-desktop users import|export` run as real processes on a SQLite file: the actor signs in
(password on stdin or in $ENGAGE_PASSWORD), the service's permission checks and journal apply, and
the exit code says done (0), refused or invalid (1, with each problem's line and column) or usage (2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, Signed
from users_helpers import AGENT_PERMISSIONS, World, build_world, count_users, journal, user_with_role

from engage_desktop.services.users.service import UserService

HEADER = "firstname,lastname,nickname,email,role,teams,locale,timezone,enabled\n"
GOOD = "Bea,Brown,bea,bea@example.com,Agent,Care; Billing,fr,Europe/Paris,1\nCarl,Chen,carl,carl@example.com,Agent,Care,,,\n"
BAD = "Dina,Diaz,dina,not-an-address,Agent,,,,\n"


def run(
    signed: Signed, *args: str, stdin: str = ADMIN_PASSWORD + "\n", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("ENGAGE_ADMIN_PASSWORD", None)
    if not env or "ENGAGE_PASSWORD" not in env:
        environment.pop("ENGAGE_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "engage_desktop", "--db", str(signed.db.engine.url), "users", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture
def world(sqlite_admin: Signed) -> World:
    return build_world(sqlite_admin)


def csv_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agents.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_as_a_signed_in_user(sqlite_admin: Signed, world: World, tmp_path: Path) -> None:
    done = run(sqlite_admin, "import", str(csv_file(tmp_path, HEADER + GOOD)), "--as", "ada@example.com")
    assert done.returncode == 0, done.stderr
    assert "2 user(s) imported." in done.stdout
    assert count_users(sqlite_admin) == 3
    created = journal(sqlite_admin, "user.created")[:2]
    assert {e.user_id for e in created} == {sqlite_admin.user.id}
    assert {e.details["import"] for e in created} == {"agents.csv"}
    names = [e.name for e in journal(sqlite_admin, "session.created", "session.destroyed")[:2]]
    assert names == ["session.destroyed", "session.created"]


def test_problems_are_listed_by_line_and_column(sqlite_admin: Signed, world: World, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + GOOD + BAD + "\n" + "Eve,Evans,eve,eve@example.com,Agent,,,,\n")
    refused = run(sqlite_admin, "import", str(path), "--as", "ada", "--all-or-nothing")
    assert refused.returncode == 1
    assert f"{path}:4:email: “not-an-address” is not a valid e-mail address." in refused.stderr
    assert f"{path}:5:-: The line is empty." in refused.stderr
    assert count_users(sqlite_admin) == 1

    partial = run(sqlite_admin, "import", str(path), "--as", "ada")
    assert partial.returncode == 1 and "3 user(s) imported; 2 line(s) left out." in partial.stdout
    assert count_users(sqlite_admin) == 4


def test_a_dry_run_writes_nothing(sqlite_admin: Signed, world: World, tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + GOOD)
    dry = run(
        sqlite_admin,
        "import",
        str(path),
        "--dry-run",
        "--as",
        "ada",
        stdin="",
        env={"ENGAGE_PASSWORD": ADMIN_PASSWORD},
    )
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: 2 line(s) ready, 0 with problems; nothing was written." in dry.stdout
    assert (
        count_users(sqlite_admin) == 1
        and journal(sqlite_admin, "user.created")[0].details.get("import") is None
    )
    bad = run(sqlite_admin, "import", str(csv_file(tmp_path, HEADER + BAD)), "--dry-run", "--as", "ada")
    assert bad.returncode == 1 and ":2:email:" in bad.stderr and count_users(sqlite_admin) == 1


def test_a_wrong_password_is_refused_and_journaled(
    sqlite_admin: Signed, world: World, tmp_path: Path
) -> None:
    refused = run(
        sqlite_admin, "import", str(csv_file(tmp_path, HEADER + GOOD)), "--as", "ada", stdin="guess\n"
    )
    assert refused.returncode == 1
    assert "error:" in refused.stderr and count_users(sqlite_admin) == 1
    failed = journal(sqlite_admin, "session.failed")
    assert len(failed) == 1 and failed[0].details["reason"] == "wrong password"
    assert "guess" not in repr(failed[0].details)


def test_a_role_lacking_the_permission_is_refused(sqlite_admin: Signed, world: World, tmp_path: Path) -> None:
    clerk = user_with_role(sqlite_admin, "Clerks", [*AGENT_PERMISSIONS, "read_user"], "clerk")
    path = csv_file(tmp_path, HEADER + GOOD)
    imported = run(sqlite_admin, "import", str(path), "--as", clerk.user.email)
    assert imported.returncode == 1 and "create_user" in imported.stderr
    target = tmp_path / "out" / "agents.csv"
    target.parent.mkdir()
    exported = run(sqlite_admin, "export", str(target), "--as", "clerk")
    assert exported.returncode == 1 and "read_export" in exported.stderr
    assert list(target.parent.iterdir()) == [] and count_users(sqlite_admin) == 2
    assert journal(sqlite_admin, "export.requested", "export.created") == []


def test_an_export_neutralises_formulas_and_is_journaled(
    sqlite_admin: Signed, world: World, tmp_path: Path
) -> None:
    UserService(sqlite_admin.ctx).create_user(world.form("eve", firstname='=HYPERLINK("http://x")'))
    target = tmp_path / "agents.csv"
    done = run(
        sqlite_admin,
        "export",
        str(target),
        "--format",
        "excel-fr",
        "--fields",
        "nickname,firstname",
        "--as",
        "ada",
    )
    assert done.returncode == 0, done.stderr
    assert "2 user(s) exported" in done.stdout
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "firstname;nickname"
    assert '"\'=HYPERLINK(""http://x"")";eve' in lines
    created = journal(sqlite_admin, "export.created")
    assert len(created) == 1 and created[0].details["format"] == "excel-fr"
    assert created[0].details["rows"] == 2 and created[0].user_id == sqlite_admin.user.id


@pytest.mark.parametrize(
    "args",
    [
        ("export", "out.csv"),  # no --as
        ("export", "out.csv", "--as", "ada", "--format", "xlsx"),
        ("export", "out.csv", "--as", "ada", "--fields", "nickname,password_hash"),
        ("import", "missing.csv", "--as", "ada"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_with_2(sqlite_admin: Signed, tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(sqlite_admin, *(str(tmp_path / a) if a.endswith(".csv") else a for a in args))
    assert result.returncode == 2, result.stderr
    assert not (tmp_path / "out.csv").exists()
