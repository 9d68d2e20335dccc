"""Digital › Audit journal through the real widgets: rows newest first, the actor and event-group
filters, an event's diff and object link, the charts, verify naming the first bad row, and the
export of the filtered view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from qt_helpers import wait_loaded
from sqlalchemy import text
from test_audit import drop_append_only_triggers
from test_digital_journal import _fill

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.journal_browser import SYSTEM_ACTOR
from engage_desktop.views.digital.journal_page import JournalPage


def _page(qtbot, app_session: AppSession) -> JournalPage:  # type: ignore[no-untyped-def]
    page = JournalPage(app_session)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    wait_loaded(page)
    return page


def _filter(qtbot, page: JournalPage) -> None:  # type: ignore[no-untyped-def]
    page.apply_filters()
    wait_loaded(page)


def test_filters_diff_and_object_link(qtbot, app_session: AppSession, sqlite_admin) -> None:  # type: ignore[no-untyped-def]
    _fill(sqlite_admin, 60)
    page = _page(qtbot, app_session)
    model = page.panel.model
    seqs = [model.row_at(i).seq for i in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and model.total() >= 60

    page.panel.search_edit.setText("task.*")
    page.actor_combo.setCurrentIndex(page.actor_combo.findData(sqlite_admin.user.id))
    _filter(qtbot, page)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows and all(r.name == "task.assigned" and r.user_label == "ada" for r in rows)

    page.panel.table.selectRow(0)
    assert page.detail.diff.rowCount() == 1
    assert page.detail.diff.item(0, 0).text() == "nickname"
    assert page.detail.diff.item(0, 1).text().startswith("a") and page.detail.diff.item(
        0, 2
    ).text().startswith("b")
    assert "task.assigned" in page.detail.header.text()
    page.detail._follow(f"user|{rows[0].object_id}")
    wait_loaded(page)
    assert page.object_id_edit.text() == rows[0].object_id
    assert all(model.row_at(i).object_id == rows[0].object_id for i in range(model.rowCount()))

    page.clear_filters()
    page.actor_combo.setCurrentIndex(page.actor_combo.findData(SYSTEM_ACTOR))
    _filter(qtbot, page)
    assert all(model.row_at(i).user_id is None for i in range(model.rowCount()))

    page.side.setCurrentWidget(page.charts)
    qtbot.waitUntil(lambda: not page.charts.busy and bool(page.charts.actors), timeout=10_000)
    assert {p.label for p in page.charts.actors} == {"", "system"}  # both are events without a user


def test_verify_names_the_first_bad_row(qtbot, app_session: AppSession, sqlite_admin) -> None:  # type: ignore[no-untyped-def]
    _fill(sqlite_admin, 20)
    drop_append_only_triggers(sqlite_admin.db)
    with sqlite_admin.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET name = 'user.hidden' WHERE seq = 7"))
    page = _page(qtbot, app_session)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.result_box is not None and page.result_box.isVisible(), timeout=20_000)
    box = page.result_box
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Critical
    assert "#7" in box.text()
    box.close()


def test_export_of_the_filtered_view(qtbot, app_session: AppSession, sqlite_admin, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(sqlite_admin, 25)
    page = _page(qtbot, app_session)
    page.panel.search_edit.setText("role.updated")
    _filter(qtbot, page)
    expected = page.panel.model.total()
    page.export_button.click()
    dialog = page.export_dialog
    assert dialog is not None and dialog.choice.name == "journal"  # type: ignore[attr-defined]
    dialog.file_edit.setText(str(tmp_path / "journal.csv"))  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.saved, timeout=20_000):  # type: ignore[attr-defined]
        dialog.save_button.click()  # type: ignore[attr-defined]
    lines = (tmp_path / "journal.csv").read_text().splitlines()
    assert len(lines) == expected + 1 and all(",role.updated," in line for line in lines[1:])
