"""What a newcomer following the README ran into: one-line errors instead of tracebacks, options
where they are typed, one data folder, and a clear word when there is no display."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from test_cli import cli

from engage_desktop.services.core import errors
from engage_desktop.services.core.errors import translate_storage_error


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


def test_a_data_folder_that_is_a_file_or_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    for folder in (a_file, a_file / "below"):
        result = cli("db", "upgrade", env_extra={"ENGAGE_DATA_DIR": str(folder)})
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [result.stderr.strip()]
        assert f"error: cannot use the folder {folder}:" in result.stderr


ADMIN = ("--email", "root@example.com", "--nickname", "root", "--firstname", "R", "--lastname", "Root")


def test_a_password_prompt_without_a_terminal_says_how_to_give_it(tmp_path: Path) -> None:
    env = {"ENGAGE_DATA_DIR": str(tmp_path)}
    result = cli("create-admin", *ADMIN, env_extra=env)  # stdin is a pipe, not a terminal
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no terminal to ask for the password: use --password-stdin" in result.stderr


def test_a_password_prompt_cancelled_with_ctrl_c_is_one_line(tmp_path: Path) -> None:
    pid, terminal = pty.fork()
    if pid == 0:  # the child, with the pseudo-terminal as its controlling terminal
        os.environ["ENGAGE_DATA_DIR"] = str(tmp_path)
        os.environ.pop("ENGAGE_ADMIN_PASSWORD", None)
        os.execv(sys.executable, [sys.executable, "-m", "engage_desktop", "create-admin", *ADMIN])
    output = _read_until(terminal, b"Password: ")
    os.write(terminal, b"\x03")
    output += _read_until(terminal, None)
    _, status = os.waitpid(pid, 0)
    text = output.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "Traceback" not in text
    assert "error: password prompt cancelled; nothing was done" in text


def _read_until(terminal: int, marker: bytes | None, timeout: float = 60) -> bytes:
    """What the child wrote to its terminal, up to `marker` (None: until it closes)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (marker is None or marker not in seen):
        ready, _, _ = select.select([terminal], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child closed its side
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list\n" * 200)
    for command in (("db", "upgrade"), ("audit", "verify")):
        result = cli(*command, "--db", f"sqlite:///{notes}")
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert f"error: {notes} is not a database" in result.stderr


def test_a_database_in_a_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    target = tmp_path / "afile" / "engage.sqlite3"
    result = cli("db", "upgrade", "--db", f"sqlite:///{target}")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"error: Cannot open the database file {target}: a file is in the way" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_database_says_so_and_names_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/ro/engage.sqlite3"
    assert cli("db", "upgrade", "--db", url).returncode == 0
    (tmp_path / "ro" / "engage.sqlite3").chmod(0o444)
    (tmp_path / "ro").chmod(0o555)
    try:
        result = cli("create-admin", *ADMIN, "--password-stdin", "--db", url, stdin="Sup3r-secret-pw\n")
    finally:
        (tmp_path / "ro").chmod(0o755)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{tmp_path}/ro/engage.sqlite3 is read-only" in result.stderr


def _driver_error(text: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, sqlite3.OperationalError(text))


def test_read_only_and_unopenable_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "engage.sqlite3"
    sqlite3.connect(path).close()
    readonly = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as real:  # SQLite's own words for a read-only file
        readonly.execute("CREATE TABLE t (x)")
    readonly.close()
    said = translate_storage_error(OperationalError("CREATE", {}, real.value), str(path))
    assert said.code == "storage.read_only_at" and str(path) in said.message
    assert translate_storage_error(OperationalError("CREATE", {}, real.value)).code == "storage.read_only"

    unopenable = _driver_error("unable to open database file")
    assert translate_storage_error(unopenable, str(path)).code == "storage.cannot_open_file"
    monkeypatch.setattr(errors.os, "access", lambda _path, _mode: False)  # as for a user, not root
    said = translate_storage_error(unopenable, str(path))
    assert said.code == "storage.read_only_at" and said.message.params == {"path": str(path)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_without_a_display_it_says_how_to_run_headless(tmp_path: Path) -> None:
    env = {**os.environ, "ENGAGE_DATA_DIR": str(tmp_path)}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "engage_desktop", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "xcb" not in result.stderr
    assert "No display: run it under xvfb-run (xvfb-run .venv/bin/engage-desktop --demo)" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert not (tmp_path / "demo.sqlite3").exists()  # it stopped before opening anything


def _save_address(settings: Path, url: str) -> None:
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[database]\nurl={url}\n")


def test_one_data_folder_one_precedence(tmp_path: Path) -> None:
    data, home = tmp_path / "data", tmp_path / "home"
    isolated = {"ENGAGE_DATA_DIR": str(data), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    # An address saved in the usual settings place no longer wins over ENGAGE_DATA_DIR...
    _save_address(
        home / ".config" / "EngageDesktop" / "Engage Desktop.conf", f"sqlite:///{tmp_path}/home.sqlite3"
    )
    default = cli("db", "upgrade", env_extra=isolated)
    assert default.returncode == 0, default.stderr
    assert f"{data}/engage.sqlite3" in default.stdout
    # ...the one saved in the data folder's own settings does.
    _save_address(data / "EngageDesktop" / "Engage Desktop.conf", f"sqlite:///{tmp_path}/saved.sqlite3")
    saved = cli("db", "upgrade", env_extra=isolated)
    assert f"{tmp_path}/saved.sqlite3" in saved.stdout, saved.stderr
    from_env = cli(
        "db", "upgrade", env_extra={**isolated, "ENGAGE_DB_URL": f"sqlite:///{tmp_path}/env.sqlite3"}
    )
    assert f"{tmp_path}/env.sqlite3" in from_env.stdout, from_env.stderr
    given = cli(
        "db",
        "upgrade",
        "--db",
        f"sqlite:///{tmp_path}/given.sqlite3",
        env_extra={**isolated, "ENGAGE_DB_URL": f"sqlite:///{tmp_path}/env.sqlite3"},
    )
    assert f"{tmp_path}/given.sqlite3" in given.stdout, given.stderr
    assert not (tmp_path / "home.sqlite3").exists()


def test_help_says_the_precedence_and_the_folder() -> None:
    text = " ".join(cli("--help").stdout.split())
    assert "--db URL, $ENGAGE_DB_URL, the address saved in the settings" in text
    assert "$ENGAGE_DATA_DIR names one folder for everything" in text


def test_the_console_keeps_its_settings_and_secrets_in_the_data_folder(tmp_path: Path) -> None:
    probe = (
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from engage_desktop import APP_NAME, ORG_NAME\n"
        "from engage_desktop.cli import keep_settings_in_data_folder, open_settings\n"
        "from engage_desktop.secrets import SecretStore\n"
        "keep_settings_in_data_folder()\n"
        "QCoreApplication.setOrganizationName(ORG_NAME); QCoreApplication.setApplicationName(APP_NAME)\n"
        "for s in (QSettings(), QSettings(ORG_NAME, APP_NAME), open_settings()): print(s.fileName())\n"
        "print(SecretStore().fallback_path)\n"
    )
    env = {**os.environ, "ENGAGE_DATA_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "elsewhere")}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    *settings, secrets = result.stdout.splitlines()
    assert len(set(settings)) == 1 and settings[0].startswith(f"{tmp_path}/"), settings
    assert secrets == f"{tmp_path}/secrets-fallback.json"
