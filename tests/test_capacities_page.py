"""Users › Agent capacities through the real widgets and a real SQLite database."""

from __future__ import annotations

import pytest
from channels_helpers import routing_channel
from plural_text import plural_text
from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from test_roles_page import events
from test_teams_page import add_user
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.capacities import ChannelLimit
from engage_desktop.views.users.capacities_page import CapacitiesPage
from engage_desktop.views.users.capacity_editor import CapacityEditorDialog
from engage_desktop.views.users.user_picker import UserPickerDialog


@pytest.fixture
def channels(sqlite_admin) -> dict[str, int]:
    return {name: routing_channel(sqlite_admin, name) for name in ("Chat", "E-mail")}


@pytest.fixture
def page(qtbot, app_session: AppSession, channels: dict[str, int]) -> CapacitiesPage:
    widget = CapacitiesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def names(page: CapacitiesPage) -> list[str]:
    wait_loaded(page)
    return [row.name for row in page.panel.model.loaded_rows()]


def select(page: CapacitiesPage, name: str) -> None:
    page.panel.table.selectRow(names(page).index(name))


def open_editor(page: CapacitiesPage, qtbot) -> CapacityEditorDialog:
    editor = page.editor
    assert isinstance(editor, CapacityEditorDialog)
    qtbot.waitExposed(editor)
    wait_loaded(editor)
    return editor


def test_create_a_capacity_with_limits_and_users(
    page: CapacitiesPage, qtbot, app_session: AppSession, channels: dict[str, int]
) -> None:
    ann = add_user(app_session, "ann", "Ann")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    assert list(editor.channel_rows) == [channels["Chat"], channels["E-mail"]]
    qtbot.keyClicks(editor.name_edit, "Seniors")
    chat = editor.channel_rows[channels["Chat"]]
    assert not chat.default_spin.isEnabled()
    chat.override_check.click()
    assert chat.default_spin.isEnabled()
    chat.default_spin.setValue(3)
    chat.max_spin.setValue(5)
    box = editor.users_box
    qtbot.mouseClick(box.give_button, Qt.MouseButton.LeftButton)
    picker = box.picker
    assert isinstance(picker, UserPickerDialog)
    picker.search_edit.setText("ann")
    picker.apply_search()
    wait_loaded(picker)
    picker.table.selectRow(0)
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    wait_loaded(box)
    assert box.to_assign_ids() == [ann]
    assert box.model.data(box.model.index(0, 3)) == "Added"
    assert box.summary_label.text() in plural_text("Given to 0 user(s) · on save: +1")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    wait_loaded(page)
    (row,) = page.panel.model.loaded_rows()
    assert (row.name, row.channel_count, row.user_count) == ("Seniors", 1, 1)
    assert page.panel.model.data(page.panel.model.index(0, 2)) == "Chat 3 / 5"
    assert events(app_session, "capability_scheme.created")[0].changes["name"] == {
        "from": None,
        "to": "Seniors",
    }


def test_errors_show_next_to_the_name_and_the_channel(
    page: CapacitiesPage, qtbot, app_session: AppSession, channels: dict[str, int]
) -> None:
    app_session.capacities.create_capacity("Seniors", [])
    page.new_capacity()
    editor = open_editor(page, qtbot)
    editor.name_edit.setText("  seniors ")
    chat = editor.channel_rows[channels["Chat"]]
    chat.set_values(True, 6, 4)
    assert not editor.save()
    assert editor.form.error_label("name").text() == "A capacity named “seniors” already exists."
    field = f"channels.{channels['Chat']}"
    assert editor.form.error_label(field).text() == "The default (6) cannot be more than the maximum (4)."
    assert editor.form.error_label(f"channels.{channels['E-mail']}").text() == ""
    chat.max_spin.setValue(8)
    editor.name_edit.setText("Juniors")
    assert editor.save()


def test_edit_moves_and_removes_users(
    page: CapacitiesPage, qtbot, app_session: AppSession, channels: dict[str, int]
) -> None:
    ann, bob = add_user(app_session, "ann", "Ann"), add_user(app_session, "bob", "Bob")
    chat = [ChannelLimit(channels["Chat"], 1, 2)]
    juniors = app_session.capacities.create_capacity("Juniors", chat, [ann])
    seniors = app_session.capacities.create_capacity("Seniors", chat, [bob])
    page.panel.refresh()
    select(page, "Seniors")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    box = editor.users_box
    assert [r.nickname for r in box.model.loaded_rows()] == ["bob"]
    box.give(app_session.user_lookup.list_users(ListQuery(search="ann")))
    wait_loaded(box)
    assert [r.nickname for r in box.model.loaded_rows()] == ["ann", "bob"]
    assert box.model.data(box.model.index(0, 3)) == "Moved from Juniors"
    box.table.selectRow(1)
    qtbot.mouseClick(box.take_button, Qt.MouseButton.LeftButton)
    wait_loaded(box)
    assert box.model.data(box.model.index(1, 3)) == "Removed"
    box.search_edit.setText("bo")
    box.reload()
    wait_loaded(box)
    assert [r.nickname for r in box.model.loaded_rows()] == ["bob"]
    assert editor.save()
    assert app_session.capacities.get_capacity(seniors.id).user_count == 1
    assert app_session.capacities.get_capacity(juniors.id).user_count == 0
    assert [u.nickname for u in app_session.capacities.list_capacity_users(seniors.id, ListQuery())] == [
        "ann"
    ]


def test_delete_an_unused_capacity_asks_first(page: CapacitiesPage, qtbot, app_session: AppSession) -> None:
    app_session.capacities.create_capacity("Unused", [])
    page.panel.refresh()
    select(page, "Unused")
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].text() == "Delete the agent capacity “Unused”?"
    assert names(page) == ["Unused"]
    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert names(page) == []


def test_delete_a_capacity_in_use_offers_to_take_it_away(
    page: CapacitiesPage, qtbot, app_session: AppSession
) -> None:
    ann, bob = add_user(app_session, "ann"), add_user(app_session, "bob")
    capacity = app_session.capacities.create_capacity("Seniors", [])
    page.panel.refresh()
    app_session.capacities.assign_users(capacity.id, [ann, bob])  # after the list was read
    select(page, "Seniors")
    seen = answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen[0].informativeText().startswith(plural_text("It is given to 2 user(s), who will have none."))
    assert seen[0].destructive_button.text() == "Take away and delete"
    assert names(page) == []
    assert events(app_session, "capability_scheme.destroyed")[0].details["unassigned_user_ids"]


def test_a_capacity_deleted_elsewhere_is_reported(
    page: CapacitiesPage, qtbot, app_session: AppSession
) -> None:
    capacity = app_session.capacities.create_capacity("Gone", [])
    page.panel.refresh()
    select(page, "Gone")
    app_session.capacities.delete_capacity(capacity.id)
    seen = answer_next_modal(close_message)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen and "no longer exists" in seen[0].text()
    assert names(page) == []


def test_a_reader_gets_a_read_only_editor(qtbot, app_session: AppSession, channels: dict[str, int]) -> None:
    app_session.capacities.create_capacity("Seniors", [ChannelLimit(channels["Chat"], 1, 2)])
    reader = session_with_role(app_session, "Reader", ["read_user"], "rita")
    page = CapacitiesPage(reader)
    qtbot.addWidget(page)
    select(page, "Seniors")
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    page.edit_selected()
    editor = open_editor(page, qtbot)
    assert editor.read_only and editor.name_edit.isReadOnly()
    assert not editor.channel_rows[channels["Chat"]].override_check.isEnabled()
    assert not editor.users_box.give_button.isVisibleTo(editor)


def test_a_team_leader_gives_capacities_but_does_not_define_them(
    qtbot, app_session: AppSession, channels: dict[str, int]
) -> None:
    # A leader acts only on members whose role holds nothing their own lacks: Leads holds all of Agent's.
    agent = next(r for r in app_session.roles.list_roles(ListQuery()) if r.label == "Agent")
    agent_permissions = app_session.roles.get_role(agent.id).permissions
    leader = session_with_role(
        app_session,
        "Leads",
        {"read_user", "update_user", "manage_users_of_my_teams", *agent_permissions},
        "lea",
    )
    mia = add_user(app_session, "mia")
    app_session.teams.create_team("Care", [leader.user.id, mia], [leader.user.id])
    capacity = app_session.capacities.create_capacity("Seniors", [ChannelLimit(channels["Chat"], 1, 2)])
    page = CapacitiesPage(leader)
    qtbot.addWidget(page)
    assert not page.new_button.isEnabled()
    select(page, "Seniors")
    page.edit_selected()
    editor = open_editor(page, qtbot)
    assert not editor.read_only and editor.name_edit.isReadOnly()
    assert editor.users_box.give_button.isVisibleTo(editor)
    editor.users_box.open_picker()
    picker = editor.users_box.picker
    assert picker is not None
    wait_loaded(picker)
    assert {r.nickname for r in picker.model.loaded_rows()} == {"lea", "mia"}
    picker.reject()
    editor.users_box.give(leader.user_lookup.list_users(ListQuery(search="mia")))
    assert editor.save()
    assert app_session.capacities.get_capacity(capacity.id).user_count == 1


def test_enter_in_the_user_search_searches_and_does_not_save(
    page: CapacitiesPage, qtbot, app_session: AppSession
) -> None:
    ann, bob = add_user(app_session, "ann"), add_user(app_session, "bob")
    app_session.capacities.create_capacity("Seniors", [], [ann, bob])
    page.panel.refresh()
    select(page, "Seniors")
    page.edit_selected()
    editor = open_editor(page, qtbot)
    box = editor.users_box
    box.search_edit.setFocus()
    qtbot.keyClicks(box.search_edit, "bob")
    qtbot.keyClick(box.search_edit, Qt.Key.Key_Return)
    wait_loaded(box)
    assert [r.nickname for r in box.model.loaded_rows()] == ["bob"]
    assert editor.isVisible() and page.editor is editor
    editor.reject()
