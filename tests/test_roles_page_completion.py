"""Users › Roles, what the issue asked to finish: how many users hold a role (list, editor), no delete
of a role in use, permissions of extensions that are off hidden everywhere, duplicate."""

from __future__ import annotations

from plural_text import plural_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from qt_helpers import wait_loaded
from sqlalchemy import update
from test_roles_page import open_editor, page, role_id, row_labels, select
from test_widgets import answer_next_modal, session_with_role

from engage_desktop.models import Extension
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.users.role_editor import RoleEditorDialog, permission_label
from engage_desktop.views.users.roles_page import RolesPage

__all__ = ["page"]


def switch_off(app_session: AppSession, extension: str) -> None:
    with app_session.database.session_factory() as db, db.begin():
        db.execute(update(Extension).where(Extension.name == extension).values(enabled=False))


def filter_labels(page: RolesPage) -> list[str]:
    combo = page.panel._filter_combos["permission"]
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_editor_says_how_many_users_hold_the_role(
    page: RolesPage, qtbot, app_session: AppSession
) -> None:
    agent = role_id(app_session, "Agent")
    for n in range(3):
        app_session.users.create_user(NewUser("A", f"Gent{n}", f"agent{n}", f"agent{n}@example.com", agent))
    for label, hints in (
        ("Agent", plural_text("Given to 3 user(s).")),
        ("Administrator", plural_text("Given to 1 user(s).")),
        ("Auditor", ("Given to no user yet.",)),
    ):
        editor = RoleEditorDialog(app_session, role_id(app_session, label), page)
        qtbot.addWidget(editor)
        shown = [w.text() for w in editor.form.findChildren(QLabel) if w.objectName() == "hintLabel"]
        assert any(hint in shown for hint in hints), (label, shown)
    page.new_role()
    editor = open_editor(page, qtbot)
    assert not any(w.text().startswith("Given to") for w in editor.form.findChildren(QLabel))


def test_permissions_of_extensions_that_are_off_are_hidden_in_the_filter_and_noted_in_the_editor(
    qtbot, app_session: AppSession
) -> None:
    fresh = RolesPage(app_session)
    qtbot.addWidget(fresh)
    assert "Manage surveys" in filter_labels(fresh)
    editor = RoleEditorDialog(app_session, role_id(app_session, "Agent"), fresh)
    qtbot.addWidget(editor)
    assert editor.hidden_label.isHidden()

    switch_off(app_session, "surveys")
    switch_off(app_session, "video")
    after = RolesPage(app_session)
    qtbot.addWidget(after)
    labels = filter_labels(after)
    assert "Manage surveys" not in labels and "Read surveys" not in labels
    assert permission_label(Permission.READ_USER) in labels
    assert "Escalate to video" not in labels
    editor = RoleEditorDialog(app_session, role_id(app_session, "Agent"), after)
    qtbot.addWidget(editor)
    assert not editor.hidden_label.isHidden()
    assert editor.hidden_label.text() in plural_text(
        "3 permission(s) of extensions that are off are hidden; the role keeps them as they are."
    )


def test_an_unused_role_can_be_deleted_and_its_button_says_so(page: RolesPage, qtbot) -> None:
    select(page, "Auditor")
    assert page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == "Delete the selected role"
    select(page, "Administrator")  # in use: Delete is off, its tooltip says why; the move is offered
    assert not page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == (
        "The role “Administrator” is given to 1 user. Give them another role before deleting it."
    )
    assert page.move_delete_button.isEnabled()
    assert "Administrator" in row_labels(page)


def test_duplicate_keeps_the_users_column_at_zero(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Administrator")
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None
    dialog.label_edit.setText("Deputy administrator")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    wait_loaded(page)
    copy = next(r for r in page.panel.model.loaded_rows() if r.label == "Deputy administrator")
    admin = next(r for r in page.panel.model.loaded_rows() if r.label == "Administrator")
    assert (copy.permission_count, copy.user_count) == (admin.permission_count, 0)


# ---- a save over a newer version -----------------------------------------------------------------
def role_edited_elsewhere(app_session: AppSession, qtbot) -> tuple[RoleEditorDialog, int]:
    """Our editor opens Auditor; another administrator then renames it and drops read_export."""
    auditor = role_id(app_session, "Auditor")
    editor = RoleEditorDialog(app_session, auditor)
    qtbot.addWidget(editor)
    other = session_with_role(app_session, "Second admins", [p.value for p in Permission], "bo")
    theirs = other.roles.get_role(auditor)
    other.roles.update_role(
        auditor, "Auditors", sorted(theirs.permissions - {"read_export"}), version=theirs.version
    )
    item = editor.permission_item("read_stats")
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    return editor, auditor


def test_role_editor_keep_mine_saves_over_their_version(app_session: AppSession, qtbot) -> None:
    editor, auditor = role_edited_elsewhere(app_session, qtbot)
    seen = answer_next_modal(lambda dialog: dialog.keep_button.click())
    assert editor.save()
    assert seen and seen[0].objectName() == "conflictDialog"
    table = seen[0].findChild(QTableWidget, "conflictTable")
    assert {table.item(r, 0).text() for r in range(table.rowCount())} == {"Label", "Permissions"}
    role = app_session.roles.get_role(auditor)
    assert role.label == "Auditor" and {"read_export", "read_stats"} <= role.permissions


def test_role_editor_take_theirs_reloads_the_role(app_session: AppSession, qtbot) -> None:
    editor, auditor = role_edited_elsewhere(app_session, qtbot)
    seen = answer_next_modal(lambda dialog: dialog.take_button.click())
    assert not editor.save()
    assert seen and seen[0].objectName() == "conflictDialog"
    assert editor.label_edit.text() == "Auditors"
    assert "read_export" not in editor.checked_permissions()
    assert "read_stats" not in editor.checked_permissions()
    assert editor.version == app_session.roles.get_role(auditor).version
    item = editor.permission_item("read_stats")
    assert item is not None
    item.setCheckState(0, Qt.CheckState.Checked)
    assert editor.save()
    role = app_session.roles.get_role(auditor)
    assert role.label == "Auditors" and "read_stats" in role.permissions
    assert "read_export" not in role.permissions


def test_role_editor_cancel_on_a_conflict_saves_nothing_and_keeps_the_form(
    app_session: AppSession, qtbot
) -> None:
    editor, auditor = role_edited_elsewhere(app_session, qtbot)
    seen = answer_next_modal(lambda dialog: dialog.cancel_button.click())
    assert not editor.save()
    assert seen and seen[0].objectName() == "conflictDialog"
    assert editor.label_edit.text() == "Auditor" and "read_stats" in editor.checked_permissions()
    role = app_session.roles.get_role(auditor)
    assert role.label == "Auditors" and "read_stats" not in role.permissions
