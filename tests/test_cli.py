"""The command line, run as a real process: db upgrade, create-admin, audit verify."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text


def cli(
    *args: str, stdin: str = "", env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    env.pop("ENGAGE_ADMIN_PASSWORD", None)
    return subprocess.run(
        [sys.executable, "-m", "engage_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_help_lists_the_commands() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for word in ("db", "audit", "create-admin", "--demo"):
        assert word in result.stdout


def test_upgrade_create_admin_and_verify(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    first = cli("--db", url, "db", "upgrade")
    assert first.returncode == 0, first.stderr
    assert "schema upgraded from empty" in first.stderr
    again = cli("--db", url, "db", "upgrade")
    assert again.returncode == 0 and "upgraded" not in again.stderr

    created = cli(
        "--db",
        url,
        "create-admin",
        "--email",
        "root@example.com",
        "--nickname",
        "root",
        "--firstname",
        "Rita",
        "--lastname",
        "Root",
        "--password-stdin",
        stdin="Sup3r-secret-pw\n",
    )
    assert created.returncode == 0, created.stderr
    assert "Administrator root" in created.stdout
    second = cli(
        "--db",
        url,
        "create-admin",
        "--email",
        "b@example.com",
        "--nickname",
        "b",
        "--firstname",
        "B",
        "--lastname",
        "B",
        "--password-stdin",
        stdin="Sup3r-secret-pw\n",
    )
    assert second.returncode == 2 and "already exists" in second.stderr

    ok = cli("--db", url, "audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        bad_id = conn.execute(text("SELECT id FROM audit_events ORDER BY seq LIMIT 1 OFFSET 2")).scalar()
        conn.execute(text("UPDATE audit_events SET workstation = 'elsewhere' WHERE id = :id"), {"id": bad_id})
    engine.dispose()
    broken = cli("--db", url, "audit", "verify")
    assert broken.returncode == 1
    assert f"event id {bad_id}" in broken.stdout


def test_bad_admin_input_is_reported_per_field(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/cli.sqlite3"
    result = cli(
        "--db",
        url,
        "create-admin",
        "--email",
        "nope",
        "--nickname",
        "x",
        "--firstname",
        "X",
        "--lastname",
        "Y",
        "--password-stdin",
        stdin="short\n",
    )
    assert result.returncode == 2
    assert "email:" in result.stderr


def test_unknown_scheme_is_refused(tmp_path: Path) -> None:
    result = cli("--db", "mysql://u@localhost/x", "db", "upgrade")
    assert result.returncode == 2
    assert "Unsupported database type" in result.stderr


def test_without_db_the_address_saved_by_the_console_is_used(tmp_path: Path) -> None:
    """In the data folder's settings with ENGAGE_DATA_DIR, in the user's config folder without."""
    from engage_desktop import APP_NAME, ORG_NAME

    places = {
        "data folder": (tmp_path / "data", {"ENGAGE_DATA_DIR": str(tmp_path / "data")}),
        "config folder": (
            tmp_path / "config",
            {
                "ENGAGE_DATA_DIR": "",
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "XDG_DATA_HOME": str(tmp_path / "share"),
            },
        ),
    }
    for name, (folder, env) in places.items():
        conf = folder / ORG_NAME / f"{APP_NAME}.conf"
        conf.parent.mkdir(parents=True)
        target = tmp_path / f"saved-in-{name.replace(' ', '-')}.sqlite3"
        conf.write_text(f"[database]\nurl=sqlite:///{target}\n", encoding="utf-8")
        result = cli("db", "upgrade", env_extra={**env, "ENGAGE_DB_URL": ""})
        assert result.returncode == 0, result.stderr
        assert target.name in result.stdout, name
        assert target.exists()
