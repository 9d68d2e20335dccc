"""Combo boxes: a choice shown but not choosable, and a combo whose closed text is elided with "…"
(the whole text in its tooltip) instead of being cut off when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


def set_choice_enabled(combo: QComboBox, index: int, enabled: bool) -> None:
    """Works on the combo's own model (a QStandardItemModel); any other model is left alone."""
    model = combo.model()
    item = model.item(index) if isinstance(model, QStandardItemModel) else None
    if item is not None:
        item.setEnabled(enabled)


def text_rect(combo: QComboBox) -> QRect:
    """Where the closed combo draws its text (the style sheet's padding and arrow taken off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )


def width_for_choices(combo: QComboBox) -> int:
    """The width at which the closed combo shows its longest choice whole (the style sheet's padding
    and arrow room measured, which `sizeHint` undercounts); the combo is resized while measuring."""
    combo.ensurePolished()
    combo.resize(300, combo.sizeHint().height())
    chrome = 300 - text_rect(combo).width()
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    return widest + chrome


class ElidingComboBox(QComboBox):
    """As wide as its longest choice, up to `maximumWidth`; narrower, the text ends with "…"."""

    MIN_CHARS = 8  # the narrowest it agrees to be, in average characters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._update_tooltip)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * self.MIN_CHARS + (
            self.width() - text_rect(self).width()
        )
        return QSize(min(hint.width(), max(narrow, 60)), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.currentText()) > text_rect(self).width()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.currentText() if self.is_elided() else "")

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, text_rect(self).width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
