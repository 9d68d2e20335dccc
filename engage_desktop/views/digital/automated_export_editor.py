"""An automated export task: what (exports and their columns), when, in which format, where
(folder or SFTP; the password or key passphrase goes to the keyring), under which file name.

"Test connection" signs in to the SFTP server on a worker thread and shows the server's host key
fingerprint; the user trusts it (saved with the task, journaled) and later runs refuse any other
key. When the server shows another key than the trusted one, the test says so before any secret
is sent and asks whether to trust the new one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.digital.exports_automated import HOST_KEY_CHANGED, TaskForm, TaskRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.progress_dialog import ProgressDialog


def schedule_labels() -> dict[str, str]:
    return {  # spelled out: pyside6-lupdate only reads QCoreApplication.translate(context, text)
        "daily": QCoreApplication.translate("AutomatedExports", "Every day"),
        "monday": QCoreApplication.translate("AutomatedExports", "Every Monday"),
        "month_first": QCoreApplication.translate("AutomatedExports", "1st of the month"),
    }


class AutomatedExportEditor(FormDialog):
    def __init__(self, session: AppSession, row: TaskRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("automatedExportEditor")
        self.setWindowTitle(self.tr("Automated export") if row is None else row.name)
        self.setMinimumWidth(620)
        self.session = session
        self.row = row
        form = row.form if row is not None else TaskForm("", {"agents": ()})
        add = self.form.add_field

        self.name_edit = add("name", self.tr("Name"), QLineEdit(form.name))
        self.name_edit.setObjectName("taskNameEdit")
        self.schedule_combo = add("schedule", self.tr("Schedule"), QComboBox())
        for value, text in schedule_labels().items():
            self.schedule_combo.addItem(text, value)
        self.schedule_combo.setCurrentIndex(max(0, self.schedule_combo.findData(form.schedule)))
        self.hour_spin = add("hour", self.tr("At (hour, your time zone)"), QSpinBox())
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setValue(form.hour)
        self.window_combo = add("window", self.tr("Rows"), QComboBox())
        for text, value in (
            (self.tr("Everything (complete)"), "complete"),
            (self.tr("Created in the past day"), "day"),
            (self.tr("Created in the past week"), "week"),
            (self.tr("Created in the past month"), "month"),
        ):
            self.window_combo.addItem(text, value)
        self.window_combo.setCurrentIndex(max(0, self.window_combo.findData(form.window)))
        self.format_combo = add("format", self.tr("Format"), QComboBox())
        for text, value in (
            ("BI", "bi"),
            (self.tr("Excel, English"), "excel-en"),
            (self.tr("Excel, French"), "excel-fr"),
        ):
            self.format_combo.addItem(text, value)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(form.format)))

        self.exports_tree = add("exports", self.tr("Exports and columns"), QTreeWidget())
        self.exports_tree.setObjectName("taskExportsTree")
        self.exports_tree.setHeaderHidden(True)
        self.exports_tree.setMinimumHeight(130)  # the editor fits 1024×640 (scrolls its exports)
        for choice in session.exports.available_exports():
            if not (choice.available and choice.allowed):
                continue
            chosen = form.exports.get(choice.name)
            top = QTreeWidgetItem([QCoreApplication.translate("Exports", choice.title)])
            top.setData(0, Qt.ItemDataRole.UserRole, choice.name)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            top.setCheckState(0, Qt.CheckState.Checked if chosen is not None else Qt.CheckState.Unchecked)
            for name in choice.fields:
                sensitive = name in choice.sensitive
                child = QTreeWidgetItem(
                    [self.tr("%1 (sensitive)").replace("%1", name) if sensitive else name]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, name)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = (name in chosen) if chosen else not sensitive
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                top.addChild(child)
            self.exports_tree.addTopLevelItem(top)

        self.pattern_edit = add(
            "file_pattern",
            self.tr("File name"),
            QLineEdit(form.file_pattern),
            self.tr(
                "{label} (the task's name), {year}, {month}, {day}, {export_name}; “.csv” or “.zip” is added."
            ),
        )
        self.zip_check = add("zip_files", "", QCheckBox(self.tr("One zip file for all the exports")))
        self.zip_check.setChecked(form.zip_files)
        self.destination_combo = add("destination", self.tr("Send to"), QComboBox())
        self.destination_combo.addItem(self.tr("A folder"), "folder")
        self.destination_combo.addItem(self.tr("An SFTP server"), "sftp")
        self.destination_combo.setCurrentIndex(max(0, self.destination_combo.findData(form.destination)))
        folder_row = QWidget()
        row_layout = QHBoxLayout(folder_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit(form.folder)
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row_layout.addWidget(self.folder_edit, 1)
        row_layout.addWidget(browse)
        add("folder", self.tr("Folder"), folder_row)
        self.host_edit = add("sftp_host", self.tr("SFTP host"), QLineEdit(form.sftp_host))
        self.port_spin = add("sftp_port", self.tr("Port"), QSpinBox())
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(form.sftp_port)
        self.user_edit = add("sftp_user", self.tr("User"), QLineEdit(form.sftp_user))
        self.directory_edit = add("sftp_directory", self.tr("Directory"), QLineEdit(form.sftp_directory))
        self.auth_combo = add("sftp_auth", self.tr("Sign in with"), QComboBox())
        self.auth_combo.addItem(self.tr("A password"), "password")
        self.auth_combo.addItem(self.tr("A private key"), "key")
        self.auth_combo.setCurrentIndex(max(0, self.auth_combo.findData(form.sftp_auth)))
        self.key_edit = add("sftp_key_path", self.tr("Private key file"), QLineEdit(form.sftp_key_path))
        self.secret_edit = add(
            "secret",
            self.tr("Password or passphrase"),
            QLineEdit(),
            self.tr("Kept in the system keyring. Leave empty to keep the stored one."),
        )
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.host_key = form.sftp_host_key
        key_row = QWidget()
        key_layout = QVBoxLayout(key_row)  # a fingerprint cannot wrap: it gets the whole width
        key_layout.setContentsMargins(0, 0, 0, 0)
        self.host_key_label = QLabel()
        self.host_key_label.setObjectName("sftpHostKeyLabel")
        self.host_key_label.setWordWrap(True)
        self.host_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testSftpButton")
        self.test_button.setAccessibleName(self.tr("Test the SFTP connection"))
        self.test_button.clicked.connect(self.test_connection)
        key_layout.addWidget(self.host_key_label)
        key_layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        add("sftp_host_key", self.tr("Server's host key"), key_row)
        self._show_host_key()
        self.enabled_check = add("enabled", "", QCheckBox(self.tr("Run on schedule")))
        self.enabled_check.setChecked(form.enabled)
        for widget in self.form.field_names():
            field = self.form.field(widget)
            if not field.accessibleName():
                field.setAccessibleName(widget.replace("_", " "))
        self.destination_combo.currentIndexChanged.connect(self._destination_changed)
        self._destination_changed()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _destination_changed(self) -> None:
        sftp = self.destination_combo.currentData() == "sftp"
        layout = self.form.form_layout
        for name in (
            "sftp_host",
            "sftp_port",
            "sftp_user",
            "sftp_directory",
            "sftp_auth",
            "sftp_key_path",
            "secret",
            "sftp_host_key",
        ):
            layout.setRowVisible(self.form.field(name), sftp)
        layout.setRowVisible(self.form.field("folder"), not sftp)

    def task_form(self) -> TaskForm:
        exports: dict[str, tuple[str, ...]] = {}
        for i in range(self.exports_tree.topLevelItemCount()):
            top = self.exports_tree.topLevelItem(i)
            if top is None or top.checkState(0) != Qt.CheckState.Checked:
                continue
            children = [c for c in (top.child(j) for j in range(top.childCount())) if c is not None]
            fields = tuple(
                c.data(0, Qt.ItemDataRole.UserRole)
                for c in children
                if c.checkState(0) == Qt.CheckState.Checked
            )
            exports[top.data(0, Qt.ItemDataRole.UserRole)] = fields
        secret = self.secret_edit.text()
        return TaskForm(
            self.name_edit.text(), exports, self.schedule_combo.currentData(), self.hour_spin.value(),
            self.window_combo.currentData(), self.format_combo.currentData(), self.pattern_edit.text(),
            self.zip_check.isChecked(), self.destination_combo.currentData(), self.folder_edit.text(),
            self.host_edit.text(), self.port_spin.value(), self.user_edit.text(), self.directory_edit.text(),
            self.auth_combo.currentData(), self.key_edit.text(), self.enabled_check.isChecked(),
            secret if secret else None, self.host_key,
        )  # fmt: skip

    # ---- SFTP host key ----------------------------------------------------------------------------
    def _show_host_key(self) -> None:
        self.host_key_label.setText(
            self.host_key
            or self.tr("Not checked yet: test the connection to see the server's key and trust it.")
        )
        self.host_key_label.setAccessibleName(self.tr("Server's host key"))

    def test_connection(self) -> str | None:
        """Signs in with what the form holds (worker thread); returns the key now trusted, if any."""
        service, form = self.session.automatic_exports, self.task_form()
        task_id = self.row.id if self.row is not None else None
        dialog = ProgressDialog(
            self.tr("Test connection"),
            self.tr("Connecting to the SFTP server…"),
            lambda _token, _report: service.test_connection(form, task_id),
            self,
        )
        self.form.clear_errors()
        ok = dialog.run()
        dialog.deleteLater()
        error = dialog.error
        if not ok:
            changed = error.errors.get("sftp_host_key") if isinstance(error, ValidationError) else None
            if isinstance(error, ValidationError):
                self.form.apply_validation_error(error)
                received = changed.params.get("received") if changed is not None else None
                is_new_key = changed is not None and changed.code == HOST_KEY_CHANGED.code and received
                if is_new_key and self._trust(str(received), changed=True):
                    return self.test_connection()  # signs in now, with the key just trusted
            elif error is not None:
                show_error(self, error)
            return None
        fingerprint = str(dialog.result_value)
        if fingerprint != self.host_key and not self._trust(fingerprint, changed=False):
            return None
        self.form.show_form_error("")
        self.host_key_label.setText(
            self.tr("%1 (trusted; the connection works)").replace("%1", self.host_key)
        )
        return self.host_key

    def _trust(self, fingerprint: str, *, changed: bool) -> bool:
        question = (
            self.tr("The SFTP server now shows another host key: %1. Trust this new key?")
            if changed
            else self.tr("The SFTP server identifies itself with the host key %1. Trust this key?")
        ).replace("%1", fingerprint)
        if not confirm_destructive(
            self,
            self.tr("SFTP server's host key"),
            question,
            self.tr("Trust this key"),
            self.tr(
                "Compare it with the fingerprint your server's administrator gives you "
                "(ssh-keygen -lf on the server's key). Once saved, a run that meets another key fails "
                "without sending anything."
            ),
        ):
            return False
        self.host_key = fingerprint
        self.form.clear_field_error("sftp_host_key")
        self._show_host_key()
        return True

    def save(self) -> bool:
        service, form = self.session.automatic_exports, self.task_form()
        if self.row is None:
            return self.submit(lambda: service.create_task(form)) is not None
        row = self.row
        return self.submit(lambda: service.update_task(row.id, form, version=row.version)) is not None
