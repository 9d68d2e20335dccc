"""Users › Users: every user of the account (fast at 100k), with role and state; enable or disable.

The full user editor (names, role, teams, channel permissions) comes with a later issue.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.errors import DomainError
from engage_desktop.services.permissions import Permission
from engage_desktop.services.users import UserRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import CENTER, Column, FilterSpec, ListPanel, Selection


def full_name(row: UserRow) -> str:
    return f"{row.firstname} {row.lastname}".strip() or row.nickname


class UsersPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self._shown_once = False
        users = session.users
        can_update = session.can(Permission.UPDATE_USER)

        columns = [
            Column("name", self.tr("Name"), full_name, width=220),
            Column("nickname", self.tr("Nickname"), lambda r: r.nickname, width=140),
            Column("email", self.tr("E-mail"), lambda r: r.email, width=290),
            Column("role", self.tr("Role"), lambda r: r.role_label, width=170),
            Column("enabled", self.tr("Enabled"), self._state_text, alignment=CENTER, width=110),
            Column("last_sign_in_at", self.tr("Last sign-in"), self._last_sign_in),
        ]
        filters = [
            FilterSpec("role_id", self.tr("Role"), self._role_choices()),
            FilterSpec(
                "enabled",
                self.tr("Enabled"),
                [(self.tr("All users"), None), (self.tr("Enabled"), True), (self.tr("Disabled"), False)],
            ),
        ]
        self.panel = ListPanel(
            self.tr("Users"),
            columns,
            users.count_users,
            users.list_users,
            count_text=self._count_text,
            search_placeholder=self.tr("Search by name, nickname or e-mail"),
            filters=filters,
            empty_title=self.tr("No users yet"),
            empty_message=self.tr("Users appear here once they are created or invited."),
            sort="name",
            row_muted=lambda r: not r.enabled,
        )
        self.disable_button = self.panel.add_action(
            self.tr("Disable"),
            self.disable_selected,
            selection=Selection.ONE,
            allowed=can_update,
            enabled_when=lambda rows: rows[0].enabled,
            object_name="disableUserButton",
            variant="danger",
        )
        self.enable_button = self.panel.add_action(
            self.tr("Enable"),
            self.enable_selected,
            selection=Selection.ONE,
            allowed=can_update,
            enabled_when=lambda rows: not rows[0].enabled,
            object_name="enableUserButton",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _role_choices(self) -> list[tuple[str, object]]:
        try:
            names = self.session.users.role_names()
        except DomainError:
            names = []  # the list itself will show why
        return [(self.tr("All roles"), None), *[(label, role_id) for role_id, label in names]]

    def _count_text(self, n: int) -> str:
        return self.tr("1 user") if n == 1 else self.tr("%1 users").replace("%1", QLocale().toString(n))

    def _state_text(self, row: UserRow) -> str:
        if row.invitation_pending:
            return self.tr("Invited")
        return self.tr("Yes") if row.enabled else self.tr("No")

    def _last_sign_in(self, row: UserRow) -> object:
        return row.last_sign_in_at or self.tr("Never")

    def showEvent(self, event: QShowEvent) -> None:
        """Roles may have changed on the Roles page (the panel re-reads its rows by itself)."""
        if self._shown_once and not event.spontaneous():
            self.panel.set_filter_choices("role_id", self._role_choices())
        self._shown_once = True
        super().showEvent(event)

    # ---- actions -------------------------------------------------------------------------------
    def disable_selected(self) -> None:
        row: UserRow | None = self.panel.current_row()
        if row is None:
            return
        if confirm_destructive(
            self,
            self.tr("Disable user"),
            self.tr("Disable %1 (%2)?").replace("%1", full_name(row)).replace("%2", row.email),
            self.tr("Disable user"),
            self.tr("They can no longer sign in or act until enabled again. Their history is kept."),
        ):
            self._set_enabled(row, False)

    def enable_selected(self) -> None:
        row: UserRow | None = self.panel.current_row()
        if row is not None:
            self._set_enabled(row, True)

    def _set_enabled(self, row: UserRow, enabled: bool) -> None:
        self.panel.run(lambda: self.session.users.set_enabled(row.id, enabled))
