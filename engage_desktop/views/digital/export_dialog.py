"""One manual export: its type, period, fields (sensitive ones off until ticked), format and file;
it runs in the background with progress and Cancel, and the file appears only when complete."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.digital.exports import ExportCancelled, ExportChoice, ExportRequest, ExportResult
from engage_desktop.services.digital.journal_browser import JournalQuery
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report
from engage_desktop.views.widgets.screen_room import make_room_for_wrapped_texts

CTX = "Exports"


def _moment(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class ExportDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        parent: QWidget | None = None,
        *,
        export: str = "",
        journal: JournalQuery | None = None,
    ) -> None:
        super().__init__(parent, save_text=self.tr("Export"))
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.session = session
        self.journal = journal or JournalQuery()
        self.progress: ProgressDialog | None = None
        self.export_result: ExportResult | None = None
        self.choices = session.exports.available_exports()

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("exportTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Export"))
        model = self.type_combo.model()
        for i, choice in enumerate(self.choices):
            self.type_combo.addItem(self._translate(choice.title), choice.name)
            usable = choice.available and choice.allowed
            if isinstance(model, QStandardItemModel) and not usable:
                item = model.item(i)
                item.setEnabled(False)
                item.setToolTip(self._why(choice))
        self.form.add_field("export", self.tr("Export"), self.type_combo)
        self.reason_label = QLabel()
        self.reason_label.setObjectName("exportUnavailableLabel")
        self.reason_label.setWordWrap(True)
        self.form.form_layout.addRow("", self.reason_label)

        self.window_combo = QComboBox()
        self.window_combo.setObjectName("exportWindowCombo")
        self.window_combo.setAccessibleName(self.tr("Period"))
        for text, value in (
            (self.tr("Complete"), "complete"),
            (self.tr("Incremental: the past day"), "day"),
            (self.tr("Incremental: the past week"), "week"),
            (self.tr("Incremental: the past month"), "month"),
        ):
            self.window_combo.addItem(text, value)
        self.form.add_field("window", self.tr("Period"), self.window_combo)

        range_row = QWidget()
        row = QHBoxLayout(range_row)
        row.setContentsMargins(0, 0, 0, 0)
        now = QDateTime.currentDateTime()
        self.from_check, self.from_edit = QCheckBox(self.tr("From")), QDateTimeEdit(now.addMonths(-1))
        self.to_check, self.to_edit = QCheckBox(self.tr("To")), QDateTimeEdit(now)
        for check, edit, name in (
            (self.from_check, self.from_edit, "From"),
            (self.to_check, self.to_edit, "To"),
        ):
            check.setObjectName(f"export{name}Check")
            edit.setObjectName(f"export{name}Edit")
            edit.setAccessibleName(check.text())
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            row.addWidget(check)
            row.addWidget(edit, 1)
        self.form.add_field("created_before", self.tr("Created"), range_row)
        self.by_update_check = QCheckBox(self.tr("Bound by update time instead of creation time"))
        self.by_update_check.setObjectName("exportByUpdateCheck")
        self.form.add_field("by_update", "", self.by_update_check)

        self.fields_model = QStandardItemModel(self)
        self.fields_list = QListView()
        self.fields_list.setModel(self.fields_model)
        self.fields_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.fields_list.setObjectName("exportFieldsList")
        self.fields_list.setAccessibleName(self.tr("Columns"))
        self.fields_list.setMinimumHeight(180)
        self.form.add_field(
            "fields",
            self.tr("Columns"),
            self.fields_list,
            self.tr("Sensitive columns (names, phones, e-mails, message bodies) stay out unless ticked."),
        )

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format"))
        for text, value in (
            (self.tr("BI (UTF-8, comma, ISO dates in UTC, 1/0)"), "bi"),
            (self.tr("Excel, English (09-24-2013 19:00, true/false)"), "excel-en"),
            (self.tr("Excel, French (24/09/2013 19:00, vrai/faux, semicolons)"), "excel-fr"),
        ):
            self.format_combo.addItem(text, value)
        self.form.add_field("format", self.tr("Format"), self.format_combo)

        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("exportFileEdit")
        self.file_edit.setAccessibleName(self.tr("File"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("exportBrowseButton")
        self.browse_button.clicked.connect(self.browse)
        file_layout.addWidget(self.file_edit, 1)
        file_layout.addWidget(self.browse_button)
        self.form.add_field("file", self.tr("File"), file_row)
        if self.journal.is_filtered:
            note = QLabel(self.tr("Only the events of the journal's current filter are exported."))
            note.setObjectName("hintLabel")
            self.add_widget(note)

        self.type_combo.currentIndexChanged.connect(self._type_changed)
        start = next(
            (i for i, c in enumerate(self.choices) if c.name == export),
            next((i for i, c in enumerate(self.choices) if c.available and c.allowed), 0),
        )
        self.type_combo.setCurrentIndex(start)
        self._type_changed(start)

    @staticmethod
    def _translate(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(CTX, text)

    def _why(self, choice: ExportChoice) -> str:
        if not choice.available:
            from engage_desktop.views.widgets.messages import message_text

            return message_text(choice.reason)
        return self.tr("Your role cannot take this data out of the account.")

    @property
    def choice(self) -> ExportChoice:
        return self.choices[max(0, self.type_combo.currentIndex())]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        make_room_for_wrapped_texts(self)  # the columns' hint wraps under the list, not over it

    def _type_changed(self, _index: int) -> None:
        choice = self.choice
        usable = choice.available and choice.allowed
        self.reason_label.setText("" if usable else self._why(choice))
        self.reason_label.setVisible(not usable)
        if self.save_button is not None:
            self.save_button.setEnabled(usable)
        self.by_update_check.setEnabled(choice.by_update)
        if not choice.by_update:
            self.by_update_check.setChecked(False)
        self.fields_model.clear()
        for name in choice.fields:
            sensitive = name in choice.sensitive
            item = QStandardItem(self.tr("%1 (sensitive)").replace("%1", name) if sensitive else name)
            item.setData(name, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked if sensitive else Qt.CheckState.Checked)
            self.fields_model.appendRow(item)
        if not self.file_edit.text().strip() or Path(self.file_edit.text()).stem in {
            c.name for c in self.choices
        }:
            self.file_edit.setText(str(Path.home() / f"{choice.name}.csv"))

    def chosen_fields(self) -> tuple[str, ...]:
        items = (self.fields_model.item(i) for i in range(self.fields_model.rowCount()))
        return tuple(
            i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def request(self) -> ExportRequest:
        return ExportRequest(
            self.choice.name,
            self.format_combo.currentData(),
            self.chosen_fields(),
            self.window_combo.currentData(),
            _moment(self.from_edit) if self.from_check.isChecked() else None,
            _moment(self.to_edit) if self.to_check.isChecked() else None,
            self.by_update_check.isChecked(),
            self.journal,
        )

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.file_edit.text(), self.tr("CSV files (*.csv)")
        )
        if path:
            self.file_edit.setText(path)

    def save(self) -> bool:
        self.form.clear_errors()
        path = self.file_edit.text().strip()
        if not path:
            self.form.show_errors({"file": self.tr("Choose the file to write.")})
            return False
        request, exports = self.request(), self.session.exports

        def job(token: CancelToken, report: Report) -> ExportResult:
            return exports.export(request, path, lambda: token.cancelled, report)

        progress = ProgressDialog(
            self.tr("Export"), self.tr("Writing %1…").replace("%1", Path(path).name), job, self
        )
        progress.setObjectName("exportProgress")
        progress.succeeded.connect(self._done)
        progress.failed.connect(self._failed)
        progress.cancelled.connect(self._cancelled)
        self.progress = progress
        progress.start()
        return True

    def _done(self, result: ExportResult) -> None:
        self.export_result = self.saved_object = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            self._cancelled()
        elif isinstance(exc, ValidationError):
            self.form.apply_validation_error(exc)
        else:
            show_error(self, exc)

    def _cancelled(self) -> None:
        self.form.show_form_error(self.tr("The export was cancelled; no file was written."))
