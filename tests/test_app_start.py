"""The real start-up path: demo database created, upgraded, filled, signed in, main window shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from engage_desktop.app import AppController
from engage_desktop.services.core import journal as audit
from engage_desktop.services.demo import loader as demo


def test_demo_start_shows_the_users_page_signed_in_as_demo(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, is_demo=True)
    with qtbot.waitSignal(controller.main_window_shown, timeout=60_000):
        assert controller.start()  # the dialog at once; the demo signs in once its database is open
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert (tmp_path / "demo.sqlite3").exists()
    assert window.session.user.nickname == demo.DEMO_LOGIN
    assert window.current_page_key() == "users.users"
    assert controller.database is not None
    with controller.database.session_factory() as session:
        assert audit.verify_chain(session).ok
        signed = audit.find_events(session, audit.JournalFilter(names=("session.created",)), limit=1)
        assert signed[0].user_label == demo.DEMO_LOGIN

    monkeypatch.setattr("engage_desktop.app.QApplication.quit", lambda: None)
    controller.sign_out()
    assert controller.window is None
    with controller.database.session_factory() as session:
        assert audit.find_events(session, audit.JournalFilter(names=("session.destroyed",)), limit=1)


def test_unreachable_database_is_reported_not_raised(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("engage_desktop.app.QMessageBox.critical", lambda _p, _t, text: shown.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, db_url="mysql://nobody@localhost/x")
    assert not controller.start()
    assert "Unsupported database type" in shown[0]


def test_an_older_database_is_upgraded_on_start_and_the_user_told(qtbot, tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from engage_desktop.config import migrations_dir
    from engage_desktop.db import Database

    url = f"sqlite:///{tmp_path}/old.sqlite3"
    old = Database(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    old.dispose()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, db_url=url)
    assert controller.open_database()
    assert "0001" in controller.upgrade_message
    assert controller.database is not None
    assert controller.database.current_revision() in controller.database.head_revisions()


def test_sign_in_offers_to_change_the_database_and_the_saved_address_is_used(qtbot, tmp_path: Path) -> None:
    from engage_desktop.config import SETTINGS_DB_URL
    from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_DB_URL, f"sqlite:///{tmp_path}/first.sqlite3")
    controller = AppController(settings)
    assert controller.open_database()
    dialog = controller.account_dialog()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FirstAdministratorDialog)  # empty database
    assert not dialog.database_button.isHidden()

    settings.setValue(SETTINGS_DB_URL, f"sqlite:///{tmp_path}/second.sqlite3")  # what the dialog saves
    assert controller.open_database()
    assert controller.database is not None
    assert controller.database.url.endswith("second.sqlite3")


def test_without_a_keyring_the_sign_in_dialog_says_so_in_the_interface_language(
    qtbot, qapp, tmp_path: Path
) -> None:
    import keyring
    import keyring.backends.fail

    from engage_desktop.i18n import install_translations

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert install_translations(qapp, "fr") == "fr"
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(settings, db_url=f"sqlite:///{tmp_path}/engage.sqlite3")
        assert controller.open_database()
        dialog = controller.account_dialog()
        qtbot.addWidget(dialog)
        assert dialog.warning.text().startswith("Aucun trousseau système")
        assert str(controller.secrets.fallback_path) in dialog.warning.text()
    finally:
        install_translations(qapp, "en")
        keyring.set_keyring(before)
