"""Routing › Routing channels: groups of sources sharing capacity, timeouts and SLA."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.routing.routing_channels import RoutingChannelRow
from engage_desktop.views.routing.routing_channel_editor import RoutingChannelEditorDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel, Selection


class RoutingChannelsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.routing_channels
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=220),
            Column("label", self.tr("Label"), lambda r: r.label, width=180),
            Column(
                "soft_capability", self.tr("Soft"), lambda r: r.soft_capability, alignment=RIGHT, width=80
            ),
            Column(
                "hard_capability", self.tr("Hard"), lambda r: r.hard_capability, alignment=RIGHT, width=80
            ),
            Column(
                "task_timeout_seconds",
                self.tr("Timeout (s)"),
                lambda r: r.task_timeout_seconds,
                alignment=RIGHT,
                width=110,
            ),
            Column("source_count", self.tr("Channels"), lambda r: r.source_count, alignment=RIGHT, width=100),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = ListPanel(
            self.tr("Routing channels"),
            columns,
            service.count_channels,
            service.list_channels,
            count_text=lambda n: self.tr("%Ln routing channel(s)", "", n),
            search_placeholder=self.tr("Search routing channels by name"),
            empty_title=self.tr("No routing channels yet"),
            empty_message=self.tr("A routing channel groups channels that share capacity, timeouts and SLA."),
            sort="name",
        )
        self.panel.add_action(
            self.tr("New routing channel"),
            self.new_channel,
            object_name="newChannelButton",
            variant="primary",
        )
        self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editChannelButton"
        )
        self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            object_name="deleteChannelButton",
            variant="danger",
        )
        self.panel.set_empty_action(self.tr("New routing channel"), self.new_channel)
        self.panel.opened.connect(self.open_channel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def new_channel(self) -> None:
        self.panel.open_dialog(lambda: RoutingChannelEditorDialog(self.session.routing_channels, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_channel(row)

    def open_channel(self, row: RoutingChannelRow) -> None:
        self.panel.open_dialog(
            lambda: RoutingChannelEditorDialog(self.session.routing_channels, row.id, self)
        )

    def delete_selected(self) -> None:
        row: RoutingChannelRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete routing channel"),
            self.tr("Delete the routing channel “%1”? Its channels stay, in no routing channel.").replace(
                "%1", row.name
            ),
            self.tr("Delete routing channel"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            self.panel.run(lambda: self.session.routing_channels.delete_channel(row.id))
