"""The GUI's life: QApplication, the first window at once, the database opened behind it, sign in,
main window.

Start-up shows the sign-in dialog before anything heavy is imported (SQLAlchemy and the models,
argon2, keyring, Alembic, the pages): a worker thread opens, upgrades and checks the database
meanwhile, and a password submitted early waits for it. The demo signs in through the same dialog,
by itself, once its database is there: no password is verified before a window is on screen, and
nothing but the dialog is shown before someone signed in. qasync's asyncio loop joins the running
Qt loop after the first paint.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from engage_desktop import APP_NAME, ORG_NAME
from engage_desktop.config import (
    SETTINGS_DB_URL,
    SETTINGS_LANGUAGE,
    SUPPORTED_SCHEMES,
    choose_database_url,
    make_owner_only,
    resources_dir,
)
from engage_desktop.i18n import install_translations, resolve_language
from engage_desktop.services.core.errors import DomainError

if TYPE_CHECKING:
    from engage_desktop.db import Database, UpgradeReport
    from engage_desktop.secrets import SecretStore
    from engage_desktop.services.access.sign_in import SignedInUser
    from engage_desktop.services.app_session import AppSession
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.views.shell.main_window import MainWindow
    from engage_desktop.views.shell.sign_in_dialog import _AccountDialog

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    from engage_desktop.views.widgets.theme import load_style_sheet

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "logo.svg")))
    app.setStyle("Fusion")
    app.setStyleSheet(load_style_sheet())
    return app


@dataclass
class OpenedDatabase:
    database: Database
    ctx: ServiceContext
    report: UpgradeReport
    needs_first_administrator: bool
    secrets: SecretStore


def open_database_at(
    url: str, is_demo: bool, secrets: SecretStore | None = None, preload: tuple[str, ...] = ()
) -> OpenedDatabase:
    """Everything sign-in needs: schema upgraded, reference (and demo) data in, the keyring found.

    No widget is touched, so it runs on the start-up's worker thread. It also imports what the
    main window needs next (the services, argon2, the `preload` modules: importing creates no
    widget), so the user's typing hides that time.
    """
    from engage_desktop.audit_commands import anchor_book
    from engage_desktop.db import Database
    from engage_desktop.secrets import SecretStore, restore_database_password
    from engage_desktop.services.access import sign_in as auth
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.core.journal_anchor import AnchorRecorder
    from engage_desktop.services.core.reference_data import ensure_reference_data

    secrets = secrets or SecretStore()
    database = Database(restore_database_password(url, secrets))
    try:
        report = database.upgrade()
        ctx = ServiceContext(
            database.session_factory,
            journal_anchor=AnchorRecorder(anchor_book(), database.display_url),
        )
        ensure_reference_data(ctx)
        if is_demo:
            from engage_desktop.services.demo import loader as demo

            demo.load_demo_data(ctx)
        needs_first_administrator = not is_demo and auth.needs_first_administrator(ctx)
    except BaseException:
        database.dispose()
        raise
    for module in ("engage_desktop.services.app_session", *preload):
        try:
            importlib.import_module(module)
        except Exception:  # raised again, and shown, where the module is used
            log.exception("Could not import %s ahead of its use", module)
    return OpenedDatabase(database, ctx, report, needs_first_administrator, secrets)


_running: set[DatabaseOpening] = set()  # a QThread destroyed while running aborts the process


class DatabaseOpening(QThread):
    """`open_database_at` off the GUI thread; `result` or `error` is set when `finished` comes."""

    def __init__(
        self, url: str, is_demo: bool, secrets: SecretStore | None, preload: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self.url = url
        self.is_demo = is_demo
        self.secrets = secrets
        self.preload = preload
        self.result: OpenedDatabase | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = open_database_at(self.url, self.is_demo, self.secrets, self.preload)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.error = exc


class AfterFirstPaint(QObject):
    """Runs `then` once `window` has painted (or after `fallback_ms`, should it never paint).

    A worker thread started earlier would hold the GIL while the window paints for the first time,
    when every widget's virtual calls still take it.
    """

    def __init__(self, window: QWidget, then: Callable[[], None], fallback_ms: int = 300) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        if self._then is None:
            return
        then, self._then = self._then, None
        self._window.removeEventFilter(self)
        then()


def _scheme_is_supported(url: str) -> bool:
    """A cheap look at the address, so a wrong one is refused at once rather than behind a dialog."""
    return url.partition(":")[0].partition("+")[0].lower() in SUPPORTED_SCHEMES


def _sqlite_file_is_missing(url: str) -> bool:
    """A SQLite file not created yet surely has no administrator: ask for the first one directly."""
    if not url.startswith("sqlite:///"):
        return False
    path = url.removeprefix("sqlite:///").partition("?")[0]
    return bool(path) and path != ":memory:" and not Path(path).exists()


class AppController(QObject):
    """Owns the database, the signed-in session and the main window; sign-out goes back to sign-in."""

    database_opened = Signal()  # the dialog on screen can now check a password
    main_window_shown = Signal()

    def __init__(self, settings: QSettings, db_url: str | None = None, is_demo: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.db_url = db_url
        self.is_demo = is_demo
        self.secrets: SecretStore | None = None  # found with the database (keyring discovery is slow)
        self.database: Database | None = None
        self.ctx: ServiceContext | None = None
        self.window: MainWindow | None = None
        self.dialog: _AccountDialog | None = None
        self.upgrade_message = ""
        self.exit_code = 0
        self._signed_in_once = False
        self._opening: DatabaseOpening | None = None  # the one whose database is awaited
        self.demo_question: QWidget | None = None  # "quit or sign in again", while it is asked

    # ---- database ---------------------------------------------------------------------------------
    def database_url(self) -> str:
        if self.db_url and not self.is_demo:
            return self.db_url  # --db on the command line
        return choose_database_url(str(self.settings.value(SETTINGS_DB_URL, "") or ""), demo=self.is_demo).url

    def open_database(self) -> bool:
        """On the calling thread; start-up and reconnection open it behind the dialog instead."""
        try:
            opened = open_database_at(self.database_url(), self.is_demo, self.secrets)
        except DomainError as exc:
            self._report_cannot_open(exc.message)
            return False
        self._install(opened)
        return True

    def _install(self, opened: OpenedDatabase) -> None:
        report = opened.report
        if report.changed and report.before is not None:
            self.upgrade_message = (
                QCoreApplication.translate("App", "The database was upgraded from schema %1 to %2.")
                .replace("%1", report.before)
                .replace("%2", str(report.after))
            )
            log.info("Database upgraded from %s to %s", report.before, report.after)
        if self.database is not None:
            self.database.dispose()  # the one we leave for the address just saved
        self.database, self.ctx, self.secrets = opened.database, opened.ctx, opened.secrets

    def _report_cannot_open(self, message: str) -> None:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), message)

    def _open_in_background(self, url: str) -> None:
        worker = DatabaseOpening(url, self.is_demo, self.secrets)
        worker.finished.connect(self._database_opened)
        self._opening = worker  # an earlier one still running is now stale: its result is dropped
        _running.add(worker)
        if self.dialog is not None:
            AfterFirstPaint(self.dialog, lambda: self._start_opening(worker))
        else:
            QTimer.singleShot(0, lambda: self._start_opening(worker))

    def _start_opening(self, worker: DatabaseOpening) -> None:
        from engage_desktop.views.shell import navigation_map

        if worker is not self._opening:  # cancelled, or another address chosen, before it began
            _running.discard(worker)
            return

        page = navigation_map.first_page_module(self.settings.value(navigation_map.LAST_PAGE_SETTING))
        worker.preload = ("engage_desktop.views.shell.main_window", *([page] if page else []))
        worker.start()

    @Slot()
    def _database_opened(self) -> None:
        worker = self.sender()
        assert isinstance(worker, DatabaseOpening)
        worker.wait()
        worker.deleteLater()
        _running.discard(worker)
        if worker is not self._opening:
            if worker.result is not None:
                worker.result.database.dispose()
            return
        self._opening = None
        if worker.error is not None:
            error = worker.error
            if not isinstance(error, DomainError):
                log.error("Cannot open the database", exc_info=error)
            self._give_up(error.message if isinstance(error, DomainError) else str(error))
            return
        assert worker.result is not None
        self._install(worker.result)
        self._database_ready(worker.result.needs_first_administrator)

    def _database_ready(self, needs_first_administrator: bool) -> None:
        from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog

        assert self.database is not None and self.ctx is not None and self.secrets is not None
        dialog = self.dialog
        if dialog is None:
            return
        if isinstance(dialog, FirstAdministratorDialog) != needs_first_administrator:
            self.dialog = None  # its rejection below is not the user's
            dialog.close()
            dialog.deleteLater()
            dialog = self._ask_for_account(needs_first_administrator)
        else:
            dialog.set_database(self.ctx, self.database.display_url, self._keyring_warning())
        self.database_opened.emit()
        if self.is_demo:
            self._sign_in_as_demo(dialog)

    def stop(self) -> None:
        """Before the process ends: a thread still opening the database is waited for."""
        self._opening = None
        for worker in list(_running):
            worker.wait()
            if worker.result is not None:
                worker.result.database.dispose()
            _running.discard(worker)

    # ---- sign-in --------------------------------------------------------------------------------
    def account_dialog(self, first_administrator: bool | None = None) -> _AccountDialog:
        """Sign-in, or the first administrator on an empty database; both can change the database.

        Before the database is open, `first_administrator` says which, and the dialog waits for it.
        """
        from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog, SignInDialog

        if first_administrator is None:
            from engage_desktop.services.access import sign_in as auth

            assert self.ctx is not None
            first_administrator = auth.needs_first_administrator(self.ctx)
        kind = FirstAdministratorDialog if first_administrator else SignInDialog
        label = self.database.display_url if self.database is not None else ""
        return kind(
            self.ctx, label, self._keyring_warning(), settings=None if self.is_demo else self.settings
        )

    def _keyring_warning(self) -> str:
        """The sign-in dialogs' note when secrets cannot go to a keyring, in the interface's language
        (`SecretStore.warning` is the log's English)."""
        from engage_desktop.views.shell.notice_banner import keyring_notice

        if self.secrets is None or self.secrets.uses_keyring:
            return ""
        return keyring_notice(self.secrets.fallback_path)

    def _ask_for_account(self, first_administrator: bool | None = None) -> _AccountDialog:
        dialog = self.account_dialog(first_administrator)
        if self.is_demo:
            dialog.intro.setText(
                QCoreApplication.translate("App", "Signing in to the demo database as its administrator…")
            )
            dialog.form.setEnabled(False)
            dialog.ok_button.setEnabled(False)  # it signs in by itself once the database is open
        dialog.accepted.connect(self._account_accepted)
        dialog.rejected.connect(self._account_rejected)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _sign_in_as_demo(self, dialog: _AccountDialog) -> None:
        from engage_desktop.services.demo import loader as demo
        from engage_desktop.views.shell.sign_in_dialog import SignInDialog

        assert isinstance(dialog, SignInDialog)
        dialog.login.setText(demo.DEMO_LOGIN)
        dialog.password.setText(demo.DEMO_PASSWORD)
        dialog.ok_button.setEnabled(True)
        dialog.ok_button.click()
        if dialog.signed_in is None:
            dialog.form.setEnabled(True)  # the form says why; let the person try

    @Slot()
    def _account_accepted(self) -> None:
        dialog = self.dialog
        if dialog is None or self.sender() is not dialog:
            return
        self.dialog = None
        dialog.deleteLater()
        assert dialog.signed_in is not None
        try:
            self.show_main_window(dialog.signed_in)
        except Exception as exc:  # in a slot it would vanish, leaving a process with no window
            log.exception("The main window failed to open")
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Cannot open the main window"), str(exc)
            )
            self._quit(1)

    @Slot()
    def _account_rejected(self) -> None:
        dialog = self.dialog
        if dialog is None or self.sender() is not dialog:
            return
        self.dialog = None
        dialog.deleteLater()
        if dialog.reconnect_requested:
            # The connection dialog saved another database address: open it and ask again.
            self.db_url = None
            self.ctx = None  # no password goes to the old database; _install disposes it
            url = self.database_url()
            self._ask_for_account(_sqlite_file_is_missing(url))
            self._open_in_background(url)
            return
        self._quit(0 if self._signed_in_once else 1)

    # ---- main window ----------------------------------------------------------------------------
    def show_main_window(self, user: SignedInUser) -> None:
        assert self.ctx is not None and self.database is not None and self.secrets is not None
        from engage_desktop.services.app_session import AppSession
        from engage_desktop.views.shell.main_window import MainWindow

        session = AppSession(
            self.database,
            self.ctx.acting_as(user.id, signed_in_at=user.signed_in_at),  # a password change ends it
            user,
            self.secrets,
            account_name=self._account_name(),
        )
        window = MainWindow(session, self.settings)
        window.sign_out_requested.connect(self.request_sign_out)
        window.open_database_requested.connect(self.open_instead)
        if self.upgrade_message:
            window.show_notice("upgrade", self.upgrade_message)  # the keyring one it shows itself
        window.show()
        self._follow_other_workstations(window, session)
        from engage_desktop.views.digital.export_scheduler import ExportScheduler

        ExportScheduler(session, window).start()  # automated exports: one console per database runs them
        log.info("Main window shown for %s", user.nickname)
        self.window = window
        self._signed_in_once = True
        QApplication.setQuitOnLastWindowClosed(True)
        self.main_window_shown.emit()

    def open_instead(self, url: str) -> None:
        """File › Import a bundle…'s "Open the workspace now": sign out here, then sign in on `url`
        with the same pages. For this run only, as `--db` would: the saved address stays the main
        database's (the next start, and Connect to database…, come back to it)."""
        from engage_desktop.services.access import sign_in as auth
        from engage_desktop.views.shell.sign_in_dialog import SignInDialog

        QApplication.setQuitOnLastWindowClosed(False)  # the dialog comes before the next window
        login = ""
        if self.window is not None and self.ctx is not None:
            window, self.window = self.window, None
            login = window.session.user.email
            auth.sign_out(self.ctx.acting_as(window.session.user.id))
            window.close()
            window.deleteLater()
        self.db_url, self.is_demo, self.ctx = url, False, None  # a workspace is never the demo
        dialog = self._ask_for_account(False)
        if isinstance(dialog, SignInDialog):
            dialog.login.setText(login)
        self._open_in_background(url)

    def _follow_other_workstations(self, window: QMainWindow, session: AppSession) -> None:
        """Lists refresh themselves when another console changes the same database, and this
        console is listed in Settings › Workstations while its window is open."""
        from engage_desktop.services.core.change_feed import ChangeFeed
        from engage_desktop.services.settings.workstations import WorkstationPresence
        from engage_desktop.views.shell.live_refresh import install_live_refresh
        from engage_desktop.views.shell.workstation_heartbeat import WorkstationHeartbeat

        assert self.database is not None
        url = self.database.url
        install_live_refresh(window, lambda: ChangeFeed(url))
        WorkstationHeartbeat(window, WorkstationPresence(session.ctx, session.user.display_name))

    def _account_name(self) -> str:
        from engage_desktop.services.access.account import account_name

        assert self.ctx is not None
        return account_name(self.ctx)

    def request_sign_out(self) -> None:
        """The window's "Sign out": the demo asks first whether to quit or sign in again."""
        if not self.is_demo or self.window is None:
            self.sign_out()
            return
        from engage_desktop.views.shell.demo_sign_out import DemoExit, DemoSignOutQuestion

        question = DemoSignOutQuestion(self.window)
        question.answered.connect(lambda answer: self.sign_out(answer is DemoExit.SIGN_IN_AGAIN))
        question.finished.connect(question.deleteLater)
        self.demo_question = question
        question.open()

    def sign_out(self, sign_in_again: bool = False) -> None:
        """Ends the session; the sign-in comes back, except for the demo, which quits unless asked
        to sign in again (as its administrator, by itself)."""
        from engage_desktop.services.access import sign_in as auth

        QApplication.setQuitOnLastWindowClosed(False)  # the dialog comes before the next window
        if self.window is not None and self.ctx is not None:
            window = self.window
            auth.sign_out(self.ctx.acting_as(window.session.user.id))
            window.close()  # not just hidden: what watches its Close (the live refresh thread) stops
            window.deleteLater()
            self.window = None
        if self.is_demo and not sign_in_again:
            QApplication.quit()
            return
        dialog = self._ask_for_account()
        if self.is_demo:
            QTimer.singleShot(0, lambda: self._sign_in_as_demo(dialog))

    # ---- start and end --------------------------------------------------------------------------
    def start(self) -> bool:
        """Shows the first window and opens the database behind it; False when it cannot start.

        The main window follows a successful sign-in (`main_window_shown`); cancelling the dialog,
        or a database that cannot be opened, ends the application (`exit_code` 1).
        """
        url = self.database_url()
        if not _scheme_is_supported(url) and not self.open_database():
            return False  # refused at once, with the full check's message
        QApplication.setQuitOnLastWindowClosed(False)  # the dialog comes before the main window
        if self.ctx is not None:
            self._ask_for_account()
            return True
        self._ask_for_account(not self.is_demo and _sqlite_file_is_missing(url))
        self._open_in_background(url)
        return True

    def _give_up(self, message: str) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.close()
            dialog.deleteLater()
        self._report_cannot_open(message)
        self._quit(1)

    def _quit(self, exit_code: int) -> None:
        self.exit_code = exit_code
        self._opening = None  # not started yet: it never will be
        QApplication.quit()


def _join_asyncio(app: QApplication) -> None:
    """qasync's asyncio loop on the Qt loop already running (importing it need not delay the window)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)

    def close() -> None:
        loop.stop()
        loop.close()

    app.aboutToQuit.connect(close)


def move_saved_database_password(settings: QSettings) -> None:
    """An address saved by an earlier version with its password: the password moves to the keyring."""
    from urllib.parse import urlsplit

    url = str(settings.value(SETTINGS_DB_URL, "") or "")
    if not url.startswith("postgresql") or not urlsplit(url).password:
        return
    from engage_desktop.secrets import stash_database_password

    try:
        settings.setValue(SETTINGS_DB_URL, stash_database_password(url))
        settings.sync()
    except Exception as exc:  # the keyring refused: the address keeps working as it was
        log.warning("Could not move the database password to the keyring (%s)", type(exc).__name__)


def run_gui(db_url: str | None = None, demo: bool = False, language: str | None = None) -> int:
    app = create_application()
    settings = QSettings()
    make_owner_only(settings.fileName())
    move_saved_database_password(settings)
    install_translations(app, resolve_language(language or str(settings.value(SETTINGS_LANGUAGE, "") or "")))
    controller = AppController(settings, db_url=db_url, is_demo=demo)
    if not controller.start():
        return 1
    QTimer.singleShot(0, lambda: _join_asyncio(app))
    app.exec()
    controller.stop()
    return controller.exit_code
