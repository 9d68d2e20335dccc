"""Start-up: the first window comes before anything heavy is imported, the database opens behind it,
and nothing past the dialog is shown to someone who did not sign in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, Signed
from PySide6.QtCore import QSettings, Qt

from engage_desktop.app import AppController
from engage_desktop.views.shell import navigation_map
from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog, SignInDialog

ROOT = Path(__file__).resolve().parent.parent
OPENING_TIMEOUT_MS = 60_000  # a loaded CI machine; the tests wait for a signal, not this long

# Imported on first use only: the database stack, password hashing, the keyring, migrations, the
# asyncio bridge, the signed-in session and the main window.
HEAVY = (
    "sqlalchemy",
    "argon2",
    "alembic",
    "keyring",
    "psycopg",
    "qasync",
    "engage_desktop.db",
    "engage_desktop.models",
    "engage_desktop.secrets",
    "engage_desktop.services.access.sign_in",
    "engage_desktop.services.app_session",
    "engage_desktop.services.demo.loader",
    "engage_desktop.views.shell.main_window",
    "engage_desktop.views.shell.navigation_bar",
)


def _page_modules() -> list[str]:
    return sorted({p.factory.partition(":")[0] for p in navigation_map.all_pages() if p.factory})


def _imported_in_a_fresh_process(code: str, tmp_path: Path) -> list[str]:
    """Runs `code`, then lists which heavy modules (and page modules) the process has imported."""
    probe = f"""
import json, sys
{code}
watched = {json.dumps([*HEAVY, *_page_modules()])}
print(json.dumps([name for name in watched if name in sys.modules]))
"""
    env = {**os.environ, "ENGAGE_DATA_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("ENGAGE_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_importing_the_entry_points_imports_nothing_heavy(tmp_path: Path) -> None:
    assert _page_modules(), "the navigation map names its pages"
    imported = _imported_in_a_fresh_process(
        "import engage_desktop.cli, engage_desktop.app, engage_desktop.views.shell.sign_in_dialog",
        tmp_path,
    )
    assert imported == []


def test_the_first_window_is_up_before_anything_heavy_is_imported(tmp_path: Path) -> None:
    imported = _imported_in_a_fresh_process(
        f"""
from PySide6.QtCore import QSettings
from engage_desktop.app import AppController, create_application
app = create_application()
controller = AppController(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
assert controller.start()
assert controller.dialog is not None and controller.dialog.isVisible()
assert controller.dialog.is_waiting_for_database()
""",
        tmp_path,
    )
    assert imported == []


def _controller(tmp_path: Path, url: str) -> AppController:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppController(settings, db_url=url)


def test_a_password_typed_while_the_database_opens_signs_in_once_it_is_open(
    qtbot, tmp_path: Path, sqlite_admin: Signed
) -> None:
    controller = _controller(tmp_path, sqlite_admin.db.url)
    assert controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.is_waiting_for_database()
    assert controller.window is None
    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(controller.main_window_shown, timeout=OPENING_TIMEOUT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # before the database is there: waits
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.session.user.nickname == "ada"
    assert window.current_page_key() == navigation_map.DEFAULT_PAGE
    assert controller.dialog is None
    controller.stop()


def test_a_wrong_password_shows_nothing_past_the_dialog(qtbot, tmp_path: Path, sqlite_admin: Signed) -> None:
    controller = _controller(tmp_path, sqlite_admin.db.url)
    assert controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    assert not dialog.is_waiting_for_database()
    assert "Database:" in dialog.where.text()
    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, "wrong-password-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "Wrong" in dialog.form.form_error_label.text()
    assert controller.window is None and controller.dialog is dialog and dialog.isVisible()
    controller.stop()


def test_a_database_not_created_yet_asks_for_the_first_administrator(qtbot, tmp_path: Path) -> None:
    controller = _controller(tmp_path, f"sqlite:///{tmp_path}/new.sqlite3")
    assert controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, FirstAdministratorDialog)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    assert controller.dialog is dialog  # the guess was right: no second dialog
    controller.stop()


def test_an_empty_database_file_swaps_in_the_first_administrator_dialog(qtbot, tmp_path: Path) -> None:
    from engage_desktop.db import Database

    url = f"sqlite:///{tmp_path}/empty.sqlite3"
    Database(url).upgrade()  # the file exists, with no user
    controller = _controller(tmp_path, url)
    assert controller.start()
    assert isinstance(controller.dialog, SignInDialog)
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    assert isinstance(controller.dialog, FirstAdministratorDialog)
    qtbot.addWidget(controller.dialog)
    assert controller.dialog.isVisible() and not controller.dialog.is_waiting_for_database()
    controller.stop()


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr("engage_desktop.app.QApplication.quit", lambda: calls.append(True))
    return calls


def test_cancelling_the_first_dialog_ends_the_application_with_an_error_status(
    qtbot, tmp_path: Path, sqlite_admin: Signed, quits: list[bool]
) -> None:
    controller = _controller(tmp_path, sqlite_admin.db.url)
    assert controller.start()
    assert controller.dialog is not None
    controller.dialog.reject()
    assert quits and controller.exit_code == 1
    controller.stop()


def test_a_database_that_cannot_be_opened_is_reported_and_ends_the_application(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quits: list[bool]
) -> None:
    from sqlalchemy import text

    from engage_desktop.db import Database

    url = f"sqlite:///{tmp_path}/newer.sqlite3"
    newer = Database(url)
    newer.upgrade()
    with newer.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    newer.dispose()
    shown: list[str] = []
    monkeypatch.setattr("engage_desktop.app.QMessageBox.critical", lambda _p, _t, text: shown.append(text))
    controller = _controller(tmp_path, url)
    assert controller.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=OPENING_TIMEOUT_MS)
    assert "newer version" in shown[0]
    assert quits and controller.exit_code == 1
    assert controller.dialog is None and controller.window is None


def test_the_demo_dialog_signs_in_by_itself_and_offers_no_other_database(
    qtbot, tmp_path: Path, quits: list[bool]
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, is_demo=True)
    assert controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.is_waiting_for_database()
    assert dialog.database_button.isHidden()
    assert not dialog.form.isEnabled() and not dialog.ok_button.isEnabled()
    dialog.reject()  # before its database opening began: it never will
    assert quits and controller.exit_code == 1
    controller.stop()


def test_another_database_chosen_in_the_dialog_is_opened_behind_a_new_one(
    qtbot, tmp_path: Path, sqlite_admin: Signed
) -> None:
    from engage_desktop.config import SETTINGS_DB_URL

    controller = _controller(tmp_path, sqlite_admin.db.url)
    assert controller.start()
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    first = controller.dialog
    assert first is not None and controller.database is not None
    controller.settings.setValue(SETTINGS_DB_URL, f"sqlite:///{tmp_path}/other.sqlite3")  # as saved
    first.reconnect_requested = True
    first.reject()
    second = controller.dialog
    assert isinstance(second, FirstAdministratorDialog) and second is not first
    qtbot.addWidget(second)
    assert second.is_waiting_for_database()  # nothing typed here reaches the old database
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    assert controller.database.url.endswith("other.sqlite3")
    assert not second.is_waiting_for_database()
    controller.stop()


def test_a_main_window_that_fails_to_open_is_reported_and_ends_the_application(
    qtbot, tmp_path: Path, sqlite_admin: Signed, monkeypatch: pytest.MonkeyPatch, quits: list[bool]
) -> None:
    def broken(_self: object, _user: object) -> None:
        raise ImportError("cannot import name 'Page'")

    shown: list[str] = []
    monkeypatch.setattr("engage_desktop.app.QMessageBox.critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(AppController, "show_main_window", broken)
    controller = _controller(tmp_path, sqlite_admin.db.url)
    assert controller.start()
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_TIMEOUT_MS):
        pass
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert shown == ["cannot import name 'Page'"]
    assert quits and controller.exit_code == 1
    controller.stop()
