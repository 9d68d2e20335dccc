"""Sign-in, and the first administrator of an empty database.

The dialog is the console's first window, so it imports nothing heavy: it may open before its
database (the start-up opens it behind the dialog, see `set_database`), and the sign-in service
(SQLAlchemy, argon2) is only imported when a password is submitted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.widgets.form import FormWidget, make_default

if TYPE_CHECKING:
    from engage_desktop.services.access.sign_in import SignedInUser
    from engage_desktop.services.core.context import ServiceContext


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _AccountDialog(QDialog):
    """`ctx` None: the database is still opening; what the user submits meanwhile waits for it."""

    def __init__(
        self,
        ctx: ServiceContext | None,
        database_label: str,
        warning: str = "",
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.signed_in: SignedInUser | None = None
        self.reconnect_requested = False
        self.submit_pending = False
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(
            QLayout.SizeConstraint.SetFixedSize
        )  # follows its content as errors come and go
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.form = FormWidget(self)
        layout.addWidget(self.form)
        self.where = QLabel()
        self.where.setObjectName("fieldHelp")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.warning = QLabel(warning)
        self.warning.setObjectName("warningBanner")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warning))
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton()
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.database_button = QPushButton(self.tr("Database…"))
        self.buttons.addButton(self.database_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.database_button.setVisible(settings is not None)  # after addButton, which shows it
        self.database_button.setAutoDefault(False)
        self.database_button.clicked.connect(self._change_database)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        make_default(self.ok_button)
        self._build()
        self._show_database(database_label)

    def _show_database(self, database_label: str) -> None:
        if self.ctx is None:
            self.where.setText(self.tr("Opening the database…"))
        else:
            self.where.setText(self.tr("Database: %1").replace("%1", database_label))

    def is_waiting_for_database(self) -> bool:
        return self.ctx is None

    def set_database(self, ctx: ServiceContext, database_label: str, warning: str = "") -> None:
        """The database opened behind the dialog; an attempt submitted meanwhile runs now."""
        self.ctx = ctx
        self._show_database(database_label)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        if self.submit_pending:
            self.submit_pending = False
            self.ok_button.setEnabled(True)
            self._submit()

    def _submit(self) -> None:
        self.form.clear_errors()
        if self.ctx is None:
            self.submit_pending = True
            self.ok_button.setEnabled(False)  # one queued attempt is enough
            return
        try:
            self.signed_in = self._attempt()
        except ValidationError as exc:
            self.form.apply_validation_error(exc)
            return
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.accept()

    def _change_database(self) -> None:
        from engage_desktop.views.shell.connection_dialog import ConnectionDialog

        assert self.settings is not None
        if ConnectionDialog(self.settings, self).exec():
            self.reconnect_requested = True
            self.reject()

    def _build(self) -> None:
        """The subclass's fields, title and button text."""
        raise NotImplementedError

    def _attempt(self) -> SignedInUser:
        raise NotImplementedError


class SignInDialog(_AccountDialog):
    def _build(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Engage Desktop"))
        self.heading.setText(self.tr("Sign in"))
        self.intro.setText(self.tr("Use your e-mail address or nickname."))
        self.login = self.form.add_field("login", self.tr("E-mail or nickname"), QLineEdit())
        self.password = self.form.add_field("password", self.tr("Password"), _password_field())
        self.ok_button.setText(self.tr("Sign in"))
        self.login.setFocus()

    def _attempt(self) -> SignedInUser:
        from engage_desktop.services.access import sign_in as auth

        assert self.ctx is not None
        missing: dict[str, str] = {}
        if not self.login.text().strip():
            missing["login"] = self.tr("Enter your e-mail address or nickname.")
        if not self.password.text():
            missing["password"] = self.tr("Enter your password.")
        if missing:
            raise ValidationError.from_errors(missing)  # both at once, not one per attempt
        from engage_desktop.services.settings.password_rules import PasswordExpired

        login, password = self.login.text(), self.password.text()
        try:
            return auth.sign_in(self.ctx, login, password)
        except PasswordExpired:
            from engage_desktop.views.settings.expired_password_dialog import ExpiredPasswordDialog

            change = ExpiredPasswordDialog(self.ctx, login, password, self)
            if not change.exec():
                raise
            return auth.sign_in(self.ctx, login, change.new_password)
        finally:
            self.password.clear()


class FirstAdministratorDialog(_AccountDialog):
    """Shown once, on an empty database: creates the account's first administrator."""

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Welcome — Engage Desktop"))
        self.heading.setText(self.tr("Create the first administrator"))
        self.intro.setText(
            self.tr(
                "This database is empty. The first account you create holds every permission; "
                "you can invite the rest of the team afterwards."
            )
        )
        self.firstname = self.form.add_field("firstname", self.tr("First name"), QLineEdit())
        self.lastname = self.form.add_field("lastname", self.tr("Last name"), QLineEdit())
        self.nickname = self.form.add_field("nickname", self.tr("Nickname"), QLineEdit())
        self.email = self.form.add_field("email", self.tr("E-mail"), QLineEdit())
        self.password = self.form.add_field(
            "password",
            self.tr("Password"),
            _password_field(),
            self.tr("At least 10 characters, including a digit."),
        )
        self.confirm = self.form.add_field("confirm", self.tr("Repeat the password"), _password_field())
        self.ok_button.setText(self.tr("Create and sign in"))
        self.firstname.setFocus()

    def _attempt(self) -> SignedInUser:
        from engage_desktop.services.access import sign_in as auth

        assert self.ctx is not None
        return auth.create_first_administrator(
            self.ctx,
            firstname=self.firstname.text(),
            lastname=self.lastname.text(),
            email=self.email.text(),
            nickname=self.nickname.text(),
            password=self.password.text(),
            password_confirmation=self.confirm.text(),
            signs_in=True,
        )
