"""The rule editor's condition tree: groups ("all of", "any of", "not") holding conditions, edited
through the row under the tree; each node shows its test result (green/red) and its problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.routing.rule_conditions import (
    CLOSED,
    KEYED_KINDS,
    LIST_KINDS,
    OPEN,
    Condition,
    ConditionKind,
    Evaluation,
    Group,
    Leaf,
    Not,
    Path,
)
from engage_desktop.services.routing.rule_validation import RuleProblem
from engage_desktop.services.routing.topologies import RoutingChoices
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.theme import Palette

CTX = "ConditionTree"
NodeRole = Qt.ItemDataRole.UserRole
DESCRIPTION, RESULT, PROBLEM = range(3)
GROUPS = ("all", "any", "not")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def type_labels() -> list[tuple[str, str]]:
    return [
        ("all", QCoreApplication.translate("ConditionTree", "All of")),
        ("any", QCoreApplication.translate("ConditionTree", "Any of")),
        ("not", QCoreApplication.translate("ConditionTree", "Not")),
        (ConditionKind.TEXT_CONTAINS, QCoreApplication.translate("ConditionTree", "Text contains")),
        (ConditionKind.REGEX, QCoreApplication.translate("ConditionTree", "Text matches the pattern")),
        (ConditionKind.LANGUAGE, QCoreApplication.translate("ConditionTree", "Language is")),
        (ConditionKind.SOURCE, QCoreApplication.translate("ConditionTree", "Source is")),
        (ConditionKind.CATEGORY, QCoreApplication.translate("ConditionTree", "Category is")),
        (ConditionKind.CUSTOMER_TAG, QCoreApplication.translate("ConditionTree", "Customer has the tag")),
        (ConditionKind.BUSINESS_HOURS, QCoreApplication.translate("ConditionTree", "Business hours are")),
        (ConditionKind.CUSTOM_FIELD, QCoreApplication.translate("ConditionTree", "Custom field equals")),
        (
            ConditionKind.IDENTITY_GROUP,
            QCoreApplication.translate("ConditionTree", "Customer profile contains"),
        ),
    ]


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class ConditionTreeEditor(QWidget):
    changed = Signal()

    def __init__(self, choices: RoutingChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conditionTree")
        self.names = {**dict(choices.sources), **dict(choices.categories)}
        self.choices = choices
        self.tree = QTreeWidget()
        self.tree.setObjectName("conditionTreeWidget")
        self.tree.setAccessibleName(QCoreApplication.translate("ConditionTree", "Conditions"))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("ConditionTree", "Condition"),
                QCoreApplication.translate("ConditionTree", "Test"),
                QCoreApplication.translate("ConditionTree", "Problem"),
            ]
        )
        self.tree.setMinimumHeight(170)
        header = self.tree.header()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(PROBLEM, 200)
        self.tree.setColumnHidden(PROBLEM, True)  # shown while a condition has a problem
        self.tree.currentItemChanged.connect(self._load_node)

        self.type_combo = QComboBox()
        self.type_combo.setObjectName("conditionTypeCombo")
        self.type_combo.setAccessibleName(QCoreApplication.translate("ConditionTree", "Kind of condition"))
        for key, label in type_labels():
            self.type_combo.addItem(label, str(key))
        self.type_combo.activated.connect(self._store)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("conditionKeyEdit")
        self.key_edit.setPlaceholderText(QCoreApplication.translate("ConditionTree", "field, e.g. contract"))
        self.key_edit.setAccessibleName(QCoreApplication.translate("ConditionTree", "Field compared"))
        self.key_edit.setMaximumWidth(150)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("conditionValueEdit")
        self.value_edit.setAccessibleName(QCoreApplication.translate("ConditionTree", "Value"))
        self.hours_combo = QComboBox()
        self.hours_combo.setObjectName("conditionHoursCombo")
        self.hours_combo.addItem(QCoreApplication.translate("ConditionTree", "open"), OPEN)
        self.hours_combo.addItem(QCoreApplication.translate("ConditionTree", "closed"), CLOSED)
        self.hours_combo.activated.connect(self._store)
        self.pick_combo = QComboBox()
        self.pick_combo.setObjectName("conditionPickCombo")
        self.pick_combo.setAccessibleName(QCoreApplication.translate("ConditionTree", "Add a value"))
        self.pick_combo.activated.connect(self._picked)
        for edit in (self.key_edit, self.value_edit):
            edit.textEdited.connect(self._store)
        editor = QHBoxLayout()
        for widget in (self.type_combo, self.key_edit, self.value_edit, self.hours_combo, self.pick_combo):
            editor.addWidget(widget)
        editor.setStretch(2, 1)

        buttons = QHBoxLayout()
        self.add_button = self._button(
            QCoreApplication.translate("ConditionTree", "Add condition"),
            "addConditionButton",
            self.add_condition,
        )
        self.add_group_button = self._button(
            QCoreApplication.translate("ConditionTree", "Add group"), "addGroupButton", self.add_group
        )
        self.remove_button = self._button(
            QCoreApplication.translate("ConditionTree", "Remove"), "removeConditionButton", self.remove_node
        )
        for button in (self.add_button, self.add_group_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(editor)
        layout.addLayout(buttons)
        self.set_condition(Group("all"))

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ---- the tree <-> the condition ------------------------------------------------------------
    def set_condition(self, condition: Condition) -> None:
        self.tree.clear()
        root = condition if isinstance(condition, Group | Not) else Group("all", (condition,))
        top = self._item(root)
        self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.setCurrentItem(top)

    def _item(self, condition: Condition) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        if isinstance(condition, Group):
            item.setData(DESCRIPTION, NodeRole, {"type": condition.mode})
            for child in condition.children:
                item.addChild(self._item(child))
        elif isinstance(condition, Not):
            item.setData(DESCRIPTION, NodeRole, {"type": "not"})
            item.addChild(self._item(condition.child))
        else:
            node = {"type": str(condition.kind), "values": list(condition.values), "value": condition.value}
            item.setData(DESCRIPTION, NodeRole, {**node, "key": condition.key})
        self._describe(item)
        return item

    def condition(self) -> Condition:
        top = self.tree.topLevelItem(0)
        return self._condition_of(top) if top is not None else Group("all")

    def _condition_of(self, item: QTreeWidgetItem) -> Condition:
        node = item.data(DESCRIPTION, NodeRole) or {}
        kind = node.get("type", "all")
        children = tuple(self._condition_of(self._child(item, i)) for i in range(item.childCount()))
        if kind in ("all", "any"):
            return Group(kind, children)
        if kind == "not":
            return Not(children[0] if children else Group("all"))
        return Leaf(
            ConditionKind(kind), tuple(node.get("values", ())), node.get("value", ""), node.get("key", "")
        )

    def item_at(self, path: Path) -> QTreeWidgetItem | None:
        item = self.tree.topLevelItem(0)
        for index in path:
            if item is None or index >= item.childCount():
                return None
            item = item.child(index)
        return item

    @staticmethod
    def _child(item: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
        child = item.child(index)
        assert child is not None
        return child

    def _paths(self) -> list[tuple[Path, QTreeWidgetItem]]:
        out: list[tuple[Path, QTreeWidgetItem]] = []

        def walk(item: QTreeWidgetItem, path: Path) -> None:
            out.append((path, item))
            for i in range(item.childCount()):
                walk(self._child(item, i), (*path, i))

        top = self.tree.topLevelItem(0)
        if top is not None:
            walk(top, ())
        return out

    # ---- describing ----------------------------------------------------------------------------
    def _describe(self, item: QTreeWidgetItem) -> None:
        node = item.data(DESCRIPTION, NodeRole) or {}
        kind = node.get("type", "all")
        labels = dict(type_labels())
        if kind in GROUPS:
            text = labels[kind]
            font = item.font(DESCRIPTION)
            font.setBold(True)
            item.setFont(DESCRIPTION, font)
        elif kind in {str(k) for k in LIST_KINDS}:
            shown = [self.names.get(v, v) for v in node.get("values", [])]
            text = f"{labels[kind]} {', '.join(shown) or '…'}"
        elif kind in {str(k) for k in KEYED_KINDS}:
            text = f"{labels[kind]}: {node.get('key') or '…'} = “{node.get('value', '')}”"
        elif kind == ConditionKind.BUSINESS_HOURS:
            text = f"{labels[kind]} {_t(node.get('value') or OPEN)}"
        else:
            text = f"{labels[kind]} “{node.get('value', '')}”"
        item.setText(DESCRIPTION, text)
        item.setToolTip(DESCRIPTION, text)

    def _load_node(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        node = item.data(DESCRIPTION, NodeRole) if item is not None else {"type": "all"}
        kind = node.get("type", "all")
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(kind), 0))
        keyed = kind in {str(k) for k in KEYED_KINDS}
        listed = kind in {str(k) for k in LIST_KINDS}
        hours = kind == ConditionKind.BUSINESS_HOURS
        self.key_edit.setVisible(keyed)
        self.key_edit.setText(node.get("key", ""))
        self.value_edit.setVisible(kind not in GROUPS and not hours)
        self.value_edit.setText(", ".join(node.get("values", [])) if listed else node.get("value", ""))
        self.value_edit.setPlaceholderText(
            QCoreApplication.translate("ConditionTree", "values, comma-separated")
            if listed
            else QCoreApplication.translate("ConditionTree", "text or pattern to look for")
        )
        self.hours_combo.setVisible(hours)
        self.hours_combo.setCurrentIndex(max(self.hours_combo.findData(node.get("value") or OPEN), 0))
        pairs = {ConditionKind.SOURCE: self.choices.sources, ConditionKind.CATEGORY: self.choices.categories}
        offered = pairs.get(ConditionKind(kind)) if listed else None
        self.pick_combo.clear()
        self.pick_combo.setVisible(bool(offered))
        if offered:
            self.pick_combo.addItem(QCoreApplication.translate("ConditionTree", "Add…"), None)
            for pid, label in offered:
                self.pick_combo.addItem(label, pid)
        self.remove_button.setEnabled(item is not None and item.parent() is not None)

    def _store(self, *_args: object) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind = str(self.type_combo.currentData())
        old = item.data(DESCRIPTION, NodeRole) or {}
        if kind not in GROUPS and item.childCount():
            kind = old.get("type", "all")  # a group holding conditions stays a group
            self.type_combo.setCurrentIndex(self.type_combo.findData(kind))
        if kind in GROUPS:
            node: dict[str, Any] = {"type": kind}
        elif kind in {str(k) for k in LIST_KINDS}:
            node = {"type": kind, "values": list(_split(self.value_edit.text())), "value": "", "key": ""}
        elif kind == ConditionKind.BUSINESS_HOURS:
            node = {"type": kind, "values": [], "value": self.hours_combo.currentData(), "key": ""}
        else:
            key = self.key_edit.text().strip() if kind in {str(k) for k in KEYED_KINDS} else ""
            node = {"type": kind, "values": [], "value": self.value_edit.text(), "key": key}
        item.setData(DESCRIPTION, NodeRole, node)
        self._describe(item)
        if old.get("type") != kind:
            self._load_node(item)
        self.changed.emit()

    def _picked(self, index: int) -> None:
        pid = self.pick_combo.itemData(index)
        if pid:
            values = list(_split(self.value_edit.text()))
            if pid not in values:
                values.append(pid)
            self.value_edit.setText(", ".join(values))
            self._store()
        self.pick_combo.setCurrentIndex(0)

    # ---- adding and removing -------------------------------------------------------------------
    def _insertion_point(self) -> tuple[QTreeWidgetItem, int]:
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        assert item is not None
        node = item.data(DESCRIPTION, NodeRole) or {}
        if node.get("type") in GROUPS:
            return item, item.childCount()
        parent = item.parent() or item
        return parent, parent.indexOfChild(item) + 1

    def add_condition(self, condition: Condition | None = None) -> QTreeWidgetItem:
        parent, index = self._insertion_point()
        child = self._item(condition or Leaf(ConditionKind.TEXT_CONTAINS))
        parent.insertChild(index, child)
        parent.setExpanded(True)
        self.tree.setCurrentItem(child)
        self.value_edit.setFocus()
        self.changed.emit()
        return child

    def add_group(self) -> QTreeWidgetItem:
        return self.add_condition(Group("any"))

    def remove_node(self) -> None:
        item = self.tree.currentItem()
        parent = item.parent() if item is not None else None
        if item is None or parent is None:
            return
        parent.removeChild(item)
        self.tree.setCurrentItem(parent)
        self.changed.emit()

    # ---- results and problems ------------------------------------------------------------------
    def show_results(self, evaluation: Evaluation | None) -> None:
        results = {r.path: r.matched for r in evaluation.results} if evaluation else {}
        for path, item in self._paths():
            matched = results.get(path)
            if matched is None:
                item.setText(RESULT, "")
                item.setBackground(RESULT, QColor(0, 0, 0, 0))
                continue
            item.setText(
                RESULT,
                QCoreApplication.translate("ConditionTree", "✓ matches")
                if matched
                else QCoreApplication.translate("ConditionTree", "✗ no match"),
            )
            item.setForeground(RESULT, QColor(Palette.SUCCESS if matched else Palette.ERROR))
            item.setBackground(
                RESULT, QColor(Palette.SUCCESS_BACKGROUND if matched else Palette.ERROR_BACKGROUND)
            )

    def result_text(self, path: Path) -> str:
        item = self.item_at(path)
        return item.text(RESULT) if item is not None else ""

    def show_problems(self, problems: Sequence[RuleProblem]) -> None:
        by_path: dict[Path, list[str]] = {}
        for problem in problems:
            if problem.where == "condition":
                by_path.setdefault(problem.path, []).append(message_text(problem.message))
        self.tree.setColumnHidden(PROBLEM, not by_path)
        for path, item in self._paths():
            messages = by_path.get(path, [])
            item.setText(PROBLEM, " ".join(messages))
            item.setToolTip(PROBLEM, "\n".join(messages))
            error = QColor(Palette.ERROR)
            item.setForeground(PROBLEM, error)
            item.setForeground(DESCRIPTION, error if messages else self.palette().text().color())

    def problem_text(self, path: Path) -> str:
        item = self.item_at(path)
        return item.text(PROBLEM) if item is not None else ""
