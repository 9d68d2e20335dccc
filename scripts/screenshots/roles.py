"""Screenshots of Users › Roles (list, editor, editor with an error) and Users › Users.

Builds a throwaway SQLite database (first administrator, a few custom roles, ~40 users) in a
temporary folder, renders offscreen with the app style sheet and writes docs/screenshots/
roles-list.png, role-editor.png and role-editor-error.png (users-list.png comes from users.py).

    python scripts/screenshots/roles.py [output_dir]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import update  # noqa: E402

from engage_desktop.db import Database  # noqa: E402
from engage_desktop.models import Role, User  # noqa: E402
from engage_desktop.secrets import SecretStore  # noqa: E402
from engage_desktop.services.app_session import AppSession  # noqa: E402
from engage_desktop.services.auth import create_first_administrator  # noqa: E402
from engage_desktop.services.bootstrap import ensure_reference_data  # noqa: E402
from engage_desktop.services.context import ServiceContext  # noqa: E402
from engage_desktop.services.listing import ListQuery  # noqa: E402
from engage_desktop.services.permissions import DEFAULT_ROLES, Permission  # noqa: E402
from engage_desktop.services.users import NewUser  # noqa: E402
from engage_desktop.views.main_window import MainWindow  # noqa: E402
from engage_desktop.views.role_editor import RoleEditorDialog  # noqa: E402
from engage_desktop.views.roles_page import RolesPage  # noqa: E402
from engage_desktop.views.theme import load_style_sheet  # noqa: E402

SIZE = (1280, 800)
DEMO_NOW = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)  # fixed, so the pictures only change with the code

EXTRA_ROLES = {
    "Night-shift supervisor": DEFAULT_ROLES["Supervisor"] - {Permission.MANAGE_TEAMS, Permission.UPDATE_USER}
    | {Permission.RECEIVE_TASKS},
    "Social media agent": DEFAULT_ROLES["Agent"]
    | {Permission.READ_IDENTITY, Permission.MANAGE_TAGS, Permission.MUTE_CONTENT},
    "Quality reviewer": {
        Permission.READ_USER,
        Permission.READ_STATS,
        Permission.READ_EVENT,
        Permission.SEARCH_CONTENTS,
        Permission.APPROVE_CONTENT,
    },
    "Billing team lead": DEFAULT_ROLES["Agent"]
    | {Permission.MONITOR_TEAM_TASKS, Permission.MANAGE_USERS_OF_MY_TEAMS},
    "Chatbot integrator": {
        Permission.MANAGE_APP_SDK_APPLICATIONS,
        Permission.MANAGE_API_ACCESS_TOKENS,
        Permission.MANAGE_CHAT,
    },
}

PEOPLE = """Amélie Laurent, Bruno Costa, Chloé Martin, Daniel Okafor, Elena Petrova, Farid Haddad,
Grace Kim, Hugo Moreau, Ines Ferreira, Jonas Berg, Karin Holm, Léa Dubois, Marco Rossi, Nadia Benali,
Oscar Lindqvist, Priya Nair, Quentin Roux, Rosa Alvarez, Samuel Adeyemi, Tamara Novak, Ugo Bianchi,
Valérie Girard, William Chen, Ximena Torres, Yusuf Demir, Zoé Lambert, Aaron Fischer, Bianca Popescu,
Carlos Mendes, Dana Levi, Emil Nowak, Fatou Diallo, Gabriel Silva, Hannah Weber, Ivan Horvat,
Julia Santos, Kenji Watanabe, Lucia Romano, Mateo García""".replace("\n", " ")

ROLE_OF = (
    ["Agent"] * 5 + ["Social media agent"] * 2 + ["Supervisor", "Night-shift supervisor", "Billing team lead"]
)


def ascii_key(text: str) -> str:
    """ "Léa Dubois" -> "lea dubois": e-mail addresses and nicknames without accents."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def seed(workdir: Path) -> AppSession:
    database = Database(f"sqlite:///{workdir}/engage.sqlite3")
    database.upgrade()
    base = ServiceContext(database.session_factory, workstation="screenshots@docs")
    ensure_reference_data(base)
    admin = create_first_administrator(
        base,
        firstname="Ada",
        lastname="Lovelace",
        email="ada.lovelace@northwind.example",
        nickname="ada",
        password="s3cret-Passw0rd",
    )
    session = AppSession(
        database, base.acting_as(admin.id), admin, SecretStore(workdir / "secrets.json"), "Northwind Support"
    )
    for label, permissions in EXTRA_ROLES.items():
        session.roles.create_role(label, sorted(p.value for p in permissions))
    role_ids = {label: role_id for role_id, label in session.users.role_names()}
    now = DEMO_NOW
    sign_ins = {}
    for i, name in enumerate(p.strip() for p in PEOPLE.split(",")):
        first, last = name.split(" ", 1)
        key_first, key_last = ascii_key(first), ascii_key(last)
        role = "Auditor" if i % 13 == 12 else ROLE_OF[i % len(ROLE_OF)]
        row = session.users.create_user(
            NewUser(
                first,
                last,
                key_first[0] + key_last,
                f"{key_first}.{key_last}@northwind.example",
                role_ids[role],
            )
        )
        if i % 11 == 4:
            session.users.set_enabled(row.id, False)
        elif i % 7 != 6:
            sign_ins[row.id] = now - timedelta(hours=3 + i * 7, minutes=i * 13)
    # Demo data only (the services stamp "now"): an account that has been in use for a while.
    with database.session_factory() as db, db.begin():
        for user_id, when in sign_ins.items():
            db.execute(update(User).where(User.id == user_id).values(last_sign_in_at=when))
        db.execute(update(User).where(User.id == admin.id).values(last_sign_in_at=now - timedelta(minutes=5)))
        for n, (_role_id, label) in enumerate(session.users.role_names()):
            when = now - timedelta(days=40 - n * 4, hours=n * 5)
            db.execute(update(Role).where(Role.label == label).values(updated_at=when))
    return session


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # never touch this machine's keyring
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet())  # empty (logged) when resources/style.qss is missing

    with tempfile.TemporaryDirectory(prefix="engage-screens-") as tmp:
        folder = Path(tmp)
        os.environ["ENGAGE_DATA_DIR"] = str(folder)
        session = seed(folder)
        window = MainWindow(session, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window.resize(*SIZE)
        window.show()
        window.show_page("users.roles")
        settle(app)
        roles = window.page_widget("users.roles")
        assert isinstance(roles, RolesPage)
        roles.panel.select_key(role_id(session, "Night-shift supervisor"))
        roles.panel.table.setFocus()
        settle(app, 0.1)
        save(window, out / "roles-list.png")

        roles.edit_selected()
        editor = roles.editor
        assert isinstance(editor, RoleEditorDialog)
        editor.resize(620, 780)
        editor.tree.setFocus()
        settle(app, 0.1)
        save(editor, out / "role-editor.png")
        editor.reject()

        roles.new_role()
        editor = roles.editor
        assert isinstance(editor, RoleEditorDialog)
        editor.resize(620, 780)
        editor.label_edit.setText("supervisor")
        for name in ("read_user", "read_presence", "monitor_tasks", "monitor_team_tasks", "read_stats"):
            item = editor.permission_item(name)
            assert item is not None
            item.setCheckState(0, Qt.CheckState.Checked)
        editor.save()  # refused: the label is taken
        settle(app, 0.1)
        save(editor, out / "role-editor-error.png")
        editor.reject()

        window.close()
        session.database.dispose()


def role_id(session: AppSession, label: str) -> int:
    return next(r.id for r in session.roles.list_roles(ListQuery(search=label)) if r.label == label)


if __name__ == "__main__":
    main()
