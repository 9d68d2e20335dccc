"""Users › Roles through the real widgets and a real SQLite database: list, create, edit, copy, delete."""

from __future__ import annotations

import pytest
from plural_text import plural_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from qt_helpers import wait_loaded
from sqlalchemy import update
from test_widgets import answer_next_modal, click_cancel, click_destructive, close_message, session_with_role

from engage_desktop.models import Extension
from engage_desktop.services.access.permissions import PERMISSION_GROUPS, Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import NotFound
from engage_desktop.services.core.journal import JournalFilter, find_events
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.users.role_editor import PERMISSION_LABELS, RoleEditorDialog, permission_label
from engage_desktop.views.users.roles_page import RolesPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> RolesPage:
    widget = RolesPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_labels(page: RolesPage) -> list[str]:
    wait_loaded(page)
    return [row.label for row in page.panel.model.loaded_rows()]


def select(page: RolesPage, label: str) -> None:
    page.panel.table.selectRow(row_labels(page).index(label))


def role_id(session: AppSession, label: str) -> int:
    return next(r.id for r in session.roles.list_roles(ListQuery(search=label)) if r.label == label)


def events(app_session: AppSession, name: str) -> list:
    with app_session.database.session_factory() as db:
        return find_events(db, JournalFilter(names=(name,)))


def tick(editor: RoleEditorDialog, qtbot, name: str) -> None:
    """As the keyboard does it: make the row current, press Space."""
    item = editor.permission_item(name)
    assert item is not None
    editor.tree.setCurrentItem(item)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Space)


def open_editor(page: RolesPage, qtbot) -> RoleEditorDialog:
    editor = page.editor
    assert isinstance(editor, RoleEditorDialog)
    qtbot.waitExposed(editor)
    return editor


# ---- the list ---------------------------------------------------------------------------------------
def test_the_list_shows_roles_with_counts(page: RolesPage) -> None:
    model = page.panel.model
    assert row_labels(page) == ["Administrator", "Agent", "Auditor", "Supervisor"]
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Label",
        "Permissions",
        "Users",
        "Updated",
    ]
    assert model.data(model.index(0, 1)) == "72"
    assert model.data(model.index(0, 2)) == "1"
    assert model.data(model.index(0, 3))  # a date
    assert page.panel.count_label.text() == "4 roles"
    assert page.panel.search_edit.placeholderText() == "Search roles by label"


def test_buttons_need_a_selection(page: RolesPage) -> None:
    assert page.new_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.duplicate_button.isEnabled()
    assert not page.delete_button.isEnabled()
    select(page, "Agent")
    assert (
        page.edit_button.isEnabled() and page.duplicate_button.isEnabled() and page.delete_button.isEnabled()
    )


def test_search_and_filters(page: RolesPage, qtbot) -> None:
    page.panel.search_edit.setText("sup")
    qtbot.waitUntil(lambda: row_labels(page) == ["Supervisor"], timeout=2000)
    page.panel.search_edit.clear()
    page.panel.set_filter_value("permission", Permission.MANAGE_TEAMS.value)
    qtbot.waitUntil(lambda: row_labels(page) == ["Administrator", "Supervisor"], timeout=2000)
    page.panel.set_filter_value("in_use", True)
    assert row_labels(page) == ["Administrator"]
    page.panel.set_filter_value("permission", None)
    page.panel.set_filter_value("in_use", False)
    assert row_labels(page) == ["Agent", "Auditor", "Supervisor"]


# ---- create -----------------------------------------------------------------------------------------
def test_create_a_role_in_the_editor(page: RolesPage, qtbot, app_session: AppSession) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    assert editor.windowTitle() == "New role"
    assert editor.checked_permissions() == set()  # a new role starts with every permission off
    assert editor.counter_label.text() in plural_text("0 of 72 permission(s)")
    qtbot.keyClicks(editor.label_edit, "Night shift")
    tick(editor, qtbot, "read_user")
    tick(editor, qtbot, "monitor_tasks")
    assert editor.counter_label.text() in plural_text("2 of 72 permission(s)")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)

    assert "Night shift" in row_labels(page)
    assert [r.label for r in page.panel.selected_rows()] == ["Night shift"]
    role = app_session.roles.get_role(role_id(app_session, "Night shift"))
    assert role.permissions == {"read_user", "monitor_tasks"}
    created = events(app_session, "role.created")[0]
    assert created.object_id == role.platform_id
    assert created.user_id == app_session.user.id
    assert created.changes["permissions"]["added"] == ["monitor_tasks", "read_user"]


def test_every_permission_has_a_readable_name_and_its_api_name_as_tooltip(page: RolesPage, qtbot) -> None:
    assert set(PERMISSION_LABELS) == set(Permission)
    assert permission_label(Permission.READ_USER) == "Read users"
    page.new_role()
    editor = open_editor(page, qtbot)
    tree = editor.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "Users & teams",
        "Channels & identities",
        "Routing",
        "Digital",
        "Agent tools",
        "Settings",
        "Conversation work (agent interface)",
    ]
    assert sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())) == 72
    item = editor.permission_item("read_user")
    assert item is not None
    assert item.text(0) == "Read users" and item.toolTip(0) == "read_user"
    assert len({PERMISSION_LABELS[p] for p in Permission}) == 72  # no two look the same


def test_a_group_ticks_and_clears_all_its_permissions(page: RolesPage, qtbot) -> None:
    page.new_role()
    editor = open_editor(page, qtbot)
    group = editor.tree.topLevelItem(0)
    users = {p.value for p in PERMISSION_GROUPS[0].permissions}
    group.setCheckState(0, Qt.CheckState.Checked)  # what a click on the group's box does
    assert editor.checked_permissions() == users
    assert editor.counter_label.text() in plural_text(f"{len(users)} of 72 permission(s)")
    tick(editor, qtbot, "manage_roles")
    assert group.checkState(0) == Qt.CheckState.PartiallyChecked
    group.setCheckState(0, Qt.CheckState.Unchecked)
    assert editor.checked_permissions() == set()


def test_the_filter_box_narrows_the_tree(page: RolesPage, qtbot) -> None:
    page.new_role()
    editor = open_editor(page, qtbot)
    qtbot.keyClicks(editor.search_edit, "identit")  # "Channels & identities" matches too: not all shown
    visible = [
        item.data(0, Qt.ItemDataRole.UserRole) for item in editor._permission_items() if not item.isHidden()
    ]
    assert visible == [
        "read_identity",
        "update_identity",
        "manage_identities",
        "lock_identity",
        "anonymize_identity",
        "export_identity",
    ]
    assert editor.tree.topLevelItem(0).isHidden()  # Users & teams: nothing matches
    editor.search_edit.setText("agent tools")  # a group's title, when nothing in it matches: all of it
    shown = [i.text(0) for i in editor._permission_items() if not i.isHidden()]
    assert len(shown) == 9 and "Manage chat" in shown
    qtbot.keyClick(editor.search_edit, Qt.Key.Key_Return)
    assert editor.isVisible()  # Enter filters, it does not save
    editor.search_edit.setText("mute_content")  # API names match too
    assert [i.text(0) for i in editor._permission_items() if not i.isHidden()] == ["Mute messages"]
    # A group ticks only what the filter shows.
    conversation = editor.tree.topLevelItem(editor.tree.topLevelItemCount() - 1)
    conversation.setCheckState(0, Qt.CheckState.Checked)
    assert editor.checked_permissions() == {"mute_content"}


@pytest.mark.parametrize(
    ("label", "message"), [("", "Label is required."), ("  agent ", "A role named “agent” already exists.")]
)
def test_label_errors_show_next_to_the_field(
    page: RolesPage, qtbot, app_session: AppSession, label: str, message: str
) -> None:
    page.new_role()
    editor = open_editor(page, qtbot)
    editor.label_edit.setText(label)
    tick(editor, qtbot, "read_user")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    error = editor.form.error_label("label")
    assert error.isVisible() and error.text() == message
    assert editor.label_edit.property("error") == "true"
    assert app_session.roles.count_roles(ListQuery()) == 4
    assert editor.checked_permissions() == {"read_user"}  # nothing the user did is lost


# ---- edit, duplicate, delete ------------------------------------------------------------------------
def test_edit_a_role(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Auditor")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    assert editor.windowTitle() == "Edit role “Auditor”"
    assert editor.label_edit.text() == "Auditor"
    assert editor.counter_label.text() in plural_text("7 of 72 permission(s)")
    editor.label_edit.setText("Compliance auditor")
    tick(editor, qtbot, "read_export")  # untick
    tick(editor, qtbot, "read_stats")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    assert "Compliance auditor" in row_labels(page) and "Auditor" not in row_labels(page)
    assert [r.label for r in page.panel.selected_rows()] == ["Compliance auditor"]
    role = app_session.roles.get_role(role_id(app_session, "Compliance auditor"))
    assert "read_export" not in role.permissions and "read_stats" in role.permissions
    updated = events(app_session, "role.updated")[0]
    assert updated.changes["label"] == {"from": "Auditor", "to": "Compliance auditor"}
    assert updated.changes["permissions"] == {"added": ["read_stats"], "removed": ["read_export"]}


def test_double_click_and_enter_open_the_editor(page: RolesPage, qtbot) -> None:
    select(page, "Agent")
    page.panel.table.setFocus()
    qtbot.keyClick(page.panel.table, Qt.Key.Key_Return)
    editor = open_editor(page, qtbot)
    assert editor.label_edit.text() == "Agent"
    editor.reject()
    qtbot.waitUntil(lambda: page.editor is None)


def test_duplicate_a_role(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Supervisor")
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None
    assert dialog.label_edit.text() == "Supervisor (copy)"
    dialog.label_edit.setText("supervisor")
    dialog.save_button.click()
    assert dialog.form.error_label("label").text() == "A role named “supervisor” already exists."
    dialog.label_edit.setText("Weekend supervisor")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    wait_loaded(page)
    assert [r.label for r in page.panel.selected_rows()] == ["Weekend supervisor"]
    copy = app_session.roles.get_role(role_id(app_session, "Weekend supervisor"))
    assert copy.permissions == app_session.roles.get_role(role_id(app_session, "Supervisor")).permissions


def test_delete_asks_first(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Auditor")
    seen = answer_next_modal(click_cancel)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].text() == "Delete the role “Auditor”?"
    assert "Auditor" in row_labels(page)

    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Auditor" not in row_labels(page)
    assert events(app_session, "role.destroyed")[0].changes["label"] == {"from": "Auditor", "to": None}


def test_deleting_a_role_in_use_is_disabled_and_says_why(
    page: RolesPage, qtbot, app_session: AppSession
) -> None:
    select(page, "Administrator")
    why = "The role “Administrator” is given to 1 user. Give them another role before deleting it."
    assert not page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == why
    select(page, "Auditor")  # given to nobody: it may go
    assert page.delete_button.isEnabled() and page.delete_button.toolTip() == "Delete the selected role"

    select(page, "Administrator")  # Edit › Delete reaches the page even so: it says why, asks nothing
    seen = answer_next_modal(close_message)
    page.delete_selected()
    assert len(seen) == 1 and seen[0].text() == why
    assert "Administrator" in row_labels(page)


def test_a_role_given_to_users_since_the_list_was_read_is_still_refused(
    page: RolesPage, qtbot, app_session: AppSession
) -> None:
    select(page, "Auditor")
    app_session.users.create_user(
        NewUser("Al", "Audit", "al", "al@example.com", role_id(app_session, "Auditor"))
    )
    seen = answer_next_modal(click_destructive, close_message)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert seen[1].text() == (
        "The role “Auditor” is given to 1 user; give them another role before deleting it."
    )
    assert "Auditor" in row_labels(page)


def test_role_deleted_elsewhere_is_reported(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Auditor")
    row = page.panel.current_row()
    app_session.roles.delete_role(row.id)
    seen = answer_next_modal(close_message)
    page.open_role(row)
    assert seen and "no longer exists" in seen[0].text()
    assert page.editor is None
    assert "Auditor" not in row_labels(page)
    with pytest.raises(NotFound):
        RoleEditorDialog(app_session, row.id)


# ---- who may do what --------------------------------------------------------------------------------
@pytest.fixture
def role_manager(app_session: AppSession) -> AppSession:
    """Manages roles but lacks e.g. manage_teams and manage_surveys."""
    held = [Permission.MANAGE_ROLES, Permission.READ_USER, Permission.UPDATE_USER, Permission.READ_STATS]
    return session_with_role(app_session, "Role manager", [p.value for p in held], "rick")


def test_a_permission_the_actor_lacks_is_disabled_and_refused_if_forced(
    qtbot, role_manager: AppSession, app_session: AppSession
) -> None:
    page = RolesPage(role_manager)
    qtbot.addWidget(page)
    page.new_role()
    editor = open_editor(page, qtbot)
    lacking = editor.permission_item("manage_teams")
    assert lacking is not None
    assert not lacking.flags() & Qt.ItemFlag.ItemIsEnabled
    assert lacking.toolTip(0) == "manage_teams\nYour role lacks this permission"
    held = editor.permission_item("read_stats")
    assert held is not None and held.flags() & Qt.ItemFlag.ItemIsEnabled
    editor.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)  # "all" ticks only what may be
    assert editor.checked_permissions() == {"read_user", "update_user", "manage_roles"}

    editor.label_edit.setText("Escalated")
    lacking.setCheckState(0, Qt.CheckState.Checked)  # forced past the disabled box
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.form.form_error_label.isVisible()
    assert (
        editor.form.form_error_label.text()
        == "You cannot grant permissions your own role lacks: manage_teams."
    )
    assert "Escalated" not in [r.label for r in app_session.roles.list_roles(ListQuery())]


def test_permissions_the_actor_lacks_stay_on_the_role(
    qtbot, role_manager: AppSession, app_session: AppSession
) -> None:
    page = RolesPage(role_manager)
    qtbot.addWidget(page)
    supervisor = role_id(app_session, "Supervisor")
    before = app_session.roles.get_role(supervisor).permissions
    editor = RoleEditorDialog(role_manager, supervisor)
    qtbot.addWidget(editor)
    kept = editor.permission_item("manage_teams")
    assert kept is not None and kept.checkState(0) == Qt.CheckState.Checked
    assert not kept.flags() & Qt.ItemFlag.ItemIsEnabled
    editor.label_edit.setText("Team supervisor")
    assert editor.save()
    assert app_session.roles.get_role(supervisor).permissions == before


def test_permissions_of_a_disabled_extension_are_hidden_and_kept(
    page: RolesPage, qtbot, app_session: AppSession
) -> None:
    survey_lead = app_session.roles.create_role(
        "Survey lead", ["manage_surveys", "read_surveys", "read_stats"]
    )
    with app_session.database.session_factory() as db, db.begin():
        db.execute(update(Extension).where(Extension.name == "surveys").values(enabled=False))
    editor = RoleEditorDialog(app_session, survey_lead.id, page)
    qtbot.addWidget(editor)
    assert editor.permission_item("manage_surveys") is None
    assert editor.permission_item("read_surveys") is None
    assert editor.counter_label.text() in plural_text("1 of 70 permission(s)")
    tick(editor, qtbot, "use_emoji")
    assert editor.permissions_to_save() == ["manage_surveys", "read_stats", "read_surveys", "use_emoji"]
    assert editor.save()
    after = app_session.roles.get_role(survey_lead.id).permissions
    assert after == {"manage_surveys", "read_surveys", "read_stats", "use_emoji"}
    assert events(app_session, "role.updated")[0].changes["permissions"] == {
        "added": ["use_emoji"],
        "removed": [],
    }


def test_the_last_full_role_cannot_lose_a_permission(page: RolesPage, qtbot, app_session: AppSession) -> None:
    editor = RoleEditorDialog(app_session, role_id(app_session, "Administrator"), page)
    qtbot.addWidget(editor)
    tick(editor, qtbot, "use_emoji")
    assert not editor.save()
    assert editor.form.form_error_label.text() == (
        "At least one role must keep every permission (the account's safety net)."
    )


def test_without_manage_roles_the_page_is_read_only(qtbot, app_session: AppSession) -> None:
    auditor = session_with_role(app_session, "Reader", [Permission.READ_USER.value], "rita")
    page = RolesPage(auditor)
    qtbot.addWidget(page)
    select(page, "Agent")
    assert not page.new_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.duplicate_button.isEnabled()
    assert not page.delete_button.isEnabled()
    page.open_role(page.panel.current_row())
    editor = open_editor(page, qtbot)
    assert editor.read_only and editor.label_edit.isReadOnly()
    assert all(not i.flags() & Qt.ItemFlag.ItemIsEnabled for i in editor._permission_items())
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_user_counts_follow_changes_made_elsewhere(page: RolesPage, qtbot, app_session: AppSession) -> None:
    agent = role_id(app_session, "Agent")
    app_session.users.create_user(NewUser("Ann", "Lee", "ann", "ann@example.com", agent))
    page.hide()
    page.show()
    index = row_labels(page).index("Agent")
    assert page.panel.model.data(page.panel.model.index(index, 2)) == "1"


# ---- deleting a role in use: move its users first ---------------------------------------------------
def choose_role(label: str):
    def answer(dialog) -> None:
        from engage_desktop.views.users.role_move_dialog import MoveUsersDialog

        assert isinstance(dialog, MoveUsersDialog), dialog
        labels = [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())]
        assert "Night" not in labels  # never the role being deleted
        assert dialog.role_combo.currentIndex() == -1 and not dialog.move_button.isEnabled()
        dialog.role_combo.setCurrentIndex(labels.index(label))
        assert dialog.move_button.isEnabled()
        assert dialog.cancel_button.isDefault()
        dialog.move_button.click()

    return answer


def test_move_users_and_delete_a_role_in_use(page: RolesPage, qtbot, app_session: AppSession) -> None:
    night = app_session.roles.create_role("Night", ["read_user"])
    for nick in ("nina", "noah"):
        app_session.users.create_user(NewUser("Sam", nick.title(), nick, f"{nick}@example.com", night.id))
    page.panel.refresh()
    select(page, "Auditor")  # unused: plain Delete, no move
    assert not page.move_delete_button.isEnabled()
    select(page, "Night")
    assert page.move_delete_button.isEnabled() and not page.delete_button.isEnabled()

    seen = answer_next_modal(lambda d: d.cancel_button.click())  # Cancel changes nothing
    qtbot.mouseClick(page.move_delete_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "Night" in row_labels(page)

    seen = answer_next_modal(choose_role("Auditor"))
    qtbot.mouseClick(page.move_delete_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert "Night" not in row_labels(page)
    auditor = next(r for r in page.panel.model.loaded_rows() if r.label == "Auditor")
    assert auditor.user_count == 2
    assert events(app_session, "role.destroyed")[0].changes["label"] == {"from": "Night", "to": None}


def test_moving_to_a_role_one_may_not_grant_is_refused(qtbot, app_session: AppSession) -> None:
    lead = session_with_role(
        app_session, "Role manager", ["manage_roles", "read_user", "update_user"], "lead"
    )
    night = app_session.roles.create_role("Night", ["read_user"])
    app_session.users.create_user(NewUser("Sam", "Nina", "nina", "nina@example.com", night.id))
    page = RolesPage(lead)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    select(page, "Night")
    seen = answer_next_modal(choose_role("Administrator"), close_message)
    page.move_users_and_delete_selected()
    assert len(seen) == 2 and "Administrator" in seen[1].text()
    assert "Night" in row_labels(page)
    assert app_session.roles.get_role(night.id).user_count == 1


def test_without_update_user_there_is_no_move(qtbot, app_session: AppSession) -> None:
    manager = session_with_role(app_session, "Role manager", ["manage_roles", "read_user"], "rm")
    page = RolesPage(manager)
    qtbot.addWidget(page)
    select(page, "Role manager")
    assert not page.move_delete_button.isEnabled()
