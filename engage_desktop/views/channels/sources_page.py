"""Channels › Channels: every content source with its type, colour, community, routing channel,
state and status; the creation wizard, the editor, activation and the e-mail connection test."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.email_check import ConnectionReport
from engage_desktop.services.channels.source_types import EMAIL, SOURCE_TYPES, source_type
from engage_desktop.services.channels.sources import SourceRow
from engage_desktop.views.channels.channel_widgets import (
    PALETTE,
    RowIconDelegate,
    dot_icon,
    report_lines,
    swatch_icon,
    type_icon,
    type_label,
)
from engage_desktop.views.channels.source_editor import SourceEditorDialog
from engage_desktop.views.channels.source_wizard import SourceWizard
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.progress_dialog import ProgressDialog
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP

STATUS_TEXT = {
    "ok": QT_TRANSLATE_NOOP("SourcesPage", "OK"),
    "pending": QT_TRANSLATE_NOOP("SourcesPage", "Not checked yet"),
    "error": QT_TRANSLATE_NOOP("SourcesPage", "Connection failed"),
}


def status_text(status: str) -> str:
    return QCoreApplication.translate("SourcesPage", STATUS_TEXT.get(status, status))


STATUS_COLOUR = {"ok": 3, "pending": 2, "error": 0}  # palette indexes: green, amber, red


def status_icon(status: str) -> QIcon:
    return dot_icon(PALETTE[STATUS_COLOUR.get(status, 11)][0])


def is_email(row: SourceRow) -> bool:
    return source_type(row.type).family == EMAIL


class SourcesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.sources
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=250),
            Column("type", self.tr("Type"), lambda r: type_label(r.type), width=170),
            Column(
                "color",
                self.tr("Colour"),
                lambda r: (
                    QCoreApplication.translate("ColorCombo", PALETTE[r.color][1]) if 0 <= r.color < 12 else ""
                ),
                sortable=False,
                width=100,
            ),
            Column("community", self.tr("Community"), lambda r: r.community_name, width=170),
            Column("channel", self.tr("Routing channel"), lambda r: r.channel_name or "—", width=160),
            Column("active", self.tr("Active"), lambda r: r.active, width=80),
            Column(
                "status",
                self.tr("Status"),
                lambda r: status_text(r.status),
                tooltip=lambda r: r.status_message or status_text(r.status),
            ),
        ]
        filters = [
            FilterSpec(
                "type",
                self.tr("Type"),
                [(self.tr("All types"), None)] + [(t.label, t.key) for t in SOURCE_TYPES],
            ),
            FilterSpec(
                "active",
                self.tr("State"),
                [(self.tr("All"), None), (self.tr("Active"), True), (self.tr("Inactive"), False)],
            ),
        ]  # the Status column sorts failing channels together; a third filter made the bar too wide
        self.panel = ListPanel(
            self.tr("Channels"),
            columns,
            service.count_sources,
            service.list_sources,
            count_text=lambda n: self.tr("%Ln channels", None, n),
            search_placeholder=self.tr("Search channels by name"),
            filters=filters,
            empty_title=self.tr("No channels yet"),
            empty_message=self.tr(
                "A channel is one connected account: a mailbox, a Facebook page, a web chat…"
            ),
            sort="name",
            row_muted=lambda r: not r.active,
        )
        table = self.panel.table
        table.setItemDelegateForColumn(1, RowIconDelegate(lambda r: type_icon(r.type), table))
        table.setItemDelegateForColumn(2, RowIconDelegate(lambda r: swatch_icon(r.color), table))
        table.setItemDelegateForColumn(6, RowIconDelegate(lambda r: status_icon(r.status), table))
        can_create = session.can(Permission.CREATE_CONTENT_SOURCE)
        can_update = session.can(Permission.UPDATE_CONTENT_SOURCE)
        self.new_button = self.panel.add_action(
            self.tr("New channel"),
            self.new_source,
            allowed=can_create,
            object_name="newSourceButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editSourceButton"
        )
        self.test_button = self.panel.add_action(
            self.tr("Test connection"),
            self.test_selected,
            selection=Selection.ONE,
            allowed=can_update,
            enabled_when=lambda rows: all(is_email(r) for r in rows),
            object_name="testSourceButton",
        )
        # One button: "Deactivate" for an active channel, "Activate" for an inactive one.
        self.activation_button = self.panel.add_action(
            self.tr("Deactivate"),
            self.toggle_selected,
            selection=Selection.ONE,
            allowed=can_update,
            object_name="activationButton",
        )
        self.panel.selectionChanged.connect(self._follow_selection)
        # A refresh updates the selected row in place (no selection change): follow its new state.
        self.panel.model.dataChanged.connect(lambda *_args: self._follow_selection())
        self.panel.model.modelReset.connect(self._follow_selection)
        if can_create:
            self.panel.set_empty_action(self.tr("New channel"), self.new_source)
        self.panel.opened.connect(self.open_source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    # ---- create and edit ------------------------------------------------------------------------
    def new_source(self) -> None:
        self.panel.open_dialog(lambda: SourceWizard(self.session, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_source(row)

    def open_source(self, row: SourceRow) -> None:
        self.panel.open_dialog(lambda: SourceEditorDialog(self.session, row.id, self))

    # ---- activation -----------------------------------------------------------------------------
    def _follow_selection(self) -> None:
        row: SourceRow | None = self.panel.current_row()
        activating = row is not None and not row.active
        button = self.activation_button
        button.setText(self.tr("Activate") if activating else self.tr("Deactivate"))
        button.setProperty("variant", "" if activating else "danger")
        button.style().unpolish(button)
        button.style().polish(button)

    def toggle_selected(self) -> None:
        row: SourceRow | None = self.panel.current_row()
        if row is not None and row.active:
            self.deactivate_selected()
        elif row is not None:
            self.activate_selected()

    def deactivate_selected(self) -> None:
        row: SourceRow | None = self.panel.current_row()
        if row is None:
            return
        routing = (
            self.tr("Its conversations stop being routed to agents (routing channel “%1”).").replace(
                "%1", row.channel_name
            )
            if row.channel_name
            else self.tr("Its conversations stop being routed to agents.")
        )
        detail = " ".join(
            [
                self.tr("Incoming messages stop: nothing new is fetched from %1.").replace(
                    "%1", type_label(row.type)
                ),
                routing,
                self.tr(
                    "Agents can no longer reply through it. Nothing is deleted; you can activate it again."
                ),
            ]
        )
        if confirm_destructive(
            self,
            self.tr("Deactivate channel"),
            self.tr("Deactivate the channel “%1”?").replace("%1", row.name),
            self.tr("Deactivate"),
            detail,
        ):
            self._set_active(row, False)

    def activate_selected(self) -> None:
        row: SourceRow | None = self.panel.current_row()
        if row is None:
            return
        if confirm_destructive(
            self,
            self.tr("Activate channel"),
            self.tr("Activate the channel “%1”?").replace("%1", row.name),
            self.tr("Activate"),
            self.tr(
                "Its messages will be fetched and routed to agents again, and agents may reply through it."
            ),
        ):
            self._set_active(row, True)

    def _set_active(self, row: SourceRow, active: bool) -> None:
        self.panel.run(lambda: self.session.sources.set_active(row.id, active))

    # ---- connection test ------------------------------------------------------------------------
    def test_selected(self) -> ConnectionReport | None:
        """The saved settings and keyring passwords, on a worker thread; the status column follows."""
        row: SourceRow | None = self.panel.current_row()
        if row is None:
            return None
        service, source_id = self.session.sources, row.id
        dialog = ProgressDialog(
            self.tr("Test connection"),
            self.tr("Connecting to the servers of “%1”…").replace("%1", row.name),
            lambda _token, _report: service.check_source_connection(source_id),
            self,
        )
        ok = dialog.run()
        dialog.deleteLater()
        self.panel.refresh()
        if not ok:
            if dialog.error is not None:
                show_error(self, dialog.error)
            return None
        report: ConnectionReport = dialog.result_value
        lines = report_lines(report)
        box = QMessageBox(
            QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning,
            self.tr("Test connection"),
            self.tr("The connection works.") if report.ok else self.tr("The connection does not work yet."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("connectionReport")
        box.setInformativeText("\n".join(lines))
        box.exec()
        return report
