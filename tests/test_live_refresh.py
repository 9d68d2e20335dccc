"""Live refresh between workstations: a change made by another process reaches this console's list.

The other workstation is a real second process working on the same database (PostgreSQL, or the
same SQLite file), through the service layer like a console would.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Signed, _open, make_admin
from PySide6.QtCore import QSettings
from qt_helpers import wait_loaded

from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.change_feed import ANY_CHANGE, ChangeFeed
from engage_desktop.services.users.roles import RoleService
from engage_desktop.views.shell.live_refresh import install_live_refresh
from engage_desktop.views.shell.main_window import MainWindow

OTHER_WORKSTATION = textwrap.dedent(
    """
    import sys
    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.users.roles import RoleService

    url, actor, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    database = Database(url)
    ctx = ServiceContext(database.session_factory, workstation="second@tests").acting_as(actor)
    RoleService(ctx).create_role(label, ["read_user"])
    database.dispose()
    """
)


def change_elsewhere(signed: Signed, label: str) -> None:
    url = signed.db.engine.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-c", OTHER_WORKSTATION, url, str(signed.user.id), label],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Signed]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/shared.sqlite3"
    else:
        url = request.getfixturevalue("postgres_server").new_database()
    database = _open(url)
    yield make_admin(database)
    database.dispose()


def feed_for(signed: Signed) -> ChangeFeed:
    return ChangeFeed(signed.db.engine.url.render_as_string(hide_password=False))


def test_the_feed_hears_another_process_and_not_its_own_changes(shared: Signed) -> None:
    feed = feed_for(shared)
    try:
        assert feed.wait(0.2) == set()
        change_elsewhere(shared, "Made elsewhere")
        heard = feed.wait(10)
        assert heard == ({"role"} if shared.db.dialect == "postgresql" else {ANY_CHANGE})
        assert feed.wait(0.2) == set()  # heard once
        if shared.db.dialect == "postgresql":
            # This process's own change is not news to it (SQLite cannot tell whose it was).
            RoleService(shared.ctx).create_role("Made here", ["read_user"])
            assert feed.wait(0.5) == set()
    finally:
        feed.close()


ROLLED_BACK_THEN_COMMITTED = textwrap.dedent(
    """
    import sys
    from engage_desktop.db import Database
    from engage_desktop.services.core.journal import append_event

    database = Database(sys.argv[1])
    for object_type, keep in (("role", False), ("team", True)):
        with database.session_factory() as session:
            append_event(session, "x.changed", user_id=None, user_label="t", workstation="w",
                         object_type=object_type)
            session.flush()
            session.commit() if keep else session.rollback()
    database.dispose()
    """
)


@pytest.mark.postgres
def test_only_committed_changes_are_announced(postgres_server) -> None:
    database = _open(postgres_server.new_database())
    signed = make_admin(database)
    feed = feed_for(signed)
    try:
        url = signed.db.engine.url.render_as_string(hide_password=False)
        done = subprocess.run(
            [sys.executable, "-c", ROLLED_BACK_THEN_COMMITTED, url],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert feed.wait(10) == {"team"}
    finally:
        feed.close()
        database.dispose()


def test_the_list_on_show_refreshes_keeping_its_selection(qtbot, shared: Signed, tmp_path: Path) -> None:
    RoleService(shared.ctx).create_role("Agents", ["read_user"])
    session = AppSession(shared.db, shared.ctx, shared.user, SecretStore(fallback_path=tmp_path / "s.json"))
    window = MainWindow(session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.show_page("users.roles")
    url = shared.db.engine.url.render_as_string(hide_password=False)
    live = install_live_refresh(window, lambda: ChangeFeed(url))
    qtbot.waitUntil(live.is_listening, timeout=5000)
    panel = window.commands.panel()
    assert panel is not None
    wait_loaded(panel)
    labels = [row.label for row in panel.model.loaded_rows()]
    panel.table.selectRow(labels.index("Agents"))
    assert [row.label for row in panel.selected_rows()] == ["Agents"]

    change_elsewhere(shared, "Night shift from elsewhere")
    with qtbot.waitSignal(live.refreshed, timeout=15_000):
        pass
    qtbot.waitUntil(
        lambda: "Night shift from elsewhere" in [row.label for row in panel.model.loaded_rows()],
        timeout=10_000,
    )
    assert [row.label for row in panel.selected_rows()] == ["Agents"]

    window.close()
    assert not live.is_listening()
