"""The window's commands: one QAction each, shared by the menu bar and the lists' right-click menus.

Edit commands go to the page on screen when it is a list page (`ListPage`): the action clicks the
page's own button, so the page keeps the one decision of what its command does and when it is
allowed, and the action is enabled exactly when that button is.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from engage_desktop import APP_NAME, __version__
from engage_desktop.config import data_dir
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.journal_check import JournalCheck, check_journal
from engage_desktop.views.bundles.file_menu import BundleFileActions
from engage_desktop.views.shell import navigation_map
from engage_desktop.views.shell.shortcuts_dialog import ShortcutsDialog, plain_text, shortcut_text
from engage_desktop.views.widgets.color_scheme import add_color_scheme_menu
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

if TYPE_CHECKING:
    from engage_desktop.views.shell.main_window import MainWindow

SECTION_SHORTCUT_COUNT = 6  # Ctrl+1 .. Ctrl+6, in the map's section order
PAGE_COMMANDS = {"new": "new_button", "edit": "edit_button", "delete": "delete_button"}
_WATCHED_EVENTS = (QEvent.Type.EnabledChange, QEvent.Type.ShowToParent, QEvent.Type.HideToParent)


@runtime_checkable
class ListPage(Protocol):
    """A page built on the shared list panel. Its commands, when it has them, are the buttons
    `new_button`, `edit_button` and `delete_button`, or panel buttons named "new…Button" and so on."""

    panel: ListPanel


class ShellActions(QObject):
    """Builds the menu bar and follows the current page to enable what it can do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: QDialog | None = None  # About, shortcuts or the journal's result
        self.journal_progress: ProgressDialog | None = None
        self._page: QWidget | None = None
        self._watched: list[QPushButton] = []
        self.all_actions: list[QAction] = []

        self.connect_database = self._action(
            self.tr("&Connect to database…"), self._connect_database, "connectDatabase"
        )
        self.move_database = self._action(
            self.tr("&Move to a shared database…"), self._move_database, "moveDatabase"
        )
        self.move_database.setVisible(
            window.session.can(Permission.UPDATE_SETTINGS) and window.session.can(Permission.MANAGE_ROLES)
        )
        self.compare_bundle = self._action(
            self.tr("Compare with a &bundle…"), self._compare_bundle, "compareBundle"
        )
        self.compare_bundle.setVisible(
            window.session.can(Permission.UPDATE_SETTINGS) and window.session.can(Permission.MANAGE_ROLES)
        )
        self.sign_out = self._action(self.tr("&Sign out"), window.sign_out_requested.emit, "signOut")
        self.quit = self._action(
            self.tr("&Quit"), window.close, "quit", QKeySequence.StandardKey.Quit, "Ctrl+Q"
        )
        self.new = self._action(
            self.tr("&New…"), partial(self._click, "new"), "new", QKeySequence.StandardKey.New
        )
        self.edit = self._action(self.tr("&Edit…"), partial(self._click, "edit"), "edit", None, "Return")
        self.delete = self._action(
            self.tr("&Delete…"),
            partial(self._click, "delete"),
            "delete",
            QKeySequence.StandardKey.Delete,
            "Del",
        )
        # Return and Del act on the list with focus only: elsewhere they edit text or press buttons.
        for action in (self.edit, self.delete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.find = self._action(
            self.tr("&Find"), self._find, "find", QKeySequence.StandardKey.Find, "Ctrl+F"
        )
        self.select_all = self._action(
            self.tr("Select &all"),
            self._select_all,
            "selectAll",
            QKeySequence.StandardKey.SelectAll,
            "Ctrl+A",
        )
        self.refresh = self._action(self.tr("&Refresh"), self._refresh, "refresh", None, "F5")
        self.sections: list[QAction] = []
        visible = {section.key for section, _pages in window.sections()}
        for number, section in enumerate(navigation_map.SECTIONS[:SECTION_SHORTCUT_COUNT], start=1):
            if section.key in visible:
                self.sections.append(
                    self._action(
                        section.title(),
                        partial(window.show_section, section.key),
                        f"section_{section.key}",
                        None,
                        f"Ctrl+{number}",
                    )
                )
        self.navigation_focus = self._action(
            self.tr("Move to the &navigation"), window.toggle_navigation_focus, "navigationFocus", None, "F6"
        )
        self.full_screen = self._action(
            self.tr("&Full screen"),
            self._toggle_full_screen,
            "fullScreen",
            QKeySequence.StandardKey.FullScreen,
            "F11",
        )
        self.full_screen.setCheckable(True)
        self.about = self._action(self.tr("&About Engage Desktop"), self._show_about, "about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, "shortcuts")
        self.data_folder = self._action(
            self.tr("Open the &data folder"), self._open_data_folder, "dataFolder"
        )
        self.verify_journal = self._action(
            self.tr("&Verify the journal…"), self._verify_journal, "verifyJournal"
        )

        self._build_menus()
        self.menus["fileMenu"].insertAction(self.sign_out, self.compare_bundle)
        self.bundle_actions = BundleFileActions(self)  # export, import into a workspace, merge
        window.stack.currentChanged.connect(self._follow_page)
        self._follow_page()

    # ---- building ------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        triggered: Callable[[], object],
        name: str,
        standard: QKeySequence.StandardKey | None = None,
        fallback: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"{name}Action")
        keys = QKeySequence.keyBindings(standard) if standard is not None else []
        if not keys and fallback:
            keys = [QKeySequence(fallback)]
        action.setShortcuts(keys)
        label = plain_text(action)
        action.setToolTip(f"{label} ({shortcut_text(action)})" if keys else label)
        action.setStatusTip(label)
        action.triggered.connect(lambda _checked=False: triggered())
        self.all_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        menus: list[tuple[str, str, list[QAction | None]]] = [
            (
                self.tr("&File"),
                "fileMenu",
                [self.connect_database, self.move_database, self.sign_out, None, self.quit],
            ),
            (
                self.tr("&Edit"),
                "editMenu",
                [self.new, self.edit, self.delete, None, self.find, self.select_all],
            ),
            (
                self.tr("&View"),
                "viewMenu",
                [self.refresh, None, *self.sections, self.navigation_focus, None, self.full_screen],
            ),
            (
                self.tr("&Help"),
                "helpMenu",
                [self.shortcuts, self.data_folder, self.verify_journal, None, self.about],
            ),
        ]
        self.menus: dict[str, QMenu] = {}
        for title, name, actions in menus:
            menu = bar.addMenu(title)
            menu.setObjectName(name)
            menu.setToolTipsVisible(True)
            menu.setAccessibleName(title.replace("&", ""))
            menu.aboutToShow.connect(self.update)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            self.menus[name] = menu
        self.menus["viewMenu"].addSeparator()
        self.color_scheme_menu = add_color_scheme_menu(
            self.menus["viewMenu"], self.window._settings, self.window
        )
        self.all_actions.append(self.color_scheme_menu.menuAction())  # listed in the shortcuts sheet

    # ---- the current page -----------------------------------------------------------------------
    def page(self) -> QWidget | None:
        return self.window.stack.currentWidget()

    def panel(self) -> ListPanel | None:
        page = self.page()
        return page.panel if isinstance(page, ListPage) and isinstance(page.panel, ListPanel) else None

    def page_button(self, command: str) -> QPushButton | None:
        """The current page's button for "new", "edit" or "delete", when it shows one."""
        page = self.page()
        button = command_button(page, command) if page is not None else None
        if page is None or button is None or not button.isVisibleTo(page):
            return None
        return button

    def _follow_page(self, _index: int = -1) -> None:
        with contextlib.suppress(RuntimeError):  # the page was thrown away ("Try again")
            for button in self._watched:
                button.removeEventFilter(self)
            if self._page is not None and isinstance(self._page, ListPage):
                self._page.panel.selectionChanged.disconnect(self.update)
                self._page.panel.model.busyChanged.disconnect(self.update)
        self._watched = []
        self._page = self.page()
        panel = self.panel()
        if panel is not None:
            panel.selectionChanged.connect(self.update)
            panel.model.busyChanged.connect(self.update)  # rows arrived: Select all has something
            panel.set_row_actions([self.edit, self.delete])
            panel.table.addActions([self.edit, self.delete])  # their Return and Del shortcuts
            page = self.page()
            for command in PAGE_COMMANDS:
                found = command_button(page, command) if page is not None else None
                if found is not None:
                    found.installEventFilter(self)
                    self._watched.append(found)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WATCHED_EVENTS:
            self.update()
        return False

    def update(self) -> None:
        """Enable what the current page can do now (its buttons' state, the list's rows)."""
        panel = self.panel()
        for command in PAGE_COMMANDS:
            button = self.page_button(command)
            getattr(self, command).setEnabled(button is not None and button.isEnabled())
        self.find.setEnabled(panel is not None)
        self.refresh.setEnabled(panel is not None)
        self.select_all.setEnabled(panel is not None and panel.can_select_all())
        self.full_screen.setChecked(self.window.isFullScreen())  # left by the window manager too

    # ---- commands -------------------------------------------------------------------------------
    def _click(self, command: str) -> None:
        button = self.page_button(command)
        if button is not None and button.isEnabled():
            button.click()

    def _connect_database(self) -> None:
        """Another database means another sign-in: sign out, then the sign-in's "Database…"."""
        self.window.sign_out_requested.emit()
        QTimer.singleShot(0, open_connection_on_sign_in)  # not a slot of ours: the window is going

    def _move_database(self) -> None:
        from engage_desktop.services.settings.database_move import DatabaseMoveService
        from engage_desktop.views.shell.move_database_dialog import MoveDatabaseDialog

        session = self.window.session
        dialog = MoveDatabaseDialog(DatabaseMoveService(session.ctx, session.database.url), self.window)
        self.last_dialog = dialog
        dialog.open()

    def _compare_bundle(self) -> None:
        from engage_desktop.services.bundles.bundle_service import BundleService
        from engage_desktop.views.bundles.diff_view import BundleDiffView

        dialog = BundleDiffView(BundleService(self.window.session.ctx), self.window)
        self._open(dialog)
        dialog.choose()

    def _find(self) -> None:
        panel = self.panel()
        if panel is not None:
            panel.focus_search()

    def _select_all(self) -> None:
        panel = self.panel()
        if panel is not None:
            panel.select_all()

    def _refresh(self) -> None:
        panel = self.panel()
        if panel is not None:
            panel.refresh()

    def _toggle_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()
        self.full_screen.setChecked(self.window.isFullScreen())

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def _show_about(self) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Engage Desktop"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>{APP_NAME}</b>")
        box.setInformativeText(
            self.tr("Version %1\nThe administration console of Engage.").replace("%1", __version__)
        )
        self._open(box)

    def _show_shortcuts(self) -> None:
        self._open(ShortcutsDialog(self.all_actions, self.window))

    def _verify_journal(self) -> None:
        ctx = self.window.session.ctx
        label = self.window.session.database.display_url

        def job(_token: CancelToken, _report: Report) -> JournalCheck:
            return check_journal(ctx, label)

        progress = ProgressDialog(
            self.tr("Verify the journal"),
            self.tr("Checking every event of the audit journal…"),
            job,
            self.window,
        )
        progress.setObjectName("journalProgress")
        progress.succeeded.connect(self._journal_checked)
        progress.failed.connect(lambda exc: show_error(self.window, exc))
        self.journal_progress = progress
        progress.start()

    def _journal_checked(self, result: JournalCheck) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("journalResult")
        box.setWindowTitle(self.tr("Verify the journal"))
        text, detail = journal_result_text(result)
        box.setIcon(QMessageBox.Icon.Information if result.intact else QMessageBox.Icon.Critical)
        box.setText(text)
        box.setInformativeText(detail)
        self._open(box)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(partial(self._forget, dialog))
        self.last_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog, _result: int = 0) -> None:
        if self.last_dialog is dialog:
            self.last_dialog = None


def command_button(page: QWidget, command: str) -> QPushButton | None:
    """A list page's button for a command: its `new_button`… attribute, else the panel's button
    named like "newChannelButton" (pages that keep no attribute for it)."""
    if not isinstance(page, ListPage) or not isinstance(page.panel, ListPanel):
        return None
    button = getattr(page, PAGE_COMMANDS[command], None)
    if isinstance(button, QPushButton):
        return button
    pattern = re.compile(rf"{command}[A-Z]\w*Button")
    named = (b for b in page.panel.findChildren(QPushButton) if pattern.fullmatch(b.objectName()))
    return next(named, None)


def open_connection_on_sign_in() -> None:
    """The connection dialog over the sign-in shown after sign-out; its choice reopens the app's
    database the way the sign-in's own "Database…" button does (none in the demo: it just ends)."""
    from engage_desktop.views.shell.sign_in_dialog import FirstAdministratorDialog, SignInDialog

    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, SignInDialog | FirstAdministratorDialog)
            and widget.isVisible()
            and widget.database_button.isVisible()
        ):
            widget.database_button.click()
            return


class JournalCheckCounts(QObject):
    """The check's count as a plural message (lupdate sees `self.tr(text, "", n)` as one)."""

    def verified(self, n: int) -> str:
        return self.tr("The journal is intact: %Ln event(s) verified.", "", n)


def journal_result_text(result: JournalCheck) -> tuple[str, str]:
    """The headline and the journal's own explanation (English: it is the audit record's wording)."""
    if result.intact:
        if result.anchored:
            detail = QCoreApplication.translate("ShellActions", "This workstation's anchor was found in it.")
        else:
            detail = QCoreApplication.translate(
                "ShellActions", "No anchor was recorded for this database on this workstation yet."
            )
        return JournalCheckCounts().verified(result.checked), detail
    if result.bad_seq is not None and result.reason:
        head = QCoreApplication.translate("ShellActions", "The journal is broken at event #%1 (row id %2).")
        head = head.replace("%1", str(result.bad_seq)).replace("%2", str(result.bad_event_id or "—"))
        return head, "\n".join(r for r in (result.reason, result.anchor_problem) if r)
    return QCoreApplication.translate(
        "ShellActions", "The journal does not hold this workstation's anchor."
    ), result.anchor_problem
