"""Agent tools › Reply assistant: the entries (search across labels, shortcuts and bodies; filter by
group), create, edit, delete, import from CSV/XLSX and export. With the reply-assistant extension
off the page only says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from engage_desktop.services.agent_tools.entries import EntryRow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.agent_tools.entry_editor import EntryEditorDialog
from engage_desktop.views.agent_tools.entry_import_dialog import EntryImportDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.progress_dialog import ProgressDialog


class ReplyAssistantPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.panel: ListPanel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        service = session.reply_assistant
        if not service.is_enabled():
            self.off_label = QLabel(
                self.tr(
                    "The reply assistant is switched off for this account. "
                    "An administrator can switch it on in Settings › Extensions."
                )
            )
            self.off_label.setObjectName("emptyStateMessage")
            self.off_label.setWordWrap(True)
            layout.addWidget(self.off_label)
            layout.addStretch(1)
            return
        columns = [
            Column("label", self.tr("Label"), lambda r: r.label, width=280),
            Column("shortcuts", self.tr("Shortcuts"), lambda r: r.shortcuts, sortable=False, width=160),
            Column("group", self.tr("Group"), lambda r: r.group, sortable=False, width=140),
            Column("languages", self.tr("Languages"), lambda r: r.languages, sortable=False, width=110),
            Column(
                "version_count",
                self.tr("Versions"),
                lambda r: r.version_count,
                sortable=False,
                alignment=RIGHT,
            ),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        try:
            groups = [(name, group_id) for group_id, name in service.choices().groups]
        except DomainError:
            groups = []
        self.panel = panel = ListPanel(
            self.tr("Reply assistant"),
            columns,
            service.count_entries,
            service.list_entries,
            count_text=self._count_text,
            search_placeholder=self.tr("Search labels, shortcuts and texts"),
            filters=[FilterSpec("group_id", self.tr("Group"), [(self.tr("Any group"), None), *groups])],
            empty_title=self.tr("No entry yet"),
            empty_message=self.tr(
                "Entries are ready answers agents call with a shortcut: one text per language, "
                "plain or HTML, with attachments."
            ),
            sort="label",
        )
        self.new_button = panel.add_action(
            self.tr("New entry"), self.new_entry, object_name="newEntryButton", variant="primary"
        )
        self.edit_button = panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editEntryButton"
        )
        self.import_button = panel.add_action(
            self.tr("Import…"), self.import_entries, object_name="importEntriesButton"
        )
        self.export_button = panel.add_action(
            self.tr("Export…"), self.export_entries, object_name="exportEntriesButton"
        )
        self.delete_button = panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            object_name="deleteEntryButton",
            variant="danger",
        )
        panel.set_empty_action(self.tr("New entry"), self.new_entry)
        panel.opened.connect(self.open_entry)
        layout.addWidget(panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln entry(ies)", "", n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog if self.panel else None

    def new_entry(self) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: EntryEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row() if self.panel else None
        if row is not None:
            self.open_entry(row)

    def open_entry(self, row: EntryRow) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: EntryEditorDialog(self.session, row.id, self))

    def delete_selected(self) -> None:
        row = self.panel.current_row() if self.panel else None
        if row is None or self.panel is None:
            return
        if confirm_destructive(
            self,
            self.tr("Delete entry"),
            self.tr("Delete the entry “%1” and its versions?").replace("%1", row.label),
            self.tr("Delete entry"),
            self.tr("Agents can no longer use it. The deletion is written to the audit journal."),
        ):
            self.panel.run(lambda: self.session.reply_assistant.delete_entry(row.id))

    def import_entries(self) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: EntryImportDialog(self.session, self))

    def export_entries(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the reply assistant"),
                "reply_assistant-knowledge_base.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
        if not path:
            return
        service, target = self.session.reply_assistant_import, Path(path)
        progress = ProgressDialog(
            self.tr("Exporting the reply assistant"),
            self.tr("Writing %1…").replace("%1", target.name),
            lambda token, report: service.export_entries(target),
            self,
        )
        progress.failed.connect(lambda exc: show_error(self, exc))
        if not progress.run():
            return
        lines = int(progress.result_value)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export done"),
            self.tr("%1 lines written to %2").replace("%1", QLocale().toString(lines)).replace("%2", path),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("exportDoneDialog")
        box.open()
