"""An open editor whose object another workstation saved says so and offers to reload."""

from __future__ import annotations

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.users.role_editor import RoleEditorDialog
from engage_desktop.views.widgets.changed_elsewhere import change_notices


def role_id(session: AppSession, label: str) -> int:
    return session.roles.create_role(label, ["read_user"]).id


def test_reload_takes_the_other_workstations_values(qtbot, app_session: AppSession) -> None:
    rid = role_id(app_session, "Night shift")
    editor = RoleEditorDialog(app_session, rid)
    qtbot.addWidget(editor)
    editor.show()
    banner = editor.changed_elsewhere
    assert not banner.isVisible()

    change_notices.heard.emit({"team"})  # something else changed: the role did not
    qtbot.wait(300)
    assert not banner.isVisible()

    loaded = editor.version
    app_session.roles.update_role(rid, "Night shift (EU)", ["read_user"], version=loaded)
    change_notices.heard.emit({"role"})
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert editor.label_edit.text() == "Night shift"  # nothing changes until asked

    banner.reload_button.click()
    assert not banner.isVisible()
    assert editor.label_edit.text() == "Night shift (EU)"
    assert editor.version is not None and loaded is not None and editor.version > loaded


def test_keep_editing_is_asked_again_only_for_a_newer_change(qtbot, app_session: AppSession) -> None:
    rid = role_id(app_session, "Weekend")
    editor = RoleEditorDialog(app_session, rid)
    qtbot.addWidget(editor)
    editor.show()
    banner = editor.changed_elsewhere
    editor.label_edit.setText("Weekend team (typed here)")

    current = app_session.roles.get_role(rid).version
    app_session.roles.update_role(rid, "Weekend (elsewhere)", ["read_user"], version=current)
    change_notices.heard.emit({"role"})
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    banner.keep_button.click()
    assert not banner.isVisible()
    assert editor.label_edit.text() == "Weekend team (typed here)"  # what was typed stays

    change_notices.heard.emit({"role"})  # the same change heard again
    qtbot.wait(300)
    assert not banner.isVisible()

    current = app_session.roles.get_role(rid).version
    app_session.roles.update_role(rid, "Weekend (again)", ["read_user"], version=current)
    change_notices.heard.emit({"role"})
    qtbot.waitUntil(banner.isVisible, timeout=5000)
