"""Automated exports start with the console: once signed in (the real start-up path), the app's
scheduler takes the database's automated-exports lock without the Exports page being opened, and
gives it back at sign-out for the next console."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from engage_desktop.app import AppController
from engage_desktop.services.digital.exports_lock import acquire_exports_lock, lock_file
from engage_desktop.views.digital.export_scheduler import ExportScheduler


def _free(controller: AppController) -> bool:
    assert controller.database is not None
    lock = acquire_exports_lock(controller.database)
    if lock is None:
        return False
    lock.release()
    return True


def test_the_console_runs_automated_exports_from_sign_in_and_gives_the_lock_back(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = AppController(settings, is_demo=True)
    with qtbot.waitSignal(controller.main_window_shown, timeout=60_000):
        assert controller.start()
    window = controller.window
    assert window is not None
    scheduler = window.findChild(ExportScheduler, "exportScheduler")
    assert scheduler is not None and scheduler.timer.isActive()
    assert window.current_page_key() != "digital.exports"
    qtbot.waitUntil(lambda: scheduler.holding, timeout=30_000)
    assert controller.database is not None
    assert lock_file(controller.database) == Path(str(tmp_path / "demo.sqlite3") + ".automated-exports.lock")
    assert not _free(controller)  # another console on this database would not run them

    monkeypatch.setattr("engage_desktop.app.QApplication.quit", lambda: None)
    controller.sign_out()
    qtbot.waitUntil(lambda: _free(controller), timeout=30_000)
