"""The console's frame: header on top, the navigation bar on the left, the pages beside it.

Pages are built the first time they are shown, from the navigation map's "module:Class" factory
strings, so start-up pays only for the page it opens and a page not written yet (or failing) costs
the rest of the window nothing.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from engage_desktop import APP_NAME, ORG_NAME
from engage_desktop.services.app_session import AppSession
from engage_desktop.views.settings.notification_centre import NotificationButton, NotificationCentre
from engage_desktop.views.shell import navigation_map
from engage_desktop.views.shell.actions import SECTION_SHORTCUT_COUNT, ShellActions
from engage_desktop.views.shell.coming_page import ComingPage, NoPagesState, PageLoadFailed
from engage_desktop.views.shell.header_bar import HeaderBar
from engage_desktop.views.shell.lock_screen import IdleLock
from engage_desktop.views.shell.navigation_bar import NavigationBar
from engage_desktop.views.shell.navigation_map import PageSpec, SectionSpec, visible_sections
from engage_desktop.views.shell.notice_banner import NoticeBanner, keyring_notice
from engage_desktop.views.shell.status_bar import ConsoleStatusBar
from engage_desktop.views.widgets.icons import icon

log = logging.getLogger(__name__)

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_LAST_PAGE = navigation_map.LAST_PAGE_SETTING
DEFAULT_SIZE = QSize(1280, 800)


class PageStack(QStackedWidget):
    """The window's minimum does not follow the pages: a wide page never widens the window (for
    good, as it did when the minimum followed the page on screen). Pages fit 1024×640 themselves
    (their headers wrap, their extra actions go into "More"; tests/test_shell_fit.py checks it)."""

    MINIMUM = QSize(640, 400)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageStack")

    def minimumSizeHint(self) -> QSize:
        return self.MINIMUM


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    page_changed = Signal(str)
    open_database_requested = Signal(str)  # a new workspace: sign out, then sign in on it

    def __init__(
        self, session: AppSession, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self._settings = settings if settings is not None else QSettings(ORG_NAME, APP_NAME)
        self._sections = visible_sections(
            session.user.permissions - session.rules.hidden_permissions(),
            session.settings.extensions.disabled_names(),
        )
        self._location: dict[str, tuple[SectionSpec, PageSpec]] = {
            page.key: (section, page) for section, pages in self._sections for page in pages
        }
        self._pages: dict[str, QWidget] = {}
        self._current_key: str | None = None
        self.setWindowTitle(self.tr("Engage Desktop — %1").replace("%1", session.account_name))
        self.setWindowIcon(icon("logo"))

        central = QWidget()
        central.setObjectName("centralArea")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = HeaderBar(session.account_name, session.user)
        self.header.sign_out_requested.connect(self.sign_out_requested)
        outer.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = NavigationBar(self._sections, overlay_host=central)
        self.navigation.page_requested.connect(self.show_page)
        self.navigation.dismissed.connect(self.focus_page)
        self.stack = PageStack()
        body.addWidget(self.navigation)
        content = QVBoxLayout()  # right of the navigation bar, which runs unbroken down the window
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        self.notices = QVBoxLayout()  # dismissible banners above the page (show_notice)
        self.notices.setContentsMargins(0, 0, 0, 0)
        content.addLayout(self.notices)
        content.addWidget(self.stack, 1)
        body.addLayout(content, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.status_bar = ConsoleStatusBar(session.database.display_url)
        self.setStatusBar(self.status_bar)
        if not session.secrets.uses_keyring:
            self.show_notice("keyring", keyring_notice(session.secrets.fallback_path))

        self.commands = ShellActions(self)  # the menu bar; before the first page, which it follows
        self.idle_lock = IdleLock(self, session)  # Security settings' session timeout
        self.idle_lock.sign_out_requested.connect(self.sign_out_requested)
        self.notification_centre = NotificationCentre(session, self)  # Settings › Notifications
        self.status_bar.addPermanentWidget(NotificationButton(self.notification_centre))
        self._name_section_shortcuts()
        self._restore_geometry()
        first = self._initial_page()
        if first is None:
            self._show_no_pages()
        else:
            self.show_page(first)
            self.focus_page()

    # ---- pages ------------------------------------------------------------------------------------
    def show_page(self, key: str) -> bool:
        """False for a page that does not exist or that this user's role does not show."""
        location = self._location.get(key)
        if location is None:
            log.debug("Page %r is unknown or hidden for this user", key)
            return False
        section, page = location
        widget = self._pages.get(key)
        if widget is None:
            widget = self._build_page(section, page)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.status_bar.follow_page(widget)
        changed = key != self._current_key
        self._current_key = key
        self.header.set_location(section.title(), page.title())
        self.navigation.set_current_page(key)
        self._settings.setValue(SETTINGS_LAST_PAGE, key)
        if changed:
            self.page_changed.emit(key)
        return True

    def show_section(self, section_key: str) -> bool:
        """The section's first page this user may see."""
        for section, pages in self._sections:
            if section.key == section_key:
                return self.show_page(pages[0].key)
        return False

    def sections(self) -> list[tuple[SectionSpec, list[PageSpec]]]:
        """The sections this user sees, each with its visible pages, in the map's order."""
        return [(section, list(pages)) for section, pages in self._sections]

    def current_page_key(self) -> str | None:
        return self._current_key

    def page_widget(self, key: str) -> QWidget | None:
        """The page's widget, or None while it has not been shown yet."""
        return self._pages.get(key)

    def visible_page_keys(self) -> list[str]:
        return list(self._location)

    def reload_page(self, key: str) -> None:
        """Throw the page's widget away and build it again (the "Try again" of a failed page)."""
        widget = self._pages.pop(key, None)
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        if key == self._current_key:
            self._current_key = None
            self.show_page(key)

    def focus_page(self) -> None:
        """Keyboard focus to the page's first focusable field (or the page itself)."""
        page = self.stack.currentWidget()
        if page is None:
            return
        candidate = page.nextInFocusChain()
        while candidate is not None and candidate is not page:
            if (
                page.isAncestorOf(candidate)
                and candidate.isVisibleTo(page)
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            candidate = candidate.nextInFocusChain()
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_navigation_focus(self) -> None:
        """F6: into the navigation drawer, or back to the page when already there."""
        if self.navigation.has_focus_inside():
            self.navigation.dismiss()
        else:
            self.navigation.focus_drawer()

    def _build_page(self, section: SectionSpec, page: PageSpec) -> QWidget:
        page_class = self._page_class(page)
        if page_class is None:
            return ComingPage(page, section, self.stack)
        try:
            widget = page_class(self.session, self.stack)
            if not isinstance(widget, QWidget):
                raise TypeError(f"{page.factory} did not build a QWidget")
        except Exception as exc:
            log.exception("The page %s (%s) failed to open", page.key, page.factory)
            failed = PageLoadFailed(page, exc, self.stack)
            failed.retry_requested.connect(self.reload_page)
            return failed
        return widget

    @staticmethod
    def _page_class(page: PageSpec) -> type | None:
        """None when the page has no view yet; an import problem is logged and treated the same."""
        if not page.factory:
            return None
        module_name, _, class_name = page.factory.partition(":")
        try:
            page_class = getattr(importlib.import_module(module_name), class_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                log.info("Page %s is not built yet (%s missing)", page.key, module_name)
            else:
                log.exception("Page %s: its module %s failed to import", page.key, module_name)
            return None
        except Exception:
            log.exception("Page %s: cannot load %s", page.key, page.factory)
            return None
        return page_class if isinstance(page_class, type) else None

    def _initial_page(self) -> str | None:
        last = self._settings.value(SETTINGS_LAST_PAGE)
        if isinstance(last, str) and last in self._location:
            return last
        if navigation_map.DEFAULT_PAGE in self._location:
            return navigation_map.DEFAULT_PAGE
        return next(iter(self._location), None)

    def _show_no_pages(self) -> None:
        empty = NoPagesState(self.stack)
        self.stack.addWidget(empty)
        self.stack.setCurrentWidget(empty)
        self.header.set_location("", self.tr("No access"))

    # ---- notices ----------------------------------------------------------------------------------
    def show_notice(self, key: str, text: str) -> NoticeBanner:
        """A banner under the header until dismissed; the same key replaces the earlier one."""
        old = self.notice(key)
        if old is not None:
            old.dismiss()
        banner = NoticeBanner(key, text)
        self.notices.addWidget(banner)
        return banner

    def notice(self, key: str) -> NoticeBanner | None:
        for banner in self.findChildren(NoticeBanner):
            if banner.key == key and not banner.isHidden():
                return banner
        return None

    # ---- keyboard -------------------------------------------------------------------------------
    def _name_section_shortcuts(self) -> None:
        """Ctrl+1… and F6 are the View menu's actions; the drawer's buttons name their keys too."""
        visible = {section.key for section, _pages in self._sections}
        for number, section in enumerate(navigation_map.SECTIONS[:SECTION_SHORTCUT_COUNT], start=1):
            sequence = QKeySequence(f"Ctrl+{number}")
            if section.key in visible:
                button = self.navigation.section_button(section.key)
                hint = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{section.title()} ({hint})")

    # ---- window state ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry):
            state = self._settings.value(SETTINGS_STATE)
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.restoreState(state)
            return
        size = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)

    def save_window_state(self) -> None:
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_STATE, self.saveState())
        if self._current_key:
            self._settings.setValue(SETTINGS_LAST_PAGE, self._current_key)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Sign-out hides the window without closing it; its geometry is kept all the same."""
        if not event.spontaneous():
            self.save_window_state()
        super().hideEvent(event)
