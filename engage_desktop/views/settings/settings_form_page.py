"""What the one-form Settings pages (Account, Security) share: a scrolling form with field errors,
a Save button and the version the page loaded (a stale save is refused, the page reloads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.widgets.form import FormWidget


class SettingsFormPage(QWidget):
    """Subclasses add groups with `add_group`, fields with `group_form.add_field`, and implement
    `load()` and `save()`."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.forms: list[FormWidget] = []
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        explanation = QLabel(intro)
        explanation.setObjectName("hintLabel")
        explanation.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("savedLabel")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Discard changes"))
        self.reload_button.setObjectName("discardSettingsButton")
        self.reload_button.clicked.connect(self.load)
        content = QWidget()
        content.setObjectName("settingsContent")
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(24, 16, 24, 16)
        self.content_layout.setSpacing(14)
        self.content_layout.addWidget(heading)
        self.content_layout.addWidget(explanation)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 12)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        # The page-wide messages (refusals, conflicts) show in the first form's banner.
        self.banner = FormWidget()
        self.content_layout.addWidget(self.banner)

    def add_group(self, title: str) -> FormWidget:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        form = FormWidget()
        inner.addWidget(form)
        self.content_layout.addWidget(box)
        self.forms.append(form)
        return form

    def finish(self) -> None:
        self.content_layout.addStretch(1)

    def spin(self, name: str, low: int, high: int, suffix: str = "", special: str = "") -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(f"{name}Spin")
        box.setRange(low, high)
        box.setMaximumWidth(340)
        if suffix:
            box.setSuffix(suffix)
        if special:
            box.setSpecialValueText(special)
        return box

    def check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"{name}Check")
        box.setAccessibleName(text)
        return box

    def submit(self, action: Callable[[], Any]) -> Any:
        """Field errors go under their field in whichever group holds it; others in the banner."""
        for form in self.forms:
            form.clear_errors()
        self.banner.clear_errors()
        self.status_label.clear()
        try:
            return action()
        except ValidationError as exc:
            rest = dict(exc.errors)
            for form in self.forms:
                mine = {k: v for k, v in rest.items() if k in form.field_names()}
                if mine:
                    form.show_errors(mine)
                    for key in mine:
                        rest.pop(key)
            if rest:
                self.banner.show_errors(rest)
        except DomainError as exc:
            self.banner.show_form_error(exc.message)
        return None

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError
