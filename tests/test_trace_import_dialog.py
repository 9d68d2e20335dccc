"""Routing › Queue monitor › Import interactions… with real widgets on a real SQLite database: the
action opens the dialog, the import runs behind the progress dialog, refused lines are listed as
"line N: reason" and copied, a second import says nothing was added, the engine lock's refusal is
shown at the file, and a user without `monitor_tasks` does not see the action."""

from __future__ import annotations

from pathlib import Path

from conftest import Signed
from PySide6.QtWidgets import QApplication
from routing_engine_setup import build_world, message
from sqlalchemy import func, select
from test_queue_monitor_page import open_page
from test_roles_service import user_with_role
from test_trace_import_service import write_mixed_trace

from engage_desktop.models.interactions import Interaction
from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine import acquire_engine_lock, write_trace
from engage_desktop.views.routing.trace_import_dialog import TraceImportDialog


def _import(qtbot, dialog: TraceImportDialog, path: Path) -> None:
    dialog.path_edit.setText(str(path))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress is None and dialog.summary.isVisible(), timeout=30_000)


def _interactions(signed: Signed) -> int:
    with signed.db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Interaction)) or 0


def test_the_monitor_opens_the_import_and_it_reports_lines_and_repeats(
    qtbot, app_session: AppSession, sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=2)
    trace = write_mixed_trace(tmp_path / "day.jsonl")
    page = open_page(qtbot, app_session)
    assert page.import_button.isVisible() and page.import_button.isEnabled()
    assert page.tasks.model.rowCount() == 0

    page.import_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, TraceImportDialog) and dialog.isVisible()
    assert not dialog.import_button.isEnabled()  # no file yet
    _import(qtbot, dialog, trace)

    assert dialog.summary.text() == "Imported: 4 · already imported before: 0 · refused: 3"
    lines = dialog.error_lines()
    assert [line.split(":")[0] for line in lines] == ["line 4", "line 5", "line 7"]
    assert lines[1] == "line 5: No source “Nowhere” exists."
    assert dialog.errors.isVisible() and dialog.copy_button.isVisible()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "\n".join(lines)
    dialog.errors.item(2).setSelected(True)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == lines[2]
    assert _interactions(sqlite_admin) == 4
    # The monitor (not live here) refreshed itself: the imported messages wait as tasks.
    qtbot.waitUntil(lambda: page.tasks.model.rowCount() == 4, timeout=10_000)

    _import(qtbot, dialog, trace)

    # A plural message: "4 interaction(s)" until English's forms are translated, then "4 interactions".
    assert dialog.summary.text().startswith("Nothing new: the 4 interaction")
    assert "of this file were all imported before" in dialog.summary.text()
    assert _interactions(sqlite_admin) == 4
    dialog.reject()
    assert not dialog.isVisible()


def test_an_engine_running_elsewhere_is_shown_at_the_file(
    qtbot, app_session: AppSession, sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = write_mixed_trace(tmp_path / "day.jsonl")
    dialog = TraceImportDialog(app_session.trace_import)
    qtbot.addWidget(dialog)
    dialog.show()
    lock = acquire_engine_lock(sqlite_admin.db, holder="desk-7")
    assert lock is not None
    with lock:
        dialog.path_edit.setText(str(trace))
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.progress is None and dialog.file_error.isVisible(), timeout=30_000)
    assert "desk-7" in dialog.file_error.text()
    assert not dialog.summary.isVisible()
    assert _interactions(sqlite_admin) == 0
    dialog.path_edit.setText(str(tmp_path / "absent.jsonl"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress is None and "cannot be read" in dialog.file_error.text())


def test_the_action_is_hidden_without_monitor_tasks(qtbot, sqlite_admin: Signed) -> None:
    team_lead = user_with_role(sqlite_admin, "Team lead", ["monitor_team_tasks"], "lead")
    session = AppSession(sqlite_admin.db, team_lead.ctx, team_lead.user, SecretStore())
    page = open_page(qtbot, session)
    assert not page.import_button.isVisible()


def test_cancel_stops_the_import_and_says_what_stays(
    qtbot, app_session: AppSession, sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = tmp_path / "long.jsonl"
    write_trace(trace, [message(n) for n in range(1, 3001)])
    dialog = TraceImportDialog(app_session.trace_import)
    qtbot.addWidget(dialog)
    dialog.show()
    results: list[object] = []
    dialog.imported.connect(results.append)
    dialog.path_edit.setText(str(trace))
    dialog.import_button.click()
    assert dialog.progress is not None and not dialog.import_button.isEnabled()
    dialog.progress.cancel()
    qtbot.waitUntil(lambda: dialog.progress is None and dialog.summary.isVisible(), timeout=30_000)
    assert dialog.summary.text().startswith("Cancelled; what was imported stays.")
    assert len(results) == 1 and results[0].cancelled
    assert _interactions(sqlite_admin) == results[0].imported < 3000
    assert dialog.import_button.isEnabled()
