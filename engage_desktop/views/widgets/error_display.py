"""How a view tells the user that a service refused: a dialog, or a message next to a field."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from engage_desktop.services.core.errors import (
    AuthenticationFailed,
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from engage_desktop.views.widgets.messages import message_text

log = logging.getLogger(__name__)


def _title(exc: BaseException) -> str:
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Errors", "Not allowed")
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Errors", "Please check the form")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "Not found")
    if isinstance(exc, Conflict):
        return QCoreApplication.translate("Errors", "Cannot do that")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Errors", "Database problem")
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Errors", "Signed out")
    return QCoreApplication.translate("Errors", "Unexpected error")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Domain errors carry a user-fit message; anything else is logged and shown briefly."""
    if isinstance(exc, DomainError):
        text = message_text(exc.message)
    else:
        log.exception("Unexpected error", exc_info=exc)
        text = QCoreApplication.translate("Errors", "Something went wrong: %1").replace("%1", str(exc))
    box = QMessageBox(QMessageBox.Icon.Warning, _title(exc), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()
