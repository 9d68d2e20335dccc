"""The left bar: one icon per section; hovering it or focusing it slides out a drawer with every page.

The drawer floats over the page area (a child of the window's central widget, raised above the
pages) so opening it never reflows the page underneath.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPropertyAnimation,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QEnterEvent, QFont, QKeyEvent, QMoveEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGraphicsDropShadowEffect,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.views.shell.navigation_map import PageSpec, SectionSpec
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.sticky_section_title import StickySectionTitle
from engage_desktop.views.widgets.theme import Palette

BAR_WIDTH = 56
DRAWER_WIDTH = 264
DRAWER_ANIMATION_MS = 150
DRAWER_CLOSE_DELAY_MS = 250  # lets the pointer cross from the bar to the drawer

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3
COMING_ROLE = Qt.ItemDataRole.UserRole + 4  # a page with no view yet (no factory in the map)
SECTION, PAGE = "section", "page"
SECTION_ROW_HEIGHT = 42
PAGE_ROW_HEIGHT = 30
TEXT_INDENT = 46  # section titles and page names start here; the section icon sits before it

Sections = list[tuple[SectionSpec, list[PageSpec]]]


class DrawerItemDelegate(QStyledItemDelegate):
    """Paints section titles (icon + bold) and indented page rows on the dark drawer."""

    def __init__(self, drawer: NavigationDrawer) -> None:
        super().__init__(drawer)
        self.drawer = drawer

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = SECTION_ROW_HEIGHT if index.data(KIND_ROLE) == SECTION else PAGE_ROW_HEIGHT
        return QSize(DRAWER_WIDTH - 16, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        font = QFont(option.font)
        if index.data(KIND_ROLE) == SECTION:
            self._paint_section(painter, rect, font, index)
        else:
            self._paint_page(painter, option, rect, font, index)
        painter.restore()

    def _paint_section(
        self, painter: QPainter, rect: QRect, font: QFont, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text_rect = rect.adjusted(TEXT_INDENT, 12, -12, 0)
        highlighted = index.data(SECTION_ROLE) == self.drawer.highlighted_section
        color = Palette.ACCENT_ON_DARK if highlighted else Palette.NAV_MUTED
        icon_top = text_rect.top() + (text_rect.height() - 18) // 2
        icon(index.data(KEY_ROLE), color).paint(painter, QRect(rect.left() + 18, icon_top, 18, 18))
        font.setBold(True)
        font.setPixelSize(13)
        painter.setFont(font)
        painter.setPen(QColor(Palette.NAV_TEXT_STRONG))
        text = painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_page(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        font: QFont,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        pill = rect.adjusted(TEXT_INDENT - 12, 1, -10, -1)
        current = index.data(KEY_ROLE) == self.drawer.current_key
        focused = bool(option.state & QStyle.StateFlag.State_Selected) and self.drawer.list.hasFocus()
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setPen(Qt.PenStyle.NoPen)
        if current:
            painter.setBrush(QColor(91, 140, 255, 64))
            painter.drawRoundedRect(pill, 6, 6)
            painter.setBrush(QColor(Palette.ACCENT_ON_DARK))
            painter.drawRoundedRect(QRect(pill.left(), pill.top() + 6, 3, pill.height() - 12), 1.5, 1.5)
        elif hovered or focused:
            painter.setBrush(QColor(255, 255, 255, 26 if focused else 16))
            painter.drawRoundedRect(pill, 6, 6)
        if focused:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("#7FA2FF"))
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), 6, 6)
        font.setPixelSize(13)
        font.setWeight(QFont.Weight.DemiBold if current else QFont.Weight.Normal)
        painter.setFont(font)
        strong = current or hovered or focused
        coming = bool(index.data(COMING_ROLE))
        painter.setPen(
            QColor(Palette.NAV_TEXT_STRONG if strong else Palette.NAV_MUTED if coming else Palette.NAV_TEXT)
        )
        text_rect = rect.adjusted(TEXT_INDENT, 0, -18, 0)
        if coming:
            text_rect.setRight(text_rect.right() - self._paint_coming_tag(painter, text_rect, font) - 8)
            painter.setFont(font)
        text = painter.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    @staticmethod
    def _paint_coming_tag(painter: QPainter, rect: QRect, font: QFont) -> int:
        """A small muted "coming" at the row's right end; returns its width."""
        tag_font = QFont(font)
        tag_font.setPixelSize(11)
        tag_font.setWeight(QFont.Weight.Normal)
        tag_font.setItalic(True)
        painter.setFont(tag_font)
        painter.setPen(QColor(Palette.NAV_MUTED))
        tag = coming_tag()
        width = painter.fontMetrics().horizontalAdvance(tag)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, tag)
        return width


def coming_tag() -> str:
    return QCoreApplication.translate("NavigationDrawer", "coming")


class NavigationDrawer(QFrame):
    """The sliding panel: section titles with their pages, clickable and keyboard-driven."""

    page_activated = Signal(str)
    escape_pressed = Signal()
    hover_changed = Signal(bool)

    def __init__(self, sections: Sections, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("navigationDrawer")
        self.current_key: str | None = None
        self.highlighted_section: str | None = None
        self._slide_width = 0
        self._items: dict[str, QListWidgetItem] = {}
        self._section_items: dict[str, tuple[QListWidgetItem, QListWidgetItem]] = {}

        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 4, 0, 12)
        self.list = QListWidget()
        self.list.setObjectName("navigationList")
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.setItemDelegate(DrawerItemDelegate(self))
        self.list.setMouseTracking(True)
        self.list.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.list)
        for section, pages in sections:
            header = QListWidgetItem(section.title())
            header.setData(KIND_ROLE, SECTION)
            header.setData(KEY_ROLE, section.icon)
            header.setData(SECTION_ROLE, section.key)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(header)
            for page in pages:
                item = QListWidgetItem(page.title())
                item.setData(KIND_ROLE, PAGE)
                item.setData(KEY_ROLE, page.key)
                item.setData(SECTION_ROLE, section.key)
                item.setToolTip(f"{section.title()} › {page.title()}")
                if page.factory is None:  # follows the map: a page gets its factory, the tag goes
                    item.setData(COMING_ROLE, True)
                    item.setToolTip(f"{section.title()} › {page.title()} ({coming_tag()})")
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.title()} ({coming_tag()})")
                self.list.addItem(item)
                self._items[page.key] = item
            self._section_items[section.key] = (header, self._items[pages[-1].key])
        self.list.itemClicked.connect(self._item_clicked)
        self.list.installEventFilter(self)
        # Scrolling keeps the section's title on top (the drawer scrolls by section on hover).
        self.sticky_title = StickySectionTitle(
            self.list, lambda item: item.data(KIND_ROLE) == SECTION, QColor(Palette.DRAWER_BACKGROUND)
        )

        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(28)
        shadow.setOffset(6, 0)
        shadow.setColor(QColor(10, 16, 32, 90))
        self.setGraphicsEffect(shadow)
        self.hide()

    # ---- the animated width ---------------------------------------------------------------------
    def slide_width(self) -> int:
        """The animated `slideWidth`, typed (mypy sees the Qt property as a descriptor object)."""
        return self._slide_width

    def _set_slide_width(self, width: int) -> None:
        self._slide_width = width
        self.resize(width, self.height())
        self.content.move(width - DRAWER_WIDTH, 0)  # the content slides in with the edge

    slideWidth = QtProperty(int, slide_width, _set_slide_width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.content.setGeometry(self._slide_width - DRAWER_WIDTH, 0, DRAWER_WIDTH, self.height())

    # ---- pages ------------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return list(self._items)

    def page_item(self, key: str) -> QListWidgetItem | None:
        return self._items.get(key)

    def page_rect(self, key: str) -> QRect:
        """Where a page row is, in the list viewport's coordinates (for clicks in tests)."""
        item = self._items[key]
        self.list.scrollToItem(item)
        return self.list.visualItemRect(item)

    def set_current(self, key: str | None) -> None:
        self.current_key = key
        item = self._items.get(key or "")
        if item is not None:
            self.list.setCurrentItem(item)
        self.list.viewport().update()

    def reveal_section(self, section_key: str | None) -> None:
        """Scrolls the hovered icon's section into view and tints its title."""
        self.highlighted_section = section_key
        if section_key in self._section_items:
            header, last = self._section_items[section_key]
            self.list.scrollToItem(last)
            self.list.scrollToItem(header)
        self.list.viewport().update()

    def focus_page(self, key: str | None) -> None:
        item = self._items.get(key or "") or next(iter(self._items.values()), None)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _item_clicked(self, item: QListWidgetItem) -> None:
        """A page opens itself; a section title opens the section's first page."""
        if item.data(KIND_ROLE) == PAGE:
            self.page_activated.emit(item.data(KEY_ROLE))
            return
        row = self.list.row(item) + 1
        following = self.list.item(row)
        if following is not None and following.data(KIND_ROLE) == PAGE:
            self.page_activated.emit(following.data(KEY_ROLE))

    def _step(self, direction: int, to_end: bool = False) -> None:
        rows = [self.list.row(item) for item in self._items.values()]
        if not rows:
            return
        current = self.list.currentRow()
        if to_end:
            target = rows[-1] if direction > 0 else rows[0]
        elif direction > 0:
            target = next((r for r in rows if r > current), rows[-1])
        else:
            target = next((r for r in reversed(rows) if r < current), rows[0])
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self._step(1 if key == Qt.Key.Key_End else -1, to_end=True)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                item = self.list.currentItem()
                if item is not None and item.data(KIND_ROLE) == PAGE:
                    self.page_activated.emit(item.data(KEY_ROLE))
                return True
            if key == Qt.Key.Key_Escape:
                self.escape_pressed.emit()
                return True
        return super().eventFilter(watched, event)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.hover_changed.emit(True)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.hover_changed.emit(False)


class NavigationBar(QFrame):
    """The narrow icon bar; owns the drawer and decides when it opens and closes."""

    page_requested = Signal(str)
    dismissed = Signal()  # focus should go back to the page (Escape, or a page was chosen)

    def __init__(
        self, sections: Sections, parent: QWidget | None = None, overlay_host: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigationBar")
        self.setFixedWidth(BAR_WIDTH)
        self.setAccessibleName(self.tr("Navigation"))
        self._sections = sections
        self._first_page = {section.key: pages[0].key for section, pages in sections}
        self._section_of = {page.key: section.key for section, pages in sections for page in pages}
        self._current_key: str | None = None
        self._open = False
        self._bar_hovered = False
        self._drawer_hovered = False
        self._hover_blocked = False  # after a choice, until the pointer leaves the bar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(8)
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QToolButton] = {}
        for section, _pages in sections:
            button = QToolButton()
            button.setObjectName("navButton")
            button.setIcon(icon(section.icon))
            button.setIconSize(QSize(22, 22))
            button.setFixedSize(QSize(40, 40))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(section.title())
            button.setAccessibleName(section.title())
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("sectionKey", section.key)
            button.clicked.connect(partial(self._section_clicked, section.key))
            button.installEventFilter(self)
            self._group.addButton(button)
            self._buttons[section.key] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self.drawer = NavigationDrawer(sections, overlay_host or parent or self)
        self.drawer.page_activated.connect(self._choose)
        self.drawer.escape_pressed.connect(self.dismiss)
        self.drawer.hover_changed.connect(self._drawer_hover_changed)
        self.animation = QPropertyAnimation(self.drawer, b"slideWidth", self)
        self.animation.setDuration(DRAWER_ANIMATION_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.finished.connect(self._animation_finished)
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(DRAWER_CLOSE_DELAY_MS)
        self._close_timer.timeout.connect(self._close_if_unused)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    # ---- public -----------------------------------------------------------------------------------
    def section_button(self, section_key: str) -> QToolButton:
        return self._buttons[section_key]

    def section_keys(self) -> list[str]:
        return list(self._buttons)

    def set_current_page(self, key: str | None) -> None:
        self._current_key = key
        self._sync_buttons()
        self.drawer.set_current(key)

    def is_drawer_open(self) -> bool:
        """The drawer's intended state (True as soon as it starts sliding out)."""
        return self._open

    def is_drawer_animating(self) -> bool:
        return self.animation.state() == QPropertyAnimation.State.Running

    def open_drawer(self) -> None:
        self._close_timer.stop()
        if self._open:
            return
        self._open = True
        self._place_drawer()
        self.drawer.show()
        self.drawer.raise_()
        self._slide_to(DRAWER_WIDTH)

    def close_drawer(self) -> None:
        self._close_timer.stop()
        if not self._open:
            return
        self._open = False
        self.drawer.highlighted_section = None
        self._slide_to(0)

    def focus_drawer(self) -> None:
        """Keyboard entry (F6): open and put the cursor on the current page."""
        self.open_drawer()
        self.drawer.focus_page(self._current_key)

    def has_focus_inside(self) -> bool:
        return self._owns(QApplication.focusWidget())

    def dismiss(self) -> None:
        """Escape: hand focus back to the page, then slide the drawer in."""
        self._release_focus()
        self.close_drawer()

    # ---- opening and closing ------------------------------------------------------------------
    def _slide_to(self, width: int) -> None:
        self.animation.stop()
        start = self.drawer.slide_width()
        self.animation.setStartValue(start)
        self.animation.setEndValue(width)
        # A reversal half-way takes half the time, so the speed stays the same.
        self.animation.setDuration(max(1, round(DRAWER_ANIMATION_MS * abs(width - start) / DRAWER_WIDTH)))
        self.animation.start()

    def _animation_finished(self) -> None:
        if not self._open:
            self.drawer.hide()
            self._drawer_hovered = False

    def _close_if_unused(self) -> None:
        if self._bar_hovered or self._drawer_hovered or self.has_focus_inside():
            return
        self.close_drawer()

    def _release_focus(self) -> None:
        if self.has_focus_inside():
            self.dismissed.emit()
        focused = QApplication.focusWidget()
        if self._owns(focused):
            assert focused is not None
            focused.clearFocus()

    def _choose(self, page_key: str) -> None:
        self.page_requested.emit(page_key)
        self._hover_blocked = self._bar_hovered
        self._release_focus()
        self.close_drawer()

    def _section_clicked(self, section_key: str) -> None:
        self._sync_buttons()  # the click toggled the button; the window decides what is current
        self._choose(self._first_page[section_key])

    def _sync_buttons(self) -> None:
        section = self._section_of.get(self._current_key or "")
        for key, button in self._buttons.items():
            button.setChecked(key == section)

    def _owns(self, widget: QWidget | None) -> bool:
        if widget is None or not shiboken6.isValid(self):
            return False
        return (
            widget is self
            or self.isAncestorOf(widget)
            or widget is self.drawer
            or self.drawer.isAncestorOf(widget)
        )

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self):
            return
        if self._owns(new):
            self.open_drawer()
        elif self._owns(old):
            self._close_timer.start()

    def _drawer_hover_changed(self, inside: bool) -> None:
        self._drawer_hovered = inside
        if inside:
            self._close_timer.stop()
        elif self._open:
            self._close_timer.start()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self._bar_hovered = True
        if not self._hover_blocked:
            self.open_drawer()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._bar_hovered = False
        self._hover_blocked = False
        if self._open:
            self._close_timer.start()

    # ---- keeping the drawer beside the bar ------------------------------------------------------
    def _place_drawer(self) -> None:
        host = self.drawer.parentWidget()
        if host is self or host is None:
            origin = QPoint(0, 0)
        elif host.isAncestorOf(self):
            origin = self.mapTo(host, QPoint(self.width(), 0))
        else:
            origin = host.mapFromGlobal(self.mapToGlobal(QPoint(self.width(), 0)))
        self.drawer.setGeometry(origin.x(), origin.y(), self.drawer.slide_width(), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_drawer()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._place_drawer()

    # ---- section buttons: hover reveals, arrows move, Right enters the drawer --------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        section_key = watched.property("sectionKey") if isinstance(watched, QToolButton) else None
        if section_key is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.Enter:
            self.drawer.reveal_section(section_key)
        elif event.type() == QEvent.Type.ToolTip and self._open:
            return True  # the open drawer already names every section
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            keys = list(self._buttons)
            position = keys.index(section_key)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = 1 if key == Qt.Key.Key_Down else -1
                target = self._buttons[keys[(position + step) % len(keys)]]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                self.drawer.reveal_section(target.property("sectionKey"))
                return True
            if key == Qt.Key.Key_Right:
                self.open_drawer()
                self.drawer.focus_page(self._first_page[section_key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._section_clicked(section_key)
                return True
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return True
        return super().eventFilter(watched, event)
