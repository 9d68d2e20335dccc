"""Digital › Exports: every export type (those whose data is not stored yet say why), each run
from a dialog; and, with the automated-exports extension, the scheduled export tasks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.exports import ExportChoice
from engage_desktop.services.digital.exports_automated import TaskRow
from engage_desktop.views.digital.automated_export_editor import AutomatedExportEditor, schedule_labels
from engage_desktop.views.digital.export_dialog import ExportDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import Column, ListPanel, Selection, format_value
from engage_desktop.views.widgets.messages import message_text


def _page(rows: Sequence[Any], query: ListQuery, offset: int, limit: int) -> list[Any]:
    return list(_matching(rows, query))[offset : offset + limit]


def _matching(rows: Sequence[Any], query: ListQuery) -> list[Any]:
    text = query.search.strip().casefold()
    return [r for r in rows if not text or text in r.name.casefold()]


class ExportsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.dialog: QWidget | None = None
        self.choices = session.exports.available_exports()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportsTabs")
        self.manual = self._manual_panel()
        self.tabs.addTab(self.manual, self.tr("Exports"))
        self.automated: ListPanel | None = None
        self.off_label: QLabel | None = None
        if (
            session.can(Permission.MANAGE_AUTOMATIC_EXPORTS_TASKS)
            or not session.automatic_exports.is_enabled()
        ):
            self.tabs.addTab(self._automated_tab(), self.tr("Automated exports"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # ---- manual --------------------------------------------------------------------------------
    def _status(self, choice: ExportChoice) -> str:
        if not choice.available:
            return message_text(choice.reason)
        if not choice.allowed:
            return self.tr("Your role cannot export this")
        return self.tr("Available")

    def _manual_panel(self) -> ListPanel:
        choices = self.choices
        panel = ListPanel(
            self.tr("Exports"),
            [
                Column(
                    "title",
                    self.tr("Export"),
                    lambda c: QCoreApplication.translate("Exports", c.title),
                    width=220,
                ),
                Column("name", self.tr("File"), lambda c: f"{c.name}.csv", width=230),
                Column(
                    "sensitive",
                    self.tr("Sensitive columns"),
                    lambda c: ", ".join(sorted(c.sensitive)),
                    width=230,
                ),
                Column("status", self.tr("Status"), self._status),
            ],
            lambda q: len(_matching(choices, q)),
            lambda q, offset, limit: _page(choices, q, offset, limit),
            row_key=lambda c: c.name,
            row_muted=lambda c: not (c.available and c.allowed),
            count_text=lambda n: self.tr("%n export(s)", "", n),
            search_placeholder=self.tr("Search exports"),
        )
        panel.setObjectName("manualExportsPanel")
        self.export_button = panel.add_action(
            self.tr("Export…"),
            self.export_selected,
            selection=Selection.ONE,
            enabled_when=lambda rows: all(r.available and r.allowed for r in rows),
            object_name="exportButton",
            variant="primary",
        )
        panel.opened.connect(lambda c: self.open_export(c.name) if c.available and c.allowed else None)
        return panel

    def export_selected(self) -> None:
        row = self.manual.current_row()
        if row is not None:
            self.open_export(row.name)

    def open_export(self, name: str) -> None:
        self.dialog = self.manual.open_dialog(lambda: ExportDialog(self.session, self, export=name))

    # ---- automated -----------------------------------------------------------------------------
    def _automated_tab(self) -> QWidget:
        service = self.session.automatic_exports
        if not service.is_enabled():
            self.off_label = QLabel(
                self.tr(
                    "Automated exports are switched off for this account. "
                    "An administrator can switch them on in Settings › Extensions."
                )
            )
            self.off_label.setObjectName("emptyStateMessage")
            self.off_label.setWordWrap(True)
            return self.off_label
        schedules = schedule_labels()

        def rows(query: ListQuery) -> list[TaskRow]:
            return _matching(service.list_tasks(), query)

        panel = ListPanel(
            self.tr("Automated exports"),
            [
                Column("name", self.tr("Name"), lambda r: r.name, sortable=False, width=180),
                Column(
                    "schedule",
                    self.tr("Schedule"),
                    lambda r: f"{schedules.get(r.schedule, r.schedule)}, {r.hour:02d}:00",
                    sortable=False,
                    width=170,
                ),
                Column(
                    "exports", self.tr("Exports"), lambda r: ", ".join(r.exports), sortable=False, width=200
                ),
                Column("where", self.tr("Destination"), lambda r: r.where, sortable=False, width=220),
                Column("next", self.tr("Next run"), lambda r: r.next_run_at, sortable=False, width=150),
                Column("status", self.tr("Last run"), self._last_run, sortable=False),
            ],
            lambda q: len(rows(q)),
            lambda q, offset, limit: rows(q)[offset : offset + limit],
            row_muted=lambda r: not r.enabled,
            count_text=lambda n: self.tr("%n task(s)", "", n),
            search_placeholder=self.tr("Search tasks"),
            empty_title=self.tr("No automated export yet"),
            empty_message=self.tr(
                "A task exports on a schedule (every day, every Monday, the 1st of the month) to a folder "
                "or an SFTP server, while a console is open or from “engage-desktop exports run-due”."
            ),
        )
        panel.setObjectName("automatedExportsPanel")
        self.new_task_button = panel.add_action(
            self.tr("New task"), self.new_task, object_name="newExportTaskButton", variant="primary"
        )
        self.edit_task_button = panel.add_action(
            self.tr("Edit"), self.edit_task, selection=Selection.ONE, object_name="editExportTaskButton"
        )
        self.delete_task_button = panel.add_action(
            self.tr("Delete"),
            self.delete_task,
            selection=Selection.ONE,
            object_name="deleteExportTaskButton",
            variant="danger",
        )
        panel.set_empty_action(self.tr("New task"), self.new_task)
        panel.opened.connect(self.open_task)
        self.automated = panel  # the tasks run from the app's ExportScheduler, started at sign-in
        return panel

    def _last_run(self, row: TaskRow) -> str:
        if not row.last_status:
            return self.tr("Not run yet")
        when = format_value(row.last_attempt_at)
        if row.last_status == "ok":
            return self.tr("Succeeded %1").replace("%1", when)
        return self.tr("Failed %1: %2").replace("%1", when).replace("%2", row.last_error[:200])

    def new_task(self) -> None:
        if self.automated is not None:
            self.dialog = self.automated.open_dialog(lambda: AutomatedExportEditor(self.session, None, self))

    def edit_task(self) -> None:
        row = self.automated.current_row() if self.automated else None
        if row is not None:
            self.open_task(row)

    def open_task(self, row: TaskRow) -> None:
        if self.automated is not None:
            self.dialog = self.automated.open_dialog(lambda: AutomatedExportEditor(self.session, row, self))

    def delete_task(self) -> None:
        panel = self.automated
        row = panel.current_row() if panel else None
        if panel is None or row is None:
            return
        if confirm_destructive(
            self,
            self.tr("Delete automated export"),
            self.tr("Delete the automated export “%1”?").replace("%1", row.name),
            self.tr("Delete"),
            self.tr(
                "Files already delivered stay where they are. The deletion is written to the audit journal."
            ),
        ):
            panel.run(lambda: self.session.automatic_exports.delete_task(row.id))
