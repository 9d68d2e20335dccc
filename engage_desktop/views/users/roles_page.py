"""Users › Roles: the list of roles with their permission and user counts; create, edit, copy, delete."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import Conflict
from engage_desktop.services.users.roles import RoleRow
from engage_desktop.views.users.role_editor import DuplicateRoleDialog, RoleEditorDialog, permission_label
from engage_desktop.views.users.role_move_dialog import MoveUsersDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection


class RolesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_manage = session.can(Permission.MANAGE_ROLES)
        roles = session.roles

        columns = [
            Column("label", self.tr("Label"), lambda r: r.label, width=300),
            Column(
                "permission_count",
                self.tr("Permissions"),
                lambda r: r.permission_count,
                alignment=RIGHT,
                width=120,
            ),
            Column("user_count", self.tr("Users"), lambda r: r.user_count, alignment=RIGHT, width=100),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        # Permissions of an extension that is off have no effect: not offered as a filter either.
        by_label = sorted(
            (c.permission for c in roles.permission_choices() if c.visible), key=permission_label
        )
        filters = [
            FilterSpec(
                "permission",
                self.tr("Permission"),
                [(self.tr("Any permission"), None)] + [(permission_label(p), p.value) for p in by_label],
            ),
            FilterSpec(
                "in_use",
                self.tr("In use"),
                [(self.tr("All roles"), None), (self.tr("Given to users"), True), (self.tr("Unused"), False)],
            ),
        ]
        self.panel = ListPanel(
            self.tr("Roles"),
            columns,
            roles.count_roles,
            roles.list_roles,
            count_text=self._count_text,
            search_placeholder=self.tr("Search roles by label"),
            filters=filters,
            empty_title=self.tr("No roles yet"),
            empty_message=self.tr("A role decides what its users may see and do."),
            sort="label",
        )
        self.new_button = self.panel.add_action(
            self.tr("New role"),
            self.new_role,
            allowed=can_manage,
            object_name="newRoleButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="editRoleButton",
        )
        self.duplicate_button = self.panel.add_action(
            self.tr("Duplicate"),
            self.duplicate_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="duplicateRoleButton",
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="deleteRoleButton",
            variant="danger",
            enabled_when=lambda rows: not rows[0].user_count,  # in use: the tooltip says why
        )
        self.move_delete_button = self.panel.add_action(
            self.tr("Move users and delete…"),
            self.move_users_and_delete_selected,
            selection=Selection.ONE,
            allowed=can_manage and session.can(Permission.UPDATE_USER),
            object_name="moveUsersDeleteRoleButton",
            variant="danger",
            enabled_when=lambda rows: bool(rows[0].user_count),  # unused: plain Delete
        )
        self.move_delete_button.setToolTip(self.tr("Give the role's users another role, then delete it"))
        if can_manage:
            self.panel.set_empty_action(self.tr("New role"), self.new_role)
        self.panel.opened.connect(self.open_role)
        self.panel.selectionChanged.connect(self._explain_delete)
        self._explain_delete()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln roles", None, n)

    @property
    def editor(self) -> QDialog | None:
        """The open editor or duplicate dialog, if any."""
        return self.panel.active_dialog

    # ---- actions -------------------------------------------------------------------------------
    def new_role(self) -> None:
        self.panel.open_dialog(lambda: RoleEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_role(row)

    def open_role(self, row: RoleRow) -> None:
        """Double-click or Enter: the editor (read-only without manage_roles)."""
        self.panel.open_dialog(lambda: RoleEditorDialog(self.session, row.id, self))

    def duplicate_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.panel.open_dialog(lambda: DuplicateRoleDialog(self.session, row.id, row.label, self))

    def delete_selected(self) -> None:
        """A role given to users cannot go: say so at once rather than ask first (the service checks again)."""
        row: RoleRow | None = self.panel.current_row()
        if row is None:
            return
        if row.user_count:  # the button is off; Edit › Delete still gets here
            show_error(self, Conflict(self._in_use_text(row)))
            return
        if confirm_destructive(
            self,
            self.tr("Delete role"),
            self.tr("Delete the role “%1”?").replace("%1", row.label),
            self.tr("Delete role"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            self.panel.run(lambda: self.session.roles.delete_role(row.id))

    def move_users_and_delete_selected(self) -> None:
        """Asks which role the users get, then moves them and deletes the role in one service call."""
        row: RoleRow | None = self.panel.current_row()
        if row is None:
            return
        others = [(i, label) for i, label in self.session.users.role_names() if i != row.id]
        dialog = MoveUsersDialog(row.label, row.user_count, others, self)
        try:
            target = dialog.target_role_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if target is not None:
            self.panel.run(lambda: self.session.roles.move_users_and_delete_role(row.id, target))

    def _in_use_text(self, row: RoleRow) -> str:
        users = (
            self.tr("The role “%1” is given to 1 user.")
            if row.user_count == 1
            else self.tr("The role “%1” is given to %2 users.").replace(
                "%2", QLocale().toString(row.user_count)
            )
        ).replace("%1", row.label)
        return users + " " + self.tr("Give them another role before deleting it.")

    def _explain_delete(self) -> None:
        """A role in use cannot be deleted: the (disabled) Delete button's tooltip says why."""
        row: RoleRow | None = self.panel.current_row()
        self.delete_button.setToolTip(
            self._in_use_text(row)
            if row is not None and row.user_count > 0
            else self.tr("Delete the selected role")
        )
