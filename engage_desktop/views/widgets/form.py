"""A form whose fields show the service's validation messages right under themselves, and the
editor dialog built on it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.theme import Palette, set_error_state
from engage_desktop.views.widgets.unsaved_changes import UnsavedChanges

T = TypeVar("T")
W = TypeVar("W", bound=QWidget)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(Palette.ERROR))  # the sheet styles #fieldError
    label.setPalette(palette)
    label.hide()
    return label


def make_default(button: QPushButton) -> None:
    """Makes `button` its dialog's default (Enter presses it; it looks the default): call it once the
    button sits in its dialog.

    `setDefault(True)` on a button with no dialog above it yet only sets a flag: the dialog never
    learns which button is its default, so after the first click that fails validation (focus in,
    focus out) the dialog clears the flag, Enter stops submitting and the button loses its look.
    """
    if not isinstance(button.window(), QDialog):
        raise RuntimeError("make_default: add the button to its dialog first")
    button.setDefault(False)  # setDefault(True) on a flagged button does nothing, so reset it first
    button.setDefault(True)


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

    def add_field(self, name: str, label: str, widget: W, help_text: str = "") -> W:
        """`name` is the service's field name (ValidationError.errors keys); returns `widget`."""
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
                elsewhere.append(message_text(message))
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

        Returns the call's result, or None when it was refused (the dialog stays open); so the
        action should return what it saved (a service's detail object), not None.
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
        self.form_error_label.setText(message_text(message))
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
        error.setText(message_text(message))
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


class FormDialog(QDialog):
    """An editor: a FormWidget on top, the subclass's widgets, then Save/Cancel (Close when read-only).

    The subclass adds fields to `self.form` and widgets with `add_widget`, and implements `save()`
    as `return self.submit(lambda: service.call(...)) is not None`: a refusal stays in the dialog,
    a success closes it with `saved_object` set and `saved(object)` emitted. Closing it otherwise
    (Cancel, Escape, the window's button) asks first when a field changed (`unsaved`).
    """

    saved = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, save_text: str = "", read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self.saved_object: Any = None
        self.unsaved = UnsavedChanges(self)
        self.form = FormWidget()
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton | None = None
        if read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.save_button = self.buttons.addButton(
                save_text or self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.save_button.setObjectName("saveButton")
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(20, 18, 20, 16)
        self.body.setSpacing(10)
        self.body.addWidget(self.form)
        self.body.addWidget(self.buttons)
        if self.save_button is not None:
            make_default(self.save_button)

    def watch_for_changes_elsewhere(self, current_version: Callable[[], int | None]) -> None:
        """Offer to reload when another workstation saves this object (compares `self.version`
        with `current_version()`, asked off the GUI thread; the subclass has a `reload()`)."""
        from engage_desktop.views.widgets.changed_elsewhere import ChangedElsewhereBanner

        self.changed_elsewhere = ChangedElsewhereBanner(
            self.body,
            lambda: getattr(self, "version", None),
            current_version,
            getattr(self, "reload"),  # noqa: B009 - every versioned editor has one
            self,
        )

    def add_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Below the form, above the buttons."""
        self.body.insertWidget(self.body.count() - 1, widget, stretch)

    def add_layout(self, layout: QLayout, stretch: int = 0) -> None:
        self.body.insertLayout(self.body.count() - 1, layout, stretch)

    def save(self) -> bool:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.unsaved.clean is None and not self.read_only:
            self.unsaved.remember()  # the fields as loaded: what "unsaved changes" compares with

    def reject(self) -> None:
        if self.read_only:
            super().reject()
            return
        self.unsaved.close_or_ask(super().reject)

    def submit(self, action: Callable[[], T]) -> T | None:
        if self.read_only:
            self.reject()
            return None
        result = self.form.submit(action)
        if result is not None:
            self.saved_object = result
            self.saved.emit(result)
            self.accept()
        return result
