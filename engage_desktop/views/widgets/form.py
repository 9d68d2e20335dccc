"""A form whose fields show the service's validation messages right under themselves."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.errors import DomainError, ValidationError
from engage_desktop.views.theme import Palette, set_error_state
from engage_desktop.views.widgets.error_display import show_error

T = TypeVar("T")

ERROR_COLOUR = QColor(Palette.ERROR)  # without a style sheet; the sheet styles #fieldError


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.hide()
    return label


class FormWidget(QWidget):
    """Fields registered by name; `show_errors({name: message})` puts each message under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form")
        # Styled like a field's message; `QLabel#fieldError[scope="form"]` can make it a banner.
        self.form_error_label = _error_label()
        self.form_error_label.setProperty("scope", "form")
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_error_label)
        outer.addLayout(self.form_layout)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, widget: QWidget, help_text: str = "") -> QWidget:
        """`name` is the service's field name (ValidationError.errors keys)."""
        if name in self._fields:
            raise ValueError(f"field {name!r} registered twice")
        self.form_layout.addRow(label, widget)
        if help_text:
            hint = QLabel(help_text)
            hint.setObjectName("hintLabel")
            hint.setWordWrap(True)
            self.form_layout.addRow("", hint)
        error = _error_label()
        error.setProperty("field", name)
        self.form_layout.addRow("", error)
        self.form_layout.setRowVisible(error, False)
        self._fields[name] = widget
        self._errors[name] = error
        self._clear_on_edit(name, widget)
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    def field_names(self) -> list[str]:
        return list(self._fields)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Replaces what was shown; unknown fields go to the label at the top; focuses the first bad field."""
        self.clear_errors()
        first: QWidget | None = None
        elsewhere: list[str] = []
        for name, message in errors.items():
            if name not in self._fields:
                elsewhere.append(message)
                continue
            self._show_field_error(name, message)
            if first is None:
                first = self._fields[name]
        if elsewhere:
            self.show_form_error("\n".join(elsewhere))
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    def apply_validation_error(self, exc: ValidationError) -> None:
        self.show_errors(exc.errors)

    def submit(self, action: Callable[[], T]) -> T | None:
        """Runs a service call for this form: field errors under their fields, other refusals at the top.

        Returns the call's result, or None when it was refused (the dialog stays open).
        """
        self.clear_errors()
        try:
            return action()
        except ValidationError as exc:
            self.apply_validation_error(exc)
        except DomainError as exc:
            self.show_form_error(exc.message)
        except Exception as exc:
            show_error(self, exc)
        return None

    def show_form_error(self, message: str) -> None:
        """A message about the form as a whole (permission refused, conflict, unknown field)."""
        self.form_error_label.setText(message)
        self.form_error_label.setVisible(bool(message))

    def clear_field_error(self, name: str) -> None:
        error = self._errors[name]
        if not error.text():
            return
        error.clear()
        self.form_layout.setRowVisible(error, False)
        set_error_state(self._fields[name], False)

    def clear_errors(self) -> None:
        for name in self._fields:
            self.clear_field_error(name)
        self.show_form_error("")

    def has_errors(self) -> bool:
        return bool(self.form_error_label.text()) or any(e.text() for e in self._errors.values())

    def _show_field_error(self, name: str, message: str) -> None:
        error = self._errors[name]
        error.setText(message)
        self.form_layout.setRowVisible(error, True)
        set_error_state(self._fields[name], True)

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        """The message goes away as soon as the user changes the field it is about."""
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
        elif isinstance(widget, QAbstractSpinBox):
            signal = widget.editingFinished
        elif isinstance(widget, QAbstractButton):
            signal = widget.toggled
        if signal is not None:
            signal.connect(lambda *_args: self.clear_field_error(name))
