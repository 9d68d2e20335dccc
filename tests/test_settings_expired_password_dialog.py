"""Sign-in with an expired password (real dialogs, SQLite): the console asks for a new one, refuses
one that breaks the rules or was just used, then signs in with the new one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import ADMIN_PASSWORD, Signed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import update
from test_widgets import answer_next_modal

from engage_desktop.models import User
from engage_desktop.services.settings.security import SecurityForm, SecuritySettingsService
from engage_desktop.views.settings.expired_password_dialog import ExpiredPasswordDialog
from engage_desktop.views.shell.sign_in_dialog import SignInDialog


def test_expired_password_is_changed_at_sign_in(qtbot, sqlite_admin: Signed) -> None:
    SecuritySettingsService(sqlite_admin.ctx).update_security_settings(
        SecurityForm(
            expire_password_enabled=True, expire_password_after=30, password_archivable_enabled=True
        ),
        acknowledged=True,
    )
    with sqlite_admin.db.session_factory() as session, session.begin():
        session.execute(update(User).values(password_changed_at=datetime.now(UTC) - timedelta(days=31)))
    seen: dict[str, str] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ExpiredPasswordDialog)
        dialog.new_edit.setText(ADMIN_PASSWORD)  # the same again: refused (no reuse)
        dialog.confirm_edit.setText(ADMIN_PASSWORD)
        dialog.save_button.click()
        seen["reuse"] = dialog.form.error_label("new_password").text()
        dialog.new_edit.setText("short")
        dialog.confirm_edit.setText("shorter")
        dialog.save_button.click()
        seen["differ"] = dialog.form.error_label("confirm").text()
        dialog.new_edit.setText("Juniper-Canyon-58")
        dialog.confirm_edit.setText("Juniper-Canyon-58")
        dialog.save_button.click()

    sign_in = SignInDialog(sqlite_admin.ctx.acting_as(None), "test.sqlite3")
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.keyClicks(sign_in.login, "ada")
    qtbot.keyClicks(sign_in.password, ADMIN_PASSWORD)
    answer_next_modal(choose)
    qtbot.keyClick(sign_in.password, Qt.Key.Key_Return)
    assert "last" in seen["reuse"] and seen["differ"]
    assert sign_in.signed_in is not None and sign_in.signed_in.id == sqlite_admin.user.id
