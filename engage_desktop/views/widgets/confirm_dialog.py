"""The question asked before anything is destroyed; Enter and Escape both keep the data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDialog(QMessageBox):
    """Cancel is the default and the escape button; the other button names the action ("Delete role").

    Tests answer it like any modal: find `QApplication.activeModalWidget()` (objectName
    "confirmDialog") and click `destructive_button` or `cancel_button`.
    """

    def __init__(
        self, parent: QWidget | None, title: str, message: str, action_text: str, detail: str = ""
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.NoButton, parent
        )
        self.setObjectName("confirmDialog")
        if detail:
            self.setInformativeText(detail)
        self.destructive_button = self.addButton(action_text, QMessageBox.ButtonRole.DestructiveRole)
        self.destructive_button.setObjectName("destructiveButton")
        self.destructive_button.setAutoDefault(False)
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button = cancel
        self.cancel_button.setObjectName("cancelButton")
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def ask(self) -> bool:
        """Runs modally; True only when the destructive button was clicked."""
        self.exec()
        return self.clickedButton() is self.destructive_button


def confirm_destructive(
    parent: QWidget | None, title: str, message: str, action_text: str, detail: str = ""
) -> bool:
    dialog = ConfirmDialog(parent, title, message, action_text, detail)
    try:
        return dialog.ask()
    finally:
        dialog.deleteLater()
