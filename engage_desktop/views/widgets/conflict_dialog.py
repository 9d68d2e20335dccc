"""What an editor shows when its save lost a race: their values beside yours, then keep or take.

Every editor uses it the same way (`resolve_stale_edit`): "Keep mine" saves the form again over
the newer version, "Take theirs" reloads the form from the database, Cancel leaves the form as it
is (nothing was saved either way until the user decides).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import Conflict
from engage_desktop.views.widgets.form import make_default
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.table_setup import setup_read_only_table

CTX = "ConflictDialog"


class Resolution(enum.Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    CANCEL = "cancel"


def plain_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "Yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "No")
        )
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(v) for v in value)) or "—"
    return str(value)


class ConflictDialog(QDialog):
    """Tests find it as the active modal widget (objectName "conflictDialog")."""

    def __init__(
        self,
        parent: QWidget | None,
        conflict: Conflict,
        labels: Mapping[str, str],
        show_value: Callable[[str, Any], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed on another workstation"))
        self.resolution = Resolution.CANCEL
        show = show_value or (lambda _field, value: plain_value(value))

        layout = QVBoxLayout(self)
        intro = QLabel(message_text(conflict.message))
        intro.setWordWrap(True)
        intro.setObjectName("conflictMessage")
        layout.addWidget(intro)

        fields = conflict.fields
        self.table = QTableWidget(len(fields), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(QCoreApplication.translate("ConflictDialog", "Values that differ"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "Field"),
                QCoreApplication.translate("ConflictDialog", "Saved now (theirs)"),
                QCoreApplication.translate("ConflictDialog", "Yours"),
            ]
        )
        setup_read_only_table(self.table)
        for row, name in enumerate(fields):
            cells = (
                labels.get(name, name),
                show(name, conflict.theirs.get(name)),
                show(name, conflict.mine[name]),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if fields:
            layout.addWidget(self.table)
        else:
            self.table.hide()
            same = QLabel(QCoreApplication.translate("ConflictDialog", "Their saved values equal yours."))
            same.setWordWrap(True)
            layout.addWidget(same)

        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            QCoreApplication.translate("ConflictDialog", "Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setToolTip(
            QCoreApplication.translate("ConflictDialog", "Save your values over theirs")
        )
        self.take_button = buttons.addButton(
            QCoreApplication.translate("ConflictDialog", "Take theirs"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.take_button.setObjectName("takeTheirsButton")
        self.take_button.setToolTip(
            QCoreApplication.translate("ConflictDialog", "Reload the form with the saved values")
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button = cancel
        self.keep_button.clicked.connect(lambda: self._finish(Resolution.KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._finish(Resolution.TAKE_THEIRS))
        cancel.clicked.connect(lambda: self._finish(Resolution.CANCEL))
        layout.addWidget(buttons)
        make_default(self.take_button)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _finish(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.done(QDialog.DialogCode.Accepted if resolution is not Resolution.CANCEL else 0)


def resolve_stale_edit(
    parent: QWidget | None,
    conflict: Conflict,
    labels: Mapping[str, str],
    show_value: Callable[[str, Any], str] | None = None,
) -> Resolution:
    dialog = ConflictDialog(parent, conflict, labels, show_value)
    try:
        dialog.exec()
        return dialog.resolution
    finally:
        dialog.deleteLater()
