"""Buttons sized for the style sheet: primary and default buttons draw their text semi-bold, which
Qt's size hint does not account for, so long labels would be clipped."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton


def fit_button(button: QPushButton) -> QPushButton:
    """Room for the text in the sheet's semi-bold (primary and default buttons), padding included."""
    font = QFont(button.font())
    font.setWeight(QFont.Weight.DemiBold)
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(button.text()) + 36)
    return button
