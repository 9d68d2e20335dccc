"""Agent tools pages through the real widgets: the entry editor's HTML preview (sanitised), its
duplicate-shortcut warning and save; the import dialog's mapping, preview with problems and
import; the extension switch."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from agent_tools_helpers import PNG, add_entries, set_reply_assistant, text_entry
from conftest import Signed
from qt_helpers import wait_loaded

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.views.agent_tools.entry_editor import EntryEditorDialog
from engage_desktop.views.agent_tools.entry_import_dialog import MAPPING_STEP, PREVIEW_STEP, EntryImportDialog
from engage_desktop.views.agent_tools.reply_assistant_page import ReplyAssistantPage


@pytest.fixture
def page(qtbot, app_session: AppSession) -> ReplyAssistantPage:
    widget = ReplyAssistantPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    wait_loaded(widget)
    return widget


def signed(session: AppSession) -> Signed:
    return Signed(session.database, session.ctx, session.user)


def test_editor_previews_sanitised_html_and_saves(
    page: ReplyAssistantPage, qtbot, app_session: AppSession
) -> None:
    add_entries(signed(app_session), text_entry("Money back", shortcuts=("#refund",)))
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, EntryEditorDialog)
    editor.label_edit.setText("Refund policy")
    editor.shortcuts_edit.setText("#refund #late")
    editor.check_shortcuts()
    assert editor.clash_label.isVisibleTo(editor)
    assert "“#refund” is also a shortcut of: Money back" in editor.clash_label.text()

    versions = editor.versions_editor
    versions.format_combo.setCurrentIndex(versions.format_combo.findData("html"))
    versions.source_mode.setChecked(True)
    versions.plain_edit.setPlainText(
        '<p>Refunds take <b>5 days</b>.</p><img src="x" onerror="alert(1)"><script>alert(2)</script>'
    )
    versions.update_preview()
    preview = versions.preview.toHtml()
    assert "5 days" in versions.preview.toPlainText()
    assert "alert" not in preview and "onerror" not in preview
    assert "font-weight" in preview or "<b>" in preview  # bold survives the sanitiser
    versions.add_attachment("logo.png", PNG)
    assert (
        "logo.png" in versions.attachment_list.item(0).text()
        and "image/png" in versions.attachment_list.item(0).text()
    )

    editor.save_button.click()
    assert editor.result() == editor.DialogCode.Accepted
    service = app_session.reply_assistant
    (row,) = service.list_entries(ListQuery(search="refund policy"))
    detail = service.get_entry(row.id)
    assert detail.shortcuts == ("#refund", "#late")
    assert detail.versions[0].format == "html" and "onerror" not in detail.versions[0].body
    assert detail.versions[0].attachments[0].filename == "logo.png"


def test_editor_shows_a_version_problem_and_stays_open(page: ReplyAssistantPage) -> None:
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, EntryEditorDialog)
    editor.label_edit.setText("Empty")
    editor.save_button.click()  # the first version has no text
    assert editor.isVisible()
    assert "Version 1" in editor.form.form_error_label.text()


def test_editing_an_entry_loads_its_versions(page: ReplyAssistantPage, app_session: AppSession) -> None:
    add_entries(signed(app_session), text_entry("Hours", "Open 9 to 5"))
    page.panel.refresh()
    wait_loaded(page)
    page.panel.table.selectRow(0)
    page.edit_button.click()
    editor = page.editor
    assert isinstance(editor, EntryEditorDialog)
    assert editor.label_edit.text() == "Hours"
    assert editor.versions_editor.plain_edit.toPlainText() == "Open 9 to 5"
    assert editor.versions_editor.preview.toPlainText() == "Open 9 to 5"


def test_import_maps_columns_previews_problems_and_imports(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        [
            ["Titre", "Langue", "Texte", "Format"],
            ["Hello", "en", "<p onclick='x()'>Hi</p>", "html"],
            ["", "en", "no label", "text"],
            ["Bonjour", "zz", "Salut", "text"],
        ]
    )
    path = tmp_path / "entries.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    dialog = EntryImportDialog(app_session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    dialog.next_button.click()
    assert dialog.steps.currentIndex() == MAPPING_STEP
    # French headers: only "Format" is guessed, the user maps the others
    assert dialog.mapping() == {"format": 3}
    dialog.next_button.click()
    assert "label, language, body" in dialog.error_label.text()
    for column, index in (("label", 0), ("language", 1), ("body", 2), ("format", 3)):
        combo = dialog.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(index))
    dialog.next_button.click()
    assert dialog.steps.currentIndex() == PREVIEW_STEP
    wait_loaded(dialog)
    model = dialog.lines_panel.model
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert [r.line for r in rows] == [2, 3, 4]
    assert rows[1].problems and "label is missing" in str(rows[1].problems[0])
    assert "“zz”" in str(rows[2].problems[0])
    dialog.lines_panel.table.selectRow(0)
    assert "onclick" in dialog.detail.toPlainText()  # the sanitiser's change, as a diff

    dialog.next_button.click()  # all or nothing: refused
    assert "nothing was imported" in dialog.error_label.text()
    dialog.all_or_nothing.setChecked(False)
    dialog.next_button.click()
    assert dialog.import_result is not None and dialog.import_result.created == 1
    assert [r.label for r in app_session.reply_assistant.list_entries(ListQuery())] == ["Hello"]


def test_page_says_when_the_extension_is_off(qtbot, app_session: AppSession) -> None:
    set_reply_assistant(signed(app_session), False)
    widget = ReplyAssistantPage(app_session)
    qtbot.addWidget(widget)
    assert widget.panel is None and "switched off" in widget.off_label.text()


def test_an_untouched_html_version_saves_unchanged_and_rich_edits_are_kept(
    page: ReplyAssistantPage, app_session: AppSession
) -> None:
    from agent_tools_helpers import events

    from engage_desktop.services.agent_tools.entries import EntryForm, VersionForm

    body = "<p>Refunds take <b>5 days</b>.</p>"
    entry = app_session.reply_assistant.create_entry(
        EntryForm("Refunds", versions=(VersionForm("en", "html", body),))
    )
    page.panel.refresh()
    wait_loaded(page)
    page.open_entry(app_session.reply_assistant.list_entries(ListQuery())[0])
    editor = page.editor
    assert isinstance(editor, EntryEditorDialog)
    versions = editor.versions_editor
    assert versions.body_stack.currentWidget() is versions.rich_edit
    editor.save_button.click()
    assert app_session.reply_assistant.get_entry(entry.id).versions[0].body == body
    assert events(signed(app_session), "reply_assistant_knowledge_base_version.updated") == []

    page.open_entry(app_session.reply_assistant.list_entries(ListQuery())[0])
    editor = page.editor
    assert isinstance(editor, EntryEditorDialog)
    rich = editor.versions_editor.rich_edit
    cursor = rich.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    rich.setTextCursor(cursor)
    rich.insertPlainText(" Thanks!")
    editor.save_button.click()
    saved = app_session.reply_assistant.get_entry(entry.id).versions[0].body
    assert "Thanks!" in saved and "5 days" in saved and "-qt-" not in saved
