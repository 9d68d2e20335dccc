"""Screenshots of a configuration bundle against a platform account (the local stand-in):

- bundle-plan.png: File › Plan and apply to a platform account… on the demo configuration, the plan
  shown for review before anything is sent, over the main window; the same at 1024×640 in French
  (bundle-plan-fr-1024x640.png; English text until the translator runs);
- bundle-apply-progress.png: applying a reviewed plan half-way: the plan's calls behind, the shared
  progress dialog with Cancel in front.

    python scripts/screenshots/bundle_platform.py [OUT_FOLDER]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import data_dir, new_admin_session, output_dir, settle, show_main_window, shown, start_app

from engage_desktop.i18n import install_translations
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.bundles.local_configuration import read_local_configuration
from engage_desktop.services.bundles.plan import make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.demo.loader import load_demo_data
from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog

SMALL = (1024, 640)

CONFIGURATION = {
    "roles": [{"id": "r-sup", "label": "Supervisor", "permissions": ["manage_teams"]}],
    "teams": [{"id": "t-1", "name": "Night shift", "user_ids": [], "leader_ids": []}],
    "categories": [
        {"id": "c-root", "name": "Support", "parent_id": None, "color": 1},
        {"id": "c-bill", "name": "Billing", "parent_id": "c-root", "color": 2},
        {"id": "c-ref", "name": "Refund", "parent_id": "c-bill", "color": 3},
    ],
    "tags": [
        {"id": f"tag-{n}", "name": name}
        for n, name in enumerate(["VIP", "Churn risk", "Press", "Partner"] * 4)
    ],
}


def over(back: QWidget, front: QWidget, path: Path) -> None:
    """`front` (a dialog) centred over `back`, dimmed, as the screen shows them."""
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


def plan_shot(
    app: QApplication, session: AppSession, folder: Path, path: Path, size: tuple[int, int]
) -> None:
    """The demo configuration planned against a fresh account from the File menu, the plan shown."""
    with StandInThread(token="demo", rate_limit=100_000) as server:
        server.state.seed(read_local_configuration(session.ctx))
        window = show_main_window(session, folder, size)
        settle(app)
        commands = window.commands.bundle_actions.platform
        commands.save_connection(server.base_url, "demo")
        commands.start_plan(None, server.base_url)
        deadline = time.monotonic() + 60
        while commands.apply_dialog is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        dialog = commands.apply_dialog
        assert dialog is not None, "the plan was not shown"
        dialog.resize(min(760, size[0] - 80), min(560, size[1] - 60))
        settle(app, 0.4)
        over(window, dialog, path)
        dialog.close()
        window.close()
        settle(app)


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder)
        load_demo_data(session.ctx.acting_as(None), users=40)
        plan_shot(app, session, folder, out / "bundle-plan.png", (1280, 800))
        start_app(locale="fr_FR")
        install_translations(app, "fr")
        plan_shot(app, session, folder, out / "bundle-plan-fr-1024x640.png", SMALL)
        start_app(locale="en_US")
        install_translations(app, "en")
        progress_shot(app, session, out)
        session.database.dispose()


def progress_shot(app: QApplication, session: AppSession, out: Path) -> None:
    CONFIGURATION["tags"] = [
        {"id": f"tag-{n}", "name": f"{t['name']} {n // 4 + 1}"} for n, t in enumerate(CONFIGURATION["tags"])
    ]
    with StandInThread(token="demo") as server, tempfile.TemporaryDirectory() as folder:
        plan_file = Path(folder) / "plan.json"
        plan = make_plan(CONFIGURATION, {}, "https://acme.example.com/1.0")
        save_plan(plan, plan_file)
        dialog = PlanApplyDialog(
            plan,
            plan_file,
            lambda: PlatformClient(server.base_url, "demo", max_requests=150, per_seconds=60.0),
            session.platform,
        )
        dialog.resize(720, 520)
        dialog.show()
        settle(app)
        dialog.apply()
        deadline = time.monotonic() + 60
        while len(server.state.writes()) < 9 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        settle(app, 0.2)
        assert dialog.progress is not None
        picture = dialog.grab()
        overlay = dialog.progress.grab()
        combined = QPixmap(picture)
        painter = QPainter(combined)
        painter.fillRect(combined.rect(), QColor(0, 0, 0, 70))
        painter.drawPixmap(
            (combined.width() - overlay.width()) // 2, (combined.height() - overlay.height()) // 2, overlay
        )
        painter.end()
        path = out / "bundle-apply-progress.png"
        combined.save(str(path))
        print(f"wrote {shown(path)}")
        dialog.progress.cancel()
        while dialog.progress.is_running():
            app.processEvents()
            time.sleep(0.02)


if __name__ == "__main__":
    main()
