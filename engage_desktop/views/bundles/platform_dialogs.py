"""The small dialogs of File › Plan and apply to a platform account…: what to apply and to which
account, and the account's API token when none is kept for it (saved to the keyring by the
service, never shown back)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.widgets.messages import message_text

SaveConnection = Callable[[str, str], None]


def plain_text_problem(text: str) -> bool:
    """True for a control character, a space, a lone surrogate or what replaced one (U+FFFD, as Qt
    does): never in an address or a token."""
    return any(ord(c) < 0x21 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF or c == "\ufffd" for c in text)


def token_problem(token: str) -> bool:
    """API access tokens are printable ASCII, without spaces (and not a megabyte long)."""
    return len(token) > 4096 or not all(0x21 <= ord(c) < 0x7F for c in token)


def url_problem(url: str) -> str:
    """Empty when `url` looks like an API address (http or https, a host)."""
    scheme, sep, rest = url.partition("://")
    host = rest.split("/", 1)[0]
    if not sep or scheme.lower() not in ("http", "https") or not host or plain_text_problem(url):
        return QCoreApplication.translate(
            "PlatformDialogs", "Give the account's API address, e.g. https://example.com/1.0"
        )
    return ""


def fit_bold_text(button: QPushButton) -> None:
    """A default button is drawn semi-bold (style.qss): room for its text in that weight, so a
    longer translation ("Appliquer") is not clipped."""
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    width = QFontMetrics(bold).horizontalAdvance(button.text().replace("&", "")) + 40
    button.setMinimumWidth(max(button.minimumWidth(), width))


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(highlight);")
    label.hide()
    return label


class PlanSourceDialog(QDialog):
    """The current configuration of this database, or a bundle (folder or .zip); and the account."""

    def __init__(self, account_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planSourceDialog")
        self.setWindowTitle(self.tr("Plan and apply to a platform account"))
        self.setMinimumWidth(520)
        self.local_choice = QRadioButton(self.tr("The current &configuration of this database"))
        self.local_choice.setObjectName("localConfigurationChoice")
        self.bundle_choice = QRadioButton(self.tr("A &bundle (folder or .zip):"))
        self.bundle_choice.setObjectName("bundleChoice")
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.bundle_choice)
        self.local_choice.setChecked(True)
        self.bundle_path = QLineEdit()
        self.bundle_path.setObjectName("bundlePath")
        self.bundle_path.setAccessibleName(self.tr("Bundle folder or file"))
        self.bundle_path.textEdited.connect(lambda _text: self.bundle_choice.setChecked(True))
        self.folder_button = QPushButton(self.tr("&Folder…"))
        self.folder_button.setObjectName("chooseBundleFolder")
        self.folder_button.setAccessibleName(self.tr("Choose a bundle folder"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.file_button = QPushButton(self.tr("&Zip file…"))
        self.file_button.setObjectName("chooseBundleFile")
        self.file_button.setAccessibleName(self.tr("Choose a bundle zip file"))
        self.file_button.clicked.connect(self._choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.bundle_path, 1)
        path_row.addWidget(self.folder_button)
        path_row.addWidget(self.file_button)

        self.account = QLineEdit(account_url)
        self.account.setObjectName("accountUrl")
        self.account.setAccessibleName(self.tr("Account API address"))
        self.account.setPlaceholderText("https://example.com/1.0")
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        self.error = _error_label("planSourceError")
        hint = QLabel(
            self.tr(
                "The plan is computed first and shown for review: nothing is sent to the account "
                "before you press Apply."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = buttons.addButton(self.tr("&Plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.plan_button.setObjectName("planButton")
        self.plan_button.setAccessibleName(self.tr("Compute the plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What to apply:")))
        layout.addWidget(self.local_choice)
        layout.addWidget(self.bundle_choice)
        layout.addLayout(path_row)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.plan_button.setDefault(True)
        fit_bold_text(self.plan_button)

    def source(self) -> Path | None:
        """None for this database's configuration, else the bundle's path."""
        return Path(self.bundle_path.text().strip()) if self.bundle_choice.isChecked() else None

    def account_url(self) -> str:
        return self.account.text().strip().rstrip("/")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a bundle folder"))
        if folder:
            self.bundle_path.setText(folder)
            self.bundle_choice.setChecked(True)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle"), "", self.tr("Bundles (*.zip);;All files (*)")
        )
        if name:
            self.bundle_path.setText(name)
            self.bundle_choice.setChecked(True)

    def problem(self) -> str:
        source = self.source()
        if source is not None and (
            not str(source).strip(".")
            or plain_text_problem(str(source).replace(" ", ""))
            or not source.exists()
        ):
            return self.tr("Choose an existing bundle folder or .zip file.")
        return url_problem(self.account_url())

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class ConnectionDialog(QDialog):
    """The account's address and API token; the token field starts empty and is never filled back.
    Accepted once `save(url, token)` kept them (the service refuses an actor who may not connect)."""

    def __init__(self, account_url: str, save: SaveConnection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.setObjectName("platformConnectionDialog")
        self.setWindowTitle(self.tr("Connect a platform account"))
        self.setMinimumWidth(480)
        self.url = QLineEdit(account_url)
        self.url.setObjectName("connectionUrl")
        self.url.setAccessibleName(self.tr("Account API address"))
        self.url.setPlaceholderText("https://example.com/1.0")
        self.token = QLineEdit()
        self.token.setObjectName("connectionToken")
        self.token.setAccessibleName(self.tr("API access token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("API &address:"), self.url)
        form.addRow(self.tr("API access &token:"), self.token)
        note = QLabel(self.tr("The token is kept in this computer's keyring, never in the database."))
        note.setWordWrap(True)
        self.error = _error_label("connectionError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("connectButton")
        self.save_button.setAccessibleName(self.tr("Keep the token and continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)
        fit_bold_text(self.save_button)
        (self.token if account_url else self.url).setFocus()

    def account_url(self) -> str:
        return self.url.text().strip().rstrip("/")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        problem = url_problem(self.account_url())
        token = self.token.text().strip()
        if not problem and not token:
            problem = self.tr("Give the account's API access token.")
        elif not problem and token_problem(token):
            problem = self.tr(
                "This is not an API access token: it is too long or holds spaces or control characters."
            )
        if problem:
            self.show_error(problem)
            return
        try:
            self.save(self.account_url(), self.token.text().strip())
        except DomainError as exc:
            self.show_error(message_text(exc.message))
            return
        self.token.clear()
        super().accept()
