"""Deleting a role in use: the question "which role do its users get?" before it goes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class MoveUsersDialog(QDialog):
    """A combo of the other roles; Cancel is the default, the other button names the action.

    `target_role_id()` is the chosen role once accepted. The service checks again (a role the
    actor may not grant is refused there).
    """

    def __init__(
        self, label: str, user_count: int, roles: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveUsersDialog")
        self.setWindowTitle(self.tr("Move users and delete role"))
        self.setMinimumWidth(440)
        question = self.tr(
            "The role “%1” is given to %Ln user(s). Which role should they get before it is deleted?",
            "",
            user_count,
        ).replace("%1", label)
        message = QLabel(question)
        message.setWordWrap(True)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("targetRoleCombo")
        self.role_combo.setAccessibleName(self.tr("Role for its users"))
        for role_id, role_label in roles:
            self.role_combo.addItem(role_label, role_id)
        # Nothing chosen at first: moving everyone to the top entry (often Administrator) by a
        # hurried Enter would be a grant nobody meant.
        self.role_combo.setPlaceholderText(self.tr("Choose a role"))
        self.role_combo.setCurrentIndex(-1)
        detail = QLabel(self.tr("Each move and the deletion are written to the audit journal."))
        detail.setWordWrap(True)
        detail.setObjectName("muted")

        self.buttons = QDialogButtonBox()
        self.move_button = self.buttons.addButton(
            self.tr("Move users and delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.move_button.setObjectName("destructiveButton")
        self.move_button.setAutoDefault(False)
        self.move_button.setEnabled(False)
        self.role_combo.currentIndexChanged.connect(lambda i: self.move_button.setEnabled(i >= 0))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button = cancel
        self.cancel_button.setObjectName("cancelButton")
        self.move_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Give them"), self.role_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(detail)
        layout.addWidget(self.buttons)
        self.cancel_button.setDefault(True)  # once it is in the dialog, so it keeps the default look
        self.role_combo.setFocus()

    def target_role_id(self) -> int | None:
        data = self.role_combo.currentData()
        return int(data) if data is not None else None
