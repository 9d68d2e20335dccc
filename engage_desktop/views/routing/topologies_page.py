"""Routing › Topologies: the routing strategies, the active one marked; create, edit, activate,
delete. Activating a topology whose config has problems opens it with the problems shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.topologies import InvalidTopology, TopologyRow
from engage_desktop.views.routing.topology_editor import TopologyEditorDialog
from engage_desktop.views.users.user_badges import Pill, PillDelegate
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection


class TopologiesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_manage = session.can(Permission.MANAGE_TOPOLOGIES)
        service = session.topologies
        self.active_text = self.tr("Active")
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=300),
            Column(
                "active",
                self.tr("Status"),
                lambda r: self.active_text if r.active else "",
                width=120,
                tooltip=lambda r: (
                    self.tr("This topology routes the tasks now") if r.active else self.tr("Not active")
                ),
            ),
            Column(
                "queue_count",
                self.tr("Queues"),
                lambda r: r.queue_count,
                sortable=False,
                alignment=RIGHT,
                width=90,
            ),
            Column(
                "problem_count",
                self.tr("Problems"),
                lambda r: self._problems_text(r.problem_count),
                sortable=False,
                width=130,
                tooltip=lambda r: (
                    self.tr("Open it to see each problem beside its queue and step")
                    if r.problem_count
                    else self.tr("Ready to be activated")
                ),
            ),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = ListPanel(
            self.tr("Topologies"),
            columns,
            service.count_topologies,
            service.list_topologies,
            count_text=self._count_text,
            search_placeholder=self.tr("Search topologies by name"),
            filters=[
                FilterSpec(
                    "active",
                    self.tr("Status"),
                    [
                        (self.tr("Any status"), None),
                        (self.tr("Active"), True),
                        (self.tr("Not active"), False),
                    ],
                )
            ],
            empty_title=self.tr("No topology yet"),
            empty_message=self.tr(
                "A topology is the routing strategy: which queue a task joins and which agents it is offered to, step by step."
            ),
            sort="name",
        )
        pill = Pill(self.active_text, "#1E7F4F", "#E3F4EA")
        self.panel.table.setItemDelegateForColumn(
            1, PillDelegate(lambda r: [pill] if r.active else [], self.panel.table)
        )
        self.new_button = self.panel.add_action(
            self.tr("New topology"),
            self.new_topology,
            allowed=can_manage,
            object_name="newTopologyButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="editTopologyButton",
        )
        self.activate_button = self.panel.add_action(
            self.tr("Activate"),
            self.activate_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            enabled_when=lambda rows: bool(rows) and not rows[0].active,
            object_name="activateTopologyButton",
        )
        self.activate_button.setToolTip(self.tr("Make it the routing strategy (the active one stops)"))
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            enabled_when=lambda rows: bool(rows) and not rows[0].active,
            object_name="deleteTopologyButton",
            variant="danger",
        )
        if can_manage:
            self.panel.set_empty_action(self.tr("New topology"), self.new_topology)
        self.panel.opened.connect(self.open_topology)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _problems_text(self, n: int) -> str:
        if n == 0:
            return "—"
        return self.tr("⚠ %Ln problem(s)", "", n)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln topology(ies)", "", n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_topology(self) -> None:
        self.panel.open_dialog(lambda: TopologyEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_topology(row)

    def open_topology(self, row: TopologyRow) -> None:
        self.panel.open_dialog(lambda: TopologyEditorDialog(self.session, row.id, self))

    def activate_selected(self) -> None:
        row: TopologyRow | None = self.panel.current_row()
        if row is None:
            return
        try:
            self.session.topologies.activate_topology(row.id)
        except InvalidTopology:
            self.open_topology(row)  # the editor shows each problem beside its queue and step
            editor = self.editor
            if isinstance(editor, TopologyEditorDialog):
                editor.form.show_form_error(
                    self.tr("“%1” cannot be activated until these problems are fixed.").replace(
                        "%1", row.name
                    )
                )
        except DomainError as exc:
            show_error(self, exc)
        self.panel.refresh()

    def delete_selected(self) -> None:
        row: TopologyRow | None = self.panel.current_row()
        if row is None:
            return
        if confirm_destructive(
            self,
            self.tr("Delete topology"),
            self.tr("Delete the topology “%1”?").replace("%1", row.name),
            self.tr("Delete topology"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            self.panel.run(lambda: self.session.topologies.delete_topology(row.id))
