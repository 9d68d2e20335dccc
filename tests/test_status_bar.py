"""The window's status bar (database, selection, background work) and its notice banners."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from qt_helpers import wait_loaded

from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.notice_banner import NoticeBanner
from engage_desktop.views.shell.status_bar import database_place
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.progress_dialog import ProgressDialog


@pytest.fixture
def window(qtbot, app_session: AppSession, tmp_path: Path) -> MainWindow:
    role = app_session.roles.list_roles(ListQuery())[0].id
    for n in range(3):
        app_session.users.create_user(
            NewUser(
                firstname=f"Person{n}",
                lastname="Test",
                email=f"p{n}@example.com",
                nickname=f"p{n}",
                role_id=role,
            )
        )
    shown = MainWindow(app_session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_database_place_is_the_file_or_the_server_and_database() -> None:
    assert database_place("sqlite:////home/ada/engage.sqlite3") == "/home/ada/engage.sqlite3"
    assert database_place("sqlite:///relative.sqlite3") == "relative.sqlite3"
    assert (
        database_place("postgresql+psycopg://ada:***@db.acme.test:5433/engage") == "db.acme.test:5433/engage"
    )
    assert database_place("postgresql://db.acme.test/engage") == "db.acme.test/engage"


def test_status_bar_names_the_database_file(window: MainWindow, app_session: AppSession) -> None:
    label = window.status_bar.database_label
    path = database_place(app_session.database.display_url)
    assert path.endswith("engage.sqlite3")
    assert label.isVisible() and path in label.toolTip()


def test_selection_count_follows_the_current_list(window: MainWindow) -> None:
    window.show_page("users.users")
    page = window.page_widget("users.users")
    assert page is not None
    wait_loaded(page)
    panel = page.findChild(ListPanel)
    assert panel is not None and not window.status_bar.selection_label.isVisible()
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert window.status_bar.selection_label.text() == "2 selected"
    assert window.status_bar.selection_label.isVisible()

    window.show_page("users.roles")  # another list: its own selection (none yet)
    wait_loaded(window.page_widget("users.roles"))
    assert not window.status_bar.selection_label.isVisible()
    window.show_page("users.users")
    assert window.status_bar.selection_label.text() == "2 selected"


def test_busy_while_the_current_list_loads(window: MainWindow) -> None:
    page = window.page_widget(window.current_page_key() or "")
    assert page is not None
    wait_loaded(page)
    bar = window.status_bar
    assert not bar.is_busy() and not bar.work_label.isVisible()
    panel = page.findChild(ListPanel)
    assert panel is not None
    panel.refresh()  # a fetch on a worker thread
    assert bar.is_busy() and bar.work_label.text() == "Loading…" and bar.work_bar.isVisible()
    wait_loaded(page)
    assert not bar.is_busy() and not bar.work_label.isVisible()


def test_busy_while_a_job_runs(qtbot, window: MainWindow) -> None:
    release = threading.Event()
    dialog = ProgressDialog("Job", "Working", lambda _token, _report: release.wait(10), window)
    with qtbot.waitSignal(dialog.succeeded, timeout=15_000):
        dialog.start()
        assert window.status_bar.work_label.text() == "A job is running…"
        release.set()
    qtbot.waitUntil(lambda: not window.status_bar.is_busy())
    assert not window.status_bar.work_label.isVisible()


def test_keyring_fallback_is_a_dismissible_banner(qtbot, app_session: AppSession, tmp_path: Path) -> None:
    store = SecretStore(fallback_path=tmp_path / "secrets-fallback.json")
    store.uses_keyring = False  # as on a machine without a Secret Service
    session = dataclasses.replace(app_session, secrets=store)
    window = MainWindow(session, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    banner = window.notice("keyring")
    assert isinstance(banner, NoticeBanner) and banner.isVisible()
    assert str(tmp_path / "secrets-fallback.json") in banner.label.text()
    assert banner.y() >= window.header.geometry().bottom()  # under the header
    with qtbot.waitSignal(banner.dismissed):
        banner.dismiss_button.click()
    assert window.notice("keyring") is None


def test_no_banner_with_a_keyring(window: MainWindow) -> None:
    assert window.notice("keyring") is None
    assert window.findChildren(NoticeBanner) == []
