"""Screenshots of the shell and form behaviour: the channel wizard with an error on another tab, the
status bar, the keyring banner, a coming page with its muted drawer entry, and the question asked
before an editor with unsaved changes closes.

Run from the repository root: `.venv/bin/python scripts/screenshots/shell_forms.py [output_dir]`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, show_main_window, start_app

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.channels.source_wizard import SourceWizard
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.notice_banner import keyring_notice
from engage_desktop.views.users.presence_page import PresenceStatusDialog
from engage_desktop.views.widgets.latest_request import wait_for_list_loads
from engage_desktop.views.widgets.list_panel import ListPanel

PEOPLE = [
    ("Amélie", "Laurent"),
    ("Bruno", "Costa"),
    ("Chloé", "Martin"),
    ("Daniel", "Okafor"),
    ("Elena", "Petrova"),
    ("Farid", "Haddad"),
    ("Grace", "Kim"),
    ("Hugo", "Moreau"),
]


def _people(session: AppSession) -> None:
    roles = {r.label: r.id for r in session.roles.list_roles(ListQuery())}
    role = roles.get("Agent", next(iter(roles.values())))
    for first, last in PEOPLE:
        nick = f"{first}.{last}".lower().replace("é", "e")
        session.users.create_user(NewUser(first, last, nick, f"{nick}@northwind.example", role))


def _loaded(app: QApplication, window: QWidget) -> None:
    wait_for_list_loads()
    settle(app, 0.4)


def _over(base: QWidget, top: QWidget) -> QPixmap:
    """`top` (a dialog, its own window) drawn centred over a dimmed `base`, as the person sees them."""
    picture = base.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(20, 28, 45, 70))
    over = top.grab()
    corner = QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2)
    painter.drawPixmap(corner, over)
    painter.setPen(QColor("#AEB6C6"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, over.width() + 1, over.height() + 1)
    painter.end()
    return picture


def wizard_with_error_on_another_tab(app: QApplication, session: AppSession, out: Path) -> None:
    session.communities.create_community("Northwind on Facebook", "facebook")
    wizard = SourceWizard(session)
    wizard.resize(760, 640)
    wizard.show()
    wizard.choose_type("facebook")
    wizard.next_step()
    assert wizard.form is not None
    wizard.form.name_edit.setText("Northwind Outlet")  # fine; the page id (Connection tab) is missing
    wizard.save()
    settle(app)
    save(wizard, out / "source-wizard-error-on-other-tab.png")
    wizard.unsaved.clean = None  # closes without asking
    wizard.close()


def status_bar(app: QApplication, window: MainWindow, out: Path) -> None:
    window.show_page("users.users")
    _loaded(app, window)
    page = window.page_widget("users.users")
    assert page is not None
    panel = page.findChild(ListPanel)
    assert panel is not None
    selection = panel.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 2, 4):
        selection.select(panel.model.index(row, 0), flags)
    settle(app)
    save(window, out / "status-bar.png")
    selection.clearSelection()


def keyring_banner(app: QApplication, window: MainWindow, out: Path) -> None:
    """The kit's windows run without a keyring but dismiss its notice; shown again here."""
    window.show_notice("keyring", keyring_notice(window.session.secrets.fallback_path))
    window.show_page("users.roles")
    _loaded(app, window)
    save(window, out / "keyring-banner.png")
    banner = window.notice("keyring")
    if banner is not None:
        banner.dismiss()


def coming_page(app: QApplication, window: MainWindow, out: Path) -> None:
    unbuilt = [
        key
        for key in window.visible_page_keys()
        if window.navigation.drawer.page_item(key) and not _built(key)
    ]
    if not unbuilt:
        print("every page is built: no coming page to show")
        return
    window.show_page(unbuilt[0])
    section = unbuilt[0].split(".")[0]
    window.navigation.open_drawer()
    window.navigation.drawer.reveal_section(section)
    while window.navigation.is_drawer_animating():
        app.processEvents()
    settle(app, 0.4)
    save(window, out / "coming-page.png")
    window.navigation.close_drawer()
    settle(app, 0.4)


def _built(key: str) -> bool:
    from engage_desktop.views.shell.navigation_map import page_by_key

    page = page_by_key(key)
    return page is not None and page.factory is not None


def unsaved_changes_prompt(app: QApplication, session: AppSession, out: Path) -> None:
    editor = PresenceStatusDialog(session, None)
    editor.resize(620, 330)
    editor.show()
    settle(app)
    editor.name_edit.setText("Coffee break")
    editor.reject()
    settle(app)
    prompt = editor.unsaved.prompt
    assert prompt is not None
    _over(editor, prompt).save(str(out / "unsaved-changes-prompt.png"))
    print(f"wrote {out / 'unsaved-changes-prompt.png'}")
    prompt.destructive_button.click()
    settle(app)


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session = new_admin_session(folder, account_name="Northwind Support")
        _people(session)
        wizard_with_error_on_another_tab(app, session, out)
        window = show_main_window(session, folder)
        _loaded(app, window)
        status_bar(app, window, out)
        keyring_banner(app, window, out)
        coming_page(app, window, out)
        unsaved_changes_prompt(app, session, out)
        window.close()


if __name__ == "__main__":
    main()
