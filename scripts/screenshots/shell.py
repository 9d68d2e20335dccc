"""Screenshots of the shell at the smallest supported size, in French, and in the dark scheme.

Opens the `--demo` data (the demo loader, signed in as the demo administrator) in a throwaway
folder, renders offscreen with the app style sheet and writes to docs/screenshots/:
  users-list-fr-1024x640.png, roles-list-fr-1024x640.png, sources-list-fr-1024x640.png,
  topologies-list-fr-1024x640.png (French, 1024×640: one header, nothing cut, no page scroll),
  confirm-save-fr.png, confirm-delete-fr.png (French dialogs: the default button whole),
  users-list-dark.png, role-editor-dark.png (View > Colour scheme > Dark).

    python scripts/screenshots/shell.py [--out DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from screenshot_kit import DEFAULT_OUT, data_dir, save, settle, start_app

from engage_desktop.db import Database
from engage_desktop.i18n import install_translations
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.demo import loader as demo
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.users.role_editor import RoleEditorDialog
from engage_desktop.views.widgets.color_scheme import ColorScheme, theme_controller
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog

SMALL = (1024, 640)
FRENCH_PAGES = {
    "users.users": "users-list-fr-1024x640.png",
    "users.roles": "roles-list-fr-1024x640.png",
    "channels.sources": "sources-list-fr-1024x640.png",
    "routing.topologies": "topologies-list-fr-1024x640.png",
}


def demo_session(folder: Path) -> AppSession:
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    database.upgrade()
    ctx = ServiceContext(database.session_factory, workstation="screenshots@docs")
    ensure_reference_data(ctx)
    demo.load_demo_data(ctx)
    user = auth.sign_in(ctx, demo.DEMO_LOGIN, demo.DEMO_PASSWORD)
    secrets = SecretStore(fallback_path=folder / "secrets.json")
    session = AppSession(database, ctx.acting_as(user.id), user, secrets, account_name="Northwind Support")
    # The demo has no topology yet: two, so that the list is not empty.
    anyone = {"queues": [], "default_queue": {"steps": [{"target": {"any_agent": True}}]}}
    weekdays = session.topologies.create_topology("Weekdays", anyone)
    session.topologies.activate_topology(weekdays.id)
    session.topologies.create_topology("Holiday draft", anyone)
    return session


def window_at(session: AppSession, folder: Path, name: str, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(session, QSettings(str(folder / f"{name}.ini"), QSettings.Format.IniFormat))
    window.resize(*size)
    window.show()
    for banner in window.findChildren(QWidget, "noticeBanner"):  # this machine's keyring notice
        dismiss = getattr(banner, "dismiss", None)
        if callable(dismiss):
            dismiss()
    return window


def dialog_shot(app: QApplication, dialog: QWidget, path: Path) -> None:
    dialog.show()
    settle(app, 0.3)
    save(dialog, path)
    dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_app(locale="fr_FR")

    with data_dir() as folder:
        session = demo_session(folder)

        install_translations(app, "fr")
        window = window_at(session, folder, "french", SMALL)
        for key, name in FRENCH_PAGES.items():
            window.show_page(key)
            settle(app, 0.6)
            save(window, args.out / name)
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QApplication.translate("QPlatformTheme", "Save"))
        box.setText("Enregistrer les modifications du rôle « Superviseur » ?")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        dialog_shot(app, box, args.out / "confirm-save-fr.png")
        confirm = ConfirmDialog(
            window,
            "Supprimer le rôle",
            "Supprimer le rôle « Superviseur » ?",
            "Supprimer le rôle",
            "Cette action est définitive.",
        )
        dialog_shot(app, confirm, args.out / "confirm-delete-fr.png")
        window.close()

        install_translations(app, "en")
        window = window_at(session, folder, "dark", (1280, 800))
        theme_controller(app).set_choice(ColorScheme.DARK)
        window.show_page("users.users")
        settle(app, 0.6)
        save(window, args.out / "users-list-dark.png")
        window.show_page("users.roles")
        settle(app, 0.6)
        role_id = next(r.id for r in session.roles.list_roles(ListQuery()) if r.label == "Supervisor")
        editor = RoleEditorDialog(session, role_id, window)
        editor.resize(760, 620)
        dialog_shot(app, editor, args.out / "role-editor-dark.png")
        theme_controller(app).set_choice(ColorScheme.SYSTEM)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
