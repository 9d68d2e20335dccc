"""An automated export task: what (exports and their columns), when, in which format, where
(folder or SFTP; the password or key passphrase goes to the keyring), under which file name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.exports_automated import TaskForm, TaskRow
from engage_desktop.views.widgets.form import FormDialog


def schedule_labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "daily": tr("AutomatedExports", "Every day"),
        "monday": tr("AutomatedExports", "Every Monday"),
        "month_first": tr("AutomatedExports", "1st of the month"),
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
        self.exports_tree.setMinimumHeight(200)
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
            secret if secret else None,
        )  # fmt: skip

    def save(self) -> bool:
        service, form = self.session.automatic_exports, self.task_form()
        if self.row is None:
            return self.submit(lambda: service.create_task(form)) is not None
        row = self.row
        return self.submit(lambda: service.update_task(row.id, form, version=row.version)) is not None
