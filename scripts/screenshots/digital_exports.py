"""Screenshots of Digital › Exports and Audit journal: the export dialog, the journal filtered on an
actor and an event group with an event's diff open, the automated exports list, and an SFTP task's
editor with its trusted host key.

    python scripts/screenshots/digital_exports.py [output folder]
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from screenshot_kit import (
    DEMO_NOW,
    data_dir,
    new_admin_session,
    output_dir,
    save,
    settle,
    show_main_window,
    start_app,
)
from sqlalchemy import update

from engage_desktop.models import AutomaticExportTask, utcnow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core import journal as audit
from engage_desktop.services.digital.exports_automated import TaskForm
from engage_desktop.views.digital.automated_export_editor import AutomatedExportEditor
from engage_desktop.views.digital.export_dialog import ExportDialog
from engage_desktop.views.digital.exports_page import ExportsPage
from engage_desktop.views.digital.journal_page import JournalPage

PEOPLE = ("bea", "chloe", "dan", "emma")


def seed(workdir: Path) -> AppSession:
    session = new_admin_session(workdir)
    # Demo history only (the services stamp "now"): a few weeks of the team's work.
    with session.database.session_factory() as db, db.begin():
        for i in range(400):
            who = PEOPLE[i % len(PEOPLE)] if i % 5 else "ada"
            name = ("user.updated", "role.updated", "task.assigned", "category.created", "user.created")[
                i % 5
            ]
            audit.append_event(
                db,
                name,
                user_id=session.user.id if who == "ada" else None,
                user_label=who,
                workstation=f"{who}@northwind-{i % 3 + 1}",
                object_type=name.split(".")[0],
                object_id=f"{4000 + i % 37}",
                changes={
                    "role": {"from": "Agent", "to": "Supervisor"},
                    "teams": {"added": ["VIP care"], "removed": ["Tier 1"]},
                    "timezone": {"from": "Europe/London", "to": "Europe/Paris"},
                }
                if name == "user.updated"
                else {"label": {"from": None, "to": f"Item {i}"}},
                details={"content_source_id": "5f1c0a" if i % 7 == 0 else None}
                if name == "task.assigned"
                else {},
                created_at=DEMO_NOW - timedelta(hours=(400 - i) * 1.7),
            )
    tasks = session.automatic_exports
    tasks.create_task(
        TaskForm(
            "Nightly BI",
            {"agents": (), "journal": (), "categories": ()},
            schedule="daily",
            hour=2,
            window="day",
            zip_files=True,
            file_pattern="{label}_{year}{month}{day}",
            destination="sftp",
            sftp_host="bi.northwind.example",
            sftp_user="exports",
            sftp_directory="/incoming/engage",
            secret="demo-only",
            sftp_host_key="SHA256:NNpQHJAGJDwyhLfqxvTioFP+2wGzIImxEFxfG9TOiwg",
        )
    )
    tasks.create_task(
        TaskForm(
            "Monday roles audit",
            {"roles": (), "agents_permissions": ()},
            schedule="monday",
            hour=7,
            window="complete",
            format="excel-en",
            folder="/srv/audit/engage",
        )
    )
    with session.database.session_factory() as db, db.begin():
        db.execute(
            update(AutomaticExportTask)
            .where(AutomaticExportTask.name == "Nightly BI")
            .values(
                last_status="ok",
                last_attempt_at=DEMO_NOW - timedelta(hours=9),
                last_slot_at=utcnow(),
            )
        )
        db.execute(
            update(AutomaticExportTask)
            .where(AutomaticExportTask.name == "Monday roles audit")
            .values(
                last_status="failed",
                last_attempt_at=DEMO_NOW - timedelta(days=1),
                last_error="Permission denied (/srv/audit)",
                last_slot_at=utcnow(),  # nothing due while the pictures are taken
            )
        )
    return session


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = seed(folder)
        window = show_main_window(session, folder, (1400, 820))

        window.show_page("digital.exports")
        settle(app, 0.5)
        page = window.page_widget("digital.exports")
        assert isinstance(page, ExportsPage)
        dialog = ExportDialog(session, window, export="agents")
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("excel-fr"))
        dialog.window_combo.setCurrentIndex(dialog.window_combo.findData("week"))
        dialog.file_edit.setText("/home/ada/Exports/agents.csv")
        dialog.resize(640, 640)
        dialog.show()
        settle(app, 0.4)
        save(dialog, out / "export-dialog.png")
        dialog.reject()

        page.tabs.setCurrentIndex(1)
        settle(app, 0.6)
        save(window, out / "automated-exports.png")
        [nightly] = [row for row in session.automatic_exports.list_tasks() if row.name == "Nightly BI"]
        editor = AutomatedExportEditor(session, nightly, window)
        editor.resize(720, 980)
        editor.show()
        settle(app, 0.4)
        save(editor, out / "automated-export-sftp-host-key.png")
        editor.reject()

        window.show_page("digital.journal")
        settle(app, 0.5)
        journal = window.page_widget("digital.journal")
        assert isinstance(journal, JournalPage)
        journal.panel.search_edit.setText("user.*")
        journal.actor_combo.setCurrentIndex(journal.actor_combo.findText("ada"))
        journal.apply_filters()
        settle(app, 0.8)
        journal.panel.table.selectRow(1)
        settle(app, 0.4)
        save(window, out / "journal-filtered-diff.png")
        journal.clear_filters()
        settle(app, 0.8)
        journal.panel.table.clearSelection()
        journal.side.setCurrentWidget(journal.charts)
        settle(app, 1.5)
        save(window, out / "journal-volume-charts.png")


if __name__ == "__main__":
    main()
