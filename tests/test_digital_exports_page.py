"""Digital › Exports through the real widgets: unavailable types say why, the dialog's sensitive
columns start unticked, an export runs in the background and a cancel leaves no file; automated
export tasks are created, listed and deleted from the page, or the page says the extension is off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from qt_helpers import wait_loaded
from sqlalchemy import update
from test_widgets import answer_next_modal, click_destructive

from engage_desktop.models import Extension
from engage_desktop.services.app_session import AppSession
from engage_desktop.views.digital.automated_export_editor import AutomatedExportEditor
from engage_desktop.views.digital.export_dialog import ExportDialog
from engage_desktop.views.digital.exports_page import ExportsPage


def _page(qtbot, app_session: AppSession) -> ExportsPage:  # type: ignore[no-untyped-def]
    page = ExportsPage(app_session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_loaded(page)
    return page


def test_unavailable_types_say_why_and_cannot_be_run(qtbot, app_session: AppSession) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_session)
    model = page.manual.model
    rows = {model.row_at(i).name: i for i in range(model.rowCount())}
    assert len(rows) == 18
    status = model.index(rows["threads"], 3).data()
    assert "routing engine" in status
    page.manual.table.selectRow(rows["threads"])
    assert not page.export_button.isEnabled()
    page.manual.table.selectRow(rows["agents"])
    assert page.export_button.isEnabled()


def test_the_dialog_exports_in_the_background(qtbot, app_session: AppSession, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(app_session, export="agents")
    qtbot.addWidget(dialog)
    checked = {
        dialog.fields_model.item(i).data(Qt.ItemDataRole.UserRole): dialog.fields_model.item(i).checkState()
        for i in range(dialog.fields_model.rowCount())
    }
    assert checked["email"] == Qt.CheckState.Unchecked and checked["nickname"] == Qt.CheckState.Checked
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("excel-fr"))
    dialog.file_edit.setText(str(tmp_path / "agents.csv"))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_button.click()
    data = (tmp_path / "agents.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid;nickname;role;teams;enabled;") and b";vrai;" in data

    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("threads"))
    assert not dialog.save_button.isEnabled() and dialog.reason_label.isVisibleTo(dialog)


def test_a_task_is_created_listed_and_deleted(qtbot, app_session: AppSession, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_session)
    assert page.automated is not None
    page.new_task_button.click()
    editor = page.dialog
    assert isinstance(editor, AutomatedExportEditor)
    editor.name_edit.setText("Nightly BI")
    editor.folder_edit.setText(str(tmp_path))
    editor.save_button.click()
    wait_loaded(page)
    model = page.automated.model
    assert model.rowCount() == 1 and model.row_at(0).name == "Nightly BI"
    assert model.row_at(0).exports == ("agents",)

    page.automated.table.selectRow(0)
    seen = answer_next_modal(click_destructive)
    page.delete_task_button.click()
    assert "Nightly BI" in seen[0].text()
    wait_loaded(page)
    assert model.rowCount() == 0


def test_with_the_extension_off_the_tab_says_so(qtbot, app_session: AppSession) -> None:  # type: ignore[no-untyped-def]
    with app_session.database.session_factory() as db, db.begin():
        db.execute(update(Extension).where(Extension.name == "automated_exports").values(enabled=False))
    page = _page(qtbot, app_session)
    assert page.automated is None and page.off_label is not None
    assert "Settings › Extensions" in page.off_label.text()


def test_the_console_runs_due_tasks_in_the_background(qtbot, app_session: AppSession, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from engage_desktop.models import AutomaticExportTask
    from engage_desktop.services.digital.exports_automated import TaskForm
    from engage_desktop.views.digital.export_scheduler import ExportScheduler

    task_id = app_session.automatic_exports.create_task(
        TaskForm("Nightly", {"roles": ()}, hour=0, folder=str(tmp_path / "out"))
    )
    with app_session.database.session_factory() as db, db.begin():
        db.execute(
            update(AutomaticExportTask)
            .where(AutomaticExportTask.id == task_id)
            .values(created_at=datetime.now(UTC) - timedelta(days=1, hours=1))
        )
    scheduler = ExportScheduler(app_session)
    with qtbot.waitSignal(scheduler.ran, timeout=30_000) as ran:
        scheduler.check()
    outcomes = ran.args[0]  # one or two midnights (UTC) since the task was made 25 hours ago
    assert outcomes and all(o.ok for o in outcomes)
    assert len(list((tmp_path / "out").iterdir())) == len(outcomes)
    assert scheduler.holding  # this console now runs the automated exports of the database

    from engage_desktop.services.digital.exports_lock import acquire_exports_lock

    assert acquire_exports_lock(app_session.database) is None  # a second console would not
    scheduler.stop()
    assert not scheduler.holding
    lock = acquire_exports_lock(app_session.database)
    assert lock is not None
    lock.release()
    scheduler.deleteLater()
