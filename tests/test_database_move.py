"""File › Move to a shared database…: the service checks who moves, the dialog shows the copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Signed
from sqlalchemy import func, select

from engage_desktop.db import Database
from engage_desktop.models import AuditEvent, Role
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.settings.database_move import DatabaseMoveService


def _source_url(signed: Signed) -> str:
    return signed.db.engine.url.render_as_string(hide_password=False)


def test_only_an_administrator_moves_the_configuration(sqlite_admin: Signed, tmp_path: Path) -> None:
    from test_roles_service import user_with_role

    settings_only = user_with_role(sqlite_admin, "Settings", ["update_settings"], "sett")
    with pytest.raises(PermissionDenied):
        DatabaseMoveService(settings_only.ctx, _source_url(sqlite_admin)).move_database(
            f"sqlite:///{tmp_path}/never.sqlite3"
        )
    assert not (tmp_path / "never.sqlite3").exists()


@pytest.mark.postgres
def test_the_move_copies_and_both_journals_say_so(sqlite_admin: Signed, postgres_server) -> None:
    target_url = postgres_server.new_database()
    report = DatabaseMoveService(sqlite_admin.ctx, _source_url(sqlite_admin)).move_database(target_url)
    target = Database(target_url)
    try:
        target.upgrade()
        with target.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(Role)) == report.rows_per_table["roles"]
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
            assert last.name == "database.copied" and "source" in last.details
    finally:
        target.dispose()
    with sqlite_admin.db.session_factory() as session:
        moved = audit.find_events(session, audit.JournalFilter(names=("database.copied",)))
    assert [e.details["to"] for e in moved] == [report.target]
    assert "@" not in report.target or ":" not in report.target.split("@")[0].split("//")[-1]  # no password


@pytest.mark.postgres
def test_the_menu_dialog_moves_with_progress(qtbot, app_session, postgres_server, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from engage_desktop.views.shell.main_window import MainWindow
    from engage_desktop.views.shell.move_database_dialog import MoveDatabaseDialog

    window = MainWindow(app_session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    action = window.commands.move_database
    assert action.isVisible()
    action.trigger()
    dialog = window.commands.last_dialog
    assert isinstance(dialog, MoveDatabaseDialog)
    dialog.move_button.click()
    assert "Enter the address" in dialog.form.error_label("address").text()

    shown: list[str] = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    try:
        dialog.address.setText(postgres_server.new_database())
        dialog.move_button.click()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    finally:
        qtbot_patch.undo()
    assert dialog.report.rows > 0 and "copied and verified" in shown[0]
