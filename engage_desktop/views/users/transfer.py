"""CSV in and out of the Users page: choose the file, check it on a worker thread, open the import
preview; or export the listed users (BI or Excel format, the columns ticked — names and e-mail
only when ticked) on a worker thread, with Cancel. What a killed export left in the last export
folder is removed when the page opens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from engage_desktop import APP_NAME, ORG_NAME
from engage_desktop.services.core.errors import StorageError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.spreadsheet_safety import clean_partial_exports
from engage_desktop.services.users.csv_format import COLUMNS
from engage_desktop.services.users.csv_import import (
    ImportCancelled,
    ImportPreview,
    ImportResult,
    UserImportService,
)
from engage_desktop.services.users.export import (
    DEFAULT_FIELDS,
    SENSITIVE_FIELDS,
    ExportCancelled,
    ExportFormat,
    UserCsvExport,
)
from engage_desktop.views.users.users_import_dialog import UsersImportDialog
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report

if TYPE_CHECKING:
    from engage_desktop.views.users.users_page import UsersPage

MAX_FILE_BYTES = 50 * 1024 * 1024
LAST_EXPORT_FOLDER = "exports/last_folder"


class ExportFieldsDialog(QDialog):
    """The columns to export; personal data (names, e-mail) unticked until the user ticks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportFieldsDialog")
        self.setWindowTitle(self.tr("Columns to export"))
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Names and e-mail addresses are personal data: tick them only if needed."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.boxes: dict[str, QCheckBox] = {}
        for column in COLUMNS:
            text = column + (self.tr(" (personal data)") if column in SENSITIVE_FIELDS else "")
            box = QCheckBox(text)
            box.setObjectName(f"field_{column}")
            box.setChecked(column in DEFAULT_FIELDS)
            box.toggled.connect(self._update)
            self.boxes[column] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def fields(self) -> tuple[str, ...]:
        return tuple(column for column, box in self.boxes.items() if box.isChecked())

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields()))


class UsersTransfer(QObject):
    def __init__(self, page: UsersPage) -> None:
        super().__init__(page)
        self.page = page
        last = str(QSettings(ORG_NAME, APP_NAME).value(LAST_EXPORT_FOLDER, "") or "")
        if last:
            clean_partial_exports(last)

    # ---- import ----------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("Import users"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> UsersImportDialog | None:
        """Reads and checks the file (nothing is written), then opens the preview."""
        target = Path(path)
        try:
            if target.stat().st_size > MAX_FILE_BYTES:
                raise StorageError(f"{target.name} is larger than 50 MB; split it.")
            data = target.read_bytes()
        except OSError as exc:
            show_error(self.page, StorageError(f"Cannot read {target.name}: {exc.strerror or exc}."))
            return None
        except StorageError as exc:
            show_error(self.page, exc)
            return None
        imports = UserImportService(self.page.session.ctx)

        def job(token: CancelToken, report: Report) -> ImportPreview:
            try:
                return imports.preview(data, target.name, should_stop=lambda: token.cancelled, report=report)
            except ImportCancelled as exc:
                raise Cancelled from exc

        progress = ProgressDialog(
            self.tr("Import users"), self.tr("Checking %1…").replace("%1", target.name), job, self.page
        )
        ok = progress.run()
        progress.deleteLater()
        if not ok:
            if progress.error is not None:
                show_error(self.page, progress.error)
            return None
        preview: ImportPreview = progress.result_value
        dialog = self.page.panel.open_dialog(
            lambda: UsersImportDialog(self.page.session, preview, data, self.page)
        )
        if isinstance(dialog, UsersImportDialog):
            dialog.saved.connect(self._imported)
            return dialog
        return None

    def _imported(self, result: ImportResult) -> None:
        text = self.tr("%Ln user(s) imported.", "", result.created)
        skipped = len(result.skipped_lines)
        if skipped:
            text += " " + self.tr("%Ln line(s) left out.", "", skipped)
        self.page.notify(text)

    # ---- export ----------------------------------------------------------------------------------
    def choose_and_export(self, query: ListQuery) -> None:
        excel = self.tr("CSV for spreadsheets (Excel) (*.csv)")
        bi = self.tr("CSV for BI tools (UTF-8, comma, 1/0) (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self.page, self.tr("Export users"), "agents.csv", f"{excel};;{bi}"
        )
        if not path:
            return
        choice = ExportFieldsDialog(self.page)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        QSettings(ORG_NAME, APP_NAME).setValue(LAST_EXPORT_FOLDER, str(Path(path).parent))
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        fmt = ExportFormat("bi" if chosen == bi else "excel", language)
        self.export_to(path, query, fmt, choice.fields())

    def export_to(
        self, path: str | Path, query: ListQuery, fmt: ExportFormat, fields: Sequence[str] | None = None
    ) -> bool:
        """The users the list shows (its search and filters, every page); the file appears when done."""
        exporter, target = UserCsvExport(self.page.session.ctx), Path(path)

        def job(token: CancelToken, report: Report) -> int:
            try:
                return exporter.export(
                    target, query, fmt, should_stop=lambda: token.cancelled, report=report, fields=fields
                )
            except ExportCancelled as exc:
                raise Cancelled from exc

        progress = ProgressDialog(
            self.tr("Export users"), self.tr("Writing %1…").replace("%1", target.name), job, self.page
        )
        ok = progress.run()
        progress.deleteLater()
        if progress.was_cancelled:
            self.page.notify(self.tr("Export cancelled; no file was written."))
        elif not ok and progress.error is not None:
            show_error(self.page, progress.error)
        else:
            written = self.tr("%Ln user(s) exported to %1.", "", int(progress.result_value))
            self.page.notify(written.replace("%1", target.name))
        return ok
