"""The lazy table model behind every list: rows fetched a page at a time from a service.

The model never holds more than what the user scrolled to, so a list of 100k rows opens as fast as
one of 12; sorting and filtering are the service's job (the ListQuery it receives). Counts and pages
are read on worker threads so a slow database never freezes the window; every request carries a
generation number and an answer to a request that has since been superseded (another search, sort,
refresh) is dropped, so fast typing never shows the rows of an older search.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QPalette

from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.widgets.latest_request import LatestRequest, Reply, Work

CountRows = Callable[[ListQuery], int]
FetchRows = Callable[[ListQuery, int, int], Sequence[Any]]  # (query, offset, limit)
FetchAfter = Callable[[ListQuery, Any, int], Sequence[Any]]  # (query, after_key or None, limit)
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
    header_tip: str = ""  # the header's tooltip: what the column counts, when its title cannot say it all


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
        local = _local(value)
        when = QDateTime(_qdate(local), QTime(local.hour, local.minute, local.second))
        return QLocale().toString(when, QLocale.FormatType.ShortFormat)
    return str(value)


def format_date(value: datetime) -> str:
    """The short locale date of a moment, on the user's calendar (not UTC's)."""
    return QLocale().toString(_qdate(_local(value)), QLocale.FormatType.ShortFormat)


def _local(value: datetime) -> datetime:
    """Times are stored in UTC (naive ones too); the user reads them in the computer's zone."""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone()


def _qdate(value: datetime) -> QDate:
    return QDate(value.year, value.month, value.day)


def default_row_key(row: Any) -> Hashable:
    key: Hashable = getattr(row, "id", row)
    return key


_RESET, _PAGE, _REFRESH = "reset", "page", "refresh"


class LazyTableModel(QAbstractTableModel):
    """Rows come from `count(query)` and, one page per fetchMore, from a fetch function.

    Offset paging (the default) calls `fetch(query, offset, limit)`. Keyset paging, for tables that
    only grow (journals), calls `fetch_after(query, key, limit)` with the `row_key` of the last loaded
    row (None for the first page), so the service can read "rows after key" from an index instead of
    skipping `offset` rows. `row_key` also identifies rows when `refresh` applies what changed.
    """

    RowRole = Qt.ItemDataRole.UserRole
    loadFailed = Signal(object)  # the exception; the model is then empty
    busyChanged = Signal(bool)

    def __init__(
        self,
        columns: Sequence[Column],
        count: CountRows,
        fetch: FetchRows | None = None,
        *,
        fetch_after: FetchAfter | None = None,
        row_key: Callable[[Any], Hashable] = default_row_key,
        page_size: int = 200,
        row_muted: Callable[[Any], bool] | None = None,
        query: ListQuery | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Nothing is loaded until `set_query` (or `reload`) is called."""
        if (fetch is None) == (fetch_after is None):
            raise TypeError("LazyTableModel needs either fetch (offset paging) or fetch_after (keyset)")
        super().__init__(parent)
        self._requests = LatestRequest(self)
        self._requests.answered.connect(self._on_reply)
        self.columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._fetch_after = fetch_after
        self._row_key = row_key
        self.page_size = page_size
        self._row_muted = row_muted
        self._query = query or ListQuery()
        self._rows: list[Any] = []
        self._total = 0
        self._failed = False
        self._counted = False

    # ---- querying ------------------------------------------------------------------------------
    def query(self) -> ListQuery:
        """The query asked for last (its rows may still be on their way)."""
        return self._query

    def total(self) -> int:
        """Rows matching the query on the server (loaded or not)."""
        return self._total

    def failed(self) -> bool:
        return self._failed

    @property
    def busy(self) -> bool:
        """A count or page is on its way; the rows shown may answer an older query."""
        return self._requests.pending is not None

    def counted(self) -> bool:
        """True once a query has been answered: before that the list is neither empty nor full."""
        return self._counted

    def keyset(self) -> bool:
        return self._fetch_after is not None

    def set_query(self, query: ListQuery) -> None:
        """Count and load the first page in the background, then reset the view.

        The rows of the previous query stay until the answer comes (no flicker while typing).
        """
        self._query = query
        count, read, limit = self._count, self._reader(), self.page_size

        def first_page() -> tuple[int, list[Any]]:
            total = count(query)
            return total, list(read(query, 0, None, limit)) if total else []

        self._request(_RESET, limit, first_page)

    def reload(self) -> None:
        """Reads the query again from the first page (the view is reset)."""
        self.set_query(self._query)

    def refresh(self) -> None:
        """Re-reads the loaded range and applies what changed row by row.

        Changed rows emit dataChanged, rows that appeared are inserted and vanished ones removed, so
        the view keeps its selection, current row and scroll position (live views, coming back to a
        page). Before the first answer, or after a failure, this is a `reload`.
        """
        if not self._counted or self._failed or self._requests.pending == _RESET:
            self.reload()
            return
        query, count, read = self._query, self._count, self._reader()
        limit = max(len(self._rows), self.page_size)

        def loaded_range() -> tuple[int, list[Any]]:
            return count(query), list(read(query, 0, None, limit))

        self._request(_REFRESH, limit, loaded_range)

    def canFetchMore(self, parent: AnyIndex = _ROOT) -> bool:
        return (
            not parent.isValid()
            and self._requests.pending is None
            and not self._failed
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: AnyIndex = _ROOT) -> None:
        """Asks for the next page; it is appended when it arrives."""
        if not self.canFetchMore(parent):
            return
        query, read, limit = self._query, self._reader(), self.page_size
        start = len(self._rows)
        after = self._row_key(self._rows[-1]) if self._rows else None
        self._request(_PAGE, limit, lambda: (None, list(read(query, start, after, limit))))

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

    # ---- background requests -------------------------------------------------------------------
    def _reader(self) -> Callable[[ListQuery, int, Any, int], Sequence[Any]]:
        """One call shape for both paging modes: (query, offset, after_key, limit)."""
        fetch, fetch_after = self._fetch, self._fetch_after
        if fetch_after is not None:
            return lambda query, _offset, after, limit: fetch_after(query, after, limit)
        assert fetch is not None
        return lambda query, offset, _after, limit: fetch(query, offset, limit)

    def _request(self, kind: str, limit: int, work: Work) -> None:
        was_busy = self.busy
        self._requests.submit(kind, limit, work)
        if not was_busy:
            self.busyChanged.emit(True)

    def _on_reply(self, reply: Reply) -> None:
        if reply.error is not None:
            self._apply_failure(reply.kind, reply.error)
        elif reply.kind == _PAGE:
            self._append(reply.rows, reply.limit)
        elif reply.kind == _REFRESH:
            self._sync_rows(reply.rows)
            self._total = self._known_total(reply.total or 0, len(reply.rows), reply.limit)
        else:
            self.beginResetModel()
            self._rows, self._failed, self._counted = reply.rows, False, True
            self._total = self._known_total(reply.total or 0, len(reply.rows), reply.limit)
            self.endResetModel()
        if not self.busy:  # applying it may have asked for more (the view fetching the next page)
            self.busyChanged.emit(False)

    @staticmethod
    def _known_total(counted: int, read: int, limit: int) -> int:
        """Fewer rows than asked means the end was reached, whatever the count said a moment before."""
        return read if read < min(counted, limit) else max(counted, read)

    def _apply_failure(self, kind: str, exc: Exception) -> None:
        if kind == _PAGE:
            self._total = len(self._rows)  # stop asking; the user can refresh
        else:
            self.beginResetModel()
            self._rows, self._total, self._failed, self._counted = [], 0, True, True
            self.endResetModel()
        self.loadFailed.emit(exc)

    def _append(self, rows: list[Any], limit: int) -> None:
        start = len(self._rows)
        if len(rows) < limit:
            self._total = start + len(rows)  # rows were deleted since the count
        if rows:
            self.beginInsertRows(_ROOT, start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # ---- row-level refresh ---------------------------------------------------------------------
    def _sync_rows(self, fresh: list[Any]) -> None:
        """Turns the loaded rows into `fresh` with removes, one reorder, inserts and dataChanged."""
        key = self._row_key
        fresh_keys = [key(row) for row in fresh]
        order = {k: i for i, k in enumerate(fresh_keys)}
        self._remove_where(lambda row: key(row) not in order)
        kept_keys = [key(row) for row in self._rows]
        if kept_keys != sorted(kept_keys, key=order.__getitem__):
            self._reorder(kept_keys, order)
        kept = set(kept_keys)
        changed: list[int] = []
        position = 0
        while position < len(fresh):
            if position < len(self._rows) and key(self._rows[position]) == fresh_keys[position]:
                if self._rows[position] != fresh[position]:
                    self._rows[position] = fresh[position]
                    changed.append(position)
                position += 1
                continue
            end = position
            while end < len(fresh) and fresh_keys[end] not in kept:
                end += 1
            end = max(end, position + 1)
            self.beginInsertRows(_ROOT, position, end - 1)
            self._rows[position:position] = fresh[position:end]
            self.endInsertRows()
            position = end
        if len(self._rows) > len(fresh):  # only with duplicate keys
            self.beginRemoveRows(_ROOT, len(fresh), len(self._rows) - 1)
            del self._rows[len(fresh) :]
            self.endRemoveRows()
        last = len(self.columns) - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _remove_where(self, vanished: Callable[[Any], bool]) -> None:
        row = len(self._rows) - 1
        while row >= 0:
            if not vanished(self._rows[row]):
                row -= 1
                continue
            end = row
            while row >= 0 and vanished(self._rows[row]):
                row -= 1
            self.beginRemoveRows(_ROOT, row + 1, end)
            del self._rows[row + 1 : end + 1]
            self.endRemoveRows()

    def _reorder(self, kept_keys: list[Hashable], order: dict[Hashable, int]) -> None:
        """Rows whose sort value changed move; persistent indexes (selection, current) follow them."""
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda row: order[self._row_key(row)])
        moved_to = {self._row_key(row): i for i, row in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(moved_to[kept_keys[index.row()]], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

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
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return column.header_tip
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
