"""Where the console's data lives (SQLite file or a shared PostgreSQL) and its language.

A PostgreSQL password goes to the keyring; the settings file (owner-only) keeps the address
without it, and the console and the CLI put it back when they open the address.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.config import SETTINGS_DB_URL, SETTINGS_LANGUAGE, default_database_url, make_owner_only
from engage_desktop.services.access.account import check_database_url
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.widgets.form import FormWidget


class ConnectionDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Database and language"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Leave the address empty to use the built-in SQLite file. To share one configuration "
                "between workstations, enter a PostgreSQL address such as "
                "postgresql://user:password@host/engage. ENGAGE_DB_URL, when set, overrides this setting."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FormWidget(self)
        self.url = QLineEdit(str(settings.value(SETTINGS_DB_URL, "") or ""))
        self.url.setPlaceholderText(default_database_url())
        self.form.add_field("url", self.tr("Database address"), self.url)
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
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = QPushButton(self.tr("Test connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _url(self) -> str:
        return self.url.text().strip()

    def test_connection(self) -> bool:
        self.form.clear_errors()
        url = self._url() or default_database_url()
        try:
            from engage_desktop.secrets import restore_database_password

            revision = check_database_url(restore_database_password(url))
        except DomainError as exc:
            self.form.show_errors({"url": exc.message})
            self.result_label.clear()
            return False
        self.result_label.setText(
            self.tr("Connected. Schema version: %1.").replace(
                "%1", revision or self.tr("empty (will be created)")
            )
        )
        return True

    def save(self) -> None:
        if self._url() and not self.test_connection():
            return
        from engage_desktop.secrets import stash_database_password

        try:
            url = stash_database_password(self._url())
        except Exception:
            self.form.show_errors({"url": self.tr("The keyring refused the password; nothing was saved.")})
            return
        make_owner_only(self.settings.fileName())
        self.settings.setValue(SETTINGS_DB_URL, url)
        self.settings.setValue(SETTINGS_LANGUAGE, self.language.currentData())
        self.settings.sync()
        make_owner_only(self.settings.fileName())
        self.accept()
