"""Settings › Workstations: the consoles using this database now (several workstations, #16)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.workstations import WorkstationRow, WorkstationService
from engage_desktop.views.widgets.list_panel import Column, ListPanel

# Set by the application on its main window: this console's own row in the list.
TOKEN_PROPERTY = "workstationToken"


class WorkstationsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.service = WorkstationService(session.ctx)
        columns = [
            Column("workstation", self.tr("Workstation"), self._name, width=240),
            Column("user_label", self.tr("Signed in as"), lambda r: r.user_label, width=200),
            Column("started_at", self.tr("Since"), lambda r: r.started_at),
            Column("last_seen_at", self.tr("Last seen"), lambda r: r.last_seen_at),
            Column("console_version", self.tr("Console version"), lambda r: r.console_version),
        ]
        self.panel = ListPanel(
            self.tr("Workstations"),
            columns,
            self.service.count_workstations,
            self.service.list_workstations,
            count_text=lambda n: self.tr("%Ln workstation(s) connected", "", n),
            search_placeholder=self.tr("Search by workstation or user"),
            empty_title=self.tr("No workstation connected"),
            empty_message=self.tr(
                "Consoles appear here while they use this database; one that stops answering "
                "disappears after a minute and a half."
            ),
            sort="workstation",
            settings_key="settings.workstations",
            row_key=lambda r: r.token,
        )
        self.panel.add_action(self.tr("Refresh"), self.panel.refresh, object_name="refreshWorkstationsButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def showEvent(self, event: QShowEvent) -> None:
        self.service.own_token = str(self.window().property(TOKEN_PROPERTY) or "")
        super().showEvent(event)  # the list refreshes itself when shown again

    def _name(self, row: WorkstationRow) -> str:
        own = row.this_console or (self.service.own_token and row.token == self.service.own_token)
        return self.tr("%1 (this console)").replace("%1", row.workstation) if own else row.workstation
