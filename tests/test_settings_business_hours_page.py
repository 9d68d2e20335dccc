"""Settings › Business hours through the real widgets and a real SQLite database: create a sheet
with the week preview following the typed hours, the open check, field errors, import, delete."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from test_roles_page import events
from test_widgets import answer_next_modal, click_destructive, close_message

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.business_hours_page import BusinessHoursPage
from engage_desktop.views.settings.time_sheet_editor import TimeSheetDialog


@pytest.fixture
def page(qtbot, app_session: AppSession) -> BusinessHoursPage:
    widget = BusinessHoursPage(app_session)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def labels(page: BusinessHoursPage) -> list[str]:
    wait_loaded(page)
    return [row.label for row in page.panel.model.loaded_rows()]


def open_editor(page: BusinessHoursPage, qtbot) -> TimeSheetDialog:
    editor = page.editor
    assert isinstance(editor, TimeSheetDialog)
    qtbot.waitExposed(editor)
    return editor


def test_create_a_sheet_with_preview_and_open_check(
    page: BusinessHoursPage, qtbot, app_session: AppSession, tmp_path
) -> None:
    assert labels(page) == []
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = open_editor(page, qtbot)
    qtbot.keyClicks(editor.label_edit, "Paris office")
    editor.zone_combo.setCurrentText("Europe/Paris")
    editor.day_edits["monday"].setText("0900-1230,1400-1800")
    editor.holidays_edit.setPlainText("2026-12-25,Christmas")
    editor.monday = datetime(2026, 12, 21).date()
    editor.refresh_preview()
    days = editor.preview._days
    assert len(days[0][1]) == 2 and days[4][2] == "Christmas" and days[5][1] == []
    assert "Fri" in editor.preview.describe() and "Christmas" in editor.preview.describe()

    editor.set_check_time(datetime(2026, 12, 21, 13, 0))
    assert editor.check_result.text().startswith("No; opens 2026-12-21 14:00")
    editor.set_check_time(datetime(2026, 12, 21, 15, 0))
    assert editor.check_result.text() == "Yes, open."
    editor.set_check_time(datetime(2026, 12, 25, 10, 0))
    assert "Christmas" in editor.check_result.text()

    editor.day_edits["tuesday"].setText("9-5")
    assert editor.preview_problem.isVisible()
    editor.save_button.click()
    assert editor.form.error_label("tuesday").text()
    editor.day_edits["tuesday"].setText("0900-1700")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    assert labels(page) == ["Paris office"]
    assert events(app_session, "time_sheet.created")

    ics = tmp_path / "holidays.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:New Year\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    page.panel.table.selectRow(0)
    texts: list[str] = []
    answer_next_modal(lambda box: (texts.append(box.text()), close_message(box)))
    page.import_file(page.panel.current_row(), ics)
    assert texts[0].startswith(("1 holiday(s) added", "1 holiday added"))  # a plural message
    wait_loaded(page)
    assert [r.holiday_count for r in page.panel.model.loaded_rows()] == [2]

    page.panel.table.selectRow(0)
    answer_next_modal(click_destructive)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert labels(page) == []
    assert events(app_session, "time_sheet.destroyed")
