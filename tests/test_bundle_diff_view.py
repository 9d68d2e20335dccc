"""The Compare with a bundle view on real widgets: a bundle edited offline shows its changed
object's fields old beside new; a broken bundle lists its problems; the File menu offers it to
administrators only."""

from __future__ import annotations

from pathlib import Path

from bundle_helpers import records_file, rewrite
from conftest import Signed
from PySide6.QtWidgets import QApplication

from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.users.roles import RoleService
from engage_desktop.views.bundles.diff_view import BundleDiffView


def wait_for(qtbot, view: BundleDiffView, what) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: what(view), timeout=20_000)


def test_changed_fields_old_beside_new(qtbot, sqlite_admin: Signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    role = RoleService(sqlite_admin.ctx).create_role("Night desk", ["read_user"])
    BundleService(sqlite_admin.ctx).export_bundle(tmp_path / "b")
    RoleService(sqlite_admin.ctx).update_role(role.id, "Night desk", ["read_user", "receive_tasks"])
    view = BundleDiffView(BundleService(sqlite_admin.ctx))
    qtbot.addWidget(view)
    view.show()
    view.compare(tmp_path / "b")
    wait_for(qtbot, view, lambda v: v.diff is not None)
    top = view.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "roles"
    assert view.tree.currentItem().text(0) == "Night desk"  # type: ignore[union-attr]
    row = [view.fields.item(0, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert row == ["permissions", '["read_user", "receive_tasks"]', '["read_user"]']
    assert "1 changed" in view.summary.text()


def test_an_object_on_one_side_only_shows_its_fields(qtbot, sqlite_admin: Signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    BundleService(sqlite_admin.ctx).export_bundle(tmp_path / "b")
    RoleService(sqlite_admin.ctx).create_role("Weekend desk", ["read_user"])
    view = BundleDiffView(BundleService(sqlite_admin.ctx))
    qtbot.addWidget(view)
    view.show()
    view.compare(tmp_path / "b")
    wait_for(qtbot, view, lambda v: v.diff is not None)
    assert view.tree.currentItem().text(0) == "Weekend desk"  # type: ignore[union-attr]
    assert view.tree.currentItem().text(1) == "not in the bundle"  # type: ignore[union-attr]
    rows = {
        view.fields.item(r, 0).text(): (view.fields.item(r, 1).text(), view.fields.item(r, 2).text())  # type: ignore[union-attr]
        for r in range(view.fields.rowCount())
    }
    assert rows["label"] == ("Weekend desk", "")
    assert rows["permissions"] == ('["read_user"]', "")


def test_a_broken_bundle_lists_its_problems(qtbot, sqlite_admin: Signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    BundleService(sqlite_admin.ctx).export_bundle(tmp_path / "b")
    rewrite(tmp_path / "b", "tags.json", records_file([{"id": "x1", "name": 5}]), fix_checksum=True)
    view = BundleDiffView(BundleService(sqlite_admin.ctx))
    qtbot.addWidget(view)
    view.show()
    view.compare(tmp_path / "b")
    wait_for(qtbot, view, lambda v: v.problems.count() > 0)
    assert view.problems.item(0).text() == "tags.json, record 0, name: Input should be a valid string"  # type: ignore[union-attr]
    assert view.tree.topLevelItemCount() == 0


def test_same_configuration_says_so(qtbot, sqlite_admin: Signed, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    BundleService(sqlite_admin.ctx).export_bundle(tmp_path / "b.zip")
    view = BundleDiffView(BundleService(sqlite_admin.ctx))
    qtbot.addWidget(view)
    view.compare(tmp_path / "b.zip")
    wait_for(qtbot, view, lambda v: v.diff is not None)
    assert view.summary.text() == "The bundle and this configuration are the same."
    QApplication.processEvents()


def test_the_file_menu_offers_it_to_an_administrator(qtbot, app_session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from engage_desktop.views.shell.main_window import MainWindow

    window = MainWindow(app_session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.commands.menus["fileMenu"].actions()]
    assert (
        names.index("importBundleAction") < names.index("compareBundleAction") < names.index("signOutAction")
    )
    assert window.commands.compare_bundle.isVisible()
