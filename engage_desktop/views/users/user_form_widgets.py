"""The small widgets the user editor, its tabs and the Users dialogs are made of: hints, filter
boxes that keep Enter to themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


def language_label(english: str) -> str:
    """The catalogue's language names are translated under the channel form's context."""
    return QCoreApplication.translate("SourceFormWidget", english)


def roomy(check_list: QWidget) -> None:
    """Rows tall enough for the sheet's check boxes (a list without icons packs them tight)."""
    check_list.setStyleSheet(f"QListWidget#{check_list.objectName()}::item {{ padding: 3px 2px; }}")


def muted_label(text: str = "", object_name: str = "hintLabel") -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class _KeepEnter(QObject):
    """Enter in a filter box filters; it must not press the dialog's Save button."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True
        return super().eventFilter(watched, event)


def filter_edit(name: str, placeholder: str, parent: QWidget) -> QLineEdit:
    edit = line_edit("", name, placeholder=placeholder)
    edit.setClearButtonEnabled(True)
    edit.installEventFilter(_KeepEnter(edit))
    edit.setParent(parent)
    return edit


def line_edit(text: str, name: str, max_length: int = 120, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit
