"""The type-specific fields of a content source (the form's "Connection" tab): IMAP/SMTP for
e-mail, web/iOS/Android for chat, account and app for social networks, the connector for the SDK —
and a password field for each of the type's secrets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from engage_desktop.services.channels.source_types import (
    CHAT,
    EMAIL,
    SDK,
    SECRET_LABELS,
    SOCIAL,
    SourceType,
    secret_fields,
)
from engage_desktop.views.widgets.form import FormWidget

DEFAULT_PORTS = {
    "imap": {"ssl": 993, "starttls": 143, "none": 143},
    "smtp": {"ssl": 465, "starttls": 587, "none": 25},
}


class SecretEdit(QWidget):
    """A password field; empty keeps the stored secret, "Remove" clears it."""

    def __init__(self, is_set: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.setFocusProxy(self.edit)  # an error naming the password puts the cursor in it
        self.edit.setPlaceholderText(
            self.tr("Stored in the keyring — type to replace") if is_set else self.tr("Not set")
        )
        self.remove_check = QCheckBox(self.tr("Remove"))
        self.remove_check.setVisible(is_set)
        self.remove_check.toggled.connect(lambda on: self.edit.setEnabled(not on))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.remove_check)

    def value(self) -> str | None:
        return None if self.remove_check.isChecked() else self.edit.text()


def combo(choices: list[tuple[str, Any]], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for label, value in choices:
        box.addItem(label, value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


class NumberEdit(QLineEdit):
    """A whole number typed in a line (the unit goes in the field's label); anything else typed is
    handed to the service as text, which names the problem under the field."""

    def __init__(self, low: int, high: int, value: int | str, parent: QWidget | None = None) -> None:
        super().__init__(str(value), parent)
        self.setValidator(QIntValidator(low, high, self))
        self.setMaximumWidth(140)

    def value(self) -> int | str:
        text = self.text().strip()
        return int(text) if text.lstrip("-").isdigit() else text

    def setValue(self, value: int) -> None:
        self.setText(str(value))


def number_edit(low: int, high: int, value: int | str) -> NumberEdit:
    return NumberEdit(low, high, value)


class ConnectionFields(QObject):
    """Builds the fields into `form`; `settings_value()` and `secrets_value()` read them back."""

    def __init__(
        self,
        form: FormWidget,
        kind: SourceType,
        settings: dict[str, Any],
        secrets_set: frozenset[str],
        on_test: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.kind = kind
        self.settings_widgets: dict[str, QWidget] = {}
        self.secret_edits: dict[str, SecretEdit] = {}
        self.test_button: QPushButton | None = None
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build(settings, secrets_set, on_test)

    # ---- type-specific fields -------------------------------------------------------------------
    def _heading(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        self.form.form_layout.addRow(label)

    def _text(self, name: str, label: str, value: str, hint: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(f"{name}Edit")
        edit.setPlaceholderText(placeholder)
        self.form.add_field(name, label, edit, hint)
        self.settings_widgets[name] = edit
        return edit

    def _check(self, name: str, label: str, value: bool, *, label_column: bool = False) -> QCheckBox:
        """label_column: the text goes in the form's label column, which wraps (a check box's text
        cannot, and a long French one widened the tab past the wizard: "Regrouper les réponses…")."""
        box = QCheckBox("" if label_column else label)
        box.setObjectName(f"{name}Check")
        box.setChecked(value)
        if label_column:
            box.setAccessibleName(label)
        self.form.add_field(name, label if label_column else "", box)
        self.settings_widgets[name] = box
        return box

    def _secret(self, name: str, is_set: frozenset[str]) -> SecretEdit:
        edit = SecretEdit(name in is_set)
        edit.setObjectName(f"{name}Secret")
        self.form.add_field(name, self.tr(SECRET_LABELS[name]), edit)
        self.secret_edits[name] = edit
        return edit

    def _build(self, s: dict[str, Any], is_set: frozenset[str], on_test: Callable[[], object]) -> None:
        family = self.kind.family
        if family == EMAIL:
            tls = [(self.tr("SSL/TLS"), "ssl"), (self.tr("STARTTLS"), "starttls"), (self.tr("None"), "none")]
            login = [(self.tr("Password"), "password"), (self.tr("CRAM-MD5 (password not sent)"), "cram_md5")]
            for proto, title in (
                ("imap", self.tr("Incoming mail (IMAP)")),
                ("smtp", self.tr("Outgoing mail (SMTP)")),
            ):
                self._heading(title)
                self._text(
                    f"{proto}_host",
                    self.tr("Server"),
                    s.get(f"{proto}_host", ""),
                    placeholder=f"{proto}.example.com",
                )
                security = combo(tls, f"{proto}_tlsCombo")
                set_combo(security, s.get(f"{proto}_tls", "ssl" if proto == "imap" else "starttls"))
                self.form.add_field(f"{proto}_tls", self.tr("Security"), security)
                self.settings_widgets[f"{proto}_tls"] = security
                port = number_edit(
                    1, 65535, int(s.get(f"{proto}_port", DEFAULT_PORTS[proto][security.currentData()]))
                )
                port.setObjectName(f"{proto}_portSpin")
                self.form.add_field(f"{proto}_port", self.tr("Port"), port)
                self.settings_widgets[f"{proto}_port"] = port
                security.currentIndexChanged.connect(
                    lambda _i, p=proto, c=security, sp=port: self._follow_port(p, c, sp)
                )
                choices = login + ([(self.tr("No login (relay)"), "none")] if proto == "smtp" else [])
                auth = combo(choices, f"{proto}_authCombo")
                set_combo(auth, s.get(f"{proto}_auth", "password"))
                self.form.add_field(f"{proto}_auth", self.tr("Login"), auth)
                self.settings_widgets[f"{proto}_auth"] = auth
                self._text(f"{proto}_username", self.tr("User name"), s.get(f"{proto}_username", ""))
                self._secret(f"{proto}_password", is_set)
                if proto == "imap":
                    self._text(
                        "mailboxes",
                        self.tr("Mailboxes"),
                        ", ".join(s.get("mailboxes", ["INBOX"])),
                        self.tr("Comma-separated folder names to read, e.g. INBOX, Support."),
                    )
            self.test_button = QPushButton(self.tr("Test connection"))
            self.test_button.setObjectName("testConnectionButton")
            self.test_button.setAutoDefault(False)
            self.test_button.clicked.connect(lambda _checked=False: on_test())
            self.form.form_layout.addRow("", self.test_button)
            self.form.form_layout.addRow("", self.result_label)
            self._heading(self.tr("Sender and threads"))
            self._text(
                "from_address",
                self.tr("Sender address"),
                s.get("from_address", ""),
                placeholder="support@example.com",
            )
            self._text("from_name", self.tr("Sender name"), s.get("from_name", ""))
            self._check(
                "thread_by_references",
                self.tr("Thread replies by their References headers"),
                s.get("thread_by_references", True),
                label_column=True,
            )
            self._check(
                "thread_by_subject",
                self.tr("Also thread by subject"),
                s.get("thread_by_subject", False),
                label_column=True,
            )
            days = number_edit(0, 3650, int(s.get("reopen_thread_days", 30)))
            self.form.add_field("reopen_thread_days", self.tr("Reopen closed threads within (days)"), days)
            self.settings_widgets["reopen_thread_days"] = days
        elif family == CHAT:
            self._heading(self.tr("Where the chat is offered"))
            self._check("web_enabled", self.tr("Website"), s.get("web_enabled", True))
            self._check("ios_enabled", self.tr("iOS app"), s.get("ios_enabled", False))
            self._check("android_enabled", self.tr("Android app"), s.get("android_enabled", False))
        elif family == SOCIAL:
            self._heading(self.tr("%1 account").replace("%1", self.kind.label))
            self._text("account_id", self.tr(self.kind.account_label), s.get("account_id", ""))
            self._text(
                "app_id",
                self.tr("App id"),
                s.get("app_id", ""),
                self.tr("The platform app this channel connects through."),
            )
        elif family == SDK:
            self._heading(self.tr("Connector"))
            self._text(
                "endpoint_url", self.tr("Endpoint URL"), s.get("endpoint_url", ""), placeholder="https://"
            )
        for name in secret_fields(self.kind.key):
            if name not in self.secret_edits:
                self._secret(name, is_set)

    def _follow_port(self, proto: str, security: QComboBox, port: NumberEdit) -> None:
        """Switching the security mode moves the port along, unless the user chose another one."""
        if port.value() in DEFAULT_PORTS[proto].values():
            port.setValue(DEFAULT_PORTS[proto][security.currentData()])

    def settings_value(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self.settings_widgets.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, NumberEdit):
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        if "mailboxes" in values:
            values["mailboxes"] = [m.strip() for m in values["mailboxes"].split(",") if m.strip()]
        return values

    def secrets_value(self) -> dict[str, str | None]:
        return {name: edit.value() for name, edit in self.secret_edits.items()}
