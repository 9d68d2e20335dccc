"""A page's action buttons in one row that never forces the window wider: what does not fit goes
into a "More" menu.

Buttons keep their place in the focus chain and stay "visible" to the code that clicks them (the
window's Edit menu presses a page's Edit button even when it sits in "More"); an overflowed button
is only given no room and no focus. The primary action is always shown, last.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QWidget

SPACING = 6


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._buttons: list[QPushButton] = []
        self._primary: list[QPushButton] = []
        self._overflowed: list[QPushButton] = []
        self._focus_policies: dict[int, Qt.FocusPolicy] = {}
        self.more_button = QPushButton(self.tr("More"), self)
        self.more_button.setObjectName("moreActionsButton")
        self.more_button.setAutoDefault(False)
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setToolTip(self.tr("The actions that do not fit in the window"))
        self.more_menu = QMenu(self.more_button)
        self.more_menu.setObjectName("moreActionsMenu")
        self.more_menu.aboutToShow.connect(self._fill_more_menu)
        self.more_button.setMenu(self.more_menu)
        self.more_button.hide()

    # ---- content ------------------------------------------------------------------------------
    def add_button(self, button: QPushButton, *, primary: bool = False) -> None:
        button.setParent(self)
        (self._primary if primary else self._buttons).append(button)
        button.show()
        self._relayout()

    def buttons(self) -> list[QPushButton]:
        """In the order shown: the others, then the primary ones."""
        return [*self._buttons, *self._primary]

    def overflowed(self) -> list[QPushButton]:
        """The buttons that are in "More" at the present width."""
        return list(self._overflowed)

    # ---- size ---------------------------------------------------------------------------------
    def _shown(self, buttons: list[QPushButton]) -> list[QPushButton]:
        """Those the page has not hidden (an overflowed button is not hidden, only given no room)."""
        return [b for b in buttons if not b.isHidden()]

    def _row_width(self, buttons: list[QPushButton]) -> int:
        return sum(b.sizeHint().width() for b in buttons) + SPACING * max(0, len(buttons) - 1)

    def sizeHint(self) -> QSize:
        shown = self._shown(self.buttons())
        height = max((b.sizeHint().height() for b in [*shown, self.more_button]), default=0)
        return QSize(self._row_width(shown), height)

    def minimumSizeHint(self) -> QSize:
        """The primary action and "More" (when there is anything to put in it)."""
        primary = self._shown(self._primary)
        others = self._shown(self._buttons)
        row = primary + ([self.more_button] if others else [])
        return QSize(self._row_width(row), self.sizeHint().height())

    # ---- placing ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's text or visibility changed
            self.updateGeometry()
            self._relayout()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        others = self._shown(self._buttons)
        primary = self._shown(self._primary)
        width = self.width()
        keep = list(others)
        if self._row_width([*others, *primary]) > width:
            room = width - self._row_width([*primary, self.more_button]) - SPACING
            keep = []
            for button in others:
                if self._row_width([*keep, button]) > room:
                    break
                keep.append(button)
        overflow = [b for b in others if b not in keep]
        for button in overflow:
            if button not in self._overflowed:
                self._focus_policies[id(button)] = button.focusPolicy()
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for button in self._overflowed:
            if button not in overflow:
                button.setFocusPolicy(self._focus_policies.pop(id(button), Qt.FocusPolicy.StrongFocus))
        self._overflowed = overflow
        row = [*keep, *([self.more_button] if overflow else []), *primary]
        self.more_button.setVisible(bool(overflow))
        x = max(0, width - self._row_width(row))  # right-aligned
        for button in row:
            hint = button.sizeHint()
            button.setGeometry(QRect(x, (self.height() - hint.height()) // 2, hint.width(), hint.height()))
            x += hint.width() + SPACING
        for button in overflow:
            button.setGeometry(QRect(0, 0, 0, 0))

    def _fill_more_menu(self) -> None:
        self.more_menu.clear()
        for button in self._overflowed:
            text = button.text()
            if button.menu() is not None:
                sub = self.more_menu.addMenu(text)
                sub.addActions(button.menu().actions())
                sub.setEnabled(button.isEnabled())
                continue
            action = self.more_menu.addAction(text)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
