"""How a list's columns share the width, and how the user left them.

Name and e-mail columns stretch: they share what the others leave of the table's width, in the
proportions the page declared (or the user dragged). The others are as wide as their header (sort
arrow included) and their loaded rows, up to `CONTENT_CAP`; on a narrow table they give up room
(never below their header, nor a column of times below its longest time) before anything scrolls
sideways. Every column stays resizable by hand, and a column sized by hand keeps its width (never
below its header either). What the user changes — widths, order, sort — is kept per list in the
settings and given back the next time the list opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

STRETCH_KEYS = frozenset({"name", "label", "display_name", "email"})
SETTINGS_GROUP = "lists"
SAVE_DELAY_MS = 400
CONTENT_CAP = 240  # a sized column wider than this elides its cells (a list of teams…)
SHRINK_FLOOR = 120  # narrower sized columns (a state, a count, a date) give up room last
STRETCH_COMFORT = 150  # what a stretching column keeps before the others give up room
STRETCH_MIN = 90
# style.qss: QHeaderView::section padding (10px each side) and border-right; the sort arrow's
# width with its padding-left. A header is never narrower than its title plus these.
HEADER_PADDING = 2 * 10 + 1
SORT_ARROW_ROOM = 10 + 4
ITEM_PADDING = 2 * 8 + 8  # QTableView::item padding (8px each side) and the item's own text margins


def settings_of(widget: QWidget) -> QSettings | None:
    """The settings of the main window showing the widget (injected in tests), also through the
    dialogs opened over it; None for a list with no main window above it, which remembers nothing."""
    window: QWidget | None = widget.window()
    while window is not None:
        settings = getattr(window, "_settings", None)
        if isinstance(settings, QSettings):
            return settings
        owner = window.parentWidget()
        window = owner.window() if owner is not None else None
    return None


class ColumnLayout(QObject):
    """Sizes a table's columns and remembers them under `lists/<key>/header`."""

    def __init__(
        self,
        table: QTableView,
        column_keys: Sequence[str],
        stretch: Sequence[str] | None = None,
        widths: Sequence[int] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.keys = list(column_keys)
        wanted = STRETCH_KEYS if stretch is None else frozenset(stretch)
        self.stretch = [i for i, key in enumerate(self.keys) if key in wanted]
        declared = list(widths) + [160] * (len(self.keys) - len(widths))
        self.weights = {column: max(1, declared[column]) for column in self.stretch}
        self.wanted: dict[int, int] = {}  # sized columns: header and rows, capped
        self.by_hand: set[int] = set()  # sized columns the user set (or that were restored)
        self.whole: dict[int, int] = {}  # sized columns whose texts must never be cut (times)
        self.key = ""
        self.restored = False
        self.sized_to_rows = False
        self._sizing = False
        self._settings: QSettings | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        header = table.horizontalHeader()
        header.setStretchLastSection(not self.stretch)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_resized)
        table.viewport().installEventFilter(self)
        self.fit_headers()

    # ---- sizes --------------------------------------------------------------------------------
    def fit_headers(self) -> None:
        """Before any row: every sized column as wide as its title and sort arrow."""
        header = self.table.horizontalHeader()
        for column in self._sized_columns():
            self.wanted[column] = max(header.sectionSize(column), self.title_width(column))
        self.distribute()

    def fit_rows(self, widest: dict[int, Sequence[str]] | None = None) -> None:
        """Once, when the first rows arrive: each sized column as wide as its header and rows, and
        as its `widest` texts (a column of times: the longest a time of its format can be, which
        the first rows need not show)."""
        if self.sized_to_rows or self.table.model().rowCount() == 0:
            return
        self.sized_to_rows = True
        metrics = QFontMetrics(self.table.font())
        for column, texts in (widest or {}).items():
            self.whole[column] = max(metrics.horizontalAdvance(text) + ITEM_PADDING for text in texts)
        for column in self._sized_columns():
            content = min(self.table.sizeHintForColumn(column), CONTENT_CAP)
            self.wanted[column] = max(self.least_width(column), content)
        self.distribute()

    def distribute(self) -> None:
        """Sized columns at their wanted width (less on a narrow table), then the stretching ones
        share what is left, in their proportions."""
        header = self.table.horizontalHeader()
        viewport = self.table.viewport().width()
        sized = [c for c in self._sized_columns() if not header.isSectionHidden(c)]
        stretch = [c for c in self.stretch if not header.isSectionHidden(c)]
        least = {c: self.least_width(c) for c in sized}
        # A width kept by hand or restored is never under its title either: it may have been saved
        # in another language, or before the title or its font grew ("Priori" in the queue monitor).
        widths = {
            c: max(least[c], header.sectionSize(c)) if c in self.by_hand else self.wanted.get(c, least[c])
            for c in sized
        }
        if stretch:
            fixed = {c: widths[c] for c in sized if c in self.by_hand}
            floor = {c: fixed.get(c, max(least[c], min(widths[c], SHRINK_FLOOR))) for c in sized}
            comfort = sum(max(STRETCH_COMFORT, self.title_width(c)) for c in stretch)
            widths = _shrink(widths, floor, viewport - comfort)
            floor = {c: fixed.get(c, least[c]) for c in sized}
            minimum = sum(self._stretch_min(c) for c in stretch)
            widths = _shrink(widths, floor, viewport - minimum)
        self._sizing = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            room = viewport - sum(widths.values())
            total = sum(self.weights[c] for c in stretch)
            for column in stretch:
                header.resizeSection(
                    column, max(self._stretch_min(column), room * self.weights[column] // total)
                )
        finally:
            self._sizing = False

    def least_width(self, column: int) -> int:
        """What a sized column never goes under: its title, and its texts when they must stay whole."""
        return max(self.title_width(column), self.whole.get(column, 0))

    def _stretch_min(self, column: int) -> int:
        return max(STRETCH_MIN, self.title_width(column))

    def title_width(self, column: int) -> int:
        """The column's title whole, with room for the sort arrow (in the header's semi-bold)."""
        header = self.table.horizontalHeader()
        model = self.table.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)
        return QFontMetrics(font).horizontalAdvance(title) + HEADER_PADDING + SORT_ARROW_ROOM + 2

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        """Dragged by hand: a stretching column keeps its new share, another its new width."""
        if self._sizing:
            return
        if column in self.weights:
            self.weights[column] = max(1, new)
        else:
            self.by_hand.add(column)

    def _sized_columns(self) -> list[int]:
        return [c for c in range(len(self.keys)) if c not in self.stretch]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.distribute()
        return False

    # ---- memory -------------------------------------------------------------------------------
    def restore(self, key: str, settings: QSettings) -> bool:
        """Read what the user left for this list (once); True when there was something."""
        if self.key:
            return self.restored
        self.key = f"{SETTINGS_GROUP}/{key}/header"
        self._settings = settings
        state = settings.value(self.key)
        saved_columns = settings.value(f"{SETTINGS_GROUP}/{key}/columns")
        header = self.table.horizontalHeader()
        if isinstance(state, QByteArray) and saved_columns == ",".join(self.keys):
            self._sizing = True
            try:
                self.restored = header.restoreState(state)
            finally:
                self._sizing = False
        if self.restored:
            for column in self.weights:
                self.weights[column] = max(1, header.sectionSize(column))
            self.by_hand.update(self._sized_columns())
            self.distribute()
        header.sectionResized.connect(self._save_later)
        header.sectionMoved.connect(self._save_later)
        header.sortIndicatorChanged.connect(self._save_later)
        return self.restored

    def _save_later(self, *_args: object) -> None:
        if not self._sizing:
            self._save_timer.start()

    def save(self) -> None:
        if self._settings is None or not self.key:
            return
        self._save_timer.stop()
        self._settings.setValue(self.key, self.table.horizontalHeader().saveState())
        self._settings.setValue(self.key.removesuffix("/header") + "/columns", ",".join(self.keys))


def _shrink(wanted: dict[int, int], floor: dict[int, int], available: int) -> dict[int, int]:
    """Widths reduced toward `floor`, each in proportion to what it has above it, to fit."""
    total, spare = sum(wanted.values()), sum(wanted.values()) - sum(floor.values())
    if total <= available or spare <= 0:
        return wanted
    keep = max(0, available - sum(floor.values()))
    return {c: floor[c] + (wanted[c] - floor[c]) * keep // spare for c in wanted}
