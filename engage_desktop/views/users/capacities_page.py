"""Users › Agent capacities: per routing channel how many tasks an agent takes; create, edit (with
the users it is given to), delete (offering to take it from its users in the same step)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import is_team_scoped
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.users.capacities import CapacityRow, ChannelChoice
from engage_desktop.views.users.capacity_editor import CapacityEditorDialog, limits_text
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection


class CapacitiesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_define = session.can(Permission.UPDATE_USER) and not is_team_scoped(session.user.permissions)
        service = session.capacities
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=200),
            Column(
                "channel_count",
                self.tr("Channels"),
                lambda r: r.channel_count,
                alignment=RIGHT,
                width=95,
            ),
            Column(
                "limits",
                self.tr("Default / maximum per channel"),
                lambda r: limits_text(r.limits) or self.tr("No override"),
                sortable=False,
                width=480,
            ),
            Column("user_count", self.tr("Users"), lambda r: r.user_count, alignment=RIGHT, width=90),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        channels = [(self.tr("Any channel"), None)] + [(c.name, c.id) for c in self._channels()]
        self.panel = ListPanel(
            self.tr("Agent capacities"),
            columns,
            service.count_capacities,
            service.list_capacities,
            count_text=self._count_text,
            search_placeholder=self.tr("Search capacities by name"),
            filters=[FilterSpec("channel_id", self.tr("Channel"), channels)],
            empty_title=self.tr("No agent capacities yet"),
            empty_message=self.tr(
                "A capacity sets, per routing channel, how many tasks the agents given it take at once."
            ),
            sort="name",
        )
        self.new_button = self.panel.add_action(
            self.tr("New capacity"),
            self.new_capacity,
            allowed=can_define,
            object_name="newCapacityButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editCapacityButton"
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_define,
            object_name="deleteCapacityButton",
            variant="danger",
        )
        if can_define:
            self.panel.set_empty_action(self.tr("New capacity"), self.new_capacity)
        self.panel.opened.connect(self.open_capacity)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _channels(self) -> list[ChannelChoice]:
        try:
            return self.session.capacities.channel_choices()
        except DomainError:
            return []  # the list shows the refusal itself

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln capacity(ies)", "", n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_capacity(self) -> None:
        self.panel.open_dialog(lambda: CapacityEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_capacity(row)

    def open_capacity(self, row: CapacityRow) -> None:
        self.panel.open_dialog(lambda: CapacityEditorDialog(self.session, row.id, self))

    def delete_selected(self) -> None:
        """Asks with the number of users as it is now; they lose it in the same transaction."""
        row: CapacityRow | None = self.panel.current_row()
        if row is None:
            return
        try:
            users = self.session.capacities.get_capacity(row.id).user_count
        except DomainError as exc:
            show_error(self, exc)
            self.panel.refresh()
            return
        title = self.tr("Delete agent capacity")
        question = self.tr("Delete the agent capacity “%1”?").replace("%1", row.name)
        journal = self.tr("The deletion is written to the audit journal and cannot be undone.")
        if users == 0:
            if confirm_destructive(self, title, question, self.tr("Delete capacity"), journal):
                self.panel.run(lambda: self.session.capacities.delete_capacity(row.id))
            return
        given = self.tr("It is given to %Ln user(s), who will have none.", "", users)
        detail = given + " " + self.tr("The routing channels' own capacities then apply to them.") + " "
        if confirm_destructive(self, title, question, self.tr("Take away and delete"), detail + journal):
            self.panel.run(lambda: self.session.capacities.delete_capacity(row.id, unassign_users=True))
