"""The console's notification centre (real main window, real SQLite database): an event the user
chose arrives in the background, the status-bar button counts it, opening its list marks it read;
events not chosen stay silent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.time_sheets import TimeSheetForm
from engage_desktop.views.settings.notification_centre import NotificationButton
from engage_desktop.views.shell.main_window import MainWindow


def test_chosen_events_reach_the_centre(qtbot, app_session: AppSession, tmp_path: Path) -> None:
    window = MainWindow(app_session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    centre = window.notification_centre
    button = window.findChild(NotificationButton)
    assert button is not None and button.text() == "Notifications"

    app_session.settings.time_sheets.create_time_sheet(TimeSheetForm("Not chosen", "UTC"))
    app_session.settings.notifications.set_my_preference("time_sheet.updated", True, False)
    sheet = app_session.settings.time_sheets.create_time_sheet(TimeSheetForm("Office", "UTC"))
    app_session.settings.time_sheets.update_time_sheet(sheet.id, TimeSheetForm("Office", "Europe/Paris"))
    centre.refresh()
    qtbot.waitUntil(lambda: centre.unread == 1, timeout=5000)
    assert [i.event for i in centre.items] == ["time_sheet.updated"]
    assert button.text() == "Notifications (1)"
    button.menu_list.aboutToShow.emit()
    assert centre.unread == 0 and button.text() == "Notifications"
    assert any("time_sheet.updated" in a.text() for a in button.menu_list.actions())
    centre.refresh()
    qtbot.waitUntil(lambda: centre._busy.acquire(blocking=False), timeout=5000)
    centre._busy.release()
    assert centre.unread == 0  # nothing new since
