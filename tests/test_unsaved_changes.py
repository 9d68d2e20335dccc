"""Closing an editor with unsaved changes asks first (FormDialog, so every editor; and the channel
wizard): Escape, Cancel and the window's button all ask; Enter and Escape in the question keep editing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_sources_page import open_wizard, page, seeded  # noqa: F401  (fixtures)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.channels.sources_page import SourcesPage
from engage_desktop.views.users.presence_page import PresenceStatusDialog
from engage_desktop.views.users.role_editor import RoleEditorDialog
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog


def prompt_of(dialog) -> ConfirmDialog | None:
    prompt = dialog.unsaved.prompt
    return prompt if prompt is not None and prompt.isVisible() else None


@pytest.fixture
def editor(qtbot, app_session: AppSession) -> PresenceStatusDialog:
    dialog = PresenceStatusDialog(app_session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_unchanged_editor_closes_at_once(editor: PresenceStatusDialog) -> None:
    editor.reject()
    assert not editor.isVisible() and editor.result() == editor.DialogCode.Rejected
    assert prompt_of(editor) is None


def test_escape_with_changes_asks_and_keep_editing_keeps_them(qtbot, editor: PresenceStatusDialog) -> None:
    qtbot.keyClicks(editor.name_edit, "Lunch")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    prompt = prompt_of(editor)
    assert prompt is not None and prompt.objectName() == "unsavedChangesPrompt"
    assert editor.isVisible()
    assert prompt.defaultButton() is prompt.cancel_button  # Enter keeps editing
    prompt.cancel_button.click()
    qtbot.waitUntil(lambda: prompt_of(editor) is None)
    assert editor.isVisible() and editor.name_edit.text() == "Lunch"

    editor.close()  # the window's close button asks too
    prompt = prompt_of(editor)
    assert prompt is not None
    prompt.destructive_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.result() == editor.DialogCode.Rejected


def test_a_change_undone_is_no_change(qtbot, editor: PresenceStatusDialog) -> None:
    editor.maps_to_combo.setCurrentIndex(1)
    editor.maps_to_combo.setCurrentIndex(0)
    qtbot.keyClicks(editor.name_edit, "x")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Backspace)
    editor.reject()
    assert not editor.isVisible() and prompt_of(editor) is None


def test_saving_closes_without_asking(qtbot, editor: PresenceStatusDialog, app_session: AppSession) -> None:
    qtbot.keyClicks(editor.name_edit, "Coffee break")
    assert editor.save()
    assert not editor.isVisible() and prompt_of(editor) is None
    assert any(r.name == "Coffee break" for r in app_session.presence_statuses.list_statuses(ListQuery()))


def test_a_checkbox_list_counts_as_a_field(qtbot, app_session: AppSession) -> None:
    """The role editor's permissions are check boxes in a tree: ticking one is a change."""
    role = app_session.roles.list_roles(ListQuery())[0]
    dialog = RoleEditorDialog(app_session, role.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.unsaved.changed()
    qtbot.keyClicks(dialog.search_edit, "user")  # filtering the tree changes nothing
    assert not dialog.unsaved.changed()
    item = next(
        dialog.tree.topLevelItem(0).child(i)
        for i in range(dialog.tree.topLevelItem(0).childCount())
        if dialog.tree.topLevelItem(0).child(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
    )
    was = item.checkState(0)
    item.setCheckState(0, Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked)
    assert dialog.unsaved.changed()
    item.setCheckState(0, was)
    assert not dialog.unsaved.changed()


def test_the_channel_wizard_asks_once_its_form_was_changed(qtbot, page: SourcesPage) -> None:  # noqa: F811
    wizard = open_wizard(page, qtbot)
    wizard.choose_type("facebook")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.form is not None
    assert not wizard.unsaved.changed()  # a type chosen is not worth a question
    qtbot.keyClicks(wizard.form.name_edit, "Acme Outlet")
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    prompt = wizard.unsaved.prompt
    assert prompt is not None and wizard.isVisible()
    prompt.destructive_button.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert QApplication.activeModalWidget() is not prompt
