"""Reply-assistant groups (drag to reorder, editor), e-mail templates (placeholder menu, preview
with sample data, unknown placeholder named) and Signatures (the user editor's records) through the
real widgets."""

from __future__ import annotations

from dataclasses import replace

from agent_tools_helpers import add_entries, text_entry
from conftest import Signed
from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from users_helpers import build_world, quick_user

from engage_desktop.services.agent_tools.groups import GroupForm
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.records import SignatureForm
from engage_desktop.views.agent_tools.email_templates_page import EmailTemplatesPage, TemplateEditorDialog
from engage_desktop.views.agent_tools.groups_page import GroupEditorDialog, ReplyAssistantGroupsPage
from engage_desktop.views.agent_tools.signatures_page import SignatureEditorDialog, SignaturesPage


def signed(session: AppSession) -> Signed:
    return Signed(session.database, session.ctx, session.user)


def shown(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def test_groups_drag_to_reorder_and_edit_members(qtbot, app_session: AppSession) -> None:
    (entry,) = add_entries(signed(app_session), text_entry("Refunds"))
    groups = app_session.reply_assistant_groups
    for name in ("Billing", "Shipping", "Greetings"):
        groups.create_group(GroupForm(name))
    page = shown(qtbot, ReplyAssistantGroupsPage(app_session))
    table = page.panel.table
    assert page.panel.model.rowCount() == 3
    # drag "Greetings" (third row) onto the first row
    start = table.visualRect(page.panel.model.index(2, 1)).center()
    end = table.visualRect(page.panel.model.index(0, 1)).center()
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(table.viewport(), end)
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=end)
    wait_loaded(page)
    assert [g.name for g in groups.list_groups(ListQuery())] == ["Greetings", "Billing", "Shipping"]
    # keyboard: ↓ moves the selected group one place later
    table.selectRow(0)
    page.down_button.click()
    wait_loaded(page)
    assert [g.name for g in groups.list_groups(ListQuery())] == ["Billing", "Greetings", "Shipping"]

    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, GroupEditorDialog)
    editor.name_edit.setText("Money")
    editor.entries_list.set_checked([entry])
    editor.autocomplete_check.setChecked(False)
    editor.save_button.click()
    saved = next(g for g in groups.list_groups(ListQuery()) if g.name == "Money")
    assert saved.entry_count == 1 and not saved.autocomplete


def test_template_editor_inserts_placeholders_previews_and_names_an_unknown_one(
    qtbot, app_session: AppSession
) -> None:
    page = shown(qtbot, EmailTemplatesPage(app_session))
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, TemplateEditorDialog)
    editor.name_edit.setText("Answer")
    editor.subject_edit.setText("Re: ")
    editor.subject_edit.setFocus()
    editor.html_edit.setPlainText("<p>Hello </p>")
    editor._target = editor.subject_edit
    editor.insert_placeholder("customer_firstname")
    assert editor.subject_edit.text() == "Re: {{customer_firstname}}"
    editor._target = editor.html_edit
    cursor = editor.html_edit.textCursor()
    cursor.setPosition(len("<p>Hello "))
    editor.html_edit.setTextCursor(cursor)
    menu_names = [a.data() for a in editor.placeholder_menu.actions()]
    assert "quoted_message" in menu_names and "agent_signature" in menu_names
    editor.placeholder_menu.actions()[0].trigger()  # customer first name
    assert editor.html_edit.toPlainText() == "<p>Hello {{customer_firstname}}</p>"
    editor.update_preview()
    assert editor.preview.toPlainText().strip() == "Hello Chloé"
    assert editor.preview_subject.text() == "Subject: Re: Chloé"

    editor.text_edit.setPlainText("Dear {{customer_nickname}}")
    editor.update_preview()
    assert editor.preview_error.isVisibleTo(editor)
    assert "{{customer_nickname}}" in editor.preview_error.text()
    editor.save_button.click()
    assert editor.isVisible() and "{{customer_nickname}}" in editor.form.form_error_label.text()
    editor.text_edit.setPlainText("Dear {{customer_firstname}}")
    editor.save_button.click()
    assert not editor.isVisible()
    assert [t.name for t in app_session.email_templates.list_templates(ListQuery())] == ["Answer"]


def test_signatures_page_lists_and_edits_the_user_records(qtbot, app_session: AppSession) -> None:
    admin = signed(app_session)
    world = build_world(admin)
    sam = quick_user(admin, world, "sam")
    users = app_session.users
    detail = users.get_user(sam)
    users.update_user(
        sam,
        replace(detail.form, signatures=(SignatureForm("Formal", "Regards, Sam", "en"),)),
        version=detail.version,
    )
    page = shown(qtbot, SignaturesPage(app_session))
    row = page.panel.model.row_at(0)
    assert (row.user_name, row.name, row.language, row.sources) == ("Sam Tester", "Formal", "en", "")
    page.panel.table.selectRow(0)
    page.edit_button.click()
    editor = page.editor
    assert isinstance(editor, SignatureEditorDialog)
    assert editor.body_edit.toPlainText() == "Regards, Sam" and editor.user_label.text() == "Sam Tester"
    editor.body_edit.setPlainText("Best, Sam")
    editor.sources_list.set_checked([world.sources["Support mailbox"]])
    editor.save_button.click()
    assert not editor.isVisible()
    (signature,) = users.get_user(sam).form.signatures
    assert signature.body == "Best, Sam" and signature.source_ids == (world.sources["Support mailbox"],)
    wait_loaded(page)
    assert page.panel.model.row_at(0).sources == "Support mailbox"


def test_the_four_pages_open_from_the_navigation_and_hide_with_the_extension(
    qtbot, app_session: AppSession, tmp_path
) -> None:
    from agent_tools_helpers import set_reply_assistant
    from PySide6.QtCore import QSettings

    from engage_desktop.views.shell.main_window import MainWindow

    window = MainWindow(app_session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    pages = {
        "agent_tools.reply_assistant": "ReplyAssistantPage",
        "agent_tools.reply_assistant_groups": "ReplyAssistantGroupsPage",
        "agent_tools.email_templates": "EmailTemplatesPage",
        "agent_tools.signatures": "SignaturesPage",
    }
    for key, class_name in pages.items():
        assert window.show_page(key)
        assert type(window.page_widget(key)).__name__ == class_name
        wait_loaded(window)
    set_reply_assistant(signed(app_session), False)
    later = MainWindow(app_session, QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(later)
    visible = later.visible_page_keys()
    assert (
        "agent_tools.reply_assistant" not in visible and "agent_tools.reply_assistant_groups" not in visible
    )
    assert "agent_tools.email_templates" in visible and "agent_tools.signatures" in visible


def test_a_new_signature_starts_with_the_user_picker(qtbot, app_session: AppSession) -> None:
    from engage_desktop.views.users.user_picker import UserPickerDialog

    admin = signed(app_session)
    world = build_world(admin)
    sam = quick_user(admin, world, "sam")
    page = shown(qtbot, SignaturesPage(app_session))
    page.new_button.click()
    assert isinstance(page.picker, UserPickerDialog)
    page.picker.reject()
    page.new_signature_for(sam, "Sam Tester")
    editor = page.editor
    assert isinstance(editor, SignatureEditorDialog)
    assert editor.user_label.text() == "Sam Tester"
    editor.name_edit.setText("Night shift")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("fr"))
    editor.body_edit.setPlainText("Bonne nuit,\nSam")
    editor.save_button.click()
    assert not editor.isVisible()
    (signature,) = app_session.users.get_user(sam).form.signatures
    assert (signature.name, signature.language, signature.body) == ("Night shift", "fr", "Bonne nuit,\nSam")
