"""Where the console's data lives (SQLite file or a shared PostgreSQL) and its language.

A PostgreSQL password goes to the keyring; the settings file (owner-only) keeps the address
without it, and the console and the CLI put it back when they open the address. The connection is
tested on a worker thread (a server that does not answer must not freeze the window), and a
failure is shown next to the field to fix: server name, port, TLS, user or password, database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.config import SETTINGS_DB_URL, SETTINGS_LANGUAGE, default_database_url, make_owner_only
from engage_desktop.services.access.connection_check import (
    ConnectionCheck,
    PostgresAddress,
    check_connection,
    with_typed_password,
)
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.progress_dialog import CancelToken, JobThread

# Where a problem found by the check is shown: the service's field names → this dialog's fields.
_FIELDS = {
    "address": "url",
    "host": "host",
    "port": "host",  # the port shares the server's row
    "database": "database",
    "user": "user",
    "password": "user",  # the password shares the user's row
    "tls": "tls",
}


class ConnectionDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._check_thread: JobThread | None = None
        self._save_after_check = False
        self.last_check: ConnectionCheck | None = None
        self.setWindowTitle(self.tr("Database and language"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Keep the built-in SQLite file for one workstation. To share one configuration between "
                "workstations, connect them all to the same PostgreSQL database. ENGAGE_DB_URL, when "
                "set, overrides this setting."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.local_choice = QRadioButton(self.tr("On this computer (built-in SQLite file)"))
        self.shared_choice = QRadioButton(self.tr("On a shared PostgreSQL server"))
        choices = QButtonGroup(self)
        for button in (self.local_choice, self.shared_choice):
            choices.addButton(button)
            layout.addWidget(button)
        self.server_box = QGroupBox(self.tr("PostgreSQL server"))
        server_layout = QVBoxLayout(self.server_box)
        server_layout.setContentsMargins(12, 2, 12, 2)
        self.server_form = FormWidget(self.server_box)
        # Server and port share a row: the dialog must fit a 640 px high screen in French.
        server_row = QWidget()
        server_row_layout = QHBoxLayout(server_row)
        server_row_layout.setContentsMargins(0, 0, 0, 0)
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.org")
        self.host.setAccessibleName(self.tr("Server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setAccessibleName(self.tr("Port"))
        port_label = QLabel(self.tr("Port"))
        port_label.setBuddy(self.port)
        server_row_layout.addWidget(self.host, 1)
        server_row_layout.addWidget(port_label)
        server_row_layout.addWidget(self.port)
        self.server_form.add_field("host", self.tr("Server"), server_row)
        self.database = self.server_form.add_field("database", self.tr("Database"), QLineEdit())
        self.database.setPlaceholderText("engage")
        sign_in_row = QWidget()
        sign_in_layout = QHBoxLayout(sign_in_row)
        sign_in_layout.setContentsMargins(0, 0, 0, 0)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User"))
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("Password"))
        password_label = QLabel(self.tr("Password"))
        password_label.setBuddy(self.password)
        sign_in_layout.addWidget(self.user, 1)
        sign_in_layout.addWidget(password_label)
        sign_in_layout.addWidget(self.password, 1)
        self.server_form.add_field(
            "user",
            self.tr("User"),
            sign_in_row,
            self.tr("The password is kept in the system keyring, never in the settings file."),
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = self.server_form.add_field("tls", self.tr("TLS"), QComboBox())
        self.tls.addItem(self.tr("Off"), "disable")
        self.tls.addItem(self.tr("When the server offers it"), "prefer")
        self.tls.addItem(self.tr("Required"), "require")
        self.tls.addItem(self.tr("Required, with the server's certificate checked"), "verify-full")
        self.tls.setCurrentIndex(self.tls.findData("require"))
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Certificate authority file (.pem)"))
        self.ca_file.setAccessibleName(self.tr("Certificate authority file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setToolTip(self.tr("Choose the certificate authority file"))
        browse.clicked.connect(self._choose_ca_file)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(browse)
        self.server_form.add_field("ca_file", self.tr("CA file"), ca_row)
        self.ca_browse = browse
        server_layout.addWidget(self.server_form)
        layout.addWidget(self.server_box)

        self.form = FormWidget(self)
        self.url = QLineEdit()
        self.url.setPlaceholderText(default_database_url())
        self.form.add_field(
            "url",
            self.tr("Database address"),
            self.url,
            self.tr("Filled in from the fields above; an address typed here fills them in."),
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        current = str(settings.value(SETTINGS_LANGUAGE, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.form.add_field(
            "language",
            self.tr("Language"),
            self.language,
            self.tr("Takes effect the next time the console starts."),
        )
        layout.addWidget(self.form)
        self.result_label = QLabel()
        self.result_label.setObjectName("hintLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Connect with these settings and report what fails"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load(str(settings.value(SETTINGS_DB_URL, "") or ""))
        for edit in (self.host, self.database, self.user, self.password, self.ca_file):
            edit.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.tls.activated.connect(self._fields_edited)
        self.url.textEdited.connect(self._address_edited)
        self.shared_choice.toggled.connect(self._choice_changed)

    # ---- the two ways of saying where: fields and address
    def _load(self, address: str) -> None:
        self.url.setText(address)
        parsed = PostgresAddress.parse(address)
        (self.shared_choice if parsed else self.local_choice).setChecked(True)
        if parsed:
            self._show_fields(parsed)
        self._sync_enabled()

    def _show_fields(self, address: PostgresAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        if address.password:
            self.password.setText(address.password)
        self.tls.setCurrentIndex(max(0, self.tls.findData(address.tls_mode)))
        self.ca_file.setText(address.ca_file)

    def _fields_address(self) -> PostgresAddress:
        return PostgresAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            tls_mode=str(self.tls.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def _fields_edited(self, *_: object) -> None:
        self.url.setText(self._fields_address().url())
        self.url.setCursorPosition(0)
        self._sync_enabled()

    def _address_edited(self, text: str) -> None:
        parsed = PostgresAddress.parse(text.strip())
        if parsed:
            self.shared_choice.setChecked(True)
            self._show_fields(parsed)
        self._sync_enabled()

    def _choice_changed(self, shared: bool) -> None:
        if shared and not PostgresAddress.parse(self._url()):
            self.url.setText(self._fields_address().url())
        elif not shared and PostgresAddress.parse(self._url()):
            self.url.clear()
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        self.server_box.setEnabled(self.shared_choice.isChecked())
        verify = self.tls.currentData() == "verify-full"
        self.ca_file.setEnabled(verify)
        self.ca_browse.setEnabled(verify)

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_file.setText(path)
            self._fields_edited()

    def _url(self) -> str:
        return self.url.text().strip()

    def effective_url(self) -> str:
        """The address to use, with the password typed in its field (the address shows none)."""
        return with_typed_password(self._url(), self.password.text())

    # ---- checking, off the GUI thread
    def is_checking(self) -> bool:
        return self._check_thread is not None

    def test_connection(self) -> None:
        """Starts the check; the result is shown next to the field at fault when it arrives."""
        if self._check_thread is not None:
            return
        self.form.clear_errors()
        self.server_form.clear_errors()
        from engage_desktop.secrets import restore_database_password

        url = restore_database_password(self.effective_url() or default_database_url())
        self.result_label.setText(self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        thread = JobThread(lambda _token, _report: check_connection(url), CancelToken(), self)
        thread.finished.connect(lambda: self._checked(thread))
        self._check_thread = thread
        thread.start()

    def _checked(self, thread: JobThread) -> None:
        thread.wait()
        self._check_thread = None
        self.test_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        check = thread.result if isinstance(thread.result, ConnectionCheck) else None
        if check is None:
            check = ConnectionCheck(False, problem="other", field="address")
            self.form.show_errors({"url": str(thread.error or self.tr("The check stopped."))})
        self.last_check = check
        save, self._save_after_check = self._save_after_check, False
        if not check.ok:
            self.result_label.clear()
            field = _FIELDS.get(check.field, "url")
            message = check.message or ""
            if field == "url" or not self.shared_choice.isChecked():
                self.form.show_errors({"url": message})
            else:
                self.server_form.show_errors({field: message})
            self._grow_to_fit()
            return
        self.result_label.setText(
            self.tr("Connected. Schema version: %1.").replace(
                "%1", check.revision or self.tr("empty (will be created)")
            )
        )
        if save:
            self._store()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_fit()  # French labels and the server box need more than the first size

    def _grow_to_fit(self) -> None:
        """An error line under a field must push the dialog taller, not squeeze the fields."""
        hint = self.sizeHint()
        if hint.height() > self.height() or hint.width() > self.width():
            self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def save(self) -> None:
        """Checks a given address first (on the worker thread), then saves; the built-in file is
        saved at once."""
        if not self._url():
            self._store()
            return
        self._save_after_check = True
        self.test_connection()

    def _store(self) -> None:
        from engage_desktop.secrets import stash_database_password

        try:
            url = stash_database_password(self.effective_url())
        except Exception:
            self.form.show_errors({"url": self.tr("The keyring refused the password; nothing was saved.")})
            return
        make_owner_only(self.settings.fileName())
        self.settings.setValue(SETTINGS_DB_URL, url)
        self.settings.setValue(SETTINGS_LANGUAGE, self.language.currentData())
        self.settings.sync()
        make_owner_only(self.settings.fileName())
        self.accept()

    def done(self, result: int) -> None:
        if self._check_thread is not None:  # never leave a worker behind a closed dialog
            self._check_thread.wait()
            self._check_thread = None
        super().done(result)
