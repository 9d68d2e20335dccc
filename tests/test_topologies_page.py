"""Routing › Topologies through the real widgets: the structured form and the JSON tab stay in sync
both ways, a JSON error says where, problems show beside their step, save, activate, delete."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QComboBox, QSpinBox
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, click_destructive

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.routing.topologies_page import TopologiesPage
from engage_desktop.views.routing.topology_editor import JSON, STRUCTURE, TopologyEditorDialog
from engage_desktop.views.routing.topology_steps import KIND, TIMEOUT


@pytest.fixture
def page(qtbot, app_session: AppSession) -> TopologiesPage:
    widget = TopologiesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def new_editor(page: TopologiesPage, qtbot) -> TopologyEditorDialog:
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, TopologyEditorDialog)
    qtbot.waitExposed(editor)
    return editor


def names(page: TopologiesPage) -> list[tuple[str, bool]]:
    page.panel.refresh()
    wait_loaded(page)
    return [(row.name, row.active) for row in page.panel.model.loaded_rows()]


def test_structure_edits_show_in_json_and_json_edits_show_in_structure(page: TopologiesPage, qtbot) -> None:
    editor = new_editor(page, qtbot)
    structure = editor.structure
    assert editor.problems == []  # the starter config is valid
    structure.add_queue()
    qtbot.keyClicks(structure.queue_name, "vip fr")  # the new name is selected: typing replaces it
    structure.match_languages.setText("fr, en")
    structure.match_languages.textEdited.emit("fr, en")
    structure.add_step()  # a second step: the first now needs a timeout
    assert [p.message.code for p in editor.problems] == ["topology.timeout_required"]
    assert "timeout" in structure.step_problem_text(0)

    editor.tabs.setCurrentIndex(JSON)
    data = json.loads(editor.json_edit.toPlainText())
    assert data["queues"] == [
        {
            "name": "vip fr",
            "match": {"languages": ["fr", "en"]},
            "steps": [{"target": {"any_agent": True}}, {"target": {"any_agent": True}}],
        }
    ]
    assert editor.problem_list.count() == 1 and "line" in editor.problem_list.item(0).text()

    data["queues"][0]["steps"][0]["timeout_seconds"] = 45
    data["queues"][0]["name"] = "vip"
    editor.json_edit.setPlainText(json.dumps(data, indent=2))
    assert editor.problems == []
    editor.tabs.setCurrentIndex(STRUCTURE)
    assert structure.queue_list.item(0).text() == "vip"
    assert structure.queue_name.text() == "vip"
    timeout = structure.steps.cellWidget(0, TIMEOUT)
    assert isinstance(timeout, QSpinBox) and timeout.value() == 45


def test_a_json_error_says_where_and_keeps_the_structure_closed(page: TopologiesPage, qtbot) -> None:
    editor = new_editor(page, qtbot)
    editor.tabs.setCurrentIndex(JSON)
    text = editor.json_edit.toPlainText()
    editor.json_edit.setPlainText(text.replace('"timeout_seconds": 300', '"timeout_seconds": 300,,'))
    assert not editor.json_ok and editor.json_error.isVisible()
    assert "line " in editor.json_error.text() and "column" in editor.json_error.text()
    assert editor.json_edit.extraSelections()  # the line is highlighted
    editor.tabs.setCurrentIndex(STRUCTURE)
    assert editor.tabs.currentIndex() == JSON  # refused until the JSON reads
    assert not editor.save()
    editor.json_edit.setPlainText(text.replace('"timeout_seconds": 300', '"timeout_seconds": "soon"'))
    assert "line" in editor.problem_list.item(0).text().lower()
    assert editor.json_error.text().startswith("Line ")  # a layout problem: its line is added
    editor.json_edit.setPlainText(text)
    assert editor.json_ok and not editor.json_error.isVisible()
    editor.tabs.setCurrentIndex(STRUCTURE)
    assert editor.tabs.currentIndex() == STRUCTURE


def test_save_a_draft_then_activation_opens_it_with_the_problem_beside_its_step(
    page: TopologiesPage, app_session: AppSession, qtbot
) -> None:
    editor = new_editor(page, qtbot)
    editor.name_edit.setText("Weekdays")
    structure = editor.structure
    structure.select(None, 0)  # the default queue
    kind = structure.steps.cellWidget(1, KIND)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(0)  # "Choose a target…"
    kind.activated.emit(0)
    timeout = structure.steps.cellWidget(0, TIMEOUT)
    assert isinstance(timeout, QSpinBox)
    timeout.setValue(0)  # and no timeout before it
    assert sorted(p.message.code for p in editor.problems) == [
        "topology.empty_target",
        "topology.timeout_required",
    ]
    assert editor.save()  # a draft with problems may be saved
    assert names(page) == [("Weekdays", False)]

    page.panel.table.selectRow(0)
    page.activate_button.click()
    reopened = page.editor
    assert isinstance(reopened, TopologyEditorDialog)
    assert "cannot be activated" in reopened.form.form_error_label.text()
    assert "targets nobody" in reopened.structure.step_problem_text(1)
    assert reopened.structure.is_default
    reopened.reject()
    assert names(page) == [("Weekdays", False)]

    fixed = app_session.topologies.create_topology(
        "Night", {"queues": [], "default_queue": {"steps": [{"target": {"any_agent": True}}]}}
    )
    wait_loaded(page)
    page.panel.refresh()
    wait_loaded(page)
    page.panel.table.selectRow([r.name for r in page.panel.model.loaded_rows()].index("Night"))
    page.activate_button.click()
    assert ("Night", True) in names(page)
    assert app_session.topologies.get_topology(fixed.id).active

    page.panel.table.selectRow([r.name for r in page.panel.model.loaded_rows()].index("Weekdays"))
    answer_next_modal(click_destructive)
    page.delete_button.click()
    assert [r.name for r in app_session.topologies.list_topologies(ListQuery())] == ["Night"]


def test_a_stale_save_in_the_editor_asks_keep_mine_or_take_theirs(qtbot, app_session: AppSession) -> None:
    made = app_session.topologies.create_topology("Shared", {"queues": []})
    editor = TopologyEditorDialog(app_session, made.id)
    qtbot.addWidget(editor)
    editor.show()
    app_session.topologies.update_topology(made.id, "Shared (theirs)", {"queues": []}, version=made.version)
    editor.name_edit.setText("Shared (mine)")
    seen = answer_next_modal(lambda dialog: dialog.take_button.click())  # type: ignore[attr-defined]
    editor.save_button.click()  # type: ignore[union-attr]
    assert [d.objectName() for d in seen] == ["conflictDialog"]
    assert editor.isVisible() and editor.name_edit.text() == "Shared (theirs)"
    editor.name_edit.setText("Shared (mine)")
    seen = answer_next_modal(lambda dialog: dialog.keep_button.click())  # type: ignore[attr-defined]
    app_session.topologies.update_topology(made.id, "Shared (again)", {"queues": []})
    editor.save_button.click()  # type: ignore[union-attr]
    assert len(seen) == 1
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert app_session.topologies.get_topology(made.id).name == "Shared (mine)"


def test_categories_are_picked_from_a_menu_and_named_under_the_field(page: TopologiesPage, qtbot) -> None:
    from engage_desktop.models import Category

    with page.session.database.session_factory() as db:
        orders = Category(name="Orders", name_key="orders")
        db.add(orders)
        db.commit()
        pid = orders.platform_id
    editor = new_editor(page, qtbot)
    structure = editor.structure
    structure.add_queue()
    structure._fill_category_menu()
    (action,) = structure.category_menu.actions()
    assert action.text() == "Orders" and not action.isChecked()
    action.setChecked(True)
    assert structure.match_categories.text() == pid
    assert structure.category_hint.text() == "Orders"
    assert editor.config["queues"][0]["match"] == {"category_ids": [pid]}
    action.setChecked(False)
    assert "match" not in editor.config["queues"][0]


def test_enter_in_a_field_does_not_save_the_editor(
    page: TopologiesPage, app_session: AppSession, qtbot
) -> None:
    from PySide6.QtCore import Qt

    editor = new_editor(page, qtbot)
    editor.name_edit.setText("Not yet")
    editor.structure.add_queue()
    qtbot.keyClick(editor.structure.queue_name, Qt.Key.Key_Return)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert app_session.topologies.count_topologies(ListQuery()) == 0
