"""The rule editor: name, on/off, the event it runs on, the condition tree, the ordered actions —
and beside them the "Test rule" pane, which evaluates the rule as edited on a sample message and
colours each condition green (matches) or red (does not)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.rule_conditions import Action, ActionKind, RuleSpec, Trigger
from engage_desktop.services.routing.rule_validation import RuleProblem
from engage_desktop.services.routing.rules import InvalidRule, RuleDetail, RuleForm, RuleTest
from engage_desktop.views.routing.condition_tree import ConditionTreeEditor
from engage_desktop.views.routing.rule_test_pane import RuleTestPane, trigger_labels
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.theme import Palette
from engage_desktop.views.widgets.versioned_save import save_with_version

R = TypeVar("R")

KIND, TARGET, PROBLEM = range(3)


class RuleEditorDialog(FormDialog):
    """Create (rule_id None) or edit a rule. Raises DomainError from the constructor when the rule
    cannot be read (deleted, extension off); the caller shows it."""

    def __init__(self, session: AppSession, rule_id: int | None, parent: QWidget | None = None) -> None:
        detail = session.rules.get_rule(rule_id) if rule_id is not None else None
        self.choices = session.rules.choices()
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.session = session
        self.rule_id = rule_id
        self.version: int | None = detail.version if detail else None
        if rule_id is not None:
            self.watch_for_changes_elsewhere(lambda: session.rules.get_rule(rule_id).version)
        self._actions: list[Action] = list(detail.spec.actions) if detail else []
        self.last_test: RuleTest | None = None
        self.action_labels = {
            ActionKind.ADD_CATEGORY: self.tr("Add the category"),
            ActionKind.REMOVE_CATEGORY: self.tr("Remove the category"),
            ActionKind.SET_PRIORITY: self.tr("Set the priority to"),
            ActionKind.ADD_TAG: self.tr("Tag the customer with"),
            ActionKind.ROUTE_TO_QUEUE: self.tr("Route to the queue"),
            ActionKind.ROUTE_TO_TEAM: self.tr("Route to the team"),
            ActionKind.AUTO_REPLY: self.tr("Auto-reply with the entry"),
            ActionKind.IGNORE: self.tr("Ignore (archive) the message"),
        }
        self.setWindowTitle(
            self.tr("Edit rule “%1”").replace("%1", detail.name) if detail else self.tr("New rule")
        )

        self.name_edit = QLineEdit(detail.name if detail else "")
        self.name_edit.setObjectName("ruleNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Urgent French orders"))
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.active_check = QCheckBox(self.tr("The rule runs"))
        self.active_check.setObjectName("ruleActiveCheck")
        self.active_check.setChecked(detail.active if detail else True)
        self.form.add_field("active", self.tr("Active"), self.active_check)
        self.trigger_combo = QComboBox()
        self.trigger_combo.setObjectName("ruleTriggerCombo")
        for key, label in trigger_labels().items():
            self.trigger_combo.addItem(label, key)
        trigger = detail.spec.trigger if detail else Trigger.MESSAGE_RECEIVED
        self.trigger_combo.setCurrentIndex(self.trigger_combo.findData(trigger.value))
        self.trigger_combo.activated.connect(lambda _i: self.run_test())
        self.form.add_field("trigger", self.tr("When"), self.trigger_combo)
        self.conditions = ConditionTreeEditor(self.choices)
        if detail:
            self.conditions.set_condition(detail.spec.condition)
        self.conditions.changed.connect(self.run_test)
        self.form.add_field("conditions", self.tr("Conditions"), self.conditions)
        self.form.add_field("actions", self.tr("Actions"), self._actions_box())

        self.test_pane = RuleTestPane(self.choices)
        self.action_table.setColumnHidden(PROBLEM, True)
        self.test_pane.test_requested.connect(self.run_test)
        self.body.removeWidget(self.form)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.form, 3)
        row.addWidget(self.test_pane, 2)
        self.body.insertLayout(0, row, 1)
        self._fill_actions()
        resize_within_screen(self, 1120, 720)
        self.name_edit.setFocus()

    # ---- actions -------------------------------------------------------------------------------
    def _actions_box(self) -> QWidget:
        self.action_table = QTableWidget(0, 3)
        self.action_table.setObjectName("actionTable")
        self.action_table.setAccessibleName(self.tr("Actions, in order"))
        self.action_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Value"), self.tr("Problem")])
        self.action_table.verticalHeader().hide()
        self.action_table.setMinimumHeight(120)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.action_table.setColumnWidth(KIND, 210)
        self.action_table.setColumnWidth(TARGET, 170)
        self.action_table.verticalHeader().setDefaultSectionSize(38)
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.setAutoDefault(False)
        self.add_action_button.clicked.connect(
            lambda _c=False: self.add_action(Action(ActionKind.SET_PRIORITY, priority=50))
        )
        self.remove_action_button = QPushButton(self.tr("Remove action"))
        self.remove_action_button.setObjectName("removeActionButton")
        self.remove_action_button.setAutoDefault(False)
        self.remove_action_button.clicked.connect(lambda _c=False: self.remove_action())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.remove_action_button)
        buttons.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.action_table, 1)
        layout.addLayout(buttons)
        return box

    def _fill_actions(self) -> None:
        self.action_table.setRowCount(len(self._actions))
        for row, action in enumerate(self._actions):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Action %1").replace("%1", str(row + 1)))
            for kind, label in self.action_labels.items():
                combo.addItem(label, kind.value)
            combo.setCurrentIndex(combo.findData(action.kind.value))
            combo.activated.connect(lambda _i, r=row: self._kind_changed(r))
            self.action_table.setCellWidget(row, KIND, combo)
            self.action_table.setCellWidget(row, TARGET, self._target_widget(row, action))
            self.action_table.setItem(row, PROBLEM, QTableWidgetItem(""))
        self.remove_action_button.setEnabled(bool(self._actions))

    def _target_widget(self, row: int, action: Action) -> QWidget:
        name = self.tr("Value of action %1").replace("%1", str(row + 1))
        if action.kind == ActionKind.SET_PRIORITY:
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(action.priority or 0)
            spin.setAccessibleName(name)
            spin.valueChanged.connect(lambda v, r=row: self._set_action(r, priority=v))
            return spin
        if action.kind in (ActionKind.ADD_CATEGORY, ActionKind.REMOVE_CATEGORY, ActionKind.ROUTE_TO_TEAM):
            pairs = self.choices.teams if action.kind == ActionKind.ROUTE_TO_TEAM else self.choices.categories
            combo = QComboBox()
            combo.setAccessibleName(name)
            combo.addItem(self.tr("Choose…"), "")
            for pid, label in pairs:
                combo.addItem(label, pid)
            index = combo.findData(action.target)
            if index < 0 and action.target:
                combo.addItem(self.tr("unknown %1").replace("%1", action.target), action.target)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
            combo.activated.connect(lambda _i, r=row, c=combo: self._set_action(r, target=c.currentData()))
            return combo
        if action.kind == ActionKind.IGNORE:
            return QLabel("—")
        edit = QLineEdit(action.target)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(
            {
                ActionKind.ADD_TAG: self.tr("tag id"),
                ActionKind.ROUTE_TO_QUEUE: self.tr("queue name"),
                ActionKind.AUTO_REPLY: self.tr("reply-assistant entry id"),
            }.get(action.kind, "")
        )
        edit.textEdited.connect(lambda text, r=row: self._set_action(r, target=text))
        return edit

    def _set_action(self, row: int, **changes: Any) -> None:
        old = self._actions[row]
        self._actions[row] = Action(
            old.kind, changes.get("target", old.target), changes.get("priority", old.priority)
        )
        self.form.clear_field_error("actions")
        self.run_test()

    def _kind_changed(self, row: int) -> None:
        combo = self.action_table.cellWidget(row, KIND)
        assert isinstance(combo, QComboBox)
        kind = ActionKind(combo.currentData())
        self._actions[row] = Action(kind, priority=50 if kind == ActionKind.SET_PRIORITY else None)
        self.action_table.setCellWidget(row, TARGET, self._target_widget(row, self._actions[row]))
        self.run_test()

    def add_action(self, action: Action) -> None:
        self._actions.append(action)
        self._fill_actions()
        self.action_table.selectRow(len(self._actions) - 1)
        self.run_test()

    def remove_action(self) -> None:
        row = self.action_table.currentRow()
        if 0 <= row < len(self._actions):
            self._actions.pop(row)
            self._fill_actions()
            self.run_test()

    def action_problem_text(self, row: int) -> str:
        item = self.action_table.item(row, PROBLEM)
        return item.text() if item is not None else ""

    # ---- the rule and its test -----------------------------------------------------------------
    def rule_form(self) -> RuleForm:
        spec = RuleSpec(
            Trigger(self.trigger_combo.currentData()), self.conditions.condition(), tuple(self._actions)
        )
        return RuleForm(self.name_edit.text(), spec, self.active_check.isChecked())

    def run_test(self) -> None:
        pane = self.test_pane
        open_now = pane.open_now
        try:
            test = self.session.rules.test_rule(self.rule_form(), pane.sample(), lambda _m: open_now)
        except DomainError as exc:
            pane.show_result(None, message_text(exc.message))
            return
        self.last_test = test
        self.conditions.show_results(test.evaluation)
        self.show_problems(test.problems)
        pane.show_result(test)

    def show_problems(self, problems: tuple[RuleProblem, ...] | list[RuleProblem]) -> None:
        self.conditions.show_problems(problems)
        by_row: dict[int, list[str]] = {}
        for problem in problems:
            if problem.where == "action" and problem.path:
                by_row.setdefault(problem.path[0], []).append(message_text(problem.message))
        self.action_table.setColumnHidden(PROBLEM, not by_row)
        self.action_table.horizontalHeader().setSectionResizeMode(
            TARGET, QHeaderView.ResizeMode.Interactive if by_row else QHeaderView.ResizeMode.Stretch
        )
        if by_row:
            self.action_table.setColumnWidth(TARGET, 170)
        for row in range(self.action_table.rowCount()):
            item = self.action_table.item(row, PROBLEM)
            if item is not None:
                item.setText(" ".join(by_row.get(row, [])))
                item.setToolTip(item.text())
                item.setForeground(QColor(Palette.ERROR))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field of this long form does not save it (the rules and routing are live)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QAbstractButton
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        form = self.rule_form()
        if self.rule_id is None:
            return self._submit(lambda: self.session.rules.create_rule(form)) is not None
        return self._save_over(self.version)

    def _submit(self, action: Callable[[], R]) -> R | None:
        invalid: list[InvalidRule] = []

        def run() -> R:
            try:
                return action()
            except InvalidRule as exc:
                invalid.append(exc)
                raise

        result = self.submit(run)
        if invalid:
            self.show_problems(invalid[0].problems)
        return result

    def _save_over(self, version: int | None) -> bool:
        form, rule_id, rules = self.rule_form(), self.rule_id, self.session.rules
        assert rule_id is not None

        def save(v: int | None) -> RuleDetail:
            return rules.update_rule(rule_id, form, version=v)

        labels = {
            "name": self.tr("Name"),
            "active": self.tr("Active"),
            "trigger": self.tr("When"),
            "conditions": self.tr("Conditions"),
            "actions": self.tr("Actions"),
        }
        saved = save_with_version(self, self._submit, save, version, labels, self.reload)
        return saved is not None

    def reload(self) -> None:
        rule_id = self.rule_id
        if rule_id is None:
            return
        detail = self.form.submit(lambda: self.session.rules.get_rule(rule_id))
        if detail is not None:
            self.version = detail.version
            self.name_edit.setText(detail.name)
            self.active_check.setChecked(detail.active)
            self.trigger_combo.setCurrentIndex(self.trigger_combo.findData(detail.spec.trigger.value))
            self.conditions.set_condition(detail.spec.condition)
            self._actions = list(detail.spec.actions)
            self._fill_actions()
            self.run_test()
