"""Screenshots of the Settings section: the business-hours week preview, the security settings,
the extensions page and the locked console.

    python scripts/screenshots/settings.py [output folder]
"""

from __future__ import annotations

from datetime import date, datetime

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, show_main_window, start_app

from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.business_hours import Holiday
from engage_desktop.services.settings.time_sheets import TimeSheetForm
from engage_desktop.views.settings.business_hours_page import BusinessHoursPage
from engage_desktop.views.settings.time_sheet_editor import TimeSheetDialog

WEEK = {
    "monday": "0900-1230,1400-1800",
    "tuesday": "0900-1800",
    "wednesday": "0900-1800",
    "thursday": "0900-1800",
    "friday": "0900-1700",
    "saturday": "1000-1300",
}


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder)
        sheets = session.settings.time_sheets
        sheets.create_time_sheet(
            TimeSheetForm(
                "Paris office",
                "Europe/Paris",
                WEEK,
                (Holiday(date(2026, 12, 25), "Christmas"), Holiday(date(2027, 1, 1), "New Year's Day")),
            )
        )
        sheets.create_time_sheet(TimeSheetForm("New York desk", "America/New_York", {"monday": "0800-1600"}))
        window = show_main_window(session, folder)
        window.show_page("settings.business_hours")
        settle(app)
        page = window.page_widget("settings.business_hours")
        assert isinstance(page, BusinessHoursPage)
        row = next(r for r in sheets.list_time_sheets(ListQuery()) if r.label == "Paris office")
        page.open_sheet(row)
        editor = page.editor
        assert isinstance(editor, TimeSheetDialog)
        editor.resize(1180, 760)
        editor.monday = date(2026, 12, 21)
        editor.refresh_preview()
        editor.set_check_time(datetime(2026, 12, 21, 13, 0))
        settle(app, 0.4)
        save(editor, out / "business-hours-week.png")
        editor.reject()
        settle(app, 0.1)

        window.show_page("settings.security")
        settle(app, 0.4)
        save(window, out / "settings-security.png")

        session.settings.extensions.set_extension_enabled("video", False)
        session.settings.extensions.set_extension_enabled("co_browsing", False)
        window.show_page("settings.extensions")
        settle(app, 0.6)
        save(window, out / "settings-extensions.png")

        window.idle_lock.lock()
        settle(app, 0.4)
        save(window, out / "console-locked.png")


if __name__ == "__main__":
    main()
