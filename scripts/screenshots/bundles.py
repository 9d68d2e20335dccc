"""Screenshots of the File menu's offline bundle commands, on the demo configuration:

- bundle-export-progress.png: Export configuration to a bundle… running, progress and Cancel over
  the window; bundle-export-done.png: where it went and the records per resource;
- bundle-import-errors.png: a broken bundle refused, every problem as "file, record, field: reason";
- bundle-workspace.png: the console reopened on a workspace (status bar and banner say so);
- bundle-merge-diff.png: Merge this workspace into…, the diff shown before merging;
- the same at 1024×640 in French (…-fr-1024x640.png; English text until the translator runs).

The diff view and plan/apply progress of the issue are bundle_diff.py's and bundle_platform.py's.

    python scripts/screenshots/bundles.py [output folder]
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import data_dir, new_admin_session, output_dir, settle, show_main_window, shown, start_app

from engage_desktop.i18n import install_translations
from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.bundle_format import load_bundle
from engage_desktop.services.bundles.bundle_import import workspace_actor
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.services.users.roles import RoleService
from engage_desktop.views.bundles.export_flow import BundleExport, ExportedDialog
from engage_desktop.views.bundles.import_dialog import ImportWorkspaceDialog
from engage_desktop.views.bundles.merge_dialog import MergeWorkspaceDialog

PASSWORD = "s3cret-Passw0rd"
SMALL = (1024, 640)


def over(app: QApplication, back: QWidget, front: QWidget, path: Path) -> None:
    """`front` (a dialog) centred over `back`, dimmed, as the screen shows them."""
    settle(app, 0.4)
    picture = QPixmap(back.grab())
    overlay = front.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    painter.drawPixmap(
        (picture.width() - overlay.width()) // 2, (picture.height() - overlay.height()) // 2, overlay
    )
    painter.end()
    picture.save(str(path))
    print(f"wrote {shown(path)}")


def alone(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app, 0.4)
    widget.grab().save(str(path))
    print(f"wrote {shown(path)}")


def wait(app: QApplication, done: object) -> None:
    for _ in range(300):
        settle(app, 0.1)
        if done():  # type: ignore[operator]
            return
    raise TimeoutError


def broken_bundle(folder: Path, source: Path) -> Path:
    """A copy of `source` edited by hand: wrong types, a dangling reference, a missing name."""
    broken = folder / "edited-by-hand"
    broken.mkdir(parents=True)
    for file in source.iterdir():
        (broken / file.name).write_bytes(file.read_bytes())
    manifest = json.loads((broken / "manifest.json").read_text())

    def edit(name: str, change: object) -> None:
        records = json.loads((broken / name).read_text())["records"]
        change(records)  # type: ignore[operator]
        data = json.dumps({"records": records}, ensure_ascii=False, indent=1).encode()
        (broken / name).write_bytes(data)
        manifest["files"][name] = hashlib.sha256(data).hexdigest()

    edit("tags.json", lambda r: r.extend([{"id": "b" * 24, "name": 42}, {"id": "c" * 24}]))
    edit("users.json", lambda r: r[2].update(role_id="d" * 24, spoken_languages="fr"))
    edit("teams.json", lambda r: r[0].update(user_ids=["e" * 24]))
    (broken / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return broken


def shots(
    app: QApplication, session: AppSession, folder: Path, out: Path, suffix: str, size: tuple[int, int]
) -> None:
    window = show_main_window(session, folder, size)
    settle(app, 0.6)
    export = BundleExport(session.ctx, folder / f"configuration{suffix}.zip", window)
    progress = export.prepare()
    progress.open()
    progress._on_progress(1, 3)  # as the worker reports it, half-way
    over(app, window, progress, out / f"bundle-export-progress{suffix}.png")
    progress.close()
    export.start()
    wait(app, lambda: export.result_dialog is not None)
    assert isinstance(export.result_dialog, ExportedDialog)
    export.result_dialog.resize(460, 560)
    over(app, window, export.result_dialog, out / f"bundle-export-done{suffix}.png")
    export.result_dialog.close()

    dialog = ImportWorkspaceDialog(session.bundles, window)
    dialog.resize(640, 460)
    dialog.show()
    plain = folder / f"plain{suffix}"
    session.bundles.export_bundle(plain)
    dialog.bundle_edit.setText(str(broken_bundle(folder / f"broken{suffix}", plain)))
    dialog.workspace_edit.setText(str(folder / "workspaces" / "edited-by-hand.sqlite3"))
    dialog.import_button.click()
    wait(app, lambda: dialog.problems.isVisible())
    over(app, window, dialog, out / f"bundle-import-errors{suffix}.png")
    dialog.close()
    window.close()

    workspace = folder / f"spring{suffix}.sqlite3"
    database, _report = session.bundles.import_into_workspace(load_bundle(export.path), workspace)
    actor = workspace_actor(database, session.user.email)
    ws_ctx = ServiceContext(database.session_factory, workstation="screenshots@docs").acting_as(actor)
    RoleService(ws_ctx).create_role("Weekend desk", ["read_user", "receive_tasks"])
    from engage_desktop.services.access.sign_in import sign_in

    ws_user = sign_in(ws_ctx, session.user.email, PASSWORD)
    ws_session = AppSession(database, ws_ctx, ws_user, SecretStore(fallback_path=folder / "secrets.json"),
                            account_name=session.account_name)  # fmt: skip
    ws_window = show_main_window(ws_session, folder, size)
    ws_window.show_page("users.roles")
    settle(app, 0.8)
    alone(app, ws_window, out / f"bundle-workspace{suffix}.png")
    main_file = str(folder / "engage.sqlite3")  # as File › Merge this workspace into… proposes it
    merge = MergeWorkspaceDialog(ws_ctx, database.url, main_file, session.user.email, ws_window)
    merge.resize(min(900, size[0] - 40), min(600, size[1] - 40))
    merge.show()
    merge.password_edit.setText(PASSWORD)
    merge.compare()
    wait(app, lambda: merge.diff is not None)
    merge.diff_view.tree.setCurrentItem(merge.diff_view.tree.topLevelItem(0).child(0))  # type: ignore[union-attr]
    over(app, ws_window, merge, out / f"bundle-merge-diff{suffix}.png")
    merge.close()
    ws_window.close()
    database.dispose()


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder, password=PASSWORD)
        load_demo_data(session.ctx.acting_as(None), users=40)
        shots(app, session, folder, out, "", (1280, 800))
        start_app(locale="fr_FR")
        install_translations(app, "fr")
        shots(app, session, folder, out, "-fr-1024x640", SMALL)
        session.database.dispose()


if __name__ == "__main__":
    main()
