"""Users › Roles: the list of roles with their permission and user counts; create, edit, copy, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.errors import DomainError
from engage_desktop.services.permissions import Permission
from engage_desktop.services.roles import RoleDetail, RoleRow
from engage_desktop.views.role_editor import DuplicateRoleDialog, RoleEditorDialog, permission_label
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection


class RolesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.editor: QDialog | None = None  # the open editor or duplicate dialog, if any
        self._shown_once = False
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
        by_label = sorted(Permission, key=permission_label)
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
        )
        if can_manage:
            self.panel.set_empty_action(self.tr("New role"), self.new_role)
        self.panel.opened.connect(self.open_role)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return self.tr("1 role") if n == 1 else self.tr("%1 roles").replace("%1", QLocale().toString(n))

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page shows what changed elsewhere (user counts, other workstations)."""
        if self._shown_once:
            self.panel.refresh()
        self._shown_once = True
        super().showEvent(event)

    # ---- actions -------------------------------------------------------------------------------
    def new_role(self) -> None:
        self._open_dialog(lambda: RoleEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_role(row)

    def open_role(self, row: RoleRow) -> None:
        """Double-click or Enter: the editor (read-only without manage_roles)."""
        self._open_dialog(lambda: RoleEditorDialog(self.session, row.id, self))

    def duplicate_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self._open_dialog(lambda: DuplicateRoleDialog(self.session, row.id, row.label, self))

    def delete_selected(self) -> None:
        row: RoleRow | None = self.panel.current_row()
        if row is None:
            return
        if not confirm_destructive(
            self,
            self.tr("Delete role"),
            self.tr("Delete the role “%1”?").replace("%1", row.label),
            self.tr("Delete role"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            return
        try:
            self.session.roles.delete_role(row.id)
        except DomainError as exc:
            show_error(self, exc)
        self.panel.refresh()

    def _open_dialog(self, build: Callable[[], RoleEditorDialog | DuplicateRoleDialog]) -> None:
        """Window-modal and non-blocking (`open`, not `exec`); the list follows when it saves."""
        try:
            dialog = build()
        except DomainError as exc:  # e.g. the role was deleted on another workstation
            show_error(self, exc)
            self.panel.refresh()
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_role))
        dialog.finished.connect(self._forget_dialog)
        self.editor = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.editor = None

    def _after_save(self, role: RoleDetail | None) -> None:
        self.panel.refresh()
        if role is not None:
            self.panel.select_key(role.id)
