"""The structured side of the topology editor: the queues (the default queue last), the selected
queue's name, channel, match and overflow, and its ordered steps (target, who, timeout).

It edits a copy of the config dict and says `changed`; the editor validates and hands the
problems back (`show_problems`), which appear beside the queue and the step they concern.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.routing.topologies import RoutingChoices
from engage_desktop.services.routing.topology_problems import ConfigProblem
from engage_desktop.views.routing.topology_steps import KIND, StepTable
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.theme import Palette

ERROR = QColor(Palette.ERROR)


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class TopologyStructureEditor(QWidget):
    changed = Signal()

    def __init__(self, choices: RoutingChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topologyStructure")
        self.choices = choices
        self._config: dict[str, Any] = {"queues": []}
        self._problems: list[ConfigProblem] = []
        self._loading = False
        self._warning_icon = self.style().standardIcon(self.style().StandardPixmap.SP_MessageBoxWarning)
        blank = QPixmap(16, 16)
        blank.fill(QColor(0, 0, 0, 0))
        self._blank_icon = QIcon(blank)  # keeps the names aligned with the warned ones
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        layout.addLayout(self._queue_column())
        layout.addLayout(self._detail_column(), 1)

    # ---- building ------------------------------------------------------------------------------
    def _button(self, text: str, name: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _queue_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(self.tr("Queues (first match wins)"))
        title.setObjectName("sectionLabel")
        title.setWordWrap(True)  # as wide as the list: the steps need the room ("Files (la première…)")
        title.setMaximumWidth(200)
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queueList")
        self.queue_list.setAccessibleName(self.tr("Queues"))
        self.queue_list.setMinimumWidth(160)
        self.queue_list.setMaximumWidth(200)
        self.queue_list.currentRowChanged.connect(self._load_queue)
        title.setBuddy(self.queue_list)
        buttons = QGridLayout()  # two rows, as wide as the list
        self.add_queue_button = self._button(
            self.tr("Add"), "addQueueButton", self.tr("Add a queue"), self.add_queue
        )
        self.remove_queue_button = self._button(
            self.tr("Remove"), "removeQueueButton", self.tr("Remove the selected queue"), self.remove_queue
        )
        self.queue_up_button = self._button(
            "↑", "queueUpButton", self.tr("Move the queue up"), lambda: self.move_queue(-1)
        )
        self.queue_down_button = self._button(
            "↓", "queueDownButton", self.tr("Move the queue down"), lambda: self.move_queue(1)
        )
        for index, button in enumerate(
            (self.add_queue_button, self.remove_queue_button, self.queue_up_button, self.queue_down_button)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        column.addWidget(title)
        column.addWidget(self.queue_list, 1)
        column.addLayout(buttons)
        return column

    def _detail_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.queue_name = QLineEdit()
        self.queue_name.setObjectName("queueNameEdit")
        self.queue_name.setPlaceholderText(self.tr("e.g. vip"))
        self.queue_name.textEdited.connect(self._store_queue)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("queueChannelCombo")
        self.channel_combo.addItem(self.tr("Any routing channel"), None)
        for pid, label in self.choices.channels:
            self.channel_combo.addItem(label, pid)
        self.channel_combo.activated.connect(self._store_queue)
        self.match_categories = QLineEdit()
        self.match_categories.setObjectName("matchCategoriesEdit")
        self.match_languages = QLineEdit()
        self.match_languages.setObjectName("matchLanguagesEdit")
        self.match_languages.setPlaceholderText(self.tr("e.g. fr, en (empty: any)"))
        self.match_tags = QLineEdit()
        self.match_tags.setObjectName("matchTagsEdit")
        self.match_categories.setPlaceholderText(self.tr("Category ids, comma-separated (empty: any)"))
        self.match_tags.setPlaceholderText(self.tr("tag ids (empty: any)"))
        for edit in (self.match_categories, self.match_languages, self.match_tags):
            edit.textEdited.connect(self._store_queue)
        self.category_hint = QLabel()
        self.category_hint.setObjectName("hintLabel")
        self.category_hint.setWordWrap(True)
        self.queue_problem = QLabel()
        self.queue_problem.setObjectName("fieldError")
        self.queue_problem.setWordWrap(True)
        palette = self.queue_problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR)
        self.queue_problem.setPalette(palette)
        self.queue_problem.hide()
        form.addRow(self.tr("Name"), self.queue_name)
        form.addRow(self.tr("Channel"), self.channel_combo)
        self.category_button = QPushButton()
        self.category_button.setObjectName("matchCategoriesButton")
        self.category_button.setText(self.tr("Choose…"))
        self.category_button.setToolTip(self.tr("Pick the categories this queue takes"))
        self.category_button.setAccessibleName(self.tr("Pick the categories this queue takes"))
        self.category_button.setAutoDefault(False)
        self.category_menu = QMenu(self.category_button)
        self.category_menu.aboutToShow.connect(self._fill_category_menu)
        self.category_button.setMenu(self.category_menu)
        categories_row = QHBoxLayout()
        categories_row.addWidget(self.match_categories, 1)
        categories_row.addWidget(self.category_button)
        form.addRow(self.tr("Categories"), categories_row)
        form.addRow("", self.category_hint)
        form.addRow(self.tr("Languages"), self.match_languages)
        form.addRow(self.tr("Customer tags"), self.match_tags)  # own row: whole in French
        self.queue_form = form
        column.addLayout(form)
        column.addWidget(self.queue_problem)

        steps_title = QLabel(self.tr("Steps (a task moves on when a step times out)"))
        steps_title.setObjectName("sectionLabel")
        self.steps = StepTable(self.choices)
        self.steps.changed.connect(self.changed)
        self.step_problems = QLabel()
        self.step_problems.setObjectName("fieldError")
        self.step_problems.setWordWrap(True)
        self.step_problems.setPalette(palette)
        self.step_problems.hide()
        steps_title.setBuddy(self.steps)
        buttons = QHBoxLayout()
        self.add_step_button = self._button(
            self.tr("Add step"), "addStepButton", self.tr("Add a step at the end"), self.add_step
        )
        self.remove_step_button = self._button(
            self.tr("Remove step"), "removeStepButton", self.tr("Remove the selected step"), self.remove_step
        )
        self.step_up_button = self._button(
            "↑", "stepUpButton", self.tr("Move the step up"), lambda: self.move_step(-1)
        )
        self.step_down_button = self._button(
            "↓", "stepDownButton", self.tr("Move the step down"), lambda: self.move_step(1)
        )
        for button in (
            self.add_step_button,
            self.remove_step_button,
            self.step_up_button,
            self.step_down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addWidget(steps_title)
        column.addWidget(self.steps, 1)
        column.addWidget(self.step_problems)
        column.addLayout(buttons)
        return column

    # ---- the config ----------------------------------------------------------------------------
    def set_config(self, config: dict[str, Any]) -> None:
        row = max(self.queue_list.currentRow(), 0)
        self._config = copy.deepcopy(config)
        self._config.setdefault("queues", [])
        self._fill_queue_list()
        self.queue_list.setCurrentRow(min(row, self.queue_list.count() - 1))
        self._load_queue(self.queue_list.currentRow())

    def config(self) -> dict[str, Any]:
        out = copy.deepcopy(self._config)
        default = out.get("default_queue")
        if isinstance(default, dict) and not default.get("steps"):
            out.pop("default_queue")
        return out

    @property
    def is_default(self) -> bool:
        return self.queue_list.currentRow() == len(self._queues())

    def _queues(self) -> list[dict[str, Any]]:
        queues = self._config.get("queues")
        return queues if isinstance(queues, list) else []

    def _current(self) -> dict[str, Any] | None:
        row = self.queue_list.currentRow()
        queues = self._queues()
        if 0 <= row < len(queues):
            return queues[row] if isinstance(queues[row], dict) else None
        if row == len(queues):
            default = self._config.setdefault("default_queue", {"steps": []})
            return default if isinstance(default, dict) else None
        return None

    def _fill_queue_list(self) -> None:
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for queue in self._queues():
            name = queue.get("name") if isinstance(queue, dict) else None
            self.queue_list.addItem(QListWidgetItem(str(name) if name else self.tr("(no name)")))
        default = QListWidgetItem(self.tr("Default queue"))
        font = default.font()
        font.setItalic(True)
        default.setFont(font)
        default.setToolTip(self.tr("Tasks no queue above takes"))
        self.queue_list.addItem(default)
        self.queue_list.blockSignals(False)
        self._mark_queues()

    def _load_queue(self, row: int) -> None:
        queue = self._current()
        self._loading = True
        default = self.is_default
        for widget in (
            self.queue_name,
            self.channel_combo,
            self.match_categories,
            self.category_button,
            self.match_languages,
            self.match_tags,
        ):
            widget.setEnabled(not default)
        self.remove_queue_button.setEnabled(not default and queue is not None)
        self.queue_up_button.setEnabled(not default and row > 0)
        self.queue_down_button.setEnabled(not default and row < len(self._queues()) - 1)
        queue = queue or {}
        raw_match = queue.get("match")
        match: dict[str, Any] = raw_match if isinstance(raw_match, dict) else {}
        self.queue_name.setText("" if default else str(queue.get("name", "")))
        index = self.channel_combo.findData(queue.get("channel_id"))
        if index < 0 and queue.get("channel_id"):
            self.channel_combo.addItem(
                self.tr("Unknown channel (%1)").replace("%1", str(queue["channel_id"])), queue["channel_id"]
            )
            index = self.channel_combo.count() - 1
        self.channel_combo.setCurrentIndex(max(index, 0))
        self.match_categories.setText(", ".join(map(str, match.get("category_ids", []))))
        self.match_languages.setText(", ".join(map(str, match.get("languages", []))))
        self.match_tags.setText(", ".join(map(str, match.get("tag_ids", []))))
        self._update_category_hint()
        self._fill_steps()
        self._loading = False
        self._show_queue_problems()

    def _fill_category_menu(self) -> None:
        chosen = set(_ids(self.match_categories.text()))
        self.category_menu.clear()
        for pid, label in self.choices.categories:
            action = self.category_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(pid in chosen)
            action.toggled.connect(lambda checked, p=pid: self.toggle_category(p, checked))
        if not self.choices.categories:
            self.category_menu.addAction(self.tr("No category yet")).setEnabled(False)

    def toggle_category(self, category_id: str, checked: bool) -> None:
        ids = [i for i in _ids(self.match_categories.text()) if i != category_id]
        if checked:
            ids.append(category_id)
        self.match_categories.setText(", ".join(ids))
        self._store_queue()

    def _update_category_hint(self) -> None:
        names = dict(self.choices.categories)
        chosen = _ids(self.match_categories.text())
        self.category_hint.setText(", ".join(names.get(i, "?" + i) for i in chosen))
        self.queue_form.setRowVisible(self.category_hint, bool(chosen))

    def _store_queue(self, *_args: object) -> None:
        queue = self._current()
        if self._loading or queue is None or self.is_default:
            return
        queue["name"] = self.queue_name.text()
        channel = self.channel_combo.currentData()
        if channel:
            queue["channel_id"] = channel
        else:
            queue.pop("channel_id", None)
        match = {
            key: values
            for key, values in (
                ("category_ids", _ids(self.match_categories.text())),
                ("tag_ids", _ids(self.match_tags.text())),
                ("languages", _ids(self.match_languages.text())),
            )
            if values
        }
        if match:
            queue["match"] = match
        else:
            queue.pop("match", None)
        item = self.queue_list.currentItem()
        if item is not None:
            item.setText(queue["name"] or self.tr("(no name)"))
        self._update_category_hint()
        self.changed.emit()

    # ---- steps ---------------------------------------------------------------------------------
    def _step_list(self) -> list[dict[str, Any]]:
        queue = self._current()
        steps = queue.setdefault("steps", []) if queue is not None else []
        return steps if isinstance(steps, list) else []

    def _fill_steps(self) -> None:
        steps = self._step_list()
        self.steps.set_steps(steps)
        self.remove_step_button.setEnabled(bool(steps))
        self.step_up_button.setEnabled(len(steps) > 1)
        self.step_down_button.setEnabled(len(steps) > 1)
        self._show_step_problems()

    def add_step(self) -> None:
        if self._current() is None:
            return
        self._step_list()
        self.steps.add_step()
        self._fill_steps()
        self.steps.selectRow(self.steps.rowCount() - 1)

    def remove_step(self) -> None:
        if self.steps.remove_step():
            self._fill_steps()

    def move_step(self, delta: int) -> None:
        target = self.steps.move_step(delta)
        if target is not None:
            self._fill_steps()
            self.steps.selectRow(target)

    # ---- queues --------------------------------------------------------------------------------
    def add_queue(self) -> None:
        queues = self._queues()
        taken = {str(q.get("name", "")).casefold() for q in queues if isinstance(q, dict)}
        n = len(queues) + 1
        while f"queue {n}" in taken:
            n += 1
        queues.append(
            {"name": self.tr("queue %1").replace("%1", str(n)), "steps": [{"target": {"any_agent": True}}]}
        )
        self._config["queues"] = queues
        self._fill_queue_list()
        self.queue_list.setCurrentRow(len(queues) - 1)
        self.queue_name.setFocus()
        self.queue_name.selectAll()
        self.changed.emit()

    def remove_queue(self) -> None:
        row, queues = self.queue_list.currentRow(), self._queues()
        if 0 <= row < len(queues):
            queues.pop(row)
            self._fill_queue_list()
            self.queue_list.setCurrentRow(min(row, self.queue_list.count() - 1))
            self.changed.emit()

    def move_queue(self, delta: int) -> None:
        row, queues = self.queue_list.currentRow(), self._queues()
        target = row + delta
        if 0 <= row < len(queues) and 0 <= target < len(queues):
            queues.insert(target, queues.pop(row))
            self._fill_queue_list()
            self.queue_list.setCurrentRow(target)
            self.changed.emit()

    def select(self, queue_index: int | None, step_index: int | None) -> None:
        """Shows a queue (None: the default queue) and selects one of its steps."""
        self.queue_list.setCurrentRow(len(self._queues()) if queue_index is None else queue_index)
        if step_index is not None and step_index < self.steps.rowCount():
            self.steps.selectRow(step_index)
            widget = self.steps.cellWidget(step_index, KIND)
            if widget is not None:
                widget.setFocus()

    # ---- problems ------------------------------------------------------------------------------
    def show_problems(self, problems: Sequence[ConfigProblem]) -> None:
        self._problems = list(problems)
        self._mark_queues()
        self._show_queue_problems()
        self._show_step_problems()

    def _queue_row(self, problem: ConfigProblem) -> int | None:
        if problem.in_default_queue:
            return len(self._queues())
        return problem.queue_index

    def problems_of_queue(self, row: int) -> list[ConfigProblem]:
        return [p for p in self._problems if self._queue_row(p) == row]

    def _mark_queues(self) -> None:
        normal = self.queue_list.palette().color(QPalette.ColorRole.Text)
        for row in range(self.queue_list.count()):
            item = self.queue_list.item(row)
            problems = self.problems_of_queue(row)
            item.setForeground(ERROR if problems else normal)
            item.setIcon(self._warning_icon if problems else self._blank_icon)
            if problems:
                item.setToolTip("\n".join(message_text(p.message) for p in problems))
            elif row < len(self._queues()):
                item.setToolTip("")

    def _show_queue_problems(self) -> None:
        row = self.queue_list.currentRow()
        own = [p for p in self.problems_of_queue(row) if p.step_index is None]
        self.queue_problem.setText("\n".join(message_text(p.message) for p in own))
        self.queue_problem.setVisible(bool(own))

    def _show_step_problems(self) -> None:
        by_step: dict[int, list[str]] = {}
        for problem in self.problems_of_queue(self.queue_list.currentRow()):
            if problem.step_index is not None:
                by_step.setdefault(problem.step_index, []).append(message_text(problem.message))
        self.steps.show_problems(by_step)
        lines = [" ".join(texts) for _step, texts in sorted(by_step.items())]  # each names its step
        self.step_problems.setText("\n".join(lines))
        self.step_problems.setVisible(bool(lines))

    def step_problem_text(self, step_index: int) -> str:
        return self.steps.problem_text(step_index)
