"""How a list's columns share the width, and how the user left them.

Name and e-mail columns stretch: they share what the others leave of the table's width, in the
proportions the page declared (or the user dragged). The others are as wide as their header (sort
arrow included) and their loaded rows, up to `CONTENT_CAP`. Every column stays resizable by hand.
What the user changes — widths, order, sort — is kept per list in the settings and given back the
next time the list opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from engage_desktop import APP_NAME, ORG_NAME

STRETCH_KEYS = frozenset({"name", "label", "display_name", "email"})
SETTINGS_GROUP = "lists"
SAVE_DELAY_MS = 400
CONTENT_CAP = 240  # a sized column wider than this elides its cells (a list of teams…)
STRETCH_MIN = 90
SHRINK_FLOOR = 120  # narrower sized columns (a state, a count, a date) are not shrunk
STRETCH_COMFORT = 150  # what a stretching column keeps before the others give up room


def settings_of(widget: QWidget) -> QSettings:
    """The settings of the window showing the widget (the main window's, injected in tests),
    else the application's."""
    settings = getattr(widget.window(), "_settings", None)
    return settings if isinstance(settings, QSettings) else QSettings(ORG_NAME, APP_NAME)


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
        self._distributing = False
        self.key = ""
        self.restored = False
        self.sized_to_rows = False
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
        """Every sized column at least as wide as its title and sort arrow."""
        header = self.table.horizontalHeader()
        for column in self._sized_columns():
            header.resizeSection(column, max(header.sectionSize(column), header.sectionSizeHint(column)))

    def fit_rows(self) -> None:
        """Once, when the first rows arrive: each sized column as wide as its header and rows."""
        if self.restored or self.sized_to_rows or self.table.model().rowCount() == 0:
            return
        self.sized_to_rows = True
        header = self.table.horizontalHeader()
        least = {c: header.sectionSizeHint(c) for c in self._sized_columns()}
        wanted = {c: max(least[c], min(self.table.sizeHintForColumn(c), CONTENT_CAP)) for c in least}
        # Narrow table: the sized columns give up room (never below their header) so that the
        # stretching ones keep a readable width and nothing scrolls sideways when it can be helped.
        comfort = sum(max(STRETCH_COMFORT, header.sectionSizeHint(c)) for c in self.stretch)
        available = self.table.viewport().width() - comfort
        total = sum(wanted.values())
        floor = {c: max(least[c], min(wanted[c], SHRINK_FLOOR)) for c in wanted}
        spare = total - sum(floor.values())
        if self.stretch and spare > 0 and available < total:
            keep = max(0, available - sum(floor.values()))
            wanted = {c: floor[c] + (wanted[c] - floor[c]) * keep // spare for c in wanted}
        for column, width in wanted.items():
            header.resizeSection(column, width)
        self.distribute()

    def distribute(self) -> None:
        """The stretching columns share the width the others leave, in their proportions."""
        header = self.table.horizontalHeader()
        shown = [c for c in self.stretch if not header.isSectionHidden(c)]
        if not shown:
            return
        others = sum(header.sectionSize(c) for c in self._sized_columns() if not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        total = sum(self.weights[c] for c in shown)
        self._distributing = True
        try:
            for column in shown:
                least = max(STRETCH_MIN, header.sectionSizeHint(column))
                header.resizeSection(column, max(least, room * self.weights[column] // total))
        finally:
            self._distributing = False

    def _on_resized(self, column: int, _old: int, new: int) -> None:
        """A stretching column dragged by hand keeps its new share of the width."""
        if not self._distributing and column in self.weights:
            self.weights[column] = max(1, new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.distribute()
        return False

    def _sized_columns(self) -> list[int]:
        return [c for c in range(len(self.keys)) if c not in self.stretch]

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
            self.restored = header.restoreState(state)
        if self.restored:
            for column in self.weights:
                self.weights[column] = max(1, header.sectionSize(column))
            self.distribute()
        header.sectionResized.connect(self._save_later)
        header.sectionMoved.connect(self._save_later)
        header.sortIndicatorChanged.connect(self._save_later)
        return self.restored

    def _save_later(self, *_args: object) -> None:
        self._save_timer.start()

    def save(self) -> None:
        if self._settings is None or not self.key:
            return
        self._save_timer.stop()
        self._settings.setValue(self.key, self.table.horizontalHeader().saveState())
        self._settings.setValue(self.key.removesuffix("/header") + "/columns", ",".join(self.keys))
