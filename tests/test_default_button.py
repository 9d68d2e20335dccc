"""A dialog's default button stays its default after a click that fails (Enter still submits):
every form dialog, and the user picker, set it once the button sits in its dialog (form.make_default)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from qt_helpers import wait_loaded

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.users.presence_page import PresenceStatusDialog
from engage_desktop.views.users.user_picker import UserPickerDialog
from engage_desktop.views.widgets.form import make_default


def _active(qtbot, dialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_enter_saves_a_form_dialog_after_a_refused_click(qtbot, app_session: AppSession) -> None:
    editor = PresenceStatusDialog(app_session, None)
    _active(qtbot, editor)
    assert editor.save_button is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # no name: refused
    assert editor.form.error_label("name").text() == "Name is required."
    assert editor.save_button.isDefault()
    qtbot.keyClicks(editor.name_edit, "Coffee break")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert editor.result() == editor.DialogCode.Accepted
    assert any(r.name == "Coffee break" for r in app_session.presence_statuses.list_statuses(ListQuery()))


def test_the_user_picker_keeps_its_default_button(qtbot, app_session: AppSession) -> None:
    picker = UserPickerDialog(app_session, "Add members", "Add")
    _active(qtbot, picker)
    wait_loaded(picker)
    assert picker.add_button.isDefault()
    picker.table.selectRow(0)
    picker.add_button.setFocus()
    picker.search_edit.setFocus()  # the button loses focus, as after a click
    assert picker.add_button.isDefault()


def test_make_default_refuses_a_button_outside_any_dialog() -> None:
    assert QApplication.instance() is not None
    with pytest.raises(RuntimeError):
        make_default(QPushButton("Save"))
