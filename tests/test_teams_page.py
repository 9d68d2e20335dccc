"""Users › Teams through the real widgets and a real SQLite database."""

from __future__ import annotations

import pytest
from plural_text import plural_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.models import User
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.lookup import PickableUser
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.users.team_editor import TeamEditorDialog
from engage_desktop.views.users.teams_page import TeamsPage
from engage_desktop.views.users.user_picker import UserPickerDialog


def add_user(session: AppSession, nickname: str, first: str = "Sam") -> int:
    agent = next(r.id for r in session.roles.list_roles(ListQuery()) if r.label == "Agent")
    return session.users.create_user(
        NewUser(first, nickname.title(), nickname, f"{nickname}@example.com", agent)
    ).id


@pytest.fixture
def page(qtbot, app_session: AppSession) -> TeamsPage:
    widget = TeamsPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def names(page: TeamsPage) -> list[str]:
    wait_loaded(page)
    return [row.name for row in page.panel.model.loaded_rows()]


def select(page: TeamsPage, name: str) -> None:
    page.panel.table.selectRow(names(page).index(name))


def open_editor(page: TeamsPage, qtbot) -> TeamEditorDialog:
    editor = page.editor
    assert isinstance(editor, TeamEditorDialog)
    qtbot.waitExposed(editor)
    return editor


def pick(editor: TeamEditorDialog, qtbot, search: str, *nicknames: str) -> None:
    """Through the picker: search on the server, select the rows, click Add."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    picker = editor.picker
    assert isinstance(picker, UserPickerDialog)
    qtbot.keyClicks(picker.search_edit, search)
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    wait_loaded(picker)
    rows = picker.model.loaded_rows()
    for nickname in nicknames:
        row = next(i for i, r in enumerate(rows) if r.nickname == nickname)
        picker.table.selectionModel().select(
            picker.model.index(row, 0),
            picker.table.selectionModel().SelectionFlag.Select
            | picker.table.selectionModel().SelectionFlag.Rows,
        )
    assert picker.add_button.isEnabled()
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.picker is None)


def test_create_a_team_with_members_and_a_leader(page: TeamsPage, qtbot, app_session: AppSession) -> None:
    for nickname, first in (("ann", "Ann"), ("andy", "Andy"), ("bob", "Bob")):
        add_user(app_session, nickname, first)
    assert page.panel.empty_state.isVisible()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    assert editor.windowTitle() == "New team"
    qtbot.keyClicks(editor.name_edit, "Social care")
    pick(editor, qtbot, "an", "ann", "andy")
    assert editor.picker is None
    assert editor.table.rowCount() == 2
    assert editor.leaders_label.text() == "No leader yet: tick “Leader” next to a member."
    ann = next(m for m in editor._members.values() if m.nickname == "ann").user_id
    editor.set_leader(ann, True)
    assert editor.count_label.text() in plural_text("2 member(s) · 1 leader(s)")
    assert editor.leaders_label.text() == "Ann Ann"
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    assert names(page) == ["Social care"]
    row = page.panel.model.loaded_rows()[0]
    assert (row.member_count, row.leader_count, row.leaders) == (2, 1, "Ann Ann")
    assert [r.name for r in page.panel.selected_rows()] == ["Social care"]
    assert events(app_session, "team.created")[0].changes["name"] == {"from": None, "to": "Social care"}


def test_the_picker_marks_members_and_searches_on_the_server(
    page: TeamsPage, qtbot, app_session: AppSession
) -> None:
    ann = add_user(app_session, "ann")
    for i in range(250):  # more than a page
        add_user(app_session, f"user{i:03d}")
    team = app_session.teams.create_team("Care", [ann], [ann])
    editor = TeamEditorDialog(app_session, team.id, page)
    qtbot.addWidget(editor)
    editor.open_picker()
    picker = editor.picker
    assert picker is not None
    wait_loaded(picker)
    assert picker.model.total() == 252 and picker.model.rowCount() == 200
    assert picker.count_label.text() in plural_text("Showing 200 of 252 user(s)")
    picker.search_edit.setText("ann")
    picker.apply_search()
    wait_loaded(picker)
    assert [r.nickname for r in picker.model.loaded_rows()] == ["ann"]
    assert picker.model.data(picker.model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "Already a member"
    picker.table.selectRow(0)
    assert picker.chosen() == [] and not picker.add_button.isEnabled()
    picker.reject()


def test_edit_members_and_leaders(page: TeamsPage, qtbot, app_session: AppSession) -> None:
    ann, bob = add_user(app_session, "ann", "Ann"), add_user(app_session, "bob", "Bob")
    team = app_session.teams.create_team("Care", [ann, bob], [ann])
    page.panel.refresh()
    select(page, "Care")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    assert editor.windowTitle() == "Edit team “Care”"
    editor.table.selectRow(editor.row_of(ann))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    editor.set_leader(bob, True)
    editor.filter_edit.setText("zzz")
    assert editor.table.isRowHidden(0)
    editor.filter_edit.clear()
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    detail = app_session.teams.get_team(team.id)
    assert detail.member_ids == {bob} and detail.leader_ids == {bob}
    changes = events(app_session, "team.updated")[0].changes
    assert set(changes) == {"user_ids", "leader_ids"}


def test_validation_errors_show_next_to_their_fields(page: TeamsPage, qtbot, app_session: AppSession) -> None:
    app_session.teams.create_team("Care")
    page.new_team()
    editor = open_editor(page, qtbot)
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.form.error_label("name").text() == "Name is required."
    editor.name_edit.setText(" CARE ")
    editor.save_button.click()
    assert editor.form.error_label("name").text() == "A team named “CARE” already exists."
    ghost = add_user(app_session, "ghost")
    editor.name_edit.setText("Ghosts")
    editor.add_members([PickableUser(ghost, "p", "Gil", "Ghost", "ghost", "g@example.com", True, "")])
    with app_session.database.session_factory() as db, db.begin():  # deleted on another workstation
        db.delete(db.get_one(User, ghost))
    editor.save_button.click()
    assert editor.form.error_label("user_ids").text() == "Some of these users no longer exist."
    editor.reject()


def test_delete_asks_first(page: TeamsPage, qtbot, app_session: AppSession) -> None:
    ann = add_user(app_session, "ann")
    app_session.teams.create_team("Care", [ann], [])
    page.panel.refresh()
    select(page, "Care")
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].text() == "Delete the team “Care”?"
    assert seen[0].informativeText().startswith("Its member keeps their account.")
    assert names(page) == ["Care"]
    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert names(page) == []
    assert events(app_session, "team.destroyed")[0].changes["name"] == {"from": "Care", "to": None}


def test_a_team_deleted_elsewhere_is_reported(page: TeamsPage, qtbot, app_session: AppSession) -> None:
    app_session.teams.create_team("Care")
    page.panel.refresh()
    select(page, "Care")
    row = page.panel.current_row()
    app_session.teams.delete_team(row.id)
    seen = answer_next_modal(close_message)
    page.open_team(row)
    assert seen and "no longer exists" in seen[0].text()
    assert page.editor is None and names(page) == []


def test_a_reader_gets_a_read_only_editor(qtbot, app_session: AppSession) -> None:
    app_session.teams.create_team("Care")
    reader = session_with_role(app_session, "Reader", ["read_user"], "rita")
    page = TeamsPage(reader)
    qtbot.addWidget(page)
    select(page, "Care")
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    assert not page.edit_button.isEnabled()
    page.open_team(page.panel.current_row())
    editor = open_editor(page, qtbot)
    assert editor.read_only and editor.name_edit.isReadOnly()
    assert not editor.add_button.isVisible()
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_a_leader_sees_and_edits_only_the_teams_they_lead(qtbot, app_session: AppSession) -> None:
    leader = session_with_role(
        app_session, "Leads", ["read_user", "update_user", "manage_users_of_my_teams"], "lea"
    )
    mia = add_user(app_session, "mia")
    app_session.teams.create_team("Care", [leader.user.id, mia], [leader.user.id])
    app_session.teams.create_team("Billing", [mia], [])
    page = TeamsPage(leader)
    qtbot.addWidget(page)
    assert names(page) == ["Care"]
    select(page, "Care")
    assert page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.edit_selected()
    editor = open_editor(page, qtbot)
    assert editor.name_edit.isReadOnly() and editor.add_button.isVisibleTo(editor)
    editor.set_leader(mia, True)
    assert editor.save()
    assert app_session.teams.get_team(page.panel.current_row().id).leader_ids == {leader.user.id, mia}


def test_enter_in_the_member_filter_does_not_save(page: TeamsPage, qtbot) -> None:
    page.new_team()
    editor = open_editor(page, qtbot)
    editor.name_edit.setText("Care")
    editor.filter_edit.setFocus()
    qtbot.keyClick(editor.filter_edit, Qt.Key.Key_Return)
    assert editor.isVisible() and page.editor is editor
    editor.reject()
