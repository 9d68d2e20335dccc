"""The lazy table model behind every list: rows fetched a page at a time from a service.

The model never holds more than what the user scrolled to, so a list of 100k rows opens as fast as
one of 12; sorting and filtering are the service's job (the ListQuery it receives).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette

from engage_desktop.services.core.listing import ListQuery

CountRows = Callable[[ListQuery], int]
FetchRows = Callable[[ListQuery, int, int], Sequence[Any]]
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: `key` is also what ListQuery.sort receives when the user sorts by it."""

    key: str
    title: str
    getter: Callable[[Any], Any]
    sortable: bool = True
    alignment: Qt.AlignmentFlag = LEFT
    width: int | None = None
    tooltip: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class FilterSpec:
    """A combo box in the toolbar; the chosen value goes to ListQuery.filters[key] (None = no filter)."""

    key: str
    label: str
    choices: Sequence[tuple[str, Any]]


def format_value(value: Any) -> str:
    """Display text of a cell: locale numbers and dates, Yes/No, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ListPanel", "Yes")
            if value
            else QCoreApplication.translate("ListPanel", "No")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, datetime):
        local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)
        return QLocale().toString(local, QLocale.FormatType.ShortFormat)
    return str(value)


def default_row_key(row: Any) -> Hashable:
    return getattr(row, "id", row)


class LazyTableModel(QAbstractTableModel):
    """Rows come from `count(query)` and `fetch(query, offset, limit)`, one page per fetchMore."""

    RowRole = Qt.ItemDataRole.UserRole
    loadFailed = Signal(object)  # the exception; the model is then empty

    def __init__(
        self,
        columns: Sequence[Column],
        count: CountRows,
        fetch: FetchRows,
        *,
        page_size: int = 200,
        row_muted: Callable[[Any], bool] | None = None,
        query: ListQuery | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Nothing is loaded until `set_query` (or `reload`) is called."""
        super().__init__(parent)
        self.columns = list(columns)
        self._count = count
        self._fetch = fetch
        self.page_size = page_size
        self._row_muted = row_muted
        self._query = query or ListQuery()
        self._rows: list[Any] = []
        self._total = 0
        self._failed = False

    # ---- querying ------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        return self._query

    def total(self) -> int:
        """Rows matching the query on the server (loaded or not)."""
        return self._total

    def failed(self) -> bool:
        return self._failed

    def set_query(self, query: ListQuery) -> None:
        """Count, load the first page, and reset the view (selection is the panel's business)."""
        self._query = query
        failure: Exception | None = None
        try:
            total = self._count(query)
            rows = list(self._fetch(query, 0, self.page_size)) if total else []
        except Exception as exc:  # never into Qt's event loop: the panel shows it
            failure, total, rows = exc, 0, []
        self.beginResetModel()
        self._rows, self._failed = rows, failure is not None
        self._total = len(rows) if len(rows) < min(total, self.page_size) else max(total, len(rows))
        self.endResetModel()
        if failure is not None:
            self.loadFailed.emit(failure)

    def reload(self) -> None:
        self.set_query(self._query)

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._failed and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        try:
            rows = list(self._fetch(self._query, start, self.page_size))
        except Exception as exc:
            self._total = start  # stop asking; the user can refresh
            self.loadFailed.emit(exc)
            return
        if len(rows) < self.page_size:
            self._total = start + len(rows)  # rows were deleted since the count
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = self.columns[column].key
        if (self._query.sort, self._query.descending) != (key, descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        return self.column_of(self._query.sort) if self._query.sort else -1

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # ---- reading -------------------------------------------------------------------------------
    def row_at(self, index: AnyIndex | int) -> Any | None:
        row = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(column.getter(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else format_value(column.getter(row)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self._row_muted and self._row_muted(row):
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
