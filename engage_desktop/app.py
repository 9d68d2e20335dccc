"""The GUI's life: QApplication + qasync loop, open/upgrade the database, sign in, main window."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from engage_desktop import APP_NAME, ORG_NAME
from engage_desktop.config import SETTINGS_DB_URL, SETTINGS_LANGUAGE, choose_database_url, resources_dir
from engage_desktop.db import Database
from engage_desktop.i18n import install_translations, resolve_language
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.demo import loader as demo
from engage_desktop.views.widgets.theme import load_style_sheet as style_sheet

if TYPE_CHECKING:
    from engage_desktop.views.shell.sign_in_dialog import _AccountDialog

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "logo.svg")))
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    return app


class AppController:
    """Owns the database, the signed-in session and the main window; sign-out goes back to sign-in."""

    def __init__(self, settings: QSettings, db_url: str | None = None, is_demo: bool = False) -> None:
        self.settings = settings
        self.db_url = db_url
        self.is_demo = is_demo
        self.secrets = SecretStore()
        self.database: Database | None = None
        self.ctx: ServiceContext | None = None
        self.window: QWidget | None = None
        self.upgrade_message = ""

    def open_database(self) -> bool:
        if self.db_url and not self.is_demo:
            url = self.db_url  # --db on the command line
        else:
            url = choose_database_url(
                str(self.settings.value(SETTINGS_DB_URL, "") or ""), demo=self.is_demo
            ).url
        try:
            database = Database(url)
            report = database.upgrade()
            ctx = ServiceContext(database.session_factory)
            ensure_reference_data(ctx)
            if self.is_demo:
                demo.load_demo_data(ctx)
        except DomainError as exc:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Cannot open the database"), exc.message
            )
            return False
        if report.changed and report.before is not None:
            self.upgrade_message = (
                QCoreApplication.translate("App", "The database was upgraded from schema %1 to %2.")
                .replace("%1", report.before)
                .replace("%2", str(report.after))
            )
            log.info("Database upgraded from %s to %s", report.before, report.after)
        if self.database is not None:
            self.database.dispose()  # the one we leave for the address just saved
        self.database, self.ctx = database, ctx
        return True

    def sign_in(self) -> auth.SignedInUser | None:
        """The demo signs in by itself; an empty database asks for its first administrator."""
        assert self.ctx is not None
        if self.is_demo:
            return auth.sign_in(self.ctx, demo.DEMO_LOGIN, demo.DEMO_PASSWORD)
        dialog = self.account_dialog()
        accepted = dialog.exec()
        if dialog.reconnect_requested:
            # The connection dialog saved another database address: open it and ask again.
            self.db_url = None
            return self.sign_in() if self.open_database() else None
        return dialog.signed_in if accepted else None

    def account_dialog(self) -> _AccountDialog:
        """Sign-in, or the first administrator on an empty database; both can change the database."""
        assert self.ctx is not None and self.database is not None
        from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog, SignInDialog

        kind = FirstAdministratorDialog if auth.needs_first_administrator(self.ctx) else SignInDialog
        return kind(self.ctx, self.database.display_url, self.secrets.warning, settings=self.settings)

    def show_main_window(self, user: auth.SignedInUser) -> None:
        assert self.ctx is not None and self.database is not None
        from engage_desktop.views.shell.main_window import MainWindow

        session = AppSession(
            self.database, self.ctx.acting_as(user.id), user, self.secrets, account_name=self._account_name()
        )
        window = MainWindow(session, self.settings)
        window.sign_out_requested.connect(self.sign_out)
        notes = [m for m in (self.upgrade_message, self.secrets.warning) if m]
        if notes:
            window.statusBar().showMessage("  ".join(notes))
        window.show()
        self.window = window

    def _account_name(self) -> str:
        from engage_desktop.models import AccountSettings

        assert self.database is not None
        with self.database.session_factory() as session:
            account = session.scalar(select(AccountSettings).limit(1))
            return account.name if account else "Engage"

    def sign_out(self) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
        if self.window is not None and self.ctx is not None:
            window = self.window
            auth.sign_out(self.ctx.acting_as(window.session.user.id))
            window.hide()
            window.deleteLater()
            self.window = None
        if self.is_demo:
            QApplication.quit()
            return
        user = self.sign_in()
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
        if user is None:
            QApplication.quit()
        else:
            self.show_main_window(user)

    def start(self) -> bool:
        if not self.open_database():
            return False
        user = self.sign_in()
        if user is None:
            return False
        self.show_main_window(user)
        return True


def run_gui(db_url: str | None = None, demo: bool = False, language: str | None = None) -> int:
    app = create_application()
    settings = QSettings()
    install_translations(app, resolve_language(language or str(settings.value(SETTINGS_LANGUAGE, "") or "")))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    controller = AppController(settings, db_url=db_url, is_demo=demo)
    if not controller.start():
        return 1
    with loop:
        loop.run_until_complete(closed.wait())
    return 0
