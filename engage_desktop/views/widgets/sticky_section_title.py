"""A list of sections (title rows, then their rows) whose current section title stays at the top
while the list scrolls, painted by the list's own delegate so it looks like the row it repeats."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem, QWidget


class StickySectionTitle(QWidget):
    """Covers the top of the list's viewport with the title of the section scrolled under it."""

    def __init__(
        self, view: QListWidget, is_title: Callable[[QListWidgetItem], bool], background: QColor
    ) -> None:
        super().__init__(view.viewport())
        self.background = background
        self.setObjectName("stickySectionTitle")
        self.view = view
        self.is_title = is_title
        self.title_item: QListWidgetItem | None = None
        view.verticalScrollBar().valueChanged.connect(self.follow)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.rowsInserted.connect(self.follow)
        model.rowsRemoved.connect(self.follow)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def _title_above(self, row: int) -> QListWidgetItem | None:
        for candidate in range(row, -1, -1):
            item = self.view.item(candidate)
            if item is not None and self.is_title(item):
                return item
        return None

    def follow(self, *_args: object) -> None:
        """Show the title of the section at the top when its own title row is scrolled away."""
        top = self.view.itemAt(QPoint(1, 1))
        title = self._title_above(self.view.row(top)) if top is not None else None
        if title is None or self.view.visualItemRect(title).top() >= 0:
            self.title_item = None
            self.hide()
            return
        self.title_item = title
        height = self.view.visualItemRect(title).height()
        # The next section's title pushes this one up as it arrives.
        below = self.view.itemAt(QPoint(1, height))
        offset = 0
        if below is not None and below is not top and self.is_title(below):
            offset = min(0, self.view.visualItemRect(below).top() - height)
        self.setGeometry(QRect(0, offset, self.view.viewport().width(), height))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.title_item is None:
            return
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        option = QStyleOptionViewItem()
        option.initFrom(self.view)
        option.rect = self.rect()
        option.state &= ~QStyle.StateFlag.State_MouseOver
        index = self.view.indexFromItem(self.title_item)
        self.view.itemDelegate().paint(painter, option, index)
