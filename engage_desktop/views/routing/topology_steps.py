"""The ordered steps of one queue in the topology editor: target kind, who (category, team or
agent), timeout, and the problem of each step. It edits the queue's step list in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from engage_desktop.services.routing.topologies import RoutingChoices
from engage_desktop.services.routing.topology_config import TASK_CATEGORIES
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM
from engage_desktop.views.widgets.combo_choices import width_for_choices
from engage_desktop.views.widgets.theme import Palette

NUMBER, KIND, WHO, TIMEOUT, PROBLEM = range(5)
ERROR = QColor(Palette.ERROR)


class StepTable(QTableWidget):
    changed = Signal()

    def __init__(self, choices: RoutingChoices, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.choices = choices
        self._steps: list[dict[str, Any]] = []
        self.kinds = [
            ("", self.tr("Choose a target…")),
            (TASK_CATEGORIES, self.tr("The task's categories")),
            ("categories", self.tr("These categories")),
            ("team_ids", self.tr("A team")),
            ("user_ids", self.tr("An agent")),
            ("any_agent", self.tr("Any agent")),
        ]
        self.setObjectName("stepTable")
        self.setAccessibleName(self.tr("Steps"))
        self.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Target"), self.tr("Who"), self.tr("Timeout"), self.tr("Problem")]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        probe = QComboBox()  # the targets whole ("Les catégories de la tâche")
        probe.addItems([label for _key, label in self.kinds])
        kind_width = max(215, width_for_choices(probe) + 18)  # the cell's margins around the combo
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)  # as style.qss draws header sections
        number_width = (
            QFontMetrics(bold).horizontalAdvance(self.tr("#")) + HEADER_PADDING + SORT_ARROW_ROOM + 2
        )
        for col, width in ((NUMBER, max(32, number_width)), (KIND, kind_width), (WHO, 140), (TIMEOUT, 124)):
            self.setColumnWidth(col, width)
        self.verticalHeader().setDefaultSectionSize(38)

    def set_steps(self, steps: list[dict[str, Any]]) -> None:
        """Shows these steps; edits go into this very list."""
        self._steps = steps
        self._fill()

    def _step_list(self) -> list[dict[str, Any]]:
        return self._steps

    def add_step(self) -> None:
        self._steps.append({"target": {"any_agent": True}})
        self.changed.emit()

    def remove_step(self) -> bool:
        row = self.currentRow()
        if 0 <= row < len(self._steps):
            self._steps.pop(row)
            self.changed.emit()
            return True
        return False

    def move_step(self, delta: int) -> int | None:
        row, target = self.currentRow(), self.currentRow() + delta
        if 0 <= row < len(self._steps) and 0 <= target < len(self._steps):
            self._steps.insert(target, self._steps.pop(row))
            self.changed.emit()
            return target
        return None

    def show_problems(self, by_step: dict[int, list[str]]) -> None:
        for row in range(self.rowCount()):
            messages = by_step.get(row, [])
            item = self.item(row, PROBLEM)
            if item is None:
                continue
            item.setText(("⚠ " + " ".join(messages)) if messages else "")
            item.setToolTip("\n".join(messages))
            item.setForeground(ERROR)
            for col in (NUMBER, PROBLEM):
                cell = self.item(row, col)
                if cell is not None:
                    cell.setBackground(QColor(Palette.ERROR_BACKGROUND) if messages else QColor(0, 0, 0, 0))

    def problem_text(self, row: int) -> str:
        item = self.item(row, PROBLEM)
        return item.text() if item is not None else ""

    def _fill(self) -> None:
        steps = self._steps
        self.setRowCount(0)  # drops the old rows' widgets
        self.setRowCount(len(steps))
        for row, step in enumerate(steps):
            target = step.get("target", {}) if isinstance(step, dict) else {}
            number = QTableWidgetItem(str(row + 1))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, NUMBER, number)
            kind_combo = QComboBox()
            kind_combo.setAccessibleName(self.tr("Target of step %1").replace("%1", str(row + 1)))
            for key, label in self.kinds:
                kind_combo.addItem(label, key)
            kind_combo.setCurrentIndex(max(kind_combo.findData(_kind_of(target)), 0))
            kind_combo.activated.connect(lambda _i, r=row: self._kind_changed(r))
            self.setCellWidget(row, KIND, kind_combo)
            self.setCellWidget(row, WHO, self._who_combo(row, target))
            timeout = QSpinBox()
            timeout.setRange(0, 7 * 24 * 3600)
            timeout.setSuffix(self.tr(" s"))
            timeout.setSpecialValueText(self.tr("No timeout"))
            timeout.setAccessibleName(self.tr("Timeout of step %1 in seconds").replace("%1", str(row + 1)))
            seconds = step.get("timeout_seconds") if isinstance(step, dict) else None
            timeout.setValue(
                seconds if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0 else 0
            )
            timeout.valueChanged.connect(lambda value, r=row: self._timeout_changed(r, value))
            self.setCellWidget(row, TIMEOUT, timeout)
            self.setItem(row, PROBLEM, QTableWidgetItem(""))

    def _who_combo(self, row: int, target: dict[str, Any]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Who step %1 targets").replace("%1", str(row + 1)))
        kind = _kind_of(target)
        pairs = {
            "categories": self.choices.categories,
            "team_ids": self.choices.teams,
            "user_ids": self.choices.users,
        }
        if kind not in pairs:
            combo.addItem("—", None)
            combo.setEnabled(False)
            return combo
        current = target.get(kind)
        current_ids = [str(v) for v in current] if isinstance(current, list) else []
        labels = dict(pairs[kind])
        combo.addItem(self.tr("Choose…"), [])
        for pid, label in pairs[kind]:
            combo.addItem(label, [pid])
        if len(current_ids) == 1 and current_ids[0] in labels:
            combo.setCurrentIndex(combo.findData(current_ids))
        elif current_ids:
            text = ", ".join(labels.get(i, self.tr("unknown %1").replace("%1", i)) for i in current_ids)
            combo.addItem(text, current_ids)
            combo.setCurrentIndex(combo.count() - 1)
        combo.activated.connect(lambda _i, r=row: self._who_changed(r))
        return combo

    def _kind_changed(self, row: int) -> None:
        combo = self.cellWidget(row, KIND)
        assert isinstance(combo, QComboBox)
        kind = combo.currentData()
        steps = self._step_list()
        target: dict[str, Any]
        if kind == TASK_CATEGORIES:
            target = {"categories": TASK_CATEGORIES}
        elif kind == "any_agent":
            target = {"any_agent": True}
        elif kind:
            target = {kind: []}
        else:
            target = {}
        steps[row]["target"] = target
        self.setCellWidget(row, WHO, self._who_combo(row, target))
        self.changed.emit()

    def _who_changed(self, row: int) -> None:
        combo = self.cellWidget(row, WHO)
        assert isinstance(combo, QComboBox)
        step = self._step_list()[row]
        kind = _kind_of(step.get("target", {}))
        step["target"] = {kind: list(combo.currentData() or [])}
        self.changed.emit()

    def _timeout_changed(self, row: int, value: int) -> None:
        step = self._step_list()[row]
        if value > 0:
            step["timeout_seconds"] = value
        else:
            step.pop("timeout_seconds", None)
        self.changed.emit()


def _kind_of(target: Any) -> str:
    if not isinstance(target, dict):
        return ""
    if target.get("categories") == TASK_CATEGORIES:
        return TASK_CATEGORIES
    for key in ("categories", "team_ids", "user_ids", "any_agent"):
        if key in target:
            return key
    return ""
