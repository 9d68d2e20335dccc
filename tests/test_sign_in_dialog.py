"""Sign-in and first-administrator dialogs driven like a person would."""

from __future__ import annotations

from conftest import ADMIN_PASSWORD, Signed
from PySide6.QtCore import Qt

from engage_desktop.db import Database
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog, SignInDialog


def test_first_administrator_dialog_validates_then_creates(qtbot, sqlite_db: Database) -> None:
    dialog = FirstAdministratorDialog(ServiceContext(sqlite_db.session_factory), "test.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.firstname, "Ada")
    qtbot.keyClicks(dialog.email, "not-an-email")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label("email").isVisible()
    assert dialog.form.error_label("lastname").text() == "Last name is required."
    assert dialog.signed_in is None

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ada@example.com")
    qtbot.keyClicks(dialog.lastname, "Admin")
    qtbot.keyClicks(dialog.nickname, "ada")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.confirm, ADMIN_PASSWORD + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.form.error_label("confirm").text()

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None and dialog.signed_in.role_label == "Administrator"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_sign_in_dialog_refuses_wrong_password_then_accepts(qtbot, sqlite_admin: Signed) -> None:
    dialog = SignInDialog(sqlite_admin.ctx.acting_as(None), "test.sqlite3", warning="No keyring")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, "wrong-password-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is None
    assert "Wrong" in dialog.form.form_error_label.text()
    assert dialog.password.text() == ""  # never left lying in the field

    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is not None and dialog.signed_in.nickname == "ada"
    with sqlite_admin.db.session_factory() as session:
        names = [
            e.name
            for e in audit.find_events(
                session, audit.JournalFilter(names=("session.created", "session.failed"))
            )
        ]
    assert names == ["session.created", "session.failed"]


def test_connection_dialog_refuses_unknown_scheme_and_saves_a_good_address(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from engage_desktop.config import SETTINGS_DB_URL, SETTINGS_LANGUAGE
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.url.setText("mysql://someone@host/db")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)
    assert "Unsupported database type" in dialog.form.error_label("url").text()
    assert settings.value(SETTINGS_DB_URL) is None

    dialog.url.setText(f"sqlite:///{tmp_path}/shared.sqlite3")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=15_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.value(SETTINGS_DB_URL).endswith("shared.sqlite3")
    assert settings.value(SETTINGS_LANGUAGE) == "fr"


def test_sign_in_dialog_grows_to_show_the_error_instead_of_squeezing_the_fields(
    qtbot, sqlite_admin: Signed
) -> None:
    dialog = SignInDialog(sqlite_admin.ctx.acting_as(None), "test.sqlite3", warning="No keyring")
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.height()
    field_height = dialog.login.height()
    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, "wrong-password-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.height() > before)
    assert dialog.login.height() == field_height
    assert dialog.ok_button.width() >= dialog.ok_button.sizeHint().width()  # text whole (text_fit)


def _shown(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_enter_still_submits_after_a_click_that_fails_validation(qtbot, sqlite_admin: Signed) -> None:
    """The click gives the button focus, the error takes it away: the button must stay the default."""
    dialog = SignInDialog(sqlite_admin.ctx.acting_as(None), "test.sqlite3")
    _shown(qtbot, dialog)
    assert dialog.ok_button.isDefault()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_label("login").isVisible()
    assert dialog.login.hasFocus()
    assert dialog.ok_button.isDefault()

    qtbot.keyClicks(dialog.login, "ada")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.signed_in is not None
    assert dialog.result() == dialog.DialogCode.Accepted


def test_sign_in_names_every_missing_field_in_one_round(qtbot, sqlite_admin: Signed) -> None:
    dialog = SignInDialog(sqlite_admin.ctx.acting_as(None), "test.sqlite3")
    _shown(qtbot, dialog)
    qtbot.keyClick(dialog.login, Qt.Key.Key_Return)
    assert dialog.form.error_label("login").isVisible()
    assert dialog.form.error_label("password").isVisible()
    assert dialog.ok_button.isDefault()


def test_first_administrator_checks_every_field_and_the_password_at_once_then_has_signed_in(
    qtbot, sqlite_db: Database
) -> None:
    from sqlalchemy import select

    from engage_desktop.models import User

    dialog = FirstAdministratorDialog(ServiceContext(sqlite_db.session_factory), "test.sqlite3")
    _shown(qtbot, dialog)
    qtbot.keyClicks(dialog.firstname, "Ada")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.confirm, "shorter")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    shown = {name for name in dialog.form.field_names() if dialog.form.error_label(name).isVisible()}
    assert shown == {"lastname", "nickname", "email", "password", "confirm"}
    assert dialog.ok_button.isDefault()

    for field, text in (
        (dialog.lastname, "Admin"),
        (dialog.nickname, "ada"),
        (dialog.email, "ada@example.com"),
    ):
        qtbot.keyClicks(field, text)
    for field in (dialog.password, dialog.confirm):
        field.clear()
        qtbot.keyClicks(field, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.signed_in is not None
    with sqlite_db.session_factory() as session:
        last = session.scalar(select(User.last_sign_in_at).where(User.id == dialog.signed_in.id))
        names = [e.name for e in audit.find_events(session, audit.JournalFilter())]
    assert last is not None  # "Last sign-in" is not "Never" right after signing in
    assert "session.created" in names and "user.created" in names
