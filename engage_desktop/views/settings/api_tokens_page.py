"""Settings › API access tokens: who each token acts as, when it was last used; create (the value
shown once, copied from a dialog), switch off and on, rename, revoke."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.api_tokens import ApiTokenRow, CreatedToken
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection


class ApiTokenDialog(FormDialog):
    """New token (row None: label + acting user) or edit (label + enabled)."""

    def __init__(self, session: AppSession, row: ApiTokenRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, save_text=self.tr("Create token") if row is None else "")
        self.setObjectName("apiTokenEditor")
        self.session, self.row = session, row
        self.created: CreatedToken | None = None
        self.setWindowTitle(
            self.tr("New API access token") if row is None else self.tr("Edit API access token")
        )
        self.label_edit = self.form.add_field("label", self.tr("Label"), QLineEdit(row.label if row else ""))
        self.label_edit.setObjectName("tokenLabelEdit")
        self.label_edit.setMaxLength(120)
        self.label_edit.setPlaceholderText(self.tr("e.g. Website chat intake"))
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("tokenUserCombo")
        self.enabled_check = QCheckBox(self.tr("Enabled"))
        self.enabled_check.setObjectName("tokenEnabledCheck")
        if row is None:
            for user_id, name in session.settings.api_tokens.user_choices():
                self.user_combo.addItem(name, user_id)
            index = self.user_combo.findData(session.user.id)
            self.user_combo.setCurrentIndex(max(index, 0))
            self.form.add_field(
                "user",
                self.tr("Acts as"),
                self.user_combo,
                self.tr(
                    "The token can do what this user's role allows. Only users with no more permissions than yours."
                ),
            )
        else:
            self.enabled_check.setChecked(row.enabled)
            self.form.add_field("enabled", "", self.enabled_check)
        self.resize(520, 240)
        self.label_edit.setFocus()

    def save(self) -> bool:
        service, label = self.session.settings.api_tokens, self.label_edit.text()
        row = self.row
        if row is None:
            user_id = self.user_combo.currentData()
            created = self.form.submit(lambda: service.create_api_token(label, int(user_id or 0)))
            if created is None:
                return False
            self.created = created
            self.saved_object = created.row
            self.accept()
            return True
        enabled = self.enabled_check.isChecked()
        return (
            self.submit(lambda: service.update_api_token(row.id, label, enabled, version=row.version))
            is not None
        )


class TokenValueDialog(QDialog):
    """Shows a new token's value once, with a copy button."""

    def __init__(self, created: CreatedToken, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tokenValueDialog")
        self.setWindowTitle(self.tr("API access token created"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Copy the token now and give it to the program that will use it. This console keeps it "
                "in the system keyring; the database keeps only a fingerprint of it."
            )
        )
        explanation.setWordWrap(True)
        self.value_edit = QLineEdit(created.value)
        self.value_edit.setObjectName("tokenValueEdit")
        self.value_edit.setReadOnly(True)
        self.value_edit.setAccessibleName(self.tr("Token value"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyTokenButton")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(created.value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (explanation, self.value_edit, self.copy_button, buttons):
            layout.addWidget(widget)
        self.resize(560, 200)


class ApiTokensPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_change = session.can(Permission.MANAGE_API_ACCESS_TOKENS)
        service = session.settings.api_tokens
        never = self.tr("Never")
        columns = [
            Column("label", self.tr("Label"), lambda r: r.label, width=260),
            Column("user", self.tr("Acts as"), lambda r: r.user_name, sortable=False, width=200),
            Column("enabled", self.tr("Enabled"), lambda r: self.tr("Yes") if r.enabled else self.tr("No")),
            Column("created_at", self.tr("Created"), lambda r: r.created_at),
            Column("last_used_at", self.tr("Last used"), lambda r: r.last_used_at or never),
        ]
        filters = [
            FilterSpec(
                "enabled",
                self.tr("State"),
                [(self.tr("All tokens"), None), (self.tr("Enabled"), True), (self.tr("Disabled"), False)],
            )
        ]
        self.panel = ListPanel(
            self.tr("API access tokens"),
            columns,
            service.count_api_tokens,
            service.list_api_tokens,
            count_text=self._count_text,
            search_placeholder=self.tr("Search tokens by label"),
            filters=filters,
            empty_title=self.tr("No API access tokens"),
            empty_message=self.tr("A token lets a program (the local intake, a script) act as one user."),
            sort="label",
            row_muted=lambda r: not r.enabled,
        )
        self.new_button = self.panel.add_action(
            self.tr("New token"),
            self.new_token,
            allowed=can_change,
            object_name="newTokenButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editTokenButton"
        )
        self.revoke_button = self.panel.add_action(
            self.tr("Revoke"),
            self.revoke_selected,
            selection=Selection.ONE,
            allowed=can_change,
            object_name="revokeTokenButton",
            variant="danger",
        )
        if can_change:
            self.panel.set_empty_action(self.tr("New token"), self.new_token)
        self.panel.opened.connect(self.open_token)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.value_dialog: TokenValueDialog | None = None

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln token(s)", "", n)

    def new_token(self) -> None:
        dialog = self.panel.open_dialog(lambda: ApiTokenDialog(self.session, None, self))
        if isinstance(dialog, ApiTokenDialog):
            dialog.accepted.connect(lambda: self._show_value(dialog))

    def _show_value(self, dialog: ApiTokenDialog) -> None:
        if dialog.created is not None:
            self.value_dialog = TokenValueDialog(dialog.created, self)
            self.value_dialog.open()

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_token(row)

    def open_token(self, row: ApiTokenRow) -> None:
        self.panel.open_dialog(lambda: ApiTokenDialog(self.session, row, self))

    def revoke_selected(self) -> None:
        row: ApiTokenRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Revoke API access token"),
            self.tr("Revoke the token “%1”?").replace("%1", row.label),
            self.tr("Revoke token"),
            self.tr("Programs using it are refused at once. The revocation is written to the audit journal."),
        ):
            self.panel.run(lambda: self.session.settings.api_tokens.delete_api_token(row.id))
