"""Closing an editor with unsaved changes asks first: every editor gets it from its form's fields.

The values of every field registered in the dialog's forms (`FormWidget.add_field`) are remembered
when the dialog first shows; Cancel, Escape or the window's close button compare them with what the
fields hold then and, when something differs, ask "Discard your changes?" (Enter and Escape keep
editing). The question is window-modal but does not block (`open`), like the editors themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog

log = logging.getLogger(__name__)
CTX = "UnsavedChanges"
MAX_ITEMS = 5000  # item views larger than this are not compared (their check states, that is)


def field_value(widget: QWidget) -> Hashable:
    """What a field holds, comparable; a composite field is the values of its inputs."""
    value = _own_value(widget)
    if value is not None:
        return value
    inputs = [child for child in widget.findChildren(QWidget) if _own_value(child) is not None]
    return tuple(_own_value(child) for child in inputs)


def _own_value(widget: QWidget) -> Hashable | None:
    if isinstance(widget, QLineEdit):
        return ("text", widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return ("text", widget.toPlainText())
    if isinstance(widget, QComboBox):
        return ("choice", widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return ("number", widget.text())
    if isinstance(widget, QAbstractButton):
        return ("checked", widget.isChecked()) if widget.isCheckable() else None
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        return ("checks", _check_states(widget))
    return None


def _check_states(view: QAbstractItemView) -> tuple[Hashable, ...]:
    """The check boxes of a list, table or tree (a field such as "Default categories")."""
    model = view.model()
    if model is None:
        return ()
    states: list[Hashable] = []
    pending = [QModelIndex()]
    while pending and len(states) < MAX_ITEMS:
        parent = pending.pop()
        for row in range(_count(model.rowCount, parent, 0)):
            for column in range(_count(model.columnCount, parent, 1)):
                index = model.index(row, column, parent)
                state = index.data(Qt.ItemDataRole.CheckStateRole)
                if state is not None:
                    states.append((row, column, int(getattr(state, "value", state))))
            first = model.index(row, 0, parent)
            if first.isValid() and _count(model.rowCount, first, 0) > 0:  # a tree's branch
                pending.append(first)
    return tuple(states)


def _count(method: Callable[[QModelIndex], int], parent: QModelIndex, otherwise: int) -> int:
    """PySide refuses some counts of Qt's own item-widget models ("private method"): a list's
    columns are then 1, a list item's children none."""
    try:
        return method(parent)
    except TypeError:
        return otherwise


def form_state(dialog: QWidget) -> dict[tuple[str, int, str], Hashable]:
    """Every registered field of every form inside `dialog`, by (form's rank, field name), and the
    check boxes of every list or tree in it (a role's permissions): ranks, so that a form rebuilt
    in place ("Take theirs") keeps its keys."""
    from engage_desktop.views.widgets.form import FormWidget  # form.py builds its dialogs on this module

    state: dict[tuple[str, int, str], Hashable] = {}
    for rank, form in enumerate(dialog.findChildren(FormWidget)):
        for name in form.field_names():
            state[("field", rank, name)] = field_value(form.field(name))
    views = [
        view
        for view in dialog.findChildren(QAbstractItemView)
        if view.window() is dialog and not isinstance(view, QHeaderView)  # not a combo's popup
    ]
    for rank, view in enumerate(views):
        state[("view", rank, view.objectName())] = _check_states(view)
    return state


class UnsavedChanges:
    """The dialog's fields as they were when it opened, and the question before losing changes."""

    def __init__(self, dialog: QDialog) -> None:
        self.dialog = dialog
        self.clean: dict[tuple[str, int, str], Hashable] | None = None
        self.prompt: ConfirmDialog | None = None

    def remember(self) -> None:
        """The current values are the saved ones (first show, or a form rebuilt from the database)."""
        try:
            self.clean = form_state(self.dialog)
        except Exception:  # a field this module cannot read must not break its editor
            log.exception("Cannot read the fields of %s; closing it will not ask", type(self.dialog).__name__)
            self.clean = None

    def changed(self) -> bool:
        if self.clean is None:
            return False
        now = form_state(self.dialog)
        return any(key in self.clean and self.clean[key] != value for key, value in now.items())

    def close_or_ask(self, close: Callable[[], None]) -> None:
        """`close()` at once when nothing changed; otherwise only once the person chose to discard."""
        if self.prompt is not None:
            return  # already asking
        if not self.changed():
            close()
            return
        prompt = ConfirmDialog(
            self.dialog,
            QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
            QCoreApplication.translate("UnsavedChanges", "Discard your changes?"),
            QCoreApplication.translate("UnsavedChanges", "Discard changes"),
            QCoreApplication.translate(
                "UnsavedChanges", "What you changed in this window has not been saved."
            ),
        )
        prompt.setObjectName("unsavedChangesPrompt")
        prompt.cancel_button.setText(QCoreApplication.translate("UnsavedChanges", "Keep editing"))
        self.prompt = prompt

        def answered() -> None:
            discard = prompt.clickedButton() is prompt.destructive_button
            self.prompt = None
            prompt.deleteLater()
            if discard:
                self.clean = None  # nothing left to protect
                close()

        prompt.finished.connect(answered)
        prompt.open()
