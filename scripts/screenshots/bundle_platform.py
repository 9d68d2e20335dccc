"""Screenshot of applying a reviewed plan to a platform account (the local stand-in), half-way:
the plan's calls behind, the shared progress dialog with Cancel in front.

    python scripts/screenshots/bundle_platform.py [OUT_FOLDER]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QColor, QPainter, QPixmap
from screenshot_kit import output_dir, settle, shown, start_app

from engage_desktop.services.bundles.plan import make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog

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


def main() -> None:
    out = output_dir()
    app = start_app()
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
