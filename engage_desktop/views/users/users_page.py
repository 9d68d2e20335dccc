"""Users › Users: every user the actor may see (fluid at 100,000), searched and filtered by role,
team, state and category, with a "cannot reply" badge; create, invite, edit, enable/disable,
delete (only who never handled work), bulk actions on a selection, CSV import and export.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.users.bulk import BulkAction
from engage_desktop.services.users.choices import UserChoicesService
from engage_desktop.services.users.listing import STATE_CANNOT_REPLY, STATE_INVITED
from engage_desktop.services.users.records import UserRow
from engage_desktop.views.users.bulk_actions import UsersBulkActions
from engage_desktop.views.users.transfer import UsersTransfer
from engage_desktop.views.users.user_badges import PillDelegate, problem_text, row_pills, state_pill
from engage_desktop.views.users.user_editor import UserEditorDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel

STATE_COLUMN = 5


def full_name(row: UserRow) -> str:
    return row.name


class UsersPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self._shown_once = False
        users = session.users
        may = session.user_capabilities
        self.can_edit = may.edit
        self.can_create = may.create
        self.can_invite = may.invite

        columns = [
            Column("name", self.tr("Name"), full_name, width=175),
            Column("nickname", self.tr("Nickname"), lambda r: r.nickname, width=110),
            Column("email", self.tr("E-mail"), lambda r: r.email, width=240),
            Column("role", self.tr("Role"), lambda r: r.role_label, width=125),
            Column("teams", self.tr("Teams"), lambda r: ", ".join(r.team_names), sortable=False, width=140),
            Column("enabled", self.tr("State"), self._state_text, width=205, tooltip=self._state_tooltip),
            Column("last_sign_in_at", self.tr("Last sign-in"), self._last_sign_in),
        ]
        self.panel = ListPanel(
            self.tr("Users"),
            columns,
            users.count_users,
            users.list_users,
            count_text=lambda n: self.tr("%Ln users", None, n),
            search_placeholder=self.tr("Search name, e-mail…"),
            filters=self._filters(),
            empty_title=self.tr("No users yet"),
            empty_message=self.tr("Users appear here once they are created, invited or imported."),
            sort="name",
            row_muted=lambda r: not r.enabled,
        )
        table = self.panel.table
        table.setItemDelegateForColumn(
            STATE_COLUMN,
            PillDelegate(lambda r: row_pills(r.enabled, r.invitation_pending, r.problems), table),
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.panel.opened.connect(self.open_user)
        self.panel.selectionChanged.connect(self._update_actions)
        if self.can_create:
            self.panel.set_empty_action(self.tr("New user"), self.new_user)
        self.transfer = UsersTransfer(self)
        self.bulk = UsersBulkActions(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._header()
        layout.addWidget(self.panel, 1)
        self._update_actions()

    # ---- building -------------------------------------------------------------------------------
    def _filters(self) -> list[FilterSpec]:
        return [
            FilterSpec("role_id", self.tr("Role"), self._role_choices()),
            FilterSpec("team_id", self.tr("Team"), self._team_choices()),
            FilterSpec(
                "enabled",
                self.tr("State"),
                [
                    (self.tr("All users"), None),
                    (self.tr("Enabled"), True),
                    (self.tr("Disabled"), False),
                    (self.tr("Invitation pending"), STATE_INVITED),
                    (self.tr("Cannot reply"), STATE_CANNOT_REPLY),
                ],
            ),
            FilterSpec("category_id", self.tr("Category"), self._category_choices()),
        ]

    def _header(self) -> None:
        """The panel's header holds the notice and the actions (the primary one, New user, last)."""
        self.notice_label = QLabel()
        self.notice_label.setObjectName("mutedLabel")
        self.notice_label.setWordWrap(True)
        self.panel.add_header_widget(self.notice_label, 1)

        self.edit_button = self._button(self.tr("Edit"), "editUserButton", self.edit_selected)
        self.toggle_button = self._button(self.tr("Disable"), "toggleUserButton", self.toggle_selected)
        self.delete_button = self._button(self.tr("Delete"), "deleteUserButton", self.delete_selected)
        self.bulk_button = self._button(self.tr("Bulk actions"), "bulkActionsButton", None)
        bulk = QMenu(self.bulk_button)
        self.bulk_actions = {
            "role": bulk.addAction(self.tr("Change role…"), lambda: self.bulk.ask(BulkAction.CHANGE_ROLE)),
            "add_team": bulk.addAction(self.tr("Add to team…"), lambda: self.bulk.ask(BulkAction.ADD_TEAM)),
            "remove_team": bulk.addAction(
                self.tr("Remove from team…"), lambda: self.bulk.ask(BulkAction.REMOVE_TEAM)
            ),
        }
        bulk.addSeparator()
        self.bulk_actions["enable"] = bulk.addAction(self.tr("Enable"), lambda: self.bulk.enable(True))
        self.bulk_actions["disable"] = bulk.addAction(self.tr("Disable…"), lambda: self.bulk.enable(False))
        self.bulk_button.setMenu(bulk)
        for button in (self.edit_button, self.toggle_button, self.delete_button, self.bulk_button):
            self.panel.add_button(button)
        self.transfer_button = self._button(self.tr("Import / export"), "importExportButton", None)
        transfer = QMenu(self.transfer_button)
        self.import_action = transfer.addAction(self.tr("Import users from CSV…"), self.import_csv)
        self.import_action.setEnabled(self.can_create)
        transfer.addAction(self.tr("Export the listed users to CSV…"), self.export_csv)
        self.transfer_button.setMenu(transfer)
        self.invite_button = self._button(self.tr("Invite"), "inviteUserButton", self.invite_user)
        self.new_button = self._button(self.tr("New user"), "newUserButton", self.new_user)
        self.new_button.setProperty("variant", "primary")
        self.invite_button.setEnabled(self.can_invite)
        self.new_button.setEnabled(self.can_create)
        for button in (self.transfer_button, self.invite_button):
            self.panel.add_button(button)
        self.panel.add_button(self.new_button, primary=True)

    def _button(self, text: str, name: str, triggered: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if callable(triggered):
            button.clicked.connect(lambda _checked=False: triggered())
        return button

    def _role_choices(self) -> list[tuple[str, object]]:
        try:
            names = self.session.users.role_names()
        except DomainError:
            names = []  # the list itself will show why
        return [(self.tr("All roles"), None), *[(label, role_id) for role_id, label in names]]

    def _team_choices(self) -> list[tuple[str, object]]:
        try:
            names = self.session.users.team_names()
        except DomainError:
            names = []
        return [(self.tr("All teams"), None), *[(name, team_id) for team_id, name in names]]

    def _category_choices(self) -> list[tuple[str, object]]:
        try:
            paths = UserChoicesService(self.session.ctx).category_paths()
        except DomainError:
            paths = []
        return [(self.tr("All categories"), None), *[(path, category_id) for category_id, path in paths]]

    def _state_text(self, row: UserRow) -> str:
        return "  ".join(p.text for p in row_pills(row.enabled, row.invitation_pending, row.problems))

    def _last_sign_in(self, row: UserRow) -> object:
        return row.last_sign_in_at or self.tr("Never")

    def _state_tooltip(self, row: UserRow) -> str:
        state = state_pill(row.enabled, row.invitation_pending).text
        return f"{state}\n{problem_text(row.problems)}" if row.problems and row.enabled else state

    def showEvent(self, event: QShowEvent) -> None:
        """Roles, teams and categories may have changed on their pages meanwhile."""
        if self._shown_once and not event.spontaneous():
            self.panel.set_filter_choices("role_id", self._role_choices())
            self.panel.set_filter_choices("team_id", self._team_choices())
            self.panel.set_filter_choices("category_id", self._category_choices())
        self._shown_once = True
        super().showEvent(event)

    # ---- state of the actions --------------------------------------------------------------------
    def selected(self) -> list[UserRow]:
        return list(self.panel.selected_rows())

    def _update_actions(self) -> None:
        rows = self.selected()
        one = rows[0] if len(rows) == 1 else None
        self.edit_button.setEnabled(one is not None)
        self.edit_button.setText(self.tr("Edit") if self.can_edit else self.tr("Open"))
        self.toggle_button.setEnabled(one is not None and self.can_edit)
        enabling = one is not None and not one.enabled
        self.toggle_button.setText(self.tr("Enable") if enabling else self.tr("Disable"))
        self.toggle_button.setProperty("variant", "" if enabling else "danger")
        self.toggle_button.style().unpolish(self.toggle_button)
        self.toggle_button.style().polish(self.toggle_button)
        self.delete_button.setEnabled(one is not None and self.can_edit)
        self.bulk_button.setEnabled(bool(rows) and self.can_edit)
        self.bulk_button.setText(
            self.tr("Bulk actions (%1)").replace("%1", QLocale().toString(len(rows)))
            if len(rows) > 1
            else self.tr("Bulk actions")
        )

    def notify(self, text: str) -> None:
        self.notice_label.setText(text)

    # ---- opening ---------------------------------------------------------------------------------
    @property
    def editor(self) -> UserEditorDialog | None:
        dialog = self.panel.active_dialog
        return dialog if isinstance(dialog, UserEditorDialog) else None

    def new_user(self) -> None:
        self.panel.open_dialog(lambda: UserEditorDialog(self.session, None, self))

    def invite_user(self) -> None:
        self.panel.open_dialog(lambda: UserEditorDialog(self.session, None, self, invite=True))

    def edit_selected(self) -> None:
        rows = self.selected()
        if len(rows) == 1:
            self.open_user(rows[0])

    def open_user(self, row: UserRow, tab: str = "profile") -> None:
        self.panel.open_dialog(lambda: UserEditorDialog(self.session, row.id, self, tab=tab))

    def show_user_identities(self, user_id: int) -> None:
        """From Channels › Identities: this user's editor, on the Identities tab."""
        self.panel.select_key_when_loaded(user_id)
        self.panel.open_dialog(lambda: UserEditorDialog(self.session, user_id, self, tab="identities"))

    def _context_menu(self, position: QPoint) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…") if self.can_edit else self.tr("Open…"), lambda: self.open_user(row))
        if row.problems:
            menu.addAction(self.tr("Choose identities…"), lambda: self.open_user(row, "identities"))
        if row.invitation_pending and self.can_invite:
            menu.addAction(self.tr("Resend the invitation"), self.resend_invitation)
        if self.can_edit:
            menu.addSeparator()
            menu.addAction(
                self.tr("Enable") if not row.enabled else self.tr("Disable…"), self.toggle_selected
            )
            menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.popup(self.panel.table.viewport().mapToGlobal(position))

    # ---- one user --------------------------------------------------------------------------------
    def toggle_selected(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        if row.enabled and not confirm_destructive(
            self,
            self.tr("Disable user"),
            self.tr("Disable %1 (%2)?").replace("%1", row.name).replace("%2", row.email),
            self.tr("Disable user"),
            self.tr("They can no longer sign in or act until enabled again. Their history is kept."),
        ):
            return
        self.panel.run(lambda: self.session.users.set_enabled(row.id, not row.enabled))

    def resend_invitation(self) -> None:
        rows = self.selected()
        if len(rows) == 1 and self.panel.run(lambda: self.session.users.resend_invitation(rows[0].id)):
            self.notify(self.tr("Invitation sent again to %1.").replace("%1", rows[0].email))

    def delete_selected(self) -> None:
        """Only a user who never handled work; otherwise disabling them is offered instead."""
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        try:
            check = self.session.users.deletion_check(row.id)
        except DomainError as exc:
            show_error(self, exc)
            self.panel.refresh()
            return
        if not check.allowed:
            if check.offer_disable and confirm_destructive(
                self,
                self.tr("Cannot delete"),
                self.tr("%1 cannot be deleted. Disable them instead?").replace("%1", row.name),
                self.tr("Disable user"),
                check.reason,
            ):
                self.panel.run(lambda: self.session.users.set_enabled(row.id, False))
            elif not check.offer_disable:
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cannot delete"), check.reason)
                box.setParent(self, box.windowFlags())
                box.setObjectName("cannotDeleteMessage")
                box.exec()
            return
        if confirm_destructive(
            self,
            self.tr("Delete user"),
            self.tr("Delete %1 (%2)?").replace("%1", row.name).replace("%2", row.email),
            self.tr("Delete user"),
            self.tr("They never handled work, so nothing in the history names them. The deletion is "
                    "written to the audit journal and cannot be undone."),
        ):  # fmt: skip
            self.panel.run(lambda: self.session.users.delete_user(row.id))

    # ---- CSV -------------------------------------------------------------------------------------
    def import_csv(self) -> None:
        self.transfer.choose_and_import()

    def export_csv(self) -> None:
        self.transfer.choose_and_export(self.panel.model.query())
