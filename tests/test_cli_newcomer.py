"""What a newcomer following the README ran into: one-line errors instead of tracebacks, options
where they are typed, one data folder, and a clear word when there is no display."""

from __future__ import annotations

from pathlib import Path

from test_cli import cli


def test_db_and_demo_are_accepted_after_the_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/after.sqlite3"
    after = cli("db", "upgrade", "--db", url)
    assert after.returncode == 0, after.stderr
    assert "schema upgraded from empty" in after.stderr
    before = cli("--db", url, "db", "upgrade")  # the global option still works
    assert before.returncode == 0 and f"{tmp_path}/after.sqlite3" in before.stdout
    verify = cli("audit", "verify", "--db", url)
    assert verify.returncode == 0, verify.stderr
    demo = cli("db", "upgrade", "--demo", env_extra={"ENGAGE_DATA_DIR": str(tmp_path / "data")})
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "data" / "demo.sqlite3").is_file()
