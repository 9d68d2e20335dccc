"""File › Export configuration to a bundle… and Import a bundle into a workspace… on real widgets and
real SQLite files: where the bundle went and its records per resource, Cancel leaves nothing under
the chosen name, a broken bundle lists its problems (copyable) and creates no workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_helpers import records_file, rewrite
from conftest import Signed
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from test_roles_service import user_with_role

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.bundle_format import load_bundle
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.bundles.export_job import ExportCancelled, export_to
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.views.bundles.export_flow import BundleExport
from engage_desktop.views.bundles.import_dialog import ImportWorkspaceDialog
from engage_desktop.views.shell.main_window import MainWindow


def leftovers(folder: Path) -> list[str]:
    """What is in `folder` besides the test's database and settings."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(("engage.sqlite3", "s.ini")))


def exported_events(signed: Signed | AppSession) -> int:
    with signed.ctx.session_factory() as session:
        return len(audit.find_events(session, audit.JournalFilter(names=("bundle.exported",)), limit=10))


@pytest.fixture
def window(qtbot, app_session: AppSession, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(app_session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_the_file_menu_offers_export_and_import_but_no_merge_on_the_main_database(window: MainWindow) -> None:
    names = [a.objectName() for a in window.commands.menus["fileMenu"].actions()]
    at = names.index("compareBundleAction")
    assert names[at - 3 : at] == ["exportBundleAction", "importBundleAction", "mergeWorkspaceAction"]
    actions = window.commands.bundle_actions
    assert actions.export_action.isVisible() and actions.import_action.isVisible()
    assert not actions.merge_action.isVisible()
    assert "Workspace" not in window.windowTitle()
    assert window.notice("workspace") is None


def test_export_to_a_zip_says_where_and_how_many_records(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "configuration.zip"
    target.parent.mkdir()
    export = window.commands.bundle_actions.start_export(target)
    qtbot.waitUntil(lambda: export.result_dialog is not None, timeout=30_000)
    dialog = export.result_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert sorted(p.name for p in target.parent.iterdir()) == ["configuration.zip"]
    bundle = load_bundle(target)
    assert str(target) in dialog.where.text()
    shown = {
        dialog.counts.item(row, 0).text(): dialog.counts.item(row, 1).text()  # type: ignore[union-attr]
        for row in range(dialog.counts.rowCount())
    }
    assert shown["roles"] == str(len(bundle.resources["roles"])) and len(bundle.resources["roles"]) >= 3
    assert shown["users"] == "1"
    assert set(shown) == set(bundle.resources)
    assert exported_events(window.session) == 1


def test_cancel_leaves_no_bundle_and_journals_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "bundle-folder"
    export = BundleExport(window.session.ctx, target, window)
    progress = export.prepare()
    progress.cancel_button.click()  # pressed before the job could finish
    with qtbot.waitSignal(export.finished, timeout=30_000) as finished:
        export.start()
    assert finished.args == [None]
    assert progress.was_cancelled
    assert leftovers(tmp_path) == []
    assert export.result_dialog is None
    assert exported_events(window.session) == 0


@pytest.mark.parametrize("name", ["b.zip", "b"])
def test_cancel_after_the_files_are_written_removes_them(
    sqlite_admin: Signed, tmp_path: Path, name: str
) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # not while reading, once the files are written

    with pytest.raises(ExportCancelled):
        export_to(sqlite_admin.ctx, tmp_path / name, cancelled=cancelled)
    assert len(asked) == 2
    assert leftovers(tmp_path) == []
    assert exported_events(sqlite_admin) == 0


def test_export_into_a_folder_that_holds_files_is_refused(sqlite_admin: Signed, tmp_path: Path) -> None:
    target = tmp_path / "full"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(Exception, match="already holds files"):
        export_to(sqlite_admin.ctx, target)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    export_to(sqlite_admin.ctx, tmp_path / "empty-is-fine")
    assert (tmp_path / "empty-is-fine" / "manifest.json").is_file()


def test_export_needs_an_administrator(sqlite_admin: Signed, tmp_path: Path) -> None:
    agent = user_with_role(sqlite_admin, "Readers", ["read_user"], "rita")
    with pytest.raises(PermissionDenied):
        export_to(agent.ctx, tmp_path / "b.zip")
    assert leftovers(tmp_path) == []


# ---- import into a workspace --------------------------------------------------------------------
def import_dialog(qtbot, app_session: AppSession, bundle: Path, workspace: Path) -> ImportWorkspaceDialog:  # type: ignore[no-untyped-def]
    dialog = ImportWorkspaceDialog(app_session.bundles)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.bundle_edit.setText(str(bundle))
    dialog.workspace_edit.setText(str(workspace))
    return dialog


def test_a_broken_bundle_lists_its_problems_and_creates_nothing(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b")
    rewrite(
        tmp_path / "b", "tags.json", records_file([{"id": "x1", "name": 5}, {"id": 7}]), fix_checksum=True
    )
    workspace = tmp_path / "ws" / "w.sqlite3"
    dialog = import_dialog(qtbot, app_session, tmp_path / "b", workspace)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    lines = dialog.problem_lines()
    assert "tags.json, record 0, name: Input should be a valid string" in lines
    assert any(line.startswith("tags.json, record 1, ") for line in lines)
    assert dialog.status.text() == "This bundle cannot be imported; no workspace was created."
    assert leftovers(tmp_path) == ["b"]
    assert not dialog.open_button.isVisible()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "\n".join(lines)


def test_a_bad_checksum_is_refused_with_the_file_named(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b")
    rewrite(tmp_path / "b", "tags.json", records_file([]), fix_checksum=False)
    dialog = import_dialog(qtbot, app_session, tmp_path / "b", tmp_path / "w.sqlite3")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert dialog.problem_lines() == ["tags.json: checksum does not match the manifest (file altered)"]
    assert not (tmp_path / "w.sqlite3").exists()


def test_an_existing_workspace_file_is_never_overwritten(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b.zip")
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"precious")
    dialog = import_dialog(qtbot, app_session, tmp_path / "b.zip", taken)
    dialog.import_button.click()
    assert dialog.problem_lines() == [f"{taken} exists already; choose a new file for the workspace."]
    assert taken.read_bytes() == b"precious"


def test_import_creates_the_workspace_and_offers_to_open_it(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b.zip")
    workspace = tmp_path / "nested" / "w.sqlite3"
    dialog = import_dialog(qtbot, app_session, tmp_path / "b.zip", workspace)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=30_000)
    assert workspace.is_file() and dialog.created == workspace
    assert str(workspace) in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.open_requested) as opened:
        dialog.open_button.click()
    assert opened.args == [f"sqlite:///{workspace}"]


def test_the_workspace_file_is_suggested_from_the_bundle_name(
    qtbot, app_session: AppSession, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path))
    dialog = ImportWorkspaceDialog(app_session.bundles)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.bundle_edit.setText(str(tmp_path / "spring.zip"))
    assert Path(dialog.workspace_edit.text()).name == "spring-workspace.sqlite3"
    dialog.workspace_edit.setText(str(tmp_path / "mine.sqlite3"))
    dialog.bundle_edit.setText(str(tmp_path / "autumn.zip"))
    assert dialog.workspace_edit.text() == str(tmp_path / "mine.sqlite3")  # the user's choice stays
    assert dialog.import_button.isEnabled()


def test_cancel_creates_no_workspace(qtbot, app_session: AppSession, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b.zip")
    dialog = import_dialog(qtbot, app_session, tmp_path / "b.zip", tmp_path / "w.sqlite3")
    progress = dialog.prepare_import()
    assert progress is not None
    progress.cancel_button.click()  # pressed before the job could finish
    with qtbot.waitSignal(progress.cancelled, timeout=30_000):
        progress.start()
    assert dialog.status.text() == "Import cancelled; no workspace was created."
    assert leftovers(tmp_path) == ["b.zip"]
    assert not dialog.open_button.isVisible()


@pytest.mark.parametrize(("typed", "kind", "chosen"), [("spring", 0, "spring.zip"), ("spring", 1, "spring")])
def test_the_file_dialog_gives_a_zip_or_a_folder(
    qtbot, window: MainWindow, tmp_path: Path, typed: str, kind: int, chosen: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog
    from test_widgets import answer_next_modal

    from engage_desktop.views.bundles.export_flow import choose_export_path

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(tmp_path))
        dialog.selectNameFilter(dialog.nameFilters()[kind])
        dialog.selectFile(typed)
        dialog.accept()

    answer_next_modal(answer)
    assert choose_export_path(window) == tmp_path / chosen


def test_a_bundle_refused_while_importing_leaves_no_workspace(
    qtbot, app_session: AppSession, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    BundleService(app_session.ctx).export_bundle(tmp_path / "b")
    twins = [{"id": "a" * 24, "name": "VIP"}, {"id": "b" * 24, "name": "vip"}]  # the same tag twice
    rewrite(tmp_path / "b", "tags.json", records_file(twins), fix_checksum=True)
    load_bundle(tmp_path / "b")  # a well-formed bundle: refused by the import's own checks
    dialog = import_dialog(qtbot, app_session, tmp_path / "b", tmp_path / "w.sqlite3")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=30_000)
    assert any(line.startswith("tags.json, record 1, name: ") for line in dialog.problem_lines()), (
        dialog.problem_lines()
    )
    assert leftovers(tmp_path) == ["b"]
