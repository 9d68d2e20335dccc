"""A choice of a combo box shown but not choosable (e.g. a role holding permissions the user lacks)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox


def set_choice_enabled(combo: QComboBox, index: int, enabled: bool) -> None:
    """Works on the combo's own model (a QStandardItemModel); any other model is left alone."""
    model = combo.model()
    item = model.item(index) if isinstance(model, QStandardItemModel) else None
    if item is not None:
        item.setEnabled(enabled)
