"""File › Export configuration to a bundle…: choose a .zip or a folder, export with progress and
Cancel, then say where it went and how many records of each resource it holds.

The export runs on a worker thread (`export_to`), which writes under a hidden name and moves the
bundle into place only once complete: Cancel never leaves half a bundle under the chosen name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.config import data_dir
from engage_desktop.services.bundles.export_job import ExportCancelled, ExportResult, export_to
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report


def choose_export_path(parent: QWidget | None) -> Path | None:
    """A .zip file, or a new (or empty) folder for the bundle's files."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("BundleExport", "Export configuration to a bundle")
    )
    dialog.setObjectName("exportBundleFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    zip_filter = QCoreApplication.translate("BundleExport", "Zip bundle (*.zip)")
    folder_filter = QCoreApplication.translate("BundleExport", "New bundle folder (*)")
    dialog.setNameFilters([zip_filter, folder_filter])
    dialog.setDirectory(str(data_dir()))
    dialog.selectFile("configuration.zip")
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    if dialog.selectedNameFilter() == zip_filter and path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    return path


class ExportedDialog(QDialog):
    """Where the bundle was written and its records per resource."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleExported")
        self.setWindowTitle(self.tr("Bundle exported"))
        self.setMinimumWidth(460)
        locale = QLocale()
        self.where = QLabel(
            self.tr("%Ln record(s) written to %1", "", result.total).replace("%1", str(result.path))
        )
        self.where.setObjectName("exportedWhere")
        self.where.setWordWrap(True)
        self.counts = QTableWidget(len(result.counts), 2)
        self.counts.setObjectName("exportedCounts")
        self.counts.setAccessibleName(self.tr("Records per resource"))
        self.counts.setHorizontalHeaderLabels([self.tr("Resource"), self.tr("Records")])
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (resource, count) in enumerate(result.counts.items()):
            self.counts.setItem(row, 0, QTableWidgetItem(resource))
            number = QTableWidgetItem(locale.toString(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, number)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.counts, 1)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Escape closes; as a (bold) default, "Fermer" was cut short


class BundleExport(QObject):
    """One export: the progress dialog, then the result (or the error) over `parent`."""

    finished = Signal(object)  # ExportResult, or None when cancelled or failed

    def __init__(self, ctx: ServiceContext, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.path, self.parent_widget = ctx, path, parent
        self.result: ExportResult | None = None
        self.error: BaseException | None = None
        self.result_dialog: ExportedDialog | None = None
        self.progress: ProgressDialog | None = None

    def start(self) -> ProgressDialog:
        progress = self.progress or self.prepare()
        progress.start()
        return progress

    def prepare(self) -> ProgressDialog:
        """The progress dialog, not started yet."""
        ctx, path = self.ctx, self.path

        def job(token: CancelToken, report: Report) -> ExportResult:
            try:
                return export_to(ctx, path, cancelled=lambda: token.cancelled, report=report)
            except ExportCancelled:
                raise Cancelled from None

        progress = ProgressDialog(
            self.tr("Export configuration to a bundle"),
            self.tr("Writing the configuration to %1…").replace("%1", str(path)),
            job,
            self.parent_widget,
        )
        progress.setObjectName("bundleExportProgress")
        progress.succeeded.connect(self._done)
        progress.failed.connect(self._failed)
        progress.cancelled.connect(self._cancelled)
        self.progress = progress
        return progress

    def _done(self, result: ExportResult) -> None:
        self.result = result
        dialog = ExportedDialog(result, self.parent_widget)
        self.result_dialog = dialog
        dialog.open()
        self.finished.emit(result)

    def _cancelled(self) -> None:
        progress = self.progress
        # Cancel pressed after the bundle was already in place: it is complete, say so.
        if progress is not None and isinstance(progress.result_value, ExportResult):
            self._done(progress.result_value)
            return
        self.finished.emit(None)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.finished.emit(None)
        show_error(self.parent_widget, exc)
