"""The bulk action that needs a choice: the new role, or the team to add to or remove from.
The whole selection changes in one transaction, or nobody does (the refusal shows here)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.user_bulk import BulkAction, UserBulkService
from engage_desktop.services.user_choices import UserChoicesService
from engage_desktop.services.user_records import UserRow
from engage_desktop.views.user_editor_tabs import fit_button, muted_label
from engage_desktop.views.widgets.form import FormDialog

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
        locale = QLocale()
        n = locale.toString(len(users))
        self.combo = QComboBox()
        self.combo.setObjectName("bulkChoice")
        model = self.combo.model()
        if action is BulkAction.CHANGE_ROLE:
            self.setWindowTitle(self.tr("Change the role of %1 users").replace("%1", n))
            beyond = self.tr("holds permissions your role lacks")
            for role in choices.roles:
                self.combo.addItem(role.label if role.grantable else f"{role.label} — {beyond}", role.id)
                model.item(self.combo.count() - 1).setEnabled(role.grantable)  # type: ignore[attr-defined]
            self.combo.setPlaceholderText(self.tr("Choose a role"))
            self.combo.setCurrentIndex(-1)
            self.form.add_field("role_id", self.tr("New role"), self.combo)
        else:
            adding = action is BulkAction.ADD_TEAM
            title = self.tr("Add %1 users to a team") if adding else self.tr("Remove %1 users from a team")
            self.setWindowTitle(title.replace("%1", n))
            for team in choices.teams:
                if team.editable:
                    self.combo.addItem(team.name, team.id)
            self.combo.setPlaceholderText(self.tr("Choose a team"))
            self.combo.setCurrentIndex(-1)
            self.form.add_field("team_id", self.tr("Team"), self.combo)
        names = ", ".join(u.name for u in users[:NAMES_SHOWN])
        if len(users) > NAMES_SHOWN:
            names += " " + self.tr("and %1 more").replace("%1", locale.toString(len(users) - NAMES_SHOWN))
        self.body.insertWidget(0, muted_label(names, "mutedLabel"))
        rule = self.tr("One journal event per user changed. If one of them cannot be changed, nobody is.")
        if action is BulkAction.REMOVE_TEAM:
            rule += " " + self.tr("A leader taken out of the team stops leading it.")
        self.add_widget(muted_label(rule))
        self.body.insertStretch(self.body.count() - 1, 1)
        if self.save_button is not None:
            fit_button(self.save_button)
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
