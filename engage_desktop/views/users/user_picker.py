"""Pick users from the whole account (100k stays fluid): a search box over a lazily loaded list.

Only the users the signed-in user may see are offered (the service applies the team scope).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.lookup import PickableUser
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import make_default
from engage_desktop.views.widgets.list_panel import Column, LazyTableModel
from engage_desktop.views.widgets.table_setup import setup_read_only_table


class UserPickerDialog(QDialog):
    """`picked(list[PickableUser])` is emitted with the chosen users, those in `already` left out."""

    picked = Signal(list)
    SEARCH_DELAY_MS = 250

    def __init__(
        self,
        session: AppSession,
        title: str,
        action_text: str,
        *,
        already: Collection[int] = (),
        already_tip: str = "",
        show_capacity: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userPicker")
        self.setWindowTitle(title)
        self._already = set(already)
        self._already_tip = already_tip
        self._action_text = action_text
        columns = [
            Column("name", self.tr("Name"), lambda r: r.display_name, width=200),
            Column("nickname", self.tr("Nickname"), lambda r: r.nickname, width=130),
            Column("email", self.tr("E-mail"), lambda r: r.email, width=230, tooltip=self._tooltip),
        ]
        if show_capacity:
            columns.append(Column("capacity", self.tr("Capacity now"), lambda r: r.capacity or "—"))
        lookup = session.user_lookup
        self.model = LazyTableModel(
            columns, lookup.count_users, lookup.list_users, row_muted=self._muted, parent=self
        )
        self.model.loadFailed.connect(lambda exc: show_error(self, exc))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("userPickerSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, nickname or e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)

        self.table = QTableView()
        self.table.setObjectName("userPickerTable")
        self.table.setModel(self.model)
        setup_read_only_table(self.table).setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, column.width or 140)
        self.table.doubleClicked.connect(self._pick_index)
        self.table.selectionModel().selectionChanged.connect(self._update_button)

        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self.buttons = QDialogButtonBox()
        self.add_button: QPushButton = self.buttons.addButton(
            action_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setObjectName("pickUsersButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.pick_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        make_default(self.add_button)
        self.resize(720 if show_capacity else 620, 480)
        self.apply_search()
        self._update_button()
        self.search_edit.setFocus()

    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_query(ListQuery(search=self.search_edit.text().strip(), sort="name"))

    def chosen(self) -> list[PickableUser]:
        rows = (self.model.row_at(i) for i in self.table.selectionModel().selectedRows())
        return [r for r in rows if r is not None and r.id not in self._already]

    def pick_selected(self) -> None:
        users = self.chosen()
        if users:
            self.picked.emit(users)
            self.accept()

    def _pick_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and row.id not in self._already:
            self.picked.emit([row])
            self.accept()

    def _muted(self, row: PickableUser) -> bool:
        return row.id in self._already or not row.enabled

    def _tooltip(self, row: PickableUser) -> str:
        if row.id in self._already:
            return self._already_tip
        return row.email if row.enabled else self.tr("%1 (disabled)").replace("%1", row.email)

    def _update_button(self) -> None:
        n = len(self.chosen())
        self.add_button.setEnabled(n > 0)
        self.add_button.setText(
            self._action_text if n < 2 else f"{self._action_text} ({QLocale().toString(n)})"
        )

    def _update_count(self) -> None:
        total, loaded = self.model.total(), self.model.rowCount()
        text = self.tr("%Ln user(s)", "", total)
        if loaded < total:
            text = self.tr("Showing %1 of %2").replace("%1", QLocale().toString(loaded)).replace("%2", text)
        self.count_label.setText(text)
        self._update_button()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search box searches at once; it does not pick."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_edit.hasFocus():
            self.apply_search()
            return
        super().keyPressEvent(event)
