"""Settings › Business hours: the time sheets (weekly hours, holidays, zone) sources are open by."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.time_sheets import TimeSheetRow
from engage_desktop.views.settings.time_sheet_editor import TimeSheetDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.messages import message_text

MAX_IMPORT_BYTES = 2_000_000


class BusinessHoursPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_change = session.can(Permission.UPDATE_TIME_SHEET)
        service = session.settings.time_sheets
        columns = [
            Column("label", self.tr("Label"), lambda r: r.label, width=260),
            Column("timezone", self.tr("Time zone"), lambda r: r.timezone, width=170),
            Column("open_days", self.tr("Open days"), lambda r: r.open_days, alignment=RIGHT, sortable=False),
            Column(
                "holidays", self.tr("Holidays"), lambda r: r.holiday_count, alignment=RIGHT, sortable=False
            ),
            Column("sources", self.tr("Sources"), lambda r: r.source_count, alignment=RIGHT, sortable=False),
            Column("active", self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        filters = [
            FilterSpec(
                "active",
                self.tr("State"),
                [(self.tr("All time sheets"), None), (self.tr("Active"), True), (self.tr("Inactive"), False)],
            )
        ]
        self.panel = ListPanel(
            self.tr("Business hours"),
            columns,
            service.count_time_sheets,
            service.list_time_sheets,
            count_text=self._count_text,
            search_placeholder=self.tr("Search time sheets by label"),
            filters=filters,
            empty_title=self.tr("No time sheets"),
            empty_message=self.tr(
                "A time sheet says when sources are open: hours per weekday, holidays and a time zone. "
                "Routing deadlines count only open time."
            ),
            sort="label",
            row_muted=lambda r: not r.active,
        )
        self.new_button = self.panel.add_action(
            self.tr("New time sheet"),
            self.new_sheet,
            allowed=can_change,
            object_name="newTimeSheetButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editTimeSheetButton"
        )
        self.import_button = self.panel.add_action(
            self.tr("Import holidays…"),
            self.import_selected,
            selection=Selection.ONE,
            allowed=can_change,
            object_name="importHolidaysButton",
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_change,
            object_name="deleteTimeSheetButton",
            variant="danger",
        )
        if can_change:
            self.panel.set_empty_action(self.tr("New time sheet"), self.new_sheet)
        self.panel.opened.connect(self.open_sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return (
            self.tr("1 time sheet")
            if n == 1
            else self.tr("%1 time sheets").replace("%1", QLocale().toString(n))
        )

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_sheet(self) -> None:
        self.panel.open_dialog(lambda: TimeSheetDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_sheet(row)

    def open_sheet(self, row: TimeSheetRow) -> None:
        self.panel.open_dialog(lambda: TimeSheetDialog(self.session, row, self))

    def import_selected(self) -> None:
        row: TimeSheetRow | None = self.panel.current_row()
        if row is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import holidays"),
            "",
            self.tr("Holidays (*.csv *.ics *.txt);;All files (*)"),
        )
        if path:
            self.import_file(row, Path(path))

    def import_file(self, row: TimeSheetRow, path: Path) -> None:
        """Reads a CSV or ICS file (small: read at once) and adds its holidays to the sheet."""
        try:
            raw = path.read_bytes()[:MAX_IMPORT_BYTES]
        except OSError as exc:
            show_error(self, exc)
            return
        text = raw.decode("utf-8", errors="replace")
        results = []
        if self.panel.run(
            lambda: results.append(self.session.settings.time_sheets.import_holidays(row.id, text))
        ):
            result = results[0]
            summary = self.tr("%Ln holiday(s) added to “%1”.", "", result.added).replace("%1", row.label)
            if result.problems:
                summary += "\n" + "\n".join(message_text(p) for p in result.problems[:10])
            QMessageBox.information(self, self.tr("Import holidays"), summary)

    def delete_selected(self) -> None:
        row: TimeSheetRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete time sheet"),
            self.tr("Delete the time sheet “%1”?").replace("%1", row.label),
            self.tr("Delete time sheet"),
            self.tr(
                "%Ln source(s) use it and will have no business hours (always open). "
                "The deletion is written to the audit journal.",
                "",
                row.source_count,
            ),
        ):
            self.panel.run(lambda: self.session.settings.time_sheets.delete_time_sheet(row.id))
