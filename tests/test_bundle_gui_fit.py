"""The bundle dialogs of the File menu fit a 1024×640 screen in English and French with no text cut
(buttons, headers): import with its problems listed, the export result, the merge with its diff."""

from __future__ import annotations

from pathlib import Path

from bundle_helpers import records_file, rewrite
from PySide6.QtWidgets import QApplication
from test_shell_fit import assert_dialog_fits, demo_session, language, styled  # noqa: F401

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.bundle_format import load_bundle
from engage_desktop.services.bundles.bundle_import import workspace_actor
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.bundles.export_job import export_to
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.demo import loader as demo
from engage_desktop.views.bundles.export_flow import ExportedDialog
from engage_desktop.views.bundles.import_dialog import ImportWorkspaceDialog
from engage_desktop.views.bundles.merge_dialog import MergeWorkspaceDialog

fits = assert_dialog_fits


def test_bundle_dialogs_fit_a_small_screen(
    qtbot,  # type: ignore[no-untyped-def]
    styled: QApplication,  # noqa: F811
    language: str,  # noqa: F811
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    result = export_to(demo_session.ctx, tmp_path / "b.zip")
    exported = ExportedDialog(result)
    qtbot.addWidget(exported)
    fits(qtbot, exported, language)

    BundleService(demo_session.ctx).export_bundle(tmp_path / "folder")
    rewrite(tmp_path / "folder", "tags.json", records_file([{"id": "x1", "name": 5}]), fix_checksum=True)
    importing = ImportWorkspaceDialog(demo_session.bundles)
    qtbot.addWidget(importing)
    importing.bundle_edit.setText(str(tmp_path / "folder"))
    importing.workspace_edit.setText(str(tmp_path / "w.sqlite3"))
    importing.show()
    importing.import_button.click()
    qtbot.waitUntil(importing.problems.isVisible, timeout=30_000)
    fits(qtbot, importing, language)

    database, _report = demo_session.bundles.import_into_workspace(
        load_bundle(tmp_path / "b.zip"), tmp_path / "ws.sqlite3"
    )
    try:
        actor = workspace_actor(database, demo_session.user.email)
        ctx = ServiceContext(database.session_factory).acting_as(actor)
        merge = MergeWorkspaceDialog(ctx, database.url, demo_session.database.url, demo_session.user.email)
        qtbot.addWidget(merge)
        merge.show()
        merge.password_edit.setText(demo.DEMO_PASSWORD)
        merge.compare()
        qtbot.waitUntil(lambda: merge.diff is not None or merge.error.isVisible(), timeout=60_000)
        assert merge.diff is not None, merge.error.text()
        fits(qtbot, merge, language)
        merge.close()
    finally:
        database.dispose()
