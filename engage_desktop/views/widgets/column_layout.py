"""How a list's columns share the width, and how the user left them.

Name and e-mail columns stretch; the others are as wide as their header (sort arrow included) and
their loaded rows. What the user changes — widths, order, sort — is kept per list in the settings
and given back the next time the list opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from engage_desktop import APP_NAME, ORG_NAME

STRETCH_KEYS = frozenset({"name", "label", "display_name", "email"})
SETTINGS_GROUP = "lists"
SAVE_DELAY_MS = 400


def settings_of(widget: QWidget) -> QSettings:
    """The settings of the window showing the widget (the main window's, injected in tests),
    else the application's."""
    settings = getattr(widget.window(), "_settings", None)
    return settings if isinstance(settings, QSettings) else QSettings(ORG_NAME, APP_NAME)


class ColumnLayout(QObject):
    """Sizes a table's columns and remembers them under `lists/<key>/header`."""

    def __init__(
        self, table: QTableView, column_keys: Sequence[str], stretch: Sequence[str] | None = None
    ) -> None:
        super().__init__(table)
        self.table = table
        self.keys = list(column_keys)
        wanted = STRETCH_KEYS if stretch is None else frozenset(stretch)
        self.stretch = [i for i, key in enumerate(self.keys) if key in wanted]
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
        for column in range(len(self.keys)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in self.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(column, mode)
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
        for column in self._sized_columns():
            width = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            header.resizeSection(column, width)

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
