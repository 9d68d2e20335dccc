"""Screenshots of Users › Roles (list, editor, editor with an error) and Users › Users.

Builds a throwaway SQLite database (first administrator, a few custom roles, ~40 users) in a
temporary folder, renders offscreen with the app style sheet and writes docs/screenshots/
roles-list.png, role-editor.png and role-editor-error.png (users-list.png comes from users.py).

    python scripts/screenshots/roles.py [output_dir]
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from screenshot_kit import (
    DEMO_NOW,
    PEOPLE,
    ascii_key,
    data_dir,
    new_admin_session,
    output_dir,
    save,
    settle,
    show_main_window,
    start_app,
)
from sqlalchemy import update

from engage_desktop.models import Role, User
from engage_desktop.services.access.permissions import DEFAULT_ROLES, Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.users.role_editor import RoleEditorDialog
from engage_desktop.views.users.roles_page import RolesPage

SIZE = (1280, 800)

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


ROLE_OF = (
    ["Agent"] * 5 + ["Social media agent"] * 2 + ["Supervisor", "Night-shift supervisor", "Billing team lead"]
)


def seed(workdir: Path) -> AppSession:
    session = new_admin_session(workdir)
    database, admin = session.database, session.user
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


def main() -> None:
    out = output_dir()
    app = start_app()

    with data_dir() as folder:
        session = seed(folder)
        window = show_main_window(session, folder, SIZE)
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
