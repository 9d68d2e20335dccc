"""The one header every page shows: the title with the page's actions on its right (the primary
action last; what does not fit goes into "More"), then the search box and the filters, which wrap
onto another line when the window is narrow. The list panel builds one; a page that is not a list
(a tree) builds one too, so every page starts the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from engage_desktop.views.widgets.action_bar import ActionBar
from engage_desktop.views.widgets.flow_layout import FlowLayout

SEARCH_MIN_WIDTH = 200
SEARCH_MAX_WIDTH = 420


def make_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return label


def make_search(placeholder: str, parent: QWidget | None = None) -> QLineEdit:
    """A page's search box; give it the page as parent first, so it starts the focus chain."""
    edit = QLineEdit(parent)
    edit.setObjectName("searchBox")
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(SEARCH_MIN_WIDTH)
    edit.setMaximumWidth(SEARCH_MAX_WIDTH)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


class PageHeader(QVBoxLayout):
    """Title row (title, header widgets, actions) over the search-and-filters row."""

    def __init__(self, title: str, search: QLineEdit | None = None) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(10)
        self.title_label = make_title(title)
        self.action_bar = ActionBar()
        self.title_row = QHBoxLayout()
        self.title_row.setSpacing(12)
        self.title_row.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._title_end = 1  # where add_header_widget inserts (after the title and earlier ones)
        self.title_row.addStretch(1)
        self.title_row.addWidget(self.action_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        self.filter_row = FlowLayout(spacing=14, line_spacing=8)
        if search is not None:
            self.filter_row.addWidget(search)
        self.addLayout(self.title_row)
        self.addLayout(self.filter_row)

    def add_button(self, button: QPushButton, *, primary: bool = False) -> QPushButton:
        """An action; the primary one is shown last and never goes into "More"."""
        button.setAutoDefault(False)
        if primary and button.property("variant") != "primary":
            button.setProperty("variant", "primary")
            button.style().unpolish(button)  # the sheet's primary look, if it was styled already
            button.style().polish(button)
        self.action_bar.add_button(button, primary=primary)
        return button

    def add_header_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Beside the title, before the actions (a short notice, a count)."""
        self.title_row.insertWidget(self._title_end, widget, stretch, Qt.AlignmentFlag.AlignVCenter)
        self._title_end += 1

    def add_filter(self, label: str, field: QWidget) -> QWidget:
        """A labelled field (a filter combo) after the search; the pair wraps as one."""
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        caption = QLabel(label)
        caption.setBuddy(field)
        row.addWidget(caption)
        row.addWidget(field, 1)
        self.filter_row.addWidget(pair)
        return pair
