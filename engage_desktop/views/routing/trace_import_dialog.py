"""Routing › Queue monitor › Import interactions…: a JSON-lines trace into the live engine.

The file is read and routed on a worker thread behind the shared progress dialog (Cancel stops
between two lines; what was imported stays). Then the dialog says what happened — imported,
already known (a second import of the same file adds nothing, and says so), refused — and lists
each refused line as "line 12: reason", which the user can copy. The service checks the
permission and takes the engine lock; the dialog only shows its answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine.trace_import import TraceImportResult, TraceImportService
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report


class TraceImportDialog(QDialog):
    imported = Signal(object)  # TraceImportResult, after every import that ran (even cancelled)

    def __init__(self, service: TraceImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traceImportDialog")
        self.setWindowTitle(self.tr("Import interactions"))
        self.setMinimumWidth(560)
        self.service = service
        self.progress: ProgressDialog | None = None
        self.outcome: TraceImportResult | None = None

        intro = QLabel(
            self.tr(
                "A trace has one JSON object a line (source, foreign_id, thread, author, text, language, "
                "timestamp). Each message is routed by the live engine; messages already imported are "
                "skipped."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("traceFileEdit")
        self.path_edit.setAccessibleName(self.tr("Trace file"))
        self.path_edit.setPlaceholderText(self.tr("interactions.jsonl"))
        self.path_edit.textChanged.connect(self._update_buttons)
        file_label = QLabel(self.tr("&Trace file"))
        file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAccessibleName(self.tr("Choose the trace file"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        self.file_error = QLabel()
        self.file_error.setObjectName("fieldError")
        self.file_error.setWordWrap(True)
        self.file_error.hide()

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import did"))
        self.summary.hide()
        self.errors_label = QLabel(self.tr("&Refused lines"))
        self.errors = QListWidget()
        self.errors.setObjectName("importErrors")
        self.errors.setAccessibleName(self.tr("Refused lines of the trace"))
        self.errors.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.errors_label.setBuddy(self.errors)
        self.copy_button = QPushButton(self.tr("&Copy refused lines"))
        self.copy_button.setObjectName("copyErrorsButton")
        self.copy_button.setAccessibleName(self.tr("Copy the refused lines"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_errors)
        for widget in (self.errors_label, self.errors, self.copy_button):
            widget.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors, 1)
        layout.addLayout(copy_row)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # ---- choosing and importing -------------------------------------------------------------------
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import interactions"),
            self.path_edit.text(),
            self.tr("Interaction traces (*.jsonl *.json);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(bool(self.path_edit.text().strip()) and self.progress is None)

    def start_import(self) -> None:
        """Reads and routes the file on a worker thread, behind a progress dialog with Cancel."""
        text = self.path_edit.text().strip()
        if not text or self.progress is not None:
            return
        self.file_error.hide()
        path = Path(text)
        service = self.service

        def job(token: CancelToken, report: Report) -> TraceImportResult:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not token.cancelled

            return service.import_interactions(path, progress)

        self.progress = ProgressDialog(
            self.tr("Import interactions"),
            self.tr("Routing the interactions of %1…").replace("%1", path.name),
            job,
            self,
        )
        self.progress.succeeded.connect(self._on_done)
        self.progress.cancelled.connect(self._on_cancelled)
        self.progress.failed.connect(self._on_failed)
        self._update_buttons()
        self.progress.start()

    def _finished(self) -> ProgressDialog | None:
        progress, self.progress = self.progress, None
        self._update_buttons()
        return progress

    def _on_done(self, result: TraceImportResult) -> None:
        self._finished()
        self.show_result(result)

    def _on_cancelled(self) -> None:
        progress = self._finished()
        result = progress.result_value if progress is not None else None
        if isinstance(result, TraceImportResult):
            self.show_result(result)

    def _on_failed(self, exc: BaseException) -> None:
        self._finished()
        if isinstance(exc, DomainError):
            self.file_error.setText(message_text(exc.message))
            self.file_error.show()
            self.path_edit.setFocus()
        else:
            show_error(self, exc)

    # ---- the outcome -------------------------------------------------------------------------------
    def show_result(self, result: TraceImportResult) -> None:
        self.outcome = result
        locale = QLocale()
        if result.nothing_new and not result.cancelled:
            text = self.tr(
                "Nothing new: the %Ln interaction(s) of this file were all imported before; nothing was added.",
                "",
                result.already_known,
            )
        elif result.lines == 0 and not result.cancelled:
            text = self.tr("The file holds no interaction.")
        else:
            text = (
                self.tr("Imported: %1 · already imported before: %2 · refused: %3")
                .replace("%1", locale.toString(result.imported))
                .replace("%2", locale.toString(result.already_known))
                .replace("%3", locale.toString(result.refused))
            )
            if result.cancelled:
                text = self.tr("Cancelled; what was imported stays. %1").replace("%1", text)
        self.summary.setText(text)
        self.summary.show()
        self.errors.clear()
        for error in result.errors:
            line = self.tr("line %1: %2").replace("%1", locale.toString(error.line))
            self.errors.addItem(line.replace("%2", message_text(error.message)))
        if result.refused > len(result.errors):
            self.errors.addItem(
                self.tr("… and %Ln more refused line(s)", "", result.refused - len(result.errors))
            )
        shown = bool(result.errors)
        for widget in (self.errors_label, self.errors, self.copy_button):
            widget.setVisible(shown)
        self.imported.emit(result)

    def error_lines(self) -> list[str]:
        return [self.errors.item(row).text() for row in range(self.errors.count())]

    def copy_errors(self) -> None:
        """The selected refused lines, or all of them, one a line."""
        selected = [item.text() for item in self.errors.selectedItems()]
        QApplication.clipboard().setText("\n".join(selected or self.error_lines()))

    def reject(self) -> None:
        if self.progress is not None:  # the progress dialog's Cancel stops the import first
            self.progress.cancel()
            return
        super().reject()


def import_interactions_button(session: AppSession, parent: QWidget) -> QPushButton:
    """The queue monitor's "Import interactions…" action (hidden from those the service would refuse)."""
    # A parent first: a widget made visible alone is shown as a window of its own.
    button = QPushButton(QCoreApplication.translate("TraceImportDialog", "Import interactions…"), parent)
    button.setObjectName("importInteractionsButton")
    button.setAccessibleName(
        QCoreApplication.translate("TraceImportDialog", "Import interactions from a trace file")
    )
    button.setToolTip(
        QCoreApplication.translate(
            "TraceImportDialog", "Route the messages of a JSON-lines trace file with the live engine"
        )
    )
    button.setAutoDefault(False)
    button.setVisible(session.can(Permission.MONITOR_TASKS))
    button.clicked.connect(_opener(session, parent))
    return button


def _opener(session: AppSession, parent: QWidget) -> Callable[[], None]:
    def open_dialog() -> None:
        dialog = TraceImportDialog(session.trace_import, parent)
        refresh = getattr(parent, "refresh", None)
        if callable(refresh):  # the monitor shows the new tasks at once
            dialog.imported.connect(lambda _result: refresh())
        parent.active_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    return open_dialog
