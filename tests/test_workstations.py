"""Settings › Workstations: who uses this database now, and no upgrade under an older console's feet."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from conftest import Signed
from qt_helpers import wait_loaded
from sqlalchemy import text, update

from engage_desktop import __version__
from engage_desktop.models import WorkstationSession, utcnow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import PermissionDenied, StorageError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.workstations import LIVE_WITHIN, WorkstationPresence, WorkstationService
from engage_desktop.services.users.service import UserService


def test_a_console_is_listed_while_it_touches_its_row(admin: Signed) -> None:
    here = WorkstationPresence(admin.ctx, "Ada Admin", workstation="desk-1")
    there = WorkstationPresence(admin.ctx, "Bob Ops", workstation="desk-2")
    here.register()
    there.register()
    service = WorkstationService(admin.ctx, own_token=here.token)

    rows = service.list_workstations(ListQuery())
    assert [(r.workstation, r.user_label, r.console_version, r.this_console) for r in rows] == [
        ("desk-1", "Ada Admin", __version__, True),
        ("desk-2", "Bob Ops", __version__, False),
    ]
    assert service.count_workstations(ListQuery(search="bob")) == 1

    # desk-2 was killed: it stops touching its row and drops out of the list.
    with admin.db.session_factory.begin() as session:
        session.execute(
            update(WorkstationSession)
            .where(WorkstationSession.token == there.token)
            .values(last_seen_at=utcnow() - LIVE_WITHIN - timedelta(seconds=1))
        )
    here.touch()
    assert [r.workstation for r in service.list_workstations(ListQuery())] == ["desk-1"]
    here.leave()
    assert service.count_workstations(ListQuery()) == 0
    here.touch()  # a console whose row was forgotten comes back
    assert service.count_workstations(ListQuery()) == 1


def test_reading_the_list_needs_update_settings(admin: Signed) -> None:
    from test_roles_service import user_with_role

    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        WorkstationService(reader.ctx).count_workstations(ListQuery())


def test_no_upgrade_while_an_older_console_is_connected(sqlite_admin: Signed) -> None:
    WorkstationPresence(sqlite_admin.ctx, "Bob Ops", workstation="old-desk").register()
    with sqlite_admin.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0013'"))
    with pytest.raises(
        StorageError, match=r"1 workstation\(s\) use this database with an older console: old-desk"
    ):
        sqlite_admin.db.upgrade()

    with sqlite_admin.db.session_factory.begin() as session:  # it went away long ago
        session.execute(update(WorkstationSession).values(last_seen_at=utcnow() - timedelta(minutes=10)))
    sqlite_admin.db._refuse_while_older_consoles_connected()  # nobody in the way now


def test_the_page_lists_the_consoles_and_marks_this_one(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from engage_desktop.views.shell.main_window import MainWindow
    from engage_desktop.views.shell.workstation_heartbeat import WorkstationHeartbeat

    WorkstationPresence(app_session.ctx, "Bob Ops", workstation="desk-2").register()
    window = MainWindow(app_session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    heartbeat = WorkstationHeartbeat(
        window, WorkstationPresence(app_session.ctx, "Ada Admin", workstation="desk-1")
    )
    qtbot.waitUntil(
        lambda: WorkstationService(app_session.ctx).count_workstations(ListQuery()) == 2, timeout=10_000
    )
    assert window.show_page("settings.workstations")
    panel = window.commands.panel()
    assert panel is not None
    wait_loaded(panel)
    model = panel.model
    names = [model.data(model.index(i, 0)) for i in range(model.rowCount())]
    assert names == ["desk-1 (this console)", "desk-2"]

    window.close()
    assert heartbeat.left
    assert [r.workstation for r in WorkstationService(app_session.ctx).list_workstations(ListQuery())] == [
        "desk-2"
    ]


def test_the_users_service_is_unaffected(admin: Signed) -> None:
    """Presence rows are not configuration: they need no journal event and leave the journal alone."""
    from engage_desktop.services.core import journal as audit

    with admin.db.session_factory() as session:
        before = audit.count_events(session, audit.JournalFilter())
    presence = WorkstationPresence(admin.ctx, "Ada Admin")
    presence.register()
    presence.touch()
    presence.leave()
    with admin.db.session_factory() as session:
        assert audit.count_events(session, audit.JournalFilter()) == before
    assert UserService(admin.ctx) is not None
