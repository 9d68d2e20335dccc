"""Users › Users through the real widgets and a real SQLite database: the list and its filters,
enable/disable, delete or disable instead, bulk actions, and the team-leader view."""

from __future__ import annotations

import pytest
from conftest import Signed
from plural_text import plural_text
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from qt_helpers import wait_loaded
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role
from users_helpers import AGENT_PERMISSIONS, World, add_member, build_world

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.bulk import BulkAction
from engage_desktop.services.users.records import SourcePermissions
from engage_desktop.views.users.bulk_actions import BulkChoiceDialog
from engage_desktop.views.users.user_editor import UserEditorDialog
from engage_desktop.views.users.users_page import UsersPage
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog


@pytest.fixture
def world(app_session: AppSession) -> World:
    return build_world(Signed(app_session.database, app_session.ctx, app_session.user))


@pytest.fixture
def people(app_session: AppSession, world: World) -> AppSession:
    users = app_session.users
    users.create_user(world.form("bea", lastname="Brown", team_ids=(world.teams["Care"],)))
    users.create_user(
        world.form(
            "carl",
            lastname="Chen",
            team_ids=(world.teams["Billing"],),
            category_ids=(world.categories["Refunds"],),
            source_permissions=(SourcePermissions(world.sources["Support mailbox"], reply=True),),
        )
    )
    users.invite_user(world.form("dina", role="Supervisor", lastname="Diaz"))
    return app_session


def show(qtbot, session: AppSession) -> UsersPage:
    widget = UsersPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


@pytest.fixture
def page(qtbot, people: AppSession) -> UsersPage:
    return show(qtbot, people)


def names(page: UsersPage) -> list[str]:
    wait_loaded(page)
    model = page.panel.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def cell(page: UsersPage, name: str, column: int) -> str:
    model = page.panel.model
    return model.data(model.index(names(page).index(name), column))


def select(page: UsersPage, *wanted: str) -> None:
    """Select these rows (by name) and nothing else."""
    wait_loaded(page)
    model, selection = page.panel.model, QItemSelection()
    for number, row in enumerate(model.loaded_rows()):
        if row.name in wanted:
            selection.select(model.index(number, 0), model.index(number, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag
    page.panel.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)


def test_the_list_shows_users_with_teams_state_and_problems(page: UsersPage) -> None:
    model = page.panel.model
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)] == [
        "Name",
        "Nickname",
        "E-mail",
        "Role",
        "Teams",
        "State",
        "Last sign-in",
    ]
    assert names(page) == ["Ada Admin", "Bea Brown", "Carl Chen", "Dina Diaz"]  # by last name
    assert cell(page, "Bea Brown", 4) == "Care"
    assert cell(page, "Bea Brown", 5) == "Enabled"
    assert cell(page, "Dina Diaz", 5) == "Invited"
    assert cell(page, "Carl Chen", 5) == "Enabled  ⚠ Cannot reply"
    tooltip = model.data(model.index(names(page).index("Carl Chen"), 5), Qt.ItemDataRole.ToolTipRole)
    assert "Support mailbox" in tooltip and "E-mail" in tooltip
    assert cell(page, "Dina Diaz", 6) == "Never"
    assert page.panel.count_label.text() == "4 users"


def test_filters_by_role_team_state_category_and_search(page: UsersPage, world: World, qtbot) -> None:
    panel = page.panel
    combo = panel._filter_combos["role_id"]
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["All roles", "Administrator", "Agent"]
    panel.set_filter_value("role_id", world.roles["Supervisor"])
    assert names(page) == ["Dina Diaz"]
    panel.set_filter_value("role_id", None)
    panel.set_filter_value("team_id", world.teams["Care"])
    assert names(page) == ["Bea Brown"]
    panel.set_filter_value("team_id", None)
    panel.set_filter_value("enabled", "invited")
    assert names(page) == ["Dina Diaz"]
    panel.set_filter_value("enabled", "cannot_reply")
    assert names(page) == ["Carl Chen"]
    panel.set_filter_value("enabled", None)
    categories = panel._filter_combos["category_id"]
    assert [categories.itemText(i) for i in range(categories.count())] == [
        "All categories",
        "Products",
        "Products › Refunds",
        "Products › Shipping",
    ]
    panel.set_filter_value("category_id", world.categories["Refunds"])
    assert names(page) == ["Carl Chen"]
    panel.set_filter_value("category_id", None)
    panel.set_filter_value("enabled", False)
    assert names(page) == []
    assert panel.empty_state.title_label.text() == "No match for these filters"
    panel.set_filter_value("enabled", None)
    panel.search_edit.setText("carl@")
    qtbot.waitUntil(lambda: names(page) == ["Carl Chen"], timeout=2000)


def test_disable_asks_then_disables_and_enable_does_not_ask(
    page: UsersPage, qtbot, people: AppSession
) -> None:
    assert not page.toggle_button.isEnabled()
    select(page, "Carl Chen")
    assert page.toggle_button.isEnabled() and page.toggle_button.text() == "Disable"

    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert seen[0].text() == "Disable Carl Chen (carl@example.com)?"
    assert cell(page, "Carl Chen", 5).startswith("Enabled")

    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert cell(page, "Carl Chen", 5).startswith("Disabled")
    assert [r.nickname for r in page.panel.selected_rows()] == ["carl"]  # still selected after refresh
    assert page.toggle_button.text() == "Enable"
    model = page.panel.model
    row = names(page).index("Carl Chen")
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None  # greyed

    with people.database.session_factory() as db:
        event = find_events(db, JournalFilter(names=("user.updated",)))[0]
    assert event.changes == {"enabled": {"from": True, "to": False}}
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)  # enabling needs no confirmation
    assert cell(page, "Carl Chen", 5).startswith("Enabled")


def test_disabling_yourself_is_refused_with_the_reason(page: UsersPage, qtbot, people: AppSession) -> None:
    select(page, "Ada Admin")
    seen = answer_next_modal(click_destructive, close_message)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and seen[1].text() == "You cannot disable your own account."
    assert people.users.count_users(ListQuery(filters={"enabled": False})) == 0


def test_delete_a_user_who_never_handled_work(page: UsersPage, qtbot, people: AppSession) -> None:
    select(page, "Bea Brown")
    seen = answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen[0].text() == "Delete Bea Brown (bea@example.com)?"
    assert "Bea Brown" not in names(page)
    with people.database.session_factory() as db:
        assert (
            find_events(db, JournalFilter(names=("user.destroyed",)))[0].changes["nickname"]["from"] == "bea"
        )


def test_a_user_who_handled_work_is_offered_disabling_instead(
    qtbot, people: AppSession, world: World
) -> None:
    worker = session_with_role(people, "Creators", ["create_user", *AGENT_PERMISSIONS], "worker")
    worker.users.create_user(world.form("eve"))  # acting: work
    page = show(qtbot, people)
    select(page, "Test Worker")
    seen = answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert (
        isinstance(seen[0], ConfirmDialog)
        and seen[0].text() == "Test Worker cannot be deleted. Disable them instead?"
    )
    assert "has handled work" in seen[0].informativeText()
    assert cell(page, "Test Worker", 5).startswith("Disabled")


def test_bulk_disable_and_change_role_in_one_go(
    page: UsersPage, qtbot, people: AppSession, world: World
) -> None:
    select(page, "Bea Brown", "Carl Chen")
    assert page.bulk_button.isEnabled() and page.bulk_button.text() == "Bulk actions (2)"
    answer_next_modal(click_destructive)
    page.bulk.enable(False)
    assert people.users.count_users(ListQuery(filters={"enabled": False})) == 2
    assert page.notice_label.text() in plural_text("2 user(s) disabled.")

    select(page, "Bea Brown", "Carl Chen")
    page.bulk.ask(BulkAction.CHANGE_ROLE)
    dialog = page.panel.active_dialog
    assert isinstance(dialog, BulkChoiceDialog)
    assert dialog.windowTitle() in plural_text("Change the role of 2 user(s)")
    dialog.save()  # nothing chosen yet
    assert dialog.form.error_label("role_id").text() == "Choose a role."
    dialog.combo.setCurrentIndex(dialog.combo.findData(world.roles["Supervisor"]))
    assert dialog.save()
    assert {cell(page, n, 3) for n in ("Bea Brown", "Carl Chen")} == {"Supervisor"}
    assert page.notice_label.text() in plural_text("Role changed for 2 user(s).")
    with people.database.session_factory() as db:
        assert len(find_events(db, JournalFilter(names=("user.updated",)))) == 4  # 2 disabled + 2 roles


def test_a_refused_bulk_action_stays_in_its_dialog(qtbot, people: AppSession, world: World) -> None:
    ops = session_with_role(people, "Ops", ["read_user", "update_user", *AGENT_PERMISSIONS], "ops")
    page = show(qtbot, ops)
    select(page, "Bea Brown")
    dialog = BulkChoiceDialog(ops, page.selected(), BulkAction.CHANGE_ROLE, page)
    qtbot.addWidget(dialog)
    model = dialog.combo.model()
    admin_index = dialog.combo.findData(world.roles["Administrator"])
    assert not model.item(admin_index).isEnabled()  # type: ignore[attr-defined]
    dialog.combo.setCurrentIndex(admin_index)  # forced: the service still refuses
    assert not dialog.save()
    assert "holds permissions your own role lacks" in dialog.form.form_error_label.text()


def test_without_any_change_permission_buttons_stay_off_and_the_editor_is_read_only(
    qtbot, people: AppSession
) -> None:
    reader = session_with_role(people, "Reader", ["read_user"], "rita")
    page = show(qtbot, reader)
    select(page, "Carl Chen")
    assert page.edit_button.isEnabled() and page.edit_button.text() == "Open"
    assert not any(b.isEnabled() for b in (page.toggle_button, page.delete_button, page.bulk_button))
    assert not page.new_button.isEnabled() and not page.invite_button.isEnabled()
    page.edit_selected()
    editor = page.editor
    assert isinstance(editor, UserEditorDialog) and editor.read_only and editor.save_button is None
    assert editor.profile_tab.firstname_edit.isReadOnly()
    editor.reject()


def test_a_team_leader_sees_and_changes_only_their_team(qtbot, people: AppSession, world: World) -> None:
    lead = session_with_role(people, "Leads", [*AGENT_PERMISSIONS, "manage_users_of_my_teams"], "lea")
    add_member(
        Signed(people.database, people.ctx, people.user), world.teams["Care"], lead.user.id, leader=True
    )
    page = show(qtbot, lead)
    assert names(page) == ["Bea Brown", "Test Lea"]
    assert [page.panel._filter_combos["team_id"].itemText(i) for i in range(2)] == ["All teams", "Care"]
    select(page, "Bea Brown")
    assert page.toggle_button.isEnabled() and not page.new_button.isEnabled()


def test_role_team_and_category_choices_follow_their_pages(page: UsersPage, people: AppSession) -> None:
    people.roles.create_role("Trainee")
    page.hide()
    page.show()
    combo = page.panel._filter_combos["role_id"]
    assert "Trainee" in [combo.itemText(i) for i in range(combo.count())]
