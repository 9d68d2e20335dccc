"""Signing out of the demo: quit, or sign in again (the demo has no other account to sign in as)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget


class DemoExit(Enum):
    QUIT = "quit"
    SIGN_IN_AGAIN = "sign_in_again"


class DemoSignOutQuestion(QMessageBox):
    """Window-modal and not blocking (`open`); `answered(DemoExit)` unless the person stays."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoSignOutQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Sign out of the demo"))
        self.setText(self.tr("Leave the demo, or sign in to it again?"))
        self.setInformativeText(self.tr("Your changes stay in the demo database for next time."))
        self.quit_button = self.addButton(self.tr("Quit the demo"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button.setObjectName("quitDemoButton")
        self.again_button = self.addButton(self.tr("Sign in again"), QMessageBox.ButtonRole.ActionRole)
        self.again_button.setObjectName("signInAgainButton")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button = cancel
        self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.quit_button:
            self.answered.emit(DemoExit.QUIT)
        elif button is self.again_button:
            self.answered.emit(DemoExit.SIGN_IN_AGAIN)
