"""Routing › Rules: the rules-engine rules in the order they run; create, edit, move up/down,
switch on/off, delete. With the rules-engine extension off the page only says so."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.routing.rules import RuleRow
from engage_desktop.views.routing.rule_editor import RuleEditorDialog
from engage_desktop.views.routing.rule_test_pane import trigger_labels
from engage_desktop.views.users.user_badges import Pill, PillDelegate
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection

STATUS_COLUMN = 2


class RulesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.panel: ListPanel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not session.rules.is_enabled():
            self.off_label = QLabel(
                self.tr(
                    "The rules engine is switched off for this account. "
                    "An administrator can switch it on in Settings › Extensions."
                )
            )
            self.off_label.setObjectName("emptyStateMessage")
            self.off_label.setWordWrap(True)
            layout.addWidget(self.off_label)
            layout.addStretch(1)
            return
        can_manage = session.can(Permission.MANAGE_RULES_ENGINE_RULES)
        triggers = trigger_labels()
        self.on_pill = Pill(self.tr("On"), "#1E7F4F", "#E3F4EA")
        self.off_pill = Pill(self.tr("Off"), "#5B6478", "#ECEEF3")
        columns = [
            Column("position", self.tr("#"), lambda r: r.position + 1, alignment=RIGHT, width=56),
            Column("name", self.tr("Name"), lambda r: r.name, width=280),
            Column(
                "active", self.tr("Status"), lambda r: self.tr("On") if r.active else self.tr("Off"), width=90
            ),
            Column("trigger", self.tr("When"), lambda r: triggers.get(r.trigger, r.trigger), width=220),
            Column(
                "action_count",
                self.tr("Actions"),
                lambda r: r.action_count,
                sortable=False,
                alignment=RIGHT,
                width=80,
            ),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        rules = session.rules
        self.panel = panel = ListPanel(
            self.tr("Rules"),
            columns,
            rules.count_rules,
            rules.list_rules,
            count_text=self._count_text,
            search_placeholder=self.tr("Search rules by name"),
            filters=[
                FilterSpec(
                    "active",
                    self.tr("Status"),
                    [(self.tr("Any status"), None), (self.tr("On"), True), (self.tr("Off"), False)],
                ),
            ],
            empty_title=self.tr("No rule yet"),
            empty_message=self.tr(
                "Rules run in order on each incoming message: they categorise it, set its priority, tag the "
                "customer, route it or answer it."
            ),
            sort="position",
            row_muted=lambda r: not r.active,
        )
        panel.table.setItemDelegateForColumn(
            STATUS_COLUMN, PillDelegate(lambda r: [self.on_pill if r.active else self.off_pill], panel.table)
        )
        self.new_button = panel.add_action(
            self.tr("New rule"),
            self.new_rule,
            allowed=can_manage,
            object_name="newRuleButton",
            variant="primary",
        )
        self.edit_button = panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="editRuleButton",
        )
        self.up_button = panel.add_action(
            "↑",
            lambda: self.move_selected(-1),
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="moveRuleUpButton",
        )
        self.up_button.setToolTip(self.tr("Move up: run this rule one place earlier"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = panel.add_action(
            "↓",
            lambda: self.move_selected(1),
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="moveRuleDownButton",
        )
        self.down_button.setToolTip(self.tr("Move down: run this rule one place later"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.toggle_button = panel.add_action(
            self.tr("On/off"),
            self.toggle_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="toggleRuleButton",
        )
        self.toggle_button.setToolTip(self.tr("Switch the rule on or off"))
        self.delete_button = panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_manage,
            object_name="deleteRuleButton",
            variant="danger",
        )
        if can_manage:
            panel.set_empty_action(self.tr("New rule"), self.new_rule)
        panel.opened.connect(self.open_rule)
        layout.addWidget(panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln rule(s)", "", n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog if self.panel else None

    def _row(self) -> RuleRow | None:
        return self.panel.current_row() if self.panel else None

    def new_rule(self) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: RuleEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self._row()
        if row is not None:
            self.open_rule(row)

    def open_rule(self, row: RuleRow) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: RuleEditorDialog(self.session, row.id, self))

    def move_selected(self, delta: int) -> None:
        row = self._row()
        if row is not None and self.panel is not None:
            self.panel.run(lambda: self.session.rules.move_rule(row.id, delta))
            self.panel.select_key_when_loaded(row.id)

    def toggle_selected(self) -> None:
        row = self._row()
        if row is not None and self.panel is not None:
            self.panel.run(lambda: self.session.rules.set_rule_active(row.id, not row.active))

    def delete_selected(self) -> None:
        row = self._row()
        if row is None or self.panel is None:
            return
        if confirm_destructive(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule “%1”?").replace("%1", row.name),
            self.tr("Delete rule"),
            self.tr("The rules after it move up one place. The deletion is written to the audit journal."),
        ):
            self.panel.run(lambda: self.session.rules.delete_rule(row.id))
