"""The items of a QTreeWidget as plain lists, for code that walks groups and their rows.

Qt answers `child(i)` and `topLevelItem(i)` with None outside the range; walking by index repeats
that check everywhere, so pages walk these lists instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for j in range(item.childCount()) if (child := item.child(j)) is not None]
