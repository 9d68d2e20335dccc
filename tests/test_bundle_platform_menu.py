"""File › Plan and apply to a platform account… (and Pull…) on real widgets, a real SQLite file
with the demo configuration and the platform stand-in over a real socket: the plan is computed off
the GUI thread and shown before anything is sent, applying journals `bundle.applied`, planning again
says there is nothing to change, and an actor without the permissions is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Signed
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_roles_service import user_with_role

from engage_desktop.secrets import SecretStore, platform_token, save_platform_token
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.bundle_format import load_bundle
from engage_desktop.services.bundles.local_configuration import read_local_configuration
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core import journal as audit
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.views.bundles.platform_menu import PlatformCommands
from engage_desktop.views.shell.main_window import MainWindow

TOKEN = "menu-token"


@pytest.fixture
def stand_in() -> Iterator[StandInThread]:
    with StandInThread(token=TOKEN, rate_limit=100_000) as server:
        yield server


def events(signed: Signed | AppSession, name: str) -> list[dict[str, Any]]:
    """Details of the journal's `name` events, oldest first."""
    with signed.ctx.session_factory() as session:
        found = audit.find_events(session, audit.JournalFilter(names=(name,)), limit=20)
        return [dict(event.details or {}) for event in reversed(found)]


def open_window(qtbot: QtBot, session: AppSession, tmp_path: Path) -> MainWindow:
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.commands.bundle_actions.platform.max_rate = 90_000
    return window


def file_action(window: MainWindow, name: str) -> QAction:
    (action,) = [a for a in window.commands.menus["fileMenu"].actions() if a.objectName() == name]
    return action


def platform(window: MainWindow) -> PlatformCommands:
    return window.commands.bundle_actions.platform


def stored(server: StandInThread) -> dict[str, int]:
    with server.state.lock:
        return {name: len(records) for name, records in server.state.store.items() if records}


def test_plan_the_demo_configuration_apply_it_then_nothing_to_change(
    qtbot: QtBot, app_session: AppSession, stand_in: StandInThread, tmp_path: Path
) -> None:
    load_demo_data(app_session.ctx.acting_as(None), users=30)
    local = read_local_configuration(app_session.ctx)
    made_by_platform = stand_in.state.seed(local)  # a fresh account: what only the platform makes
    assert made_by_platform > 0
    window = open_window(qtbot, app_session, tmp_path)
    commands = platform(window)
    action = file_action(window, "planApplyPlatformAction")
    assert action.isEnabled() and action.text().replace("&", "") == "Plan and apply to a platform account…"

    action.trigger()
    source = commands.source_dialog
    assert source is not None and source.isVisible() and source.local_choice.isChecked()
    source.account.setText(stand_in.base_url)
    qtbot.mouseClick(source.plan_button, Qt.MouseButton.LeftButton)
    connection = commands.connection_dialog  # no token kept for this account yet
    assert connection is not None and connection.isVisible()
    assert connection.url.text() == stand_in.base_url and connection.token.text() == ""
    assert connection.token.echoMode() == connection.token.EchoMode.Password
    connection.token.setText(TOKEN)
    qtbot.mouseClick(connection.save_button, Qt.MouseButton.LeftButton)
    assert platform_token(stand_in.base_url) == TOKEN and connection.token.text() == ""

    qtbot.waitUntil(lambda: commands.apply_dialog is not None, timeout=60_000)
    dialog = commands.apply_dialog
    assert dialog is not None and dialog.isVisible()
    assert stand_in.state.writes() == []  # shown for review: nothing sent yet
    assert dialog.plan.steps and dialog.plan.base_url == stand_in.base_url
    assert "to create" in dialog.steps_view.toPlainText()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=120_000)
    assert dialog.result_label.text().startswith(f"Applied {len(dialog.plan.steps)} calls;")
    held = stored(stand_in)
    for name in ("roles", "teams", "tags", "categories"):
        if local.get(name):
            assert held.get(name, 0) >= len(local[name]), name
    (applied,) = events(app_session, "bundle.applied")
    assert applied["url"] == stand_in.base_url and applied["cancelled"] is False
    assert applied["created"] + applied["updated"] + applied["deleted"] == len(dialog.plan.steps)
    (connected,) = events(app_session, "platform_account.connected")
    assert TOKEN not in str(connected)
    dialog.close()

    writes = len(stand_in.state.writes())
    action.trigger()
    again = commands.source_dialog
    assert again is not None and again is not source and again.account_url() == stand_in.base_url
    qtbot.mouseClick(again.plan_button, Qt.MouseButton.LeftButton)
    assert commands.connection_dialog is connection  # the kept token: no dialog this time
    qtbot.waitUntil(lambda: commands.message is not None, timeout=60_000)
    assert commands.message is not None
    assert commands.message.text() == (
        f"Nothing to change: the account {stand_in.base_url} already matches this database's configuration."
    )
    assert len(stand_in.state.writes()) == writes
    assert len(events(app_session, "bundle.planned")) == 2


def test_plan_a_bundle_folder_and_pull_the_account_back(
    qtbot: QtBot, app_session: AppSession, stand_in: StandInThread, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle"
    app_session.bundles.export_bundle(bundle)
    window = open_window(qtbot, app_session, tmp_path)
    commands = platform(window)
    save_platform_token(stand_in.base_url, TOKEN)
    file_action(window, "planApplyPlatformAction").trigger()
    source = commands.source_dialog
    assert source is not None
    source.bundle_path.setText(str(tmp_path / "missing"))
    source.bundle_choice.setChecked(True)
    source.account.setText(stand_in.base_url)
    qtbot.mouseClick(source.plan_button, Qt.MouseButton.LeftButton)
    assert source.isVisible() and source.error.text() == "Choose an existing bundle folder or .zip file."
    source.bundle_path.setText(str(bundle))
    qtbot.mouseClick(source.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: commands.apply_dialog is not None, timeout=60_000)
    dialog = commands.apply_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)

    pulled = tmp_path / "pulled"
    commands.start_pull(pulled, stand_in.base_url)
    qtbot.waitUntil(lambda: commands.message is not None, timeout=60_000)
    assert commands.message is not None and str(pulled) in commands.message.text()
    assert load_bundle(pulled).resources["roles"]
    assert [e["path"] for e in events(app_session, "bundle.pulled")] == [str(pulled)]


def test_an_actor_without_the_permissions_sees_the_commands_disabled_and_is_refused(
    qtbot: QtBot, sqlite_admin: Signed, stand_in: StandInThread, tmp_path: Path
) -> None:
    viewer = user_with_role(sqlite_admin, "Settings only", ["update_settings"], "viewer")
    session = AppSession(viewer.db, viewer.ctx, viewer.user, SecretStore())
    window = open_window(qtbot, session, tmp_path)
    commands = platform(window)
    for name in ("planApplyPlatformAction", "pullPlatformAction"):
        action = file_action(window, name)
        assert action.isVisible() and not action.isEnabled()
        assert "Only an administrator" in action.toolTip() and "Manage roles" in action.toolTip()

    # The service refuses anyway: keeping a token, and planning with one kept by someone else.
    commands.start_plan(None, stand_in.base_url)
    connection = commands.connection_dialog
    assert connection is not None
    connection.token.setText(TOKEN)
    qtbot.mouseClick(connection.save_button, Qt.MouseButton.LeftButton)
    assert connection.isVisible() and "manage" in connection.error.text().lower()
    assert platform_token(stand_in.base_url) is None
    connection.reject()

    save_platform_token(stand_in.base_url, TOKEN)
    commands.start_plan(None, stand_in.base_url)
    qtbot.waitUntil(lambda: commands.message is not None, timeout=60_000)
    assert commands.message is not None and commands.message.windowTitle() == "Not allowed"
    assert commands.apply_dialog is None and stand_in.state.request_log == []
    assert events(sqlite_admin, "bundle.planned") == []


@pytest.mark.parametrize(
    ("url", "token", "problem"),
    [
        ("ftp://example.com/1.0", TOKEN, "Give the account's API address"),
        ("https://exa\x00mple.com/1.0", TOKEN, "Give the account's API address"),
        ("https:///1.0", TOKEN, "Give the account's API address"),
        ("https://example.com/1.0", "", "Give the account's API access token."),
        ("https://example.com/1.0", "abc\x00def", "This is not an API access token"),
        ("https://example.com/1.0", "abc def", "This is not an API access token"),
        (
            "https://example.com/1.0",
            "abc\ufffddef",
            "This is not an API access token",
        ),  # what Qt makes of junk
        ("https://example.com/1.0", "x" * 1_000_000, "This is not an API access token"),
    ],
)
def test_the_connection_dialog_refuses_hostile_input_and_keeps_nothing(
    qtbot: QtBot, app_session: AppSession, tmp_path: Path, url: str, token: str, problem: str
) -> None:
    window = open_window(qtbot, app_session, tmp_path)
    commands = platform(window)
    commands.start_plan(None, url)
    connection = commands.connection_dialog
    assert connection is not None
    connection.token.setText(token)
    qtbot.mouseClick(connection.save_button, Qt.MouseButton.LeftButton)
    assert connection.isVisible() and connection.error.text().startswith(problem)
    assert events(app_session, "platform_account.connected") == []
    assert commands.progress is None


def test_the_source_dialog_refuses_a_hostile_bundle_path(
    qtbot: QtBot, app_session: AppSession, tmp_path: Path
) -> None:
    window = open_window(qtbot, app_session, tmp_path)
    source = platform(window).plan_and_apply()
    source.account.setText("https://example.com/1.0")
    for path in ("bad\x00name", "bad\ud800name", "", str(tmp_path / "none")):
        source.bundle_path.setText(path)
        source.bundle_choice.setChecked(True)
        qtbot.mouseClick(source.plan_button, Qt.MouseButton.LeftButton)
        assert source.isVisible() and source.error.text() == "Choose an existing bundle folder or .zip file."


def test_a_token_the_account_refuses_asks_for_a_new_one_then_plans(
    qtbot: QtBot, app_session: AppSession, stand_in: StandInThread, tmp_path: Path
) -> None:
    window = open_window(qtbot, app_session, tmp_path)
    commands = platform(window)
    save_platform_token(stand_in.base_url, "expired-token")
    commands.start_plan(None, stand_in.base_url)
    qtbot.waitUntil(lambda: commands.connection_dialog is not None, timeout=60_000)
    connection = commands.connection_dialog
    assert connection is not None and connection.isVisible() and connection.token.text() == ""
    assert connection.error.text() == "The account refused the kept API token: give a new one."
    connection.token.setText(TOKEN)
    qtbot.mouseClick(connection.save_button, Qt.MouseButton.LeftButton)
    assert platform_token(stand_in.base_url) == TOKEN
    qtbot.waitUntil(lambda: commands.apply_dialog is not None, timeout=60_000)
    assert commands.apply_dialog is not None and commands.apply_dialog.plan.steps


def test_cancel_while_planning_stops_between_two_requests_and_journals_nothing(
    qtbot: QtBot, app_session: AppSession, stand_in: StandInThread, tmp_path: Path
) -> None:
    window = open_window(qtbot, app_session, tmp_path)
    commands = platform(window)
    commands.max_rate = 30  # after a burst of 5 requests, one each two seconds
    save_platform_token(stand_in.base_url, TOKEN)
    commands.start_plan(None, stand_in.base_url)
    progress = commands.progress
    assert progress is not None
    qtbot.waitUntil(lambda: len(stand_in.state.request_log) >= 5, timeout=60_000)
    with qtbot.waitSignal(progress.cancelled, timeout=60_000):
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.was_cancelled
    sent = len(stand_in.state.request_log)
    assert 5 <= sent <= 7  # the read of the account stopped, far from its end
    QApplication.processEvents()
    assert commands.apply_dialog is None and commands.message is None and commands.plan is None
    assert events(app_session, "bundle.planned") == []
    assert len(stand_in.state.request_log) == sent
