"""The database address in the settings, and the files that hold secrets, are owner-only.

The connection dialog keeps a PostgreSQL password in the keyring (key
`database:<user>@<host>:<port>/<db>`) and only the address without it in the settings file (0600);
the console and the CLI put the password back when they open the saved address. The SQLite file,
the data folder and the fallback secrets file are created owner-only, and a leftover temporary file
is never reused.
"""

from __future__ import annotations

import os
import secrets
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import psycopg
import pytest
from conftest import MemoryKeyring
from pg_server import PostgresServer
from psycopg import sql
from PySide6.QtCore import QSettings
from sqlalchemy import make_url

from engage_desktop import APP_NAME, ORG_NAME
from engage_desktop.config import SETTINGS_DB_URL, data_dir
from engage_desktop.secrets import FALLBACK_FILE, SecretStore

REPO = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def password_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A database owned by a role that must give its password (scram), even on a trust server."""
    admin = make_url(postgres_server.new_database())
    role, password = f"engage_pw_{secrets.token_hex(4)}", f"Pg-{secrets.token_hex(8)}"
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
        )
        conn.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(admin.database), sql.Identifier(role)
            )
        )
        conn.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(role)))
        hba = Path(str(conn.execute(sql.SQL("SHOW hba_file")).fetchone()[0]))  # type: ignore[index]
        rule = f"host all {role} 0.0.0.0/0 scram-sha-256\n"
        try:
            with hba.open("r+") as handle:  # first match wins: before the trust lines
                content = handle.read()
                handle.seek(0)
                handle.write(rule + content)
        except OSError as exc:
            pytest.skip(f"cannot make the test server ask for a password ({exc})")
        conn.execute(sql.SQL("SELECT pg_reload_conf()"))
    url = admin.set(username=role, password=password)
    without = url._replace(drivername="postgresql", password=None).render_as_string()
    deadline = time.monotonic() + 10  # the server reloads its rules when the signal arrives
    while True:
        try:
            psycopg.connect(without).close()
        except psycopg.OperationalError:
            break  # the password is really needed
        assert time.monotonic() < deadline, "the server still lets this role in without a password"
        time.sleep(0.1)
    yield url.render_as_string(hide_password=False)


def settings_at(folder: Path) -> QSettings:
    """The file QSettings(ORG_NAME, APP_NAME) reads with XDG_CONFIG_HOME=folder."""
    return QSettings(str(folder / ORG_NAME / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)


def save_in_dialog(qtbot, settings: QSettings, url: str):  # type: ignore[no-untyped-def]
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.form.error_label("url").text()
    return dialog


def test_saved_postgres_password_goes_to_the_keyring_and_back(
    qtbot, tmp_path: Path, password_url: str, memory_keyring: MemoryKeyring
) -> None:
    from engage_desktop.app import AppController, open_database_at

    url = make_url(password_url)
    settings = settings_at(tmp_path)
    save_in_dialog(qtbot, settings, password_url)
    settings_file = Path(settings.fileName())
    assert url.password is not None and url.password.encode() not in settings_file.read_bytes()
    assert mode(settings_file) == 0o600
    assert settings.value(SETTINGS_DB_URL) == url._replace(password=None).render_as_string()
    key = f"database:{url.username}@{url.host}:{url.port}/{url.database}"
    assert memory_keyring.store[("engage-desktop", key)] == url.password

    # The console opens the saved address with the password from the keyring.
    opened = open_database_at(AppController(settings).database_url(), False)
    try:
        assert opened.database.current_revision()
    finally:
        opened.database.dispose()

    # The dialog shows the address without the password, and saving it again still works.
    dialog = save_in_dialog(qtbot, settings, settings.value(SETTINGS_DB_URL))
    assert url.password not in dialog.url.text()
    assert memory_keyring.store[("engage-desktop", key)] == url.password
    assert url.password.encode() not in settings_file.read_bytes()


def test_cli_connects_with_the_saved_address_and_the_fallback_secret(
    qtbot, tmp_path: Path, password_url: str
) -> None:
    url = make_url(password_url)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # no keyring: the owner-only file
    settings = settings_at(data_dir())  # ENGAGE_DATA_DIR (conftest) holds the settings too
    save_in_dialog(qtbot, settings, password_url)
    fallback = data_dir() / FALLBACK_FILE
    assert mode(fallback) == 0o600
    assert url.password is not None and url.password.encode() not in Path(settings.fileName()).read_bytes()
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),  # not read: ENGAGE_DATA_DIR is set
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "engage_desktop", "db", "upgrade"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"{url.username}:***@" in done.stdout and "is at schema" in done.stdout
    assert url.password not in done.stdout + done.stderr


def test_settings_file_is_made_owner_only(qtbot, tmp_path: Path) -> None:
    settings = settings_at(tmp_path)
    settings.setValue("window/geometry", "x")
    settings.sync()
    Path(settings.fileName()).chmod(0o644)  # written by an older version
    save_in_dialog(qtbot, settings, f"sqlite:///{tmp_path}/shared.sqlite3")
    assert mode(Path(settings.fileName())) == 0o600


def test_sqlite_file_and_data_folder_are_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from engage_desktop.app import open_database_at
    from engage_desktop.config import default_database_url

    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "new-data"))
    url = default_database_url()
    assert mode(tmp_path / "new-data") == 0o700
    opened = open_database_at(url, False)
    try:
        files = list((tmp_path / "new-data").glob("engage.sqlite3*"))
        assert files and all(mode(path) == 0o600 for path in files), {p.name: oct(mode(p)) for p in files}
    finally:
        opened.database.dispose()


def test_fallback_secrets_never_reuse_a_leftover_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / FALLBACK_FILE
    path.parent.mkdir()
    leftovers = [path.with_suffix(".tmp"), path.with_name(f".{path.name}.{os.getpid()}.tmp")]
    for leftover in leftovers:
        leftover.write_text("{}")
        leftover.chmod(0o666)
    store = SecretStore(fallback_path=path)
    store.uses_keyring = False
    store.set("database:someone@db:5432/engage", "pw-1")
    assert mode(path) == 0o600
    assert store.get("database:someone@db:5432/engage") == "pw-1"
    assert not leftovers[1].exists()
    store.delete("database:someone@db:5432/engage")
    assert mode(path) == 0o600 and store.get("database:someone@db:5432/engage") is None


def test_password_saved_by_an_earlier_version_moves_to_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from engage_desktop.app import move_saved_database_password

    settings = settings_at(tmp_path)
    settings.setValue(SETTINGS_DB_URL, "postgresql+psycopg://ops:Old-Pw@db.example:6543/engage")
    settings.sync()
    move_saved_database_password(settings)
    assert settings.value(SETTINGS_DB_URL) == "postgresql+psycopg://ops@db.example:6543/engage"
    assert b"Old-Pw" not in Path(settings.fileName()).read_bytes()
    assert memory_keyring.store[("engage-desktop", "database:ops@db.example:6543/engage")] == "Old-Pw"
    from engage_desktop.secrets import restore_database_password

    assert restore_database_password(str(settings.value(SETTINGS_DB_URL))) == (
        "postgresql+psycopg://ops:Old-Pw@db.example:6543/engage"
    )


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("locked")


def test_keyring_refusing_the_database_password_saves_nothing(
    qtbot, tmp_path: Path, password_url: str
) -> None:
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog

    keyring.set_keyring(RefusingKeyring())
    settings = settings_at(tmp_path)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.url.setText(password_url)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "keyring refused" in dialog.form.error_label("url").text()
    assert settings.value(SETTINGS_DB_URL) is None
