"""Asked at sign-in when the password has expired (Security settings): choose a new one, checked
against the password rules and the recent ones, before the console opens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.settings.security import change_expired_password
from engage_desktop.views.widgets.form import FormDialog


class ExpiredPasswordDialog(FormDialog):
    def __init__(
        self, ctx: ServiceContext, login: str, current_password: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, save_text=self.tr("Change and sign in"))
        self.setObjectName("expiredPasswordDialog")
        self.setWindowTitle(self.tr("Password expired"))
        self.ctx, self.login, self.current = ctx, login, current_password
        self.new_password = ""
        intro = QLabel(self.tr("Your password has expired. Choose a new one to sign in."))
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.new_edit = self.form.add_field("new_password", self.tr("New password"), QLineEdit())
        self.new_edit.setObjectName("newPasswordEdit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = self.form.add_field("confirm", self.tr("Repeat it"), QLineEdit())
        self.confirm_edit.setObjectName("confirmPasswordEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.resize(440, 220)
        self.new_edit.setFocus()

    def save(self) -> bool:
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        if new != confirm:
            self.form.show_errors({"confirm": self.tr("The two passwords differ.")})
            return False

        def change() -> bool:
            if not new:
                raise ValidationError("new_password", self.tr("Enter a new password."))
            change_expired_password(self.ctx, self.login, self.current, new)
            return True

        if self.submit(change) is None:
            return False
        self.new_password = new
        return True
