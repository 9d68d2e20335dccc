"""What a supervisor picks before acting on a waiting task: the queue to move it to, or the agent
to hand it to (only agents who may take it, with their load against capacity)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.core.listing import search_fold
from engage_desktop.services.routing.engine.monitor_rows import AgentRow
from engage_desktop.views.routing.monitor_tables import load_text, status_pill
from engage_desktop.views.widgets.form import make_default


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("okButton")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MoveTaskDialog(QDialog):
    def __init__(
        self, task_id: int, queues: Sequence[str], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moveTaskDialog")
        self.setWindowTitle(self.tr("Move task #%1").replace("%1", str(task_id)))
        self.queue_combo = QComboBox()
        self.queue_combo.setObjectName("queueCombo")
        self.queue_combo.setAccessibleName(self.tr("Queue"))
        for name in queues:
            self.queue_combo.addItem(name, name)
        others = [i for i, name in enumerate(queues) if name != current]
        if others:
            self.queue_combo.setCurrentIndex(others[0])
        label = QLabel(self.tr("Move to the &queue:"))
        label.setBuddy(self.queue_combo)
        hint = QLabel(self.tr("The task starts again at the first step of that queue."))
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        buttons = _buttons(self, self.tr("Move"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.queue_combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        make_default(buttons.button(QDialogButtonBox.StandardButton.Ok))

    def queue(self) -> str:
        return str(self.queue_combo.currentData() or "")


class AssignTaskDialog(QDialog):
    def __init__(self, task_id: int, agents: Sequence[AgentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignTaskDialog")
        self.setWindowTitle(self.tr("Assign task #%1").replace("%1", str(task_id)))
        self.setMinimumWidth(520)  # "Nom — 1 / 4 (Disponible, capacité maximale 6)" whole in French
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("agentSearch")
        self.search_edit.setAccessibleName(self.tr("Search agents"))
        self.search_edit.setPlaceholderText(self.tr("Search agents"))
        self.search_edit.setClearButtonEnabled(True)
        self.agent_list = QListWidget()
        self.agent_list.setObjectName("agentList")
        self.agent_list.setAccessibleName(self.tr("Agents who may take this task"))
        for agent in sorted(agents, key=lambda a: (a.occupancy, a.name.casefold())):
            text = self.tr("%1 — %2 (%3, hard capacity %4)")
            text = text.replace("%1", agent.name).replace("%2", load_text(agent.load, agent.capacity))
            text = text.replace("%3", status_pill(agent).text).replace("%4", str(agent.hard_capacity))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, agent.user_id)
            self.agent_list.addItem(item)
        if self.agent_list.count():
            self.agent_list.setCurrentRow(0)
        self.search_edit.textChanged.connect(self._filter)
        self.agent_list.itemDoubleClicked.connect(lambda _item: self.accept())
        hint = QLabel(
            self.tr("Least busy first. A supervisor may assign up to the agent's hard capacity.")
            if agents
            else self.tr("No connected agent may take this task now.")
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        buttons = _buttons(self, self.tr("Assign"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(agents))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.agent_list)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        make_default(buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _filter(self, text: str) -> None:
        needle = search_fold(text)
        for row in range(self.agent_list.count()):
            item = self.agent_list.item(row)
            item.setHidden(bool(needle) and needle not in search_fold(item.text()))

    def choose(self, user_id: int) -> None:
        for row in range(self.agent_list.count()):
            if self.agent_list.item(row).data(Qt.ItemDataRole.UserRole) == user_id:
                self.agent_list.setCurrentRow(row)

    def user_id(self) -> int | None:
        item = self.agent_list.currentItem()
        return None if item is None or item.isHidden() else int(item.data(Qt.ItemDataRole.UserRole))
