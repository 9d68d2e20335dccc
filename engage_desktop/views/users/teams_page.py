"""Users › Teams: teams with their member and leader counts; create, edit, delete.

A team leader limited to their teams (manage_users_of_my_teams) sees only the teams they lead.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.teams import TeamRow
from engage_desktop.views.users.team_editor import TeamEditorDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel, Selection


class TeamsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_manage = session.can(Permission.MANAGE_TEAMS)
        can_edit = can_manage or session.can(Permission.MANAGE_USERS_OF_MY_TEAMS)
        teams = session.teams
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=260),
            Column("member_count", self.tr("Members"), lambda r: r.member_count, alignment=RIGHT, width=110),
            Column("leader_count", self.tr("Leaders"), lambda r: r.leader_count, alignment=RIGHT, width=100),
            Column("leaders", self.tr("Led by"), lambda r: r.leaders or "—", sortable=False, width=300),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = ListPanel(
            self.tr("Teams"),
            columns,
            teams.count_teams,
            teams.list_teams,
            count_text=self._count_text,
            search_placeholder=self.tr("Search teams by name"),
            empty_title=self.tr("No teams yet"),
            empty_message=self.tr("A team groups agents under one or more leaders."),
            sort="name",
        )
        self.new_button = self.panel.add_action(
            self.tr("New team"),
            self.new_team,
            allowed=can_manage,
            object_name="newTeamButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=can_edit,
            object_name="editTeamButton",
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="deleteTeamButton",
            variant="danger",
        )
        if can_manage:
            self.panel.set_empty_action(self.tr("New team"), self.new_team)
        self.panel.opened.connect(self.open_team)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln teams", None, n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_team(self) -> None:
        self.panel.open_dialog(lambda: TeamEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_team(row)

    def open_team(self, row: TeamRow) -> None:
        """Double-click or Enter: the editor (read-only when the actor may not change the team)."""
        self.panel.open_dialog(lambda: TeamEditorDialog(self.session, row.id, self))

    def delete_selected(self) -> None:
        row: TeamRow | None = self.panel.current_row()
        if row is None:
            return
        if row.member_count == 0:
            members = ""
        elif row.member_count == 1:
            members = self.tr("Its member keeps their account.") + " "
        else:
            count = QLocale().toString(row.member_count)
            members = self.tr("Its %1 members keep their accounts.").replace("%1", count) + " "
        if confirm_destructive(
            self,
            self.tr("Delete team"),
            self.tr("Delete the team “%1”?").replace("%1", row.name),
            self.tr("Delete team"),
            members + self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            self.panel.run(lambda: self.session.teams.delete_team(row.id))
