"""Screenshots of the main window, drawer closed and drawer open.

Builds a throwaway database (first administrator, a few roles and users) in a temporary folder,
opens the window at 1280×800 offscreen with the app style sheet, and writes
docs/screenshots/main-window.png and docs/screenshots/main-window-drawer-open.png.

    python scripts/screenshots/main_window.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engage_desktop.db import Database  # noqa: E402
from engage_desktop.secrets import SecretStore  # noqa: E402
from engage_desktop.services import auth  # noqa: E402
from engage_desktop.services.app_session import AppSession  # noqa: E402
from engage_desktop.services.bootstrap import ensure_reference_data  # noqa: E402
from engage_desktop.services.context import ServiceContext  # noqa: E402
from engage_desktop.services.permissions import Permission  # noqa: E402
from engage_desktop.services.users import NewUser  # noqa: E402
from engage_desktop.views.main_window import MainWindow  # noqa: E402
from engage_desktop.views.theme import load_style_sheet  # noqa: E402

SIZE = (1280, 800)
PASSWORD = "Demo-passw0rd-2024"


def build_demo_session(folder: Path) -> AppSession:
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    database.upgrade()
    base = ServiceContext(database.session_factory, workstation="screenshots@docs")
    ensure_reference_data(base)
    admin = auth.create_first_administrator(
        base,
        firstname="Camille",
        lastname="Laurent",
        email="camille.laurent@northwind.example",
        nickname="camille",
        password=PASSWORD,
    )
    session = AppSession(
        database,
        base.acting_as(admin.id),
        admin,
        SecretStore(fallback_path=folder / "secrets.json"),
        account_name="Northwind Support",
    )
    team_lead = session.roles.create_role(
        "Team lead",
        [
            Permission.READ_USER,
            Permission.UPDATE_USER,
            Permission.MANAGE_TEAMS,
            Permission.MONITOR_TEAM_TASKS,
            Permission.READ_PRESENCE,
        ],
    )
    session.roles.create_role(
        "Quality reviewer", [Permission.READ_USER, Permission.READ_EVENT, Permission.READ_EXPORT]
    )
    for first, last, nick in (
        ("Hugo", "Martin", "hugo"),
        ("Ines", "Moreau", "ines"),
        ("Leo", "Petit", "leo"),
    ):
        session.users.create_user(
            NewUser(first, last, nick, f"{nick}@northwind.example", team_lead.id, password=PASSWORD)
        )
    return session


def settle(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    keyring.set_keyring(keyring.backends.fail.Keyring())  # never touch this machine's keyring
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet())

    with tempfile.TemporaryDirectory(prefix="engage-screens-") as tmp:
        folder = Path(tmp)
        os.environ["ENGAGE_DATA_DIR"] = str(folder)
        session = build_demo_session(folder)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(session, settings)
        window.resize(*SIZE)
        window.show()
        settle(app, 0.3)

        closed = args.out / "main-window.png"
        window.grab().save(str(closed))

        window.navigation.open_drawer()
        window.navigation.drawer.reveal_section("users")
        while window.navigation.is_drawer_animating():
            settle(app, 0.02)
        settle(app, 0.1)
        opened = args.out / "main-window-drawer-open.png"
        window.grab().save(str(opened))

        window.close()
        session.database.dispose()
    print(f"wrote {closed} and {opened}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
