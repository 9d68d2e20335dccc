"""The whole offline round trip through the console on real SQLite files: export from the main
database, import into a workspace, open it (the console reopens on it, marked as a workspace, on
the same page), change something there, merge it back after the diff; and the merge's refusals
(another person's missing permission, the workspace itself, a database that does not exist)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, Signed, _open, make_admin
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from test_roles_service import user_with_role
from test_widgets import answer_next_modal, click_destructive

from engage_desktop.app import AppController
from engage_desktop.config import SETTINGS_DB_URL
from engage_desktop.db import Database
from engage_desktop.models import Role
from engage_desktop.services.bundles.bundle_import import workspace_actor
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.roles import RoleService
from engage_desktop.views.bundles.merge_dialog import MergeWorkspaceDialog
from engage_desktop.views.shell.sign_in_dialog import SignInDialog

OPENING_MS = 60_000


@pytest.fixture
def main(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Signed]:
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    database = _open(f"sqlite:///{tmp_path}/main.sqlite3")
    yield make_admin(database)
    database.dispose()


def sign_in(qtbot, controller: AppController, login: str = "ada") -> None:  # type: ignore[no-untyped-def]
    dialog = controller.dialog
    assert isinstance(dialog, SignInDialog)
    if not dialog.login.text():
        qtbot.keyClicks(dialog.login, login)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(controller.main_window_shown, timeout=OPENING_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def role_labels(database: Database) -> set[str]:
    with database.session_factory() as session:
        return set(session.scalars(select(Role.label)))


def test_export_import_open_edit_and_merge_back(qtbot, main: Signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_DB_URL, main.db.url)
    controller = AppController(settings)
    assert controller.start()
    sign_in(qtbot, controller)
    first = controller.window
    assert first is not None
    page = first.current_page_key()
    actions = first.commands.bundle_actions
    export = actions.start_export(tmp_path / "spring.zip")
    qtbot.waitUntil(lambda: export.result_dialog is not None, timeout=OPENING_MS)
    assert export.result_dialog is not None
    export.result_dialog.close()

    dialog = actions.import_bundle()
    dialog.bundle_edit.setText(str(tmp_path / "spring.zip"))
    dialog.workspace_edit.setText(str(tmp_path / "spring.sqlite3"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=OPENING_MS)
    with qtbot.waitSignal(controller.database_opened, timeout=OPENING_MS):
        dialog.open_button.click()
    assert controller.window is None  # signed out of the main database
    assert isinstance(controller.dialog, SignInDialog)
    assert controller.dialog.login.text() == "ada@example.com"
    assert "spring.sqlite3" in controller.dialog.where.text()
    sign_in(qtbot, controller)

    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.session.database.url.endswith("spring.sqlite3")
    assert window.windowTitle().startswith("Workspace: spring.sqlite3 — Engage Desktop")
    assert window.status_bar.database_label.text() == "Workspace: spring.sqlite3"
    banner = window.notice("workspace")
    assert banner is not None and "not the main database" in banner.label.text()
    assert window.current_page_key() == page  # the same pages, where the admin was
    ws_actions = window.commands.bundle_actions
    assert ws_actions.merge_action.isVisible()
    assert settings.value(SETTINGS_DB_URL) == main.db.url  # the next start opens the main database

    window.session.roles.create_role("Offline desk", ["read_user"])
    merge = ws_actions.merge_workspace()
    main_path = str(tmp_path / "main.sqlite3")
    assert merge.main_edit.text() == main_path  # a file shows as its path
    assert merge.login_edit.text() == "ada@example.com"
    merge.password_edit.setText(ADMIN_PASSWORD)
    merge.compare_button.click()
    qtbot.waitUntil(lambda: merge.diff is not None, timeout=OPENING_MS)
    top = merge.diff_view.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "roles"
    assert [(top.child(i).text(0), top.child(i).text(1)) for i in range(top.childCount())] == [
        ("Offline desk", "added")
    ]
    assert merge.merge_button.isEnabled()
    # Counts are plural messages: "1 object(s)" until English's forms are translated, then "1 object".
    assert re.fullmatch(
        rf"Merging into {re.escape(main_path)} creates 1 object(\(s\))? and updates 0 object(\(s\)|s)?\. "
        r"0 object(\(s\)|s)? found only there (are|is) kept\.",
        merge.diff_view.summary.text(),
    ), merge.diff_view.summary.text()
    assert "Offline desk" not in role_labels(main.db)

    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click_destructive(box)

    answer_next_modal(confirm)
    merge.merge_button.click()
    qtbot.waitUntil(lambda: merge.report is not None, timeout=OPENING_MS)
    assert len(asked) == 1 and re.fullmatch(
        rf"Create or update 1 object(\(s\))? in {re.escape(main_path)}\?", asked[0]
    ), asked
    assert merge.report is not None and merge.report.created == {"roles": 1}
    assert merge.result_label.text() == f"Merged into {main_path}: 1 created, 0 updated."
    assert "Offline desk" in role_labels(main.db)
    with main.db.session_factory() as session:
        created = audit.find_events(session, audit.JournalFilter(names=("role.created",)), limit=5)
        assert created[0].user_label == "ada" and created[0].workstation
    merge.compare_button.click()  # again: nothing left to merge
    qtbot.waitUntil(lambda: "Nothing to merge" in merge.diff_view.summary.text(), timeout=OPENING_MS)
    assert not merge.merge_button.isEnabled()
    merge.close()
    controller.stop()
    if controller.database is not None:
        controller.database.dispose()


@pytest.fixture
def workspace(main: Signed, tmp_path: Path) -> Iterator[tuple[ServiceContext, str]]:
    BundleService(main.ctx).export_bundle(tmp_path / "b.zip")
    from engage_desktop.services.bundles.bundle_format import load_bundle

    path = tmp_path / "w.sqlite3"
    database, _report = BundleService(main.ctx).import_into_workspace(load_bundle(tmp_path / "b.zip"), path)
    actor = workspace_actor(database, "ada@example.com")
    RoleService(ServiceContext(database.session_factory).acting_as(actor)).create_role("Offline desk")
    yield ServiceContext(database.session_factory).acting_as(actor), database.url
    database.dispose()


def merge_dialog(qtbot, workspace: tuple[ServiceContext, str], url: str, login: str) -> MergeWorkspaceDialog:  # type: ignore[no-untyped-def]
    dialog = MergeWorkspaceDialog(workspace[0], workspace[1], url, login)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.compare_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() or dialog.diff is not None, timeout=OPENING_MS)
    return dialog


def test_someone_without_the_permission_in_the_main_database_is_told_clearly(
    qtbot, main: Signed, workspace
) -> None:  # type: ignore[no-untyped-def]
    user_with_role(main, "Readers", ["read_user"], "rita")
    dialog = merge_dialog(qtbot, workspace, main.db.url, "rita")
    assert dialog.error.isVisible() and dialog.diff is None
    assert dialog.error.text().startswith("Not allowed in the main database: ")
    assert not dialog.merge_button.isEnabled()
    assert "Offline desk" not in role_labels(main.db)


def test_a_wrong_password_signs_in_nowhere(qtbot, main: Signed, workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = MergeWorkspaceDialog(workspace[0], workspace[1], main.db.url, "ada")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText("not-the-password")
    dialog.compare_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=OPENING_MS)
    assert dialog.main is None and dialog.diff is None


def test_the_workspace_itself_and_a_missing_file_are_refused(
    qtbot, main: Signed, workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    itself = merge_dialog(qtbot, workspace, workspace[1], "ada")
    assert "workspace itself" in itself.error.text()
    missing = merge_dialog(qtbot, workspace, str(tmp_path / "nowhere.sqlite3"), "ada")
    assert missing.error.text() == f"There is no database at {tmp_path / 'nowhere.sqlite3'}."
    assert not (tmp_path / "nowhere.sqlite3").exists()
    other = tmp_path / "other-workspace.sqlite3"
    from engage_desktop.services.bundles.workspace import workspace_bundle

    database, _ = BundleService(workspace[0]).import_into_workspace(workspace_bundle(main.ctx), other)
    database.dispose()
    another = merge_dialog(qtbot, workspace, f"sqlite:///{other}", "ada")
    assert "is a workspace too" in another.error.text()


def test_the_workspace_compared_with_its_bundle_shows_no_change(qtbot, main: Signed, workspace) -> None:  # type: ignore[no-untyped-def]
    from engage_desktop.views.bundles.diff_view import BundleDiffView

    ctx, _url = workspace
    RoleService(ctx).delete_role(
        next(r.id for r in RoleService(ctx).list_roles(ListQuery()) if r.label == "Offline desk")
    )
    view = BundleDiffView(BundleService(ctx))
    qtbot.addWidget(view)
    view.compare(Path(str(main.db.url).removeprefix("sqlite:///")).parent / "b.zip")
    qtbot.waitUntil(lambda: view.diff is not None or view.problems.count() > 0, timeout=OPENING_MS)
    assert view.summary.text() == "The bundle and this configuration are the same."
