"""Users › Roles, what the issue asked to finish: how many users hold a role (list, editor), no delete
of a role in use, permissions of extensions that are off hidden everywhere, duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import update
from test_roles_page import open_editor, page, role_id, row_labels, select

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
    for label, hint in (
        ("Agent", "Given to 3 users."),
        ("Administrator", "Given to 1 user."),
        ("Auditor", "Given to no user yet."),
    ):
        editor = RoleEditorDialog(app_session, role_id(app_session, label), page)
        qtbot.addWidget(editor)
        assert hint in [w.text() for w in editor.form.findChildren(QLabel) if w.objectName() == "hintLabel"]
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
    assert editor.hidden_label.text() == (
        "3 permissions of extensions that are off are hidden; the role keeps them as they are."
    )


def test_an_unused_role_can_be_deleted_and_its_button_says_so(page: RolesPage, qtbot) -> None:
    select(page, "Auditor")
    assert page.delete_button.isEnabled()
    assert page.delete_button.toolTip() == "Delete the selected role"
    select(page, "Administrator")
    assert page.delete_button.isEnabled()  # clicking it explains (see test_roles_page)
    assert page.delete_button.toolTip() == "Given to users: give them another role first"
    assert "Administrator" in row_labels(page)


def test_duplicate_keeps_the_users_column_at_zero(page: RolesPage, qtbot, app_session: AppSession) -> None:
    select(page, "Administrator")
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert dialog is not None
    dialog.label_edit.setText("Deputy administrator")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    copy = next(r for r in page.panel.model.loaded_rows() if r.label == "Deputy administrator")
    admin = next(r for r in page.panel.model.loaded_rows() if r.label == "Administrator")
    assert (copy.permission_count, copy.user_count) == (admin.permission_count, 0)
