"""The users an agent capacity is given to, inside its editor: listed lazily from the server (any
number), with the changes picked in this editor shown on top and applied on save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery, fold
from engage_desktop.services.users.capacities import CapacityDetail
from engage_desktop.services.users.lookup import PickableUser
from engage_desktop.views.users.user_picker import UserPickerDialog
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import Column, LazyTableModel
from engage_desktop.views.widgets.table_setup import setup_read_only_table


class CapacityUsersBox(QWidget):
    def __init__(self, session: AppSession, capacity: CapacityDetail | None, *, editable: bool) -> None:
        super().__init__()
        self.setObjectName("capacityUsers")
        self.session = session
        self.capacity = capacity
        self.editable = editable
        self.picker: UserPickerDialog | None = None
        self._to_assign: dict[int, PickableUser] = {}
        self._to_unassign: set[int] = set()

        columns = [
            Column("name", self.tr("Name"), lambda r: r.display_name, width=160),
            Column("nickname", self.tr("Nickname"), lambda r: r.nickname, width=100),
            Column("email", self.tr("E-mail"), lambda r: r.email),
            Column("change", self.tr("On save"), self._change_text, sortable=False, width=230),
        ]
        self.model = LazyTableModel(
            columns, self._count, self._fetch, row_muted=lambda r: r.id in self._to_unassign, parent=self
        )
        self.model.loadFailed.connect(lambda exc: show_error(self, exc))

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("capacityUserSearch")
        self.search_edit.setPlaceholderText(self.tr("Search these users"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.installEventFilter(self)

        self.table = QTableView()
        self.table.setObjectName("capacityUserTable")
        self.table.setModel(self.model)
        header = setup_read_only_table(self.table)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the e-mail takes what is left
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, column.width or 120)
        self.table.setMinimumHeight(200)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.give_button = QPushButton(self.tr("Give to users…"))
        self.give_button.setObjectName("giveCapacityButton")
        self.give_button.setAutoDefault(False)
        self.give_button.clicked.connect(self.open_picker)
        self.take_button = QPushButton(self.tr("Take away"))
        self.take_button.setObjectName("takeCapacityButton")
        self.take_button.setAutoDefault(False)
        self.take_button.setToolTip(self.tr("Take this capacity from the selected users (again: keep it)"))
        self.take_button.clicked.connect(self.take_selected)
        for button in (self.give_button, self.take_button):
            button.setVisible(editable)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("mutedLabel")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.give_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    # ---- the list ------------------------------------------------------------------------------
    def _pending(self, query: ListQuery) -> list[PickableUser]:
        needle = fold(query.search)
        rows = [
            u
            for u in list(self._to_assign.values())  # one atomic copy: this runs on a list worker
            if not needle or any(needle in fold(text) for text in (u.display_name, u.nickname, u.email))
        ]
        return sorted(rows, key=lambda u: (u.lastname.casefold(), u.firstname.casefold(), u.id))

    def _count(self, query: ListQuery) -> int:
        stored = self.session.capacities.count_capacity_users(self.capacity.id, query) if self.capacity else 0
        return len(self._pending(query)) + stored

    def _fetch(self, query: ListQuery, offset: int, limit: int) -> list[PickableUser]:
        pending = self._pending(query)
        rows = pending[offset : offset + limit]
        if len(rows) < limit and self.capacity is not None:
            start = max(0, offset - len(pending))
            rows += self.session.capacities.list_capacity_users(
                self.capacity.id, query, start, limit - len(rows)
            )
        return rows

    def _change_text(self, row: PickableUser) -> str:
        if row.id in self._to_assign:
            return self.tr("Moved from %1").replace("%1", row.capacity) if row.capacity else self.tr("Added")
        if row.id in self._to_unassign:
            return self.tr("Removed")
        return ""

    def reload(self) -> None:
        self._timer.stop()
        self.model.set_query(ListQuery(search=self.search_edit.text().strip(), sort="name"))
        self._update_summary()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box searches at once; it must not save the editor."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.reload()
            return True
        return super().eventFilter(watched, event)

    # ---- changes -------------------------------------------------------------------------------
    def to_assign_ids(self) -> list[int]:
        return sorted(self._to_assign)

    def to_unassign_ids(self) -> list[int]:
        return sorted(self._to_unassign)

    def open_picker(self) -> None:
        self.picker = UserPickerDialog(
            self.session,
            self.tr("Give this capacity to users"),
            self.tr("Give"),
            show_capacity=True,
            parent=self.window(),
        )
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.picked.connect(self.give)
        self.picker.finished.connect(self._forget_picker)
        self.picker.open()

    def _forget_picker(self) -> None:
        self.picker = None

    def give(self, users: list[PickableUser]) -> None:
        mine = self.capacity.name if self.capacity else None
        for user in users:
            self._to_unassign.discard(user.id)
            if user.capacity != mine:
                self._to_assign[user.id] = user
        self.reload()

    def take_selected(self) -> None:
        rows = [self.model.row_at(i) for i in self.table.selectionModel().selectedRows()]
        for row in rows:
            if row is None:
                continue
            if row.id in self._to_assign:
                del self._to_assign[row.id]
            elif row.id in self._to_unassign:
                self._to_unassign.discard(row.id)
            else:
                self._to_unassign.add(row.id)
        self.reload()

    def _update_buttons(self) -> None:
        self.take_button.setEnabled(self.editable and self.table.selectionModel().hasSelection())

    def _update_summary(self) -> None:
        stored = self.capacity.user_count if self.capacity else 0
        parts = [self.tr("Given to %Ln user(s)", "", stored)]
        changes = []
        if self._to_assign:
            changes.append("+" + QLocale().toString(len(self._to_assign)))
        if self._to_unassign:
            changes.append("−" + QLocale().toString(len(self._to_unassign)))
        if changes:
            parts.append(self.tr("on save: %1").replace("%1", ", ".join(changes)))
        self.summary_label.setText(" · ".join(parts))
        self._update_buttons()
