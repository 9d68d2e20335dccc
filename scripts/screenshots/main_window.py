"""Screenshots of the main window, drawer closed and drawer open.

Builds a throwaway database (first administrator, a few roles and users) in a temporary folder,
opens the window at 1280×800 offscreen with the app style sheet, and writes
docs/screenshots/main-window.png and docs/screenshots/main-window-drawer-open.png.

    python scripts/screenshots/main_window.py [--out DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from screenshot_kit import DEFAULT_OUT, data_dir, new_admin_session, save, settle, show_main_window, start_app

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.service import NewUser

SIZE = (1280, 800)
PASSWORD = "Demo-passw0rd-2024"


def build_demo_session(folder: Path) -> AppSession:
    session = new_admin_session(
        folder,
        database_name="demo.sqlite3",
        firstname="Camille",
        lastname="Laurent",
        email="camille.laurent@northwind.example",
        nickname="camille",
        password=PASSWORD,
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = start_app(locale=None)  # the machine's locale, as before

    with data_dir() as folder:
        session = build_demo_session(folder)
        window = show_main_window(session, folder, SIZE)
        settle(app, 0.3)

        save(window, args.out / "main-window.png")

        window.navigation.open_drawer()
        window.navigation.drawer.reveal_section("users")
        while window.navigation.is_drawer_animating():
            settle(app, 0.02)
        settle(app, 0.1)
        save(window, args.out / "main-window-drawer-open.png")

        window.close()
        session.database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
