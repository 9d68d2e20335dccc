"""Routing › Rules through the real widgets: the condition tree, the "Test rule" pane colouring
each condition, problems beside their condition and action, save, move, switch off; and the page
and the navigation entry hidden with the rules-engine extension off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QSpinBox
from qt_helpers import wait_loaded
from sqlalchemy import update

from engage_desktop.models import Extension
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    ConditionKind,
    Group,
    Leaf,
    RuleSpec,
)
from engage_desktop.services.routing.rules import RuleForm
from engage_desktop.views.routing.condition_tree import RESULT
from engage_desktop.views.routing.rule_editor import RuleEditorDialog
from engage_desktop.views.routing.rules_page import RulesPage
from engage_desktop.views.shell.main_window import MainWindow


def switch_extension(session: AppSession, enabled: bool) -> None:
    with session.database.session_factory() as db:
        db.execute(update(Extension).where(Extension.name == "rules_engine").values(enabled=enabled))
        db.commit()


@pytest.fixture
def page(qtbot, app_session: AppSession) -> RulesPage:
    widget = RulesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def new_editor(page: RulesPage, qtbot) -> RuleEditorDialog:
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, RuleEditorDialog)
    qtbot.waitExposed(editor)
    return editor


def set_leaf(editor: RuleEditorDialog, kind: ConditionKind, value: str, key: str = "") -> None:
    tree = editor.conditions
    tree.type_combo.setCurrentIndex(tree.type_combo.findData(str(kind)))
    tree.type_combo.activated.emit(tree.type_combo.currentIndex())
    if key:
        tree.key_edit.setText(key)
    tree.value_edit.setText(value)
    tree.value_edit.textEdited.emit(value)


def test_the_test_pane_colours_each_condition(page: RulesPage, qtbot) -> None:
    editor = new_editor(page, qtbot)
    tree = editor.conditions
    tree.add_condition()
    set_leaf(editor, ConditionKind.LANGUAGE, "fr")
    tree.tree.setCurrentItem(tree.item_at(()))
    tree.add_condition()
    set_leaf(editor, ConditionKind.TEXT_CONTAINS, "refund")
    editor.add_action(Action(ActionKind.SET_PRIORITY, priority=80))

    pane = editor.test_pane
    pane.language_edit.setText("fr")
    qtbot.keyClicks(pane.text_edit, "I want a refund now")
    assert editor.last_test is not None and editor.last_test.evaluation.fired
    assert [tree.result_text(p) for p in ((), (0,), (1,))] == ["✓ matches"] * 3
    assert "fires" in pane.verdict.text() and "Priority: 80" in pane.outcome.text()

    pane.text_edit.setPlainText("Just saying hello")
    assert tree.result_text((0,)) == "✓ matches" and tree.result_text((1,)) == "✗ no match"
    assert tree.result_text(()) == "✗ no match"
    assert "does not fire" in pane.verdict.text()
    item = tree.item_at((1,))
    assert item is not None and item.background(RESULT).color().name().lower() == "#fdecec"

    pane.trigger_combo.setCurrentIndex(1)  # intervention opened
    pane.trigger_combo.activated.emit(1)
    assert "another event" in pane.verdict.text()


def test_problems_show_beside_their_condition_and_action_and_a_good_rule_saves(
    page: RulesPage, app_session: AppSession, qtbot
) -> None:
    editor = new_editor(page, qtbot)
    editor.name_edit.setText("Urgent")
    tree = editor.conditions
    tree.add_condition()
    set_leaf(editor, ConditionKind.REGEX, "(a+)+")
    editor.add_action(Action(ActionKind.ROUTE_TO_QUEUE))
    assert "repeats a repetition" in tree.problem_text((0,))
    assert "needs its queue" in editor.action_problem_text(0)
    assert not editor.save()
    assert editor.form.error_label("conditions").isVisible()

    set_leaf(editor, ConditionKind.REGEX, r"urgent|asap")
    target = editor.action_table.cellWidget(0, 1)
    target.setText("vip")  # type: ignore[union-attr]
    target.textEdited.emit("vip")  # type: ignore[union-attr]
    assert tree.problem_text((0,)) == "" and editor.action_problem_text(0) == ""
    assert editor.save()
    wait_loaded(page)
    (rule,) = app_session.rules.list_rules(ListQuery())
    assert rule.name == "Urgent"
    spec = app_session.rules.get_rule(rule.id).spec
    assert spec.condition == Group("all", (Leaf(ConditionKind.REGEX, value="urgent|asap"),))
    assert spec.actions == (Action(ActionKind.ROUTE_TO_QUEUE, "vip"),)


def test_move_switch_off_and_the_action_kinds(page: RulesPage, app_session: AppSession, qtbot) -> None:
    for name in ("First", "Second"):
        app_session.rules.create_rule(RuleForm(name, RuleSpec(actions=(Action(ActionKind.IGNORE),))))
    assert page.panel is not None
    page.panel.refresh()
    wait_loaded(page)
    page.panel.table.selectRow(1)
    page.up_button.click()
    wait_loaded(page)
    assert [r.name for r in app_session.rules.list_rules(ListQuery())] == ["Second", "First"]
    page.panel.table.selectRow(0)
    page.toggle_button.click()
    wait_loaded(page)
    assert [r.active for r in app_session.rules.list_rules(ListQuery())] == [False, True]

    editor = new_editor(page, qtbot)
    editor.add_action(Action(ActionKind.IGNORE))
    kind = editor.action_table.cellWidget(0, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("set_priority"))
    kind.activated.emit(kind.currentIndex())
    assert isinstance(editor.action_table.cellWidget(0, 1), QSpinBox)
    editor.reject()


def test_with_the_extension_off_the_page_says_so_and_the_navigation_hides_it(
    qtbot, app_session: AppSession, tmp_path
) -> None:
    switch_extension(app_session, False)
    widget = RulesPage(app_session)
    qtbot.addWidget(widget)
    assert widget.panel is None and "switched off" in widget.off_label.text()
    window = MainWindow(app_session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert "routing.rules" not in window.visible_page_keys()
    assert "routing.topologies" in window.visible_page_keys()
    switch_extension(app_session, True)
    window2 = MainWindow(app_session, QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window2)
    assert "routing.rules" in window2.visible_page_keys()


def test_a_stale_rule_save_keeps_mine_when_asked(qtbot, app_session: AppSession) -> None:
    from test_widgets import answer_next_modal

    spec = RuleSpec(actions=(Action(ActionKind.IGNORE),))
    made = app_session.rules.create_rule(RuleForm("Shared", spec))
    editor = RuleEditorDialog(app_session, made.id)
    qtbot.addWidget(editor)
    editor.show()
    app_session.rules.update_rule(made.id, RuleForm("Shared (theirs)", spec), version=made.version)
    editor.name_edit.setText("Shared (mine)")
    seen = answer_next_modal(lambda dialog: dialog.keep_button.click())  # type: ignore[attr-defined]
    editor.save_button.click()  # type: ignore[union-attr]
    assert [d.objectName() for d in seen] == ["conflictDialog"]
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert app_session.rules.get_rule(made.id).name == "Shared (mine)"
