"""The list every section shows: search, filters, server-side sort, and rows loaded a page at a time.

The model never holds more than what the user scrolled to, so a list of 100k rows opens as fast as
one of 12; sorting and filtering are the service's job (the ListQuery it receives). Rows arrive in
the background: a thin bar under the table says so when it takes a moment.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    SIGNAL,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.widgets.busy_bar import BusyBar
from engage_desktop.views.widgets.column_layout import ColumnLayout, settings_of
from engage_desktop.views.widgets.combo_choices import ElidingComboBox
from engage_desktop.views.widgets.empty_state import EmptyState
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.lazy_table_model import (
    CENTER,
    LEFT,
    RIGHT,
    AnyIndex,
    Column,
    CountRows,
    FetchAfter,
    FetchRows,
    FilterSpec,
    LazyTableModel,
    default_row_key,
    format_date,
    format_value,
)
from engage_desktop.views.widgets.page_header import PageHeader, make_search
from engage_desktop.views.widgets.table_setup import setup_read_only_table

# Pages import the column and model vocabulary from here, with the panel.
__all__ = [
    "CENTER",
    "LEFT",
    "RIGHT",
    "AnyIndex",
    "Column",
    "CountRows",
    "FetchAfter",
    "FetchRows",
    "FilterSpec",
    "LazyTableModel",
    "ListPanel",
    "Selection",
    "default_row_key",
    "format_date",
    "format_value",
]

# Local moments whose short texts are as long as the locale's format makes them (see _widest_times).
WIDEST_MOMENTS = tuple(datetime(2026, 12, 28, hour, 58).astimezone() for hour in (12, 23))


class Selection(Enum):
    """What an action button needs selected to be enabled."""

    NONE = "none"
    ONE = "one"
    SOME = "some"


class _ListTable(QTableView):
    """Enter opens the current row (instead of triggering a dialog's default button)."""

    openRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass
class _Action:
    button: QPushButton
    selection: Selection
    allowed: bool
    enabled_when: Callable[[list[Any]], bool] | None


class ListPanel(QWidget):
    """The one page header, then the table or empty state, then the row count.

    The header is the title with the page's actions on its right (the primary action last; what
    does not fit goes into "More"), then the search and filters, which wrap onto a second line
    when the window is narrow. Focus starts in the search box.
    """

    opened = Signal(object)  # the row double-clicked or Enter-ed
    selectionChanged = Signal()
    SEARCH_DELAY_MS = 250
    FILTER_MAX_CHARS = 18  # kept for pages that read it; the width cap is FILTER_MAX_WIDTH
    FILTER_MAX_WIDTH = 260  # wider choices are elided ("…", whole in the tooltip) in the closed combo

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        count: CountRows,
        fetch: FetchRows | None,
        *,
        count_text: Callable[[int], str],
        fetch_after: FetchAfter | None = None,
        search_placeholder: str = "",
        filters: Sequence[FilterSpec] = (),
        empty_title: str = "",
        empty_message: str = "",
        sort: str | None = None,
        descending: bool = False,
        row_key: Callable[[Any], Hashable] = default_row_key,
        row_muted: Callable[[Any], bool] | None = None,
        page_size: int = 200,
        parent: QWidget | None = None,
        stretch_columns: Sequence[str] | None = None,
        settings_key: str = "",
    ) -> None:
        """`stretch_columns`: the keys of the columns that share the spare width (by default name,
        label, display name and e-mail). `settings_key` names the list in the settings where its
        column widths, order and sort are kept (by default the class name of the page holding it)."""
        super().__init__(parent)
        self.setObjectName("listPanel")
        self._count_text = count_text
        self._empty_title = empty_title or self.tr("Nothing here yet")
        self._empty_message = empty_message
        self._empty_action: Callable[[], None] | None = None
        self._empty_action_text = ""
        self._row_key = row_key
        self._actions: list[_Action] = []
        self._filter_specs: dict[str, FilterSpec] = {}
        self._filter_combos: dict[str, QComboBox] = {}
        self._kept_keys: list[Hashable] | None = None
        self._kept_current: Hashable | None = None
        self._select_when_loaded: Hashable | None = None
        self._selected_seen: list[Any] = []  # what selectionChanged last announced
        self.active_dialog: QDialog | None = None
        self.row_menu: QMenu | None = None  # the last right-click menu, while it is open
        self._row_actions: list[QAction] = []
        self._shown_once = False
        self._settings_key = settings_key

        self.model = LazyTableModel(
            columns,
            count,
            fetch,
            fetch_after=fetch_after,
            page_size=page_size,
            row_key=row_key,
            row_muted=row_muted,
            query=ListQuery(sort=sort, descending=descending),
            parent=self,
        )

        # The search box is made first, with the panel as parent: it starts the focus chain.
        self.search_edit = make_search(search_placeholder or self.tr("Search"), self)
        self.search_edit.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_query)

        self.header = PageHeader(title, self.search_edit)
        self.title_label = self.header.title_label
        self.title_row = self.header.title_row
        self.action_bar = self.header.action_bar
        self.toolbar = self.header.filter_row  # search and filters
        for spec in filters:
            self._add_filter(spec)

        self.table = _ListTable()
        self.table.setObjectName("listTable")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        header = setup_read_only_table(self.table, row_padding=14)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(self.model.columns):
            self.table.setColumnWidth(i, column.width or 160)
        self.columns_layout = ColumnLayout(
            self.table,
            [c.key for c in self.model.columns],
            stretch_columns,
            [c.width or 160 for c in self.model.columns],
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.openRequested.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # After setModel: the view's selection model must clear itself on reset before we restore.
        self.model.loadFailed.connect(self._on_load_failed, Qt.ConnectionType.QueuedConnection)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)
        self.model.busyChanged.connect(self._on_busy_changed)

        self.empty_state = EmptyState(self._empty_title, self._empty_message)
        self.empty_state.action_button.clicked.connect(self._on_empty_action)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        self.busy_bar = BusyBar()
        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.addWidget(self.count_label)
        status.addStretch(1)
        status.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(self.header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status)

        # Sorting is enabled after the initial sort is set so that the view asks for it only once.
        sort_column = self.model.column_of(sort) if sort else -1
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(sort_column, order)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self._apply_query()

    # ---- building ------------------------------------------------------------------------------
    def _add_filter(self, spec: FilterSpec) -> None:
        combo = ElidingComboBox()
        combo.setObjectName(f"filter_{spec.key}")
        combo.setAccessibleName(spec.label)
        # A long choice (a permission's name) must not stretch the header; the popup shows it whole.
        combo.setMaximumWidth(self.FILTER_MAX_WIDTH)
        self._filter_specs[spec.key] = spec
        self._filter_combos[spec.key] = combo
        self._fill_combo(combo, spec.choices)
        combo.currentIndexChanged.connect(self._apply_query)
        self.header.add_filter(spec.label, combo).setObjectName(f"filterPair_{spec.key}")

    def _fill_combo(self, combo: QComboBox, choices: Sequence[tuple[str, Any]]) -> None:
        combo.clear()
        for text, _value in choices:
            combo.addItem(text)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def add_action(
        self,
        text: str,
        triggered: Callable[[], object],
        *,
        selection: Selection = Selection.NONE,
        allowed: bool = True,
        enabled_when: Callable[[list[Any]], bool] | None = None,
        object_name: str = "",
        variant: str = "",
    ) -> QPushButton:
        """A toolbar button, enabled only when `allowed` and the selection fits (comfort only).

        `variant` is the style sheet's button variant: "primary", "danger" or "flat". What
        `triggered` returns is ignored (tests may read it).
        """
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        if variant:
            button.setProperty("variant", variant)
        button.clicked.connect(lambda _checked=False: triggered())
        self.header.add_button(button, primary=variant == "primary")
        self._actions.append(_Action(button, selection, allowed, enabled_when))
        self._update_actions()
        return button

    def add_button(self, button: QPushButton, *, primary: bool = False) -> QPushButton:
        """A page's own button in the header's actions (one with a menu, one it enables itself);
        the primary one goes last. It moves into "More" when the window is too narrow."""
        return self.header.add_button(button, primary=primary)

    def add_header_widget(self, widget: QWidget, stretch: int = 0) -> None:
        """Beside the title, before the actions (a short notice, a count)."""
        self.header.add_header_widget(widget, stretch)

    def set_empty_action(self, text: str, triggered: Callable[[], None]) -> None:
        """A button in the empty state of an empty list (e.g. "New role")."""
        self._empty_action = triggered
        self._empty_action_text = text
        self._update_view()

    def set_filter_choices(self, key: str, choices: Sequence[tuple[str, Any]]) -> None:
        """New choices (e.g. roles changed); keeps the chosen value when it still exists."""
        combo = self._filter_combos[key]
        current = self.filter_value(key)
        values = [value for _text, value in choices]
        self._filter_specs[key] = replace(self._filter_specs[key], choices=list(choices))
        combo.blockSignals(True)
        self._fill_combo(combo, choices)
        combo.setCurrentIndex(values.index(current) if current in values else 0)
        combo.blockSignals(False)
        if current not in values:
            self._apply_query()

    def set_row_actions(self, actions: Sequence[QAction]) -> None:
        """What a right-click on a row offers (the window's Edit and Delete, shared with its menus).

        A page that built a row menu of its own (Users: enable, resend the invitation…) keeps it.
        """
        if self.has_own_row_menu():
            return
        if not self._row_actions:
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.table.customContextMenuRequested.connect(self._show_row_menu)
        self._row_actions = list(actions)

    def has_own_row_menu(self) -> bool:
        """The page answers right-clicks itself (connected before any shared action was set)."""
        signal = SIGNAL("customContextMenuRequested(QPoint)")
        return not self._row_actions and self.table.receivers(signal) > 0

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def can_select_all(self) -> bool:
        modes = (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.MultiSelection,
        )
        return self.table.selectionMode() in modes and self.model.rowCount() > 0

    def select_all(self) -> None:
        """Every loaded row (rows not fetched yet are not selected: they are not known)."""
        if self.can_select_all():
            self.table.selectAll()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---- state ---------------------------------------------------------------------------------
    def filter_value(self, key: str) -> Any:
        index = self._filter_combos[key].currentIndex()
        choices = self._filter_specs[key].choices
        return choices[index][1] if 0 <= index < len(choices) else None

    def set_filter_value(self, key: str, value: Any) -> None:
        values = [v for _text, v in self._filter_specs[key].choices]
        self._filter_combos[key].setCurrentIndex(values.index(value))

    def current_query(self) -> ListQuery:
        filters = {key: self.filter_value(key) for key in self._filter_specs}
        return replace(
            self.model.query(),
            search=self.search_edit.text().strip(),
            filters={k: v for k, v in filters.items() if v is not None},
        )

    def is_filtered(self) -> bool:
        query = self.model.query()
        return bool(query.search or query.filters)

    def selected_rows(self) -> list[Any]:
        rows = (self.model.row_at(i) for i in self.table.selectionModel().selectedRows())
        return [row for row in rows if row is not None]

    def current_row(self) -> Any | None:
        """The one selected row, or None when zero or several are selected."""
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def refresh(self) -> None:
        """Re-read from the service in the background, keeping the selection and scroll position.

        Changed rows are updated in place, new ones inserted, deleted ones removed.
        """
        self.model.refresh()

    def select_key(self, key: Hashable) -> bool:
        """Select the loaded row with this key (e.g. the role just created); False if not loaded."""
        return self._select_keys([key], key)

    def select_key_when_loaded(self, key: Hashable) -> None:
        """Select this row once the rows on their way have arrived (at once if none are)."""
        if self.model.busy:
            self._select_when_loaded = key
        else:
            self.select_key(key)

    def open_dialog(self, build: Callable[[], QDialog]) -> QDialog | None:
        """Opens a row's editor window-modally without blocking (`open`, not `exec`).

        A refusal while building it (the row was deleted on another workstation…) is shown and the
        list re-read. When the dialog is accepted the list is re-read and what it saved
        (`saved_object`, keyed like the rows) is selected. `active_dialog` is the open one.
        """
        try:
            dialog = build()
        except DomainError as exc:
            show_error(self, exc)
            self.refresh()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_dialog_saved(getattr(dialog, "saved_object", None)))
        dialog.finished.connect(self._forget_dialog)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def run(self, action: Callable[[], object]) -> bool:
        """A service call from an action button: a refusal is shown; the list is re-read either way."""
        try:
            action()
            done = True
        except DomainError as exc:
            show_error(self, exc)
            done = False
        self.refresh()
        return done

    def clear_search_and_filters(self) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo in self._filter_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_query()

    # ---- reactions -----------------------------------------------------------------------------
    def _after_dialog_saved(self, saved: Any) -> None:
        self.refresh()
        if saved is not None:
            self.select_key_when_loaded(self._row_key(saved))

    def _forget_dialog(self) -> None:
        self.active_dialog = None

    def _apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def _keep_selection(self) -> None:
        if self._kept_keys is None:
            self._kept_keys = [self._row_key(row) for row in self.selected_rows()]
            current = self.model.row_at(self.table.currentIndex())
            self._kept_current = self._row_key(current) if current is not None else None

    def _after_reset(self) -> None:
        keys, current = self._kept_keys or [], self._kept_current
        self._kept_keys, self._kept_current = None, None
        self._select_keys(keys, current)
        self._show_model_sort()
        self._update_view()

    def _select_keys(self, keys: Sequence[Hashable], current: Hashable | None) -> bool:
        wanted = set(keys)
        selection = QItemSelection()
        current_index = QModelIndex()
        last = self.model.columnCount() - 1
        for row_number, row in enumerate(self.model.loaded_rows()):
            key = self._row_key(row)
            if key in wanted:
                selection.select(self.model.index(row_number, 0), self.model.index(row_number, last))
            if key == current:
                current_index = self.model.index(row_number, 0)
        selection_model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        if current_index.isValid():
            selection_model.setCurrentIndex(current_index, flags.NoUpdate)
            self.table.scrollTo(current_index)
        return not selection.isEmpty()

    def _on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column the service cannot sort by leaves the current sort in place."""
        if 0 <= column < len(self.model.columns) and not self.model.columns[column].sortable:
            self._show_model_sort()

    def _show_model_sort(self) -> None:
        header = self.table.horizontalHeader()
        descending = self.model.query().descending
        header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self.busy_bar.set_busy(True)
            self._update_count()
            return
        self.busy_bar.set_busy(False)
        self.columns_layout.fit_rows(self._widest_times())
        self._update_view()
        if self.selected_rows() != self._selected_seen:  # updated in place by a refresh
            self._on_selection_changed()
        key, self._select_when_loaded = self._select_when_loaded, None
        if key is not None and not self.model.failed():
            self.select_key(key)

    def _widest_times(self) -> dict[int, Sequence[str]]:
        """For each column showing times: the longest texts a time of the locale's format gives
        (two-digit day, month, hour; afternoon), so that later rows are not cut."""
        rows = self.model.loaded_rows()[:20]
        found: dict[int, Sequence[str]] = {}
        for i, column in enumerate(self.model.columns):
            if any(isinstance(column.getter(row), datetime) for row in rows):
                found[i] = [format_value(moment) for moment in WIDEST_MOMENTS]
        return found

    def _on_load_failed(self, exc: BaseException) -> None:
        self._update_view()
        show_error(self, exc)

    def _on_selection_changed(self) -> None:
        self._selected_seen = self.selected_rows()
        self._update_actions()
        self.selectionChanged.emit()

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.opened.emit(row)

    def _show_row_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or not self._row_actions:
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())  # selection changes first, so the actions fit the row
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self._row_actions)
        menu.aboutToHide.connect(self._forget_row_menu)
        self.row_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _forget_row_menu(self) -> None:
        self.row_menu = None

    def _on_empty_action(self) -> None:
        if self.model.failed():
            self.refresh()
        elif self.is_filtered():
            self.clear_search_and_filters()
        elif self._empty_action is not None:
            self._empty_action()

    def _update_view(self) -> None:
        empty = self.model.counted() and self.model.total() == 0  # not before the first answer
        button = self.empty_state.action_button
        if self.model.failed():
            self.empty_state.set_text(
                self.tr("The list could not be loaded"), self.tr("Check the connection, then try again.")
            )
            button.setText(self.tr("Try again"))
        elif self.is_filtered():
            self._explain_no_match()
        else:
            self.empty_state.set_text(self._empty_title, self._empty_message)
            button.setText(self._empty_action_text)
        button.setVisible(self.model.failed() or self.is_filtered() or self._empty_action is not None)
        self.stack.setCurrentWidget(self.empty_state if empty else self.table)
        self._update_count()
        self._update_actions()

    def _explain_no_match(self) -> None:
        query = self.model.query()
        search, filtered = query.search, bool(query.filters)
        if search and filtered:
            title = self.tr("No match for “%1” with these filters").replace("%1", search)
            message = self.tr("Clear the search and the filters to see everything.")
            action = self.tr("Clear search and filters")
        elif search:
            title = self.tr("No match for “%1”").replace("%1", search)
            message = self.tr("Check the spelling, or clear the search to see everything.")
            action = self.tr("Clear the search")
        else:
            title = self.tr("No match for these filters")
            message = self.tr("Change the filters, or clear them to see everything.")
            action = self.tr("Clear the filters")
        self.empty_state.set_text(title, message)
        self.empty_state.action_button.setText(action)

    def _update_count(self) -> None:
        total, loaded = self.model.total(), self.model.rowCount()
        if not self.model.counted():
            text = self.tr("Loading…")
        elif loaded < total:
            text = self.tr("Showing %1 of %2").replace("%1", QLocale().toString(loaded))
            text = text.replace("%2", self._count_text(total))
        else:
            text = self._count_text(total)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        for action in self._actions:
            fits = {
                Selection.NONE: True,
                Selection.ONE: len(rows) == 1,
                Selection.SOME: len(rows) >= 1,
            }[action.selection]
            enabled = action.allowed and fits and (action.enabled_when is None or action.enabled_when(rows))
            action.button.setEnabled(enabled)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the list shows what changed meanwhile (other pages, other workstations)."""
        if self._shown_once and not event.spontaneous():
            self.refresh()
        if not self._shown_once:
            settings = settings_of(self)
            if settings is not None:
                self.columns_layout.restore(self._settings_key or self._page_name(), settings)
        self._shown_once = True
        super().showEvent(event)

    def _page_name(self) -> str:
        """The class of the page holding this list (the widget the window's page stack shows)."""
        page: QWidget = self
        parent = self.parentWidget()
        while parent is not None and not parent.isWindow() and parent.objectName() != "pageStack":
            page, parent = parent, parent.parentWidget()
        if parent is not None and parent.isWindow() and parent.parentWidget() is not None:
            page = parent  # a list in a dialog: named after the dialog
        name = type(page).__name__
        return name if self.objectName() == "listPanel" else f"{name}.{self.objectName()}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search_edit.text()
        ):
            self.search_edit.clear()
            self._apply_query()
            return True
        return super().eventFilter(watched, event)
