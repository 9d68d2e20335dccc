"""Small widgets the Channels pages share: type icons, the colour palette, a checkable list, and
delegates that put an icon in a list column (the shared list panel draws text only)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from engage_desktop.services.channels.email_check import ConnectionReport
from engage_desktop.services.channels.source_types import SOURCE_TYPES, source_type
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.list_panel import LazyTableModel
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP

# The platform's 12-colour palette (indexes 0..11), shared with categories.
PALETTE: tuple[tuple[str, str], ...] = (
    ("#E5484D", QT_TRANSLATE_NOOP("ColorCombo", "Red")),
    ("#F76B15", QT_TRANSLATE_NOOP("ColorCombo", "Orange")),
    ("#FFB224", QT_TRANSLATE_NOOP("ColorCombo", "Amber")),
    ("#46A758", QT_TRANSLATE_NOOP("ColorCombo", "Green")),
    ("#12A594", QT_TRANSLATE_NOOP("ColorCombo", "Teal")),
    ("#00A2C7", QT_TRANSLATE_NOOP("ColorCombo", "Cyan")),
    ("#0090FF", QT_TRANSLATE_NOOP("ColorCombo", "Blue")),
    ("#3E63DD", QT_TRANSLATE_NOOP("ColorCombo", "Indigo")),
    ("#8E4EC6", QT_TRANSLATE_NOOP("ColorCombo", "Purple")),
    ("#D6409F", QT_TRANSLATE_NOOP("ColorCombo", "Pink")),
    ("#AD7F58", QT_TRANSLATE_NOOP("ColorCombo", "Brown")),
    ("#8B8D98", QT_TRANSLATE_NOOP("ColorCombo", "Grey")),
)


def type_icon(type_key: str) -> QIcon:
    return icon(f"types/{type_key}")


def type_label(type_key: str) -> str:
    try:
        return source_type(type_key).label
    except Exception:  # an unknown type from a newer platform still shows its key
        return type_key


@cache
def swatch_icon(index: int, size: int = 14) -> QIcon:
    colour = QColor(PALETTE[index][0] if 0 <= index < len(PALETTE) else "#FFFFFF")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(120))
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


@cache
def dot_icon(colour: str, size: int = 14) -> QIcon:
    """A small round status light."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(3, 3, size - 6, size - 6)
    painter.end()
    return QIcon(pixmap)


class ColorCombo(QComboBox):
    """Picks one palette colour; `value()` is its index."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for i, (_hex, name) in enumerate(PALETTE):
            self.addItem(swatch_icon(i), self.tr(name), i)

    def value(self) -> int:
        return int(self.currentData())

    def set_value(self, index: int) -> None:
        self.setCurrentIndex(max(0, self.findData(index)))


class TypeCombo(QComboBox):
    """Every platform type, with its icon; `value()` is the type key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(18, 18))
        for kind in SOURCE_TYPES:
            self.addItem(type_icon(kind.key), kind.label, kind.key)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, key: str) -> None:
        self.setCurrentIndex(max(0, self.findData(key)))


class CheckList(QListWidget):
    """A short list of checkable choices (categories, business hours, languages)."""

    ValueRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None, visible_rows: int = 5) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self._visible_rows = visible_rows

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().height() * self._visible_rows + 24)

    def set_choices(self, choices: Iterable[tuple[Hashable, str]], checked: Iterable[Hashable] = ()) -> None:
        wanted = set(checked)
        self.clear()
        for value, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(self.ValueRole, value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)

    def checked_values(self) -> list[Any]:
        return [
            self.item(i).data(self.ValueRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Iterable[Hashable]) -> None:
        wanted = set(values)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(self.ValueRole) in wanted else Qt.CheckState.Unchecked
            )


class RowIconDelegate(QStyledItemDelegate):
    """Adds an icon, chosen from the row object, to the cells of one list column."""

    def __init__(self, icon_of: Callable[[Any], QIcon | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon_of = icon_of

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        row = index.data(LazyTableModel.RowRole)
        found = self._icon_of(row) if row is not None else None
        if found is not None and not found.isNull():
            option.icon = found
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = QSize(18, 18)


def choice_labels(choices: Sequence[Any]) -> list[tuple[int, str]]:
    return [(c.id, c.label) for c in choices]


def report_lines(report: ConnectionReport) -> list[str]:
    """One line per step of an e-mail connection test: ✔ what worked, ✘ what failed and why."""
    failed = QCoreApplication.translate("EmailCheck", "%1 failed")
    return [
        f"✔ {QCoreApplication.translate('EmailCheck', step.label)}: {message_text(step.detail)}"
        if step.ok
        else f"✘ {failed.replace('%1', QCoreApplication.translate('EmailCheck', step.label))}: "
        f"{message_text(step.detail)}"
        for step in report.steps
    ]
