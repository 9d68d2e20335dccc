"""Bulk actions on the users selected in the list: change role, add to / remove from a team,
enable, disable. The whole selection changes in one transaction, or nobody does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.bulk import BulkAction, BulkResult, UserBulkService
from engage_desktop.services.users.choices import UserChoicesService
from engage_desktop.services.users.records import UserRow
from engage_desktop.views.users.user_form_widgets import muted_label
from engage_desktop.views.widgets.combo_choices import set_choice_enabled
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog

if TYPE_CHECKING:
    from engage_desktop.views.users.users_page import UsersPage

NAMES_SHOWN = 6


class BulkChoiceDialog(FormDialog):
    def __init__(
        self, session: AppSession, users: Sequence[UserRow], action: BulkAction, parent: QWidget | None = None
    ) -> None:
        choices = UserChoicesService(session.ctx).editor_choices()
        super().__init__(parent, save_text=self._save_text(action))
        self.setObjectName("bulkChoiceDialog")
        self.session = session
        self.user_ids = [u.id for u in users]
        self.action = action
        n = len(users)
        self.combo = QComboBox()
        self.combo.setObjectName("bulkChoice")
        if action is BulkAction.CHANGE_ROLE:
            self.setWindowTitle(self.tr("Change the role of %Ln user(s)", "", n))
            beyond = self.tr("holds permissions your role lacks")
            for role in choices.roles:
                self.combo.addItem(role.label if role.grantable else f"{role.label} — {beyond}", role.id)
                set_choice_enabled(self.combo, self.combo.count() - 1, role.grantable)
            self.combo.setPlaceholderText(self.tr("Choose a role"))
            self.combo.setCurrentIndex(-1)
            self.form.add_field("role_id", self.tr("New role"), self.combo)
        else:
            adding = action is BulkAction.ADD_TEAM
            self.setWindowTitle(
                self.tr("Add %Ln user(s) to a team", "", n)
                if adding
                else self.tr("Remove %Ln user(s) from a team", "", n)
            )
            for team in choices.teams:
                if team.editable:
                    self.combo.addItem(team.name, team.id)
            self.combo.setPlaceholderText(self.tr("Choose a team"))
            self.combo.setCurrentIndex(-1)
            self.form.add_field("team_id", self.tr("Team"), self.combo)
        names = ", ".join(u.name for u in users[:NAMES_SHOWN])
        if len(users) > NAMES_SHOWN:
            names += " " + self.tr("and %Ln more", "", len(users) - NAMES_SHOWN)
        self.body.insertWidget(0, muted_label(names, "mutedLabel"))
        rule = self.tr("One journal event per user changed. If one of them cannot be changed, nobody is.")
        if action is BulkAction.REMOVE_TEAM:
            rule += " " + self.tr("A leader taken out of the team stops leading it.")
        self.add_widget(muted_label(rule))
        self.body.insertStretch(self.body.count() - 1, 1)
        self.resize(520, 220)

    def _save_text(self, action: BulkAction) -> str:
        if action is BulkAction.CHANGE_ROLE:
            return self.tr("Change role")
        return self.tr("Add to team") if action is BulkAction.ADD_TEAM else self.tr("Remove from team")

    def save(self) -> bool:
        bulk, ids, action = UserBulkService(self.session.ctx), self.user_ids, self.action
        value = self.combo.currentData()
        if value is None:
            field = "role_id" if action is BulkAction.CHANGE_ROLE else "team_id"
            choose = self.tr("Choose a role.") if field == "role_id" else self.tr("Choose a team.")
            self.form.show_errors({field: choose})
            return False
        return self.submit(lambda: bulk.apply(ids, action, value)) is not None


class UsersBulkActions(QObject):
    """The page's "Bulk actions" menu: each runs on the rows selected in the list."""

    def __init__(self, page: UsersPage) -> None:
        super().__init__(page)
        self.page = page

    def _done_text(self, action: BulkAction, changed: int) -> str:
        """What the header says after a bulk action, in the singular or the plural."""
        texts: dict[BulkAction, Callable[[int], str]] = {
            BulkAction.CHANGE_ROLE: lambda n: self.tr("Role changed for %Ln user(s).", "", n),
            BulkAction.ADD_TEAM: lambda n: self.tr("%Ln user(s) added to the team.", "", n),
            BulkAction.REMOVE_TEAM: lambda n: self.tr("%Ln user(s) taken out of the team.", "", n),
            BulkAction.ENABLE: lambda n: self.tr("%Ln user(s) enabled.", "", n),
            BulkAction.DISABLE: lambda n: self.tr("%Ln user(s) disabled.", "", n),
        }
        return texts[action](changed)

    def _bulk(self, action: BulkAction) -> None:
        ids = [r.id for r in self.page.selected()]
        results: list[BulkResult] = []
        if self.page.panel.run(
            lambda: results.append(UserBulkService(self.page.session.ctx).apply(ids, action))
        ):
            self.page.notify(self._done_text(action, results[0].changed))

    def ask(self, action: BulkAction) -> None:
        """Change role, add to or remove from a team: the choice comes from a dialog."""
        rows = self.page.selected()
        dialog = self.page.panel.open_dialog(
            lambda: BulkChoiceDialog(self.page.session, rows, action, self.page)
        )
        if isinstance(dialog, BulkChoiceDialog):
            dialog.saved.connect(lambda result: self.page.notify(self._done_text(action, result.changed)))

    def enable(self, enabled: bool) -> None:
        """Enable at once, or disable after a confirmation."""
        rows = self.page.selected()
        if not rows:
            return
        if enabled:
            self._bulk(BulkAction.ENABLE)
        elif confirm_destructive(
            self.page,
            self.tr("Disable users"),
            self.tr("Disable %Ln user(s)?", "", len(rows)),
            self.tr("Disable users"),
            self.tr("They can no longer sign in or act until enabled again. Nobody is changed if one of "
                    "them cannot be disabled."),
        ):  # fmt: skip
            self._bulk(BulkAction.DISABLE)
