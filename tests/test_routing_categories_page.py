"""Routing › Categories and Routing channels through the real widgets and a real SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton, QWidget
from test_widgets import answer_next_modal

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.categories import CategoryForm
from engage_desktop.services.routing.routing_channels import RoutingChannelForm
from engage_desktop.views.routing.categories_page import CategoriesPage
from engage_desktop.views.routing.category_editor import CategoryDeleteDialog, CategoryEditorDialog
from engage_desktop.views.routing.routing_channel_editor import RoutingChannelEditorDialog


@pytest.fixture
def page(qtbot, app_session: AppSession) -> CategoriesPage:
    categories = app_session.categories
    orders = categories.create_category(CategoryForm("Orders", color=1)).id
    categories.create_category(CategoryForm("Tracking", orders))
    categories.create_category(CategoryForm("Refund", orders))
    billing = categories.create_category(CategoryForm("Billing", color=3)).id
    categories.create_category(CategoryForm("Refund", billing))
    widget = CategoriesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paths(session: AppSession) -> list[str]:
    return [n.path_text for n in session.categories.list_tree()]


def drop(page: CategoriesPage, dragged: str, onto: str | None) -> None:
    model = page.model
    node = next(n for n in page._nodes if n.path_text == dragged)
    data = model.mimeData([model.index_of(node.id)])
    target = QModelIndex()
    if onto is not None:
        target = model.index_of(next(n for n in page._nodes if n.path_text == onto).id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)


def test_tree_shows_paths_colours_and_counts(page: CategoriesPage) -> None:
    model = page.model
    assert [model.item(r).text() for r in range(model.rowCount())] == ["Billing", "Orders"]
    orders = model.item(1)
    assert [orders.child(r).text() for r in range(orders.rowCount())] == ["Refund", "Tracking"]
    assert not orders.icon().isNull()


def test_drag_and_drop_reparents_through_the_service(
    qtbot, page: CategoriesPage, app_session: AppSession
) -> None:
    drop(page, "Orders/Tracking", "Billing")
    qtbot.waitUntil(lambda: "Billing/Tracking" in [n.path_text for n in page._nodes])
    assert "Billing/Tracking" in paths(app_session)
    drop(page, "Billing/Tracking", None)
    qtbot.waitUntil(lambda: "Tracking" in [n.path_text for n in page._nodes])


def test_refused_drops_show_the_service_message(qtbot, page: CategoriesPage, app_session: AppSession) -> None:
    before = paths(app_session)
    drop(page, "Orders/Refund", "Billing")  # Billing already has a Refund
    assert "Refund" in page.model.refused
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "moveRefusedDialog") is not None)
    box = page.findChild(QMessageBox, "moveRefusedDialog")
    assert box is not None and "Refund" in box.text()
    box.accept()
    drop(page, "Orders", "Orders/Tracking")  # a cycle
    assert "inside it" in page.model.refused
    assert paths(app_session) == before
    data = QMimeData()
    data.setData("text/plain", QByteArray(b"x"))
    assert not page.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_search_keeps_the_matching_branch_open(qtbot, page: CategoriesPage) -> None:
    page.search_edit.setText("track")
    qtbot.waitUntil(lambda: [n.path_text for n in page._nodes] == ["Orders", "Orders/Tracking"])
    orders = page.model.index_of(page._nodes[0].id)
    assert page.tree.isExpanded(orders)
    assert page.model.node(orders).matches is False  # type: ignore[union-attr]
    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(page._nodes) == 5)


def test_editor_shows_errors_next_to_fields(qtbot, app_session: AppSession) -> None:
    tree = app_session.categories.list_tree()
    dialog = CategoryEditorDialog(app_session.categories, tree)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("a/b")
    dialog.save()
    assert dialog.isVisible() or not dialog.result()
    assert "/" in dialog.form.error_label("name").text()
    dialog.name_edit.setText("Praise")
    dialog.colour_combo.set_value(9)
    dialog.flag_checks["post_qualification"].setChecked(True)
    assert dialog.save()
    (node,) = [n for n in app_session.categories.list_tree() if n.name == "Praise"]
    assert (node.color, node.post_qualification) == (9, True)


def test_routing_channel_editor_errors_next_to_fields(qtbot, app_session: AppSession) -> None:
    dialog = RoutingChannelEditorDialog(app_session.routing_channels)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Chat")
    dialog.spins["soft_capability"].setValue(6)
    dialog.spins["hard_capability"].setValue(4)
    dialog.spins["agent_sla_threshold"].setValue(150)
    assert not dialog.save()
    assert "soft capability (6)" in dialog.form.error_label("hard_capability").text()
    assert "percentage" in dialog.form.error_label("agent_sla_threshold").text()
    assert dialog.form.error_label("name").text() == ""
    dialog.spins["hard_capability"].setValue(8)
    dialog.spins["agent_sla_threshold"].setValue(90)
    assert dialog.save()
    (row,) = app_session.routing_channels.list_channels(ListQuery())
    assert (row.name, row.hard_capability) == ("Chat", 8)
    assert app_session.routing_channels.get_channel(row.id).form == RoutingChannelForm(
        "Chat", soft_capability=6, hard_capability=8, agent_sla_threshold=90
    )


def test_delete_asks_what_happens_to_subcategories(
    qtbot, page: CategoriesPage, app_session: AppSession
) -> None:
    orders = next(n for n in page._nodes if n.path_text == "Orders")
    page.tree.setCurrentIndex(page.model.index_of(orders.id))

    def move_up(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDeleteDialog)
        dialog.findChild(QRadioButton, "choice_to_parent").setChecked(True)
        dialog.accept()

    def cancel(dialog: QWidget) -> None:
        dialog.reject()

    answer_next_modal(cancel)
    page.delete_selected()
    assert "Orders" in paths(app_session)
    answer_next_modal(move_up)
    page.delete_selected()
    assert paths(app_session) == ["Billing", "Billing/Refund", "Refund", "Tracking"]
    assert page.status.text() in ("4 category(ies)", "4 categories")  # a plural message, English forms or not


def test_import_refused_lists_lines_then_a_good_file_imports(
    qtbot, page: CategoriesPage, app_session: AppSession, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "path,color,mandatory,multiple,unselectable,post_qualification\nA//B,1,0,0,0,0\nC,99,0,0,0,0\n"
    )
    page.import_file(bad)
    box = page.findChild(QMessageBox, "importRefusedDialog")
    assert box is not None
    assert "Line 2:" in box.informativeText() and "Line 3:" in box.informativeText()
    box.accept()
    assert len(paths(app_session)) == 5
    good = tmp_path / "good.csv"
    page.export_file(good)
    text = good.read_text(encoding="utf-8")
    good.write_text(text + "Praise/=Thanks,9,0,0,0,1\r\n", encoding="utf-8")
    page.import_file(good)
    assert "Praise/=Thanks" in paths(app_session)
    assert page.status.text() == "Imported: 2 created, 0 updated, 5 unchanged."
