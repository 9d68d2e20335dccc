"""The main window driven as a user would: real widgets offscreen, a real SQLite database."""

from __future__ import annotations

import dataclasses
import importlib
import logging
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QFileInfo, QPoint, QPointF, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QCursor, QEnterEvent, QIcon, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.shell import navigation_map
from engage_desktop.views.shell.coming_page import ComingPage, NoPagesState, PageLoadFailed
from engage_desktop.views.shell.main_window import SETTINGS_GEOMETRY, SETTINGS_LAST_PAGE, MainWindow
from engage_desktop.views.shell.navigation_bar import (
    DRAWER_ANIMATION_MS,
    DRAWER_CLOSE_DELAY_MS,
    DRAWER_WIDTH,
    NavigationBar,
)
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.theme import load_style_sheet

PASSWORD = "Restr1cted-passw0rd"
SETTLE_MS = DRAWER_ANIMATION_MS * 10  # generous: CI machines are slow, the wait ends as soon as it can


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, app_session: AppSession, settings: QSettings) -> Callable[..., MainWindow]:
    def make(session: AppSession | None = None, window_settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(session or app_session, window_settings or settings)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def shown(qtbot, make_window) -> MainWindow:
    """A visible, active window (shortcuts and focus need one)."""
    window = make_window()
    window.resize(1100, 700)
    QCursor.setPos(QPoint(700, 500))  # the offscreen cursor outlives tests: park it over the pages
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.navigation.is_drawer_open()
    return window


def session_with(admin: AppSession, nickname: str, permissions: list[Permission]) -> AppSession:
    """A user whose role holds only `permissions`, signed in through the services."""
    role = admin.roles.create_role(f"Only {nickname}", [p.value for p in permissions])
    admin.users.create_user(
        NewUser("Rita", nickname.title(), nickname, f"{nickname}@example.com", role.id, password=PASSWORD)
    )
    user = auth.sign_in(admin.ctx, nickname, PASSWORD)
    return AppSession(admin.database, admin.ctx.acting_as(user.id), user, admin.secrets, "Restricted Co")


def wait_drawer(qtbot, nav: NavigationBar, open_: bool) -> None:
    if open_:
        qtbot.waitUntil(
            lambda: (
                nav.is_drawer_open()
                and not nav.is_drawer_animating()
                and nav.drawer.isVisible()
                and nav.drawer.width() == DRAWER_WIDTH
            ),
            timeout=SETTLE_MS,
        )
    else:
        qtbot.waitUntil(
            lambda: not nav.is_drawer_open() and not nav.is_drawer_animating() and nav.drawer.isHidden(),
            timeout=SETTLE_MS + DRAWER_CLOSE_DELAY_MS,
        )


def click_in_drawer(qtbot, window: MainWindow, key: str) -> None:
    nav = window.navigation
    nav.open_drawer()
    wait_drawer(qtbot, nav, True)
    rect = nav.drawer.page_rect(key)
    QTest.mouseClick(nav.drawer.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def expected_class(page: navigation_map.PageSpec) -> type:
    """The page's own class when its module exists (other sections land over time), else ComingPage."""
    if page.factory is None:
        return ComingPage
    module_name, _, class_name = page.factory.partition(":")
    try:
        return getattr(importlib.import_module(module_name), class_name)
    except ModuleNotFoundError:
        return ComingPage


# ---- start-up ---------------------------------------------------------------------------------------
def test_users_is_the_default_page_on_first_start(make_window, app_session: AppSession) -> None:
    window = make_window()

    assert window.current_page_key() == navigation_map.DEFAULT_PAGE == "users.users"
    assert window.stack.currentWidget() is window.page_widget("users.users")
    assert window.header.breadcrumb() == "Users › Users"
    assert window.navigation.section_button("users").isChecked()
    assert not window.navigation.section_button("routing").isChecked()
    assert window.windowTitle() == f"Engage Desktop — {app_session.account_name}"
    assert window.header.user_label.text() == app_session.user.display_name == "Ada Admin"
    assert window.header.role_label.text() == app_session.user.role_label
    assert window.header.account_label.text() == app_session.account_name
    # Lazy: nothing else was built.
    assert all(window.page_widget(key) is None for key in window.visible_page_keys()[1:])


def test_header_sign_out_button_emits_the_window_signal(qtbot, make_window) -> None:
    window = make_window()
    with qtbot.waitSignal(window.sign_out_requested, timeout=1000):
        qtbot.mouseClick(window.header.sign_out_button, Qt.MouseButton.LeftButton)


# ---- pages ----------------------------------------------------------------------------------------
def test_every_page_of_the_map_opens_with_show_page(make_window) -> None:
    window = make_window()
    assert window.visible_page_keys() == [p.key for p in navigation_map.all_pages()]

    for section in navigation_map.SECTIONS:
        for page in section.pages:
            assert window.show_page(page.key), page.key
            widget = window.page_widget(page.key)
            assert widget is not None and window.stack.currentWidget() is widget
            assert window.current_page_key() == page.key
            assert window.header.breadcrumb() == f"{section.title()} › {page.title()}"
            assert window.navigation.section_button(section.key).isChecked()
            assert isinstance(widget, expected_class(page)), page.key
            if isinstance(widget, ComingPage):
                assert widget.title_label.text() == f"{page.title()} is coming"
                assert section.title() in widget.message_label.text()
                assert "section work" not in widget.message_label.text()  # said to administrators

    built = window.page_widget("routing.rules")
    window.show_page("users.users")
    window.show_page("routing.rules")
    assert window.page_widget("routing.rules") is built  # built once, then reused
    assert window.show_page("no.such_page") is False
    assert window.current_page_key() == "routing.rules"


def test_one_page_per_section_opens_by_clicking_it_in_the_drawer(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    for section in navigation_map.SECTIONS:
        page = section.pages[-1]
        with qtbot.waitSignal(shown.page_changed, timeout=1000) as changed:
            click_in_drawer(qtbot, shown, page.key)
        assert changed.args == [page.key]
        assert shown.current_page_key() == page.key
        assert shown.stack.currentWidget() is shown.page_widget(page.key)
        assert isinstance(shown.page_widget(page.key), expected_class(page))
        assert nav.drawer.current_key == page.key
        wait_drawer(qtbot, nav, False)  # choosing a page slides the drawer back in


def test_section_icon_click_opens_the_section_first_page(qtbot, shown: MainWindow) -> None:
    qtbot.mouseClick(shown.navigation.section_button("settings"), Qt.MouseButton.LeftButton)
    assert shown.current_page_key() == "settings.account"
    assert shown.navigation.section_button("settings").isChecked()
    assert not shown.navigation.section_button("users").isChecked()


def test_section_buttons_are_labelled_for_mouse_and_screen_reader(make_window) -> None:
    nav = make_window().navigation
    for number, section in enumerate(navigation_map.SECTIONS, start=1):
        button = nav.section_button(section.key)
        assert button.accessibleName() == section.title()
        shortcut = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
        assert button.toolTip() == f"{section.title()} ({shortcut})"
        assert not button.icon().isNull()


def test_clicking_a_section_title_in_the_drawer_opens_its_first_page(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    nav.open_drawer()
    wait_drawer(qtbot, nav, True)
    header = nav.drawer.list.item(nav.drawer.list.row(nav.drawer.page_item("routing.categories")) - 1)
    assert header.text() == "Routing"
    nav.drawer.list.scrollToItem(header)
    rect = nav.drawer.list.visualItemRect(header)
    QTest.mouseClick(nav.drawer.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.current_page_key() == "routing.categories"


def test_ctrl_number_jumps_to_the_sections_first_pages(qtbot, shown: MainWindow) -> None:
    for number, section in enumerate(navigation_map.SECTIONS, start=1):
        QTest.keyClick(shown, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert shown.current_page_key() == section.pages[0].key


# ---- drawer: mouse ----------------------------------------------------------------------------------
def test_drawer_opens_on_hover_overlays_the_pages_and_closes_on_leave(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    page_area = shown.stack.geometry()
    assert not nav.is_drawer_open() and nav.drawer.isHidden()

    QTest.mouseMove(nav, QPoint(nav.width() // 2, 200))
    wait_drawer(qtbot, nav, True)

    # Floating over the pages, beside the bar, on top: the page area did not move or shrink.
    assert nav.drawer.parentWidget() is shown.centralWidget()
    assert nav.drawer.geometry().left() == nav.geometry().right() + 1
    assert nav.drawer.geometry().top() == nav.geometry().top()
    assert nav.drawer.height() == nav.height()
    assert shown.stack.geometry() == page_area
    assert shown.centralWidget().childAt(nav.drawer.geometry().center()) is not shown.stack
    assert nav.drawer.isAncestorOf(shown.centralWidget().childAt(nav.drawer.geometry().center()))

    # Crossing from the bar into the drawer keeps it open past the close delay.
    QTest.mouseMove(nav.drawer.list.viewport(), QPoint(60, 20))
    qtbot.wait(DRAWER_CLOSE_DELAY_MS + DRAWER_ANIMATION_MS + 100)
    assert nav.is_drawer_open() and nav.drawer.isVisible()

    QTest.mouseMove(shown.stack, QPoint(shown.stack.width() - 40, shown.stack.height() - 40))
    wait_drawer(qtbot, nav, False)
    assert shown.stack.geometry() == page_area


def test_hovering_an_icon_brings_its_section_into_view(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    drawer = nav.drawer
    button = nav.section_button("settings")
    QTest.mouseMove(button, button.rect().center())
    wait_drawer(qtbot, nav, True)
    assert drawer.highlighted_section == "settings"
    viewport = drawer.list.viewport().rect()
    for key in ("settings.account", "settings.webhooks"):
        assert viewport.contains(drawer.list.visualItemRect(drawer.page_item(key)))
    assert not viewport.contains(drawer.list.visualItemRect(drawer.page_item("users.users")))

    QTest.mouseMove(shown.stack, QPoint(shown.stack.width() - 40, shown.stack.height() - 40))
    wait_drawer(qtbot, nav, False)


def test_drawer_follows_enter_and_leave_events_of_the_bar(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    local = QPointF(10, 10)
    QApplication.sendEvent(nav, QEnterEvent(local, local, QPointF(nav.mapToGlobal(local.toPoint()))))
    assert nav.is_drawer_open()  # immediately, then it slides
    assert nav.is_drawer_animating()
    wait_drawer(qtbot, nav, True)
    assert nav.animation.duration() == DRAWER_ANIMATION_MS

    QApplication.sendEvent(nav, QEvent(QEvent.Type.Leave))
    qtbot.wait(DRAWER_CLOSE_DELAY_MS // 3)
    assert nav.is_drawer_open(), "the drawer waits a moment before closing"
    wait_drawer(qtbot, nav, False)


def test_drawer_marks_the_current_page_and_section(qtbot, shown: MainWindow) -> None:
    shown.show_page("routing.topologies")
    nav = shown.navigation
    nav.open_drawer()
    wait_drawer(qtbot, nav, True)
    assert nav.drawer.current_key == "routing.topologies"
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("routing.topologies")
    assert [b for b in nav.section_keys() if nav.section_button(b).isChecked()] == ["routing"]
    # Titles are the translated ones, sections first then their pages.
    texts = [nav.drawer.list.item(row).text() for row in range(nav.drawer.list.count())]
    assert texts[:3] == ["Users", "Users", "Roles"]
    assert texts.index("Routing") < texts.index("Topologies") < texts.index("Digital")


# ---- drawer: keyboard -------------------------------------------------------------------------------
def test_f6_focuses_the_drawer_arrows_move_and_enter_opens(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    QTest.keyClick(shown, Qt.Key.Key_F6)
    wait_drawer(qtbot, nav, True)
    assert QApplication.focusWidget() is nav.drawer.list
    assert nav.has_focus_inside()
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("users.users")

    QTest.keyClick(nav.drawer.list, Qt.Key.Key_Down)
    QTest.keyClick(nav.drawer.list, Qt.Key.Key_Down)
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("users.teams")
    QTest.keyClick(nav.drawer.list, Qt.Key.Key_Up)
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("users.roles")
    for _ in range(4):  # past the last Users page, over the "Channels" title, onto its first page
        QTest.keyClick(nav.drawer.list, Qt.Key.Key_Down)
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("channels.sources")
    assert shown.current_page_key() == "users.users", "moving the cursor does not open pages"

    QTest.keyClick(nav.drawer.list, Qt.Key.Key_Return)
    assert shown.current_page_key() == "channels.sources"
    wait_drawer(qtbot, nav, False)
    assert not nav.has_focus_inside()
    assert shown.isAncestorOf(QApplication.focusWidget())


def test_keyboard_focus_on_the_bar_opens_the_drawer_and_escape_closes_it(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    nav.section_button("digital").setFocus(Qt.FocusReason.TabFocusReason)
    wait_drawer(qtbot, nav, True)

    QTest.keyClick(nav.section_button("digital"), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is nav.drawer.list
    assert nav.drawer.list.currentItem() is nav.drawer.page_item("digital.tags")

    QTest.keyClick(nav.drawer.list, Qt.Key.Key_Escape)
    wait_drawer(qtbot, nav, False)
    assert not nav.has_focus_inside()
    assert shown.current_page_key() == "users.users"


def test_f6_again_returns_to_the_page(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    QTest.keyClick(shown, Qt.Key.Key_F6)
    wait_drawer(qtbot, nav, True)
    QTest.keyClick(nav.drawer.list, Qt.Key.Key_F6)
    wait_drawer(qtbot, nav, False)
    assert not nav.has_focus_inside()


def test_focus_leaving_the_drawer_closes_it(qtbot, shown: MainWindow) -> None:
    nav = shown.navigation
    nav.focus_drawer()
    wait_drawer(qtbot, nav, True)
    shown.header.sign_out_button.setFocus(Qt.FocusReason.TabFocusReason)
    wait_drawer(qtbot, nav, False)


# ---- remembered state -------------------------------------------------------------------------------
def test_last_page_and_geometry_are_restored(qtbot, make_window, tmp_path: Path) -> None:
    path = str(tmp_path / "restore.ini")
    first = make_window(window_settings=QSettings(path, QSettings.Format.IniFormat))
    first.show()
    qtbot.waitExposed(first)
    assert first.show_page("routing.monitor")  # a page narrow enough for 700 pixels
    first.setGeometry(60, 50, 700, 520)  # inside the offscreen screen, above the minimum size
    qtbot.waitUntil(lambda: first.size() == QSize(700, 520))
    first.close()

    stored = QSettings(path, QSettings.Format.IniFormat)
    assert stored.value(SETTINGS_LAST_PAGE) == "routing.monitor"
    assert not stored.value(SETTINGS_GEOMETRY).isEmpty()

    second = make_window(window_settings=QSettings(path, QSettings.Format.IniFormat))
    assert second.current_page_key() == "routing.monitor"
    assert second.header.breadcrumb() == "Routing › Queue monitor"
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == QRect(60, 50, 700, 520)
    assert second.page_widget("users.users") is None  # the remembered page opened, not the default


def test_unknown_last_page_falls_back_to_users(make_window, settings: QSettings) -> None:
    settings.setValue(SETTINGS_LAST_PAGE, "gone.page")
    assert make_window().current_page_key() == "users.users"


# ---- permissions ------------------------------------------------------------------------------------
def test_pages_the_role_cannot_read_are_hidden(qtbot, make_window, app_session, settings) -> None:
    restricted = session_with(
        app_session,
        "rita",
        [Permission.READ_CONTENT_SOURCE, Permission.READ_COMMUNITY, Permission.READ_EVENT],
    )
    settings.setValue(SETTINGS_LAST_PAGE, "users.roles")  # remembered from an administrator's visit

    window = make_window(restricted)

    # The journal is reachable from Digital and from Settings (its Audit log page).
    visible = ["channels.sources", "channels.communities", "digital.journal", "settings.audit_log"]
    assert window.visible_page_keys() == visible
    assert window.current_page_key() == "channels.sources"  # first visible page, not the hidden one
    assert window.navigation.section_keys() == ["channels", "digital", "settings"]
    assert window.navigation.drawer.page_keys() == visible
    texts = [
        window.navigation.drawer.list.item(r).text() for r in range(window.navigation.drawer.list.count())
    ]
    assert texts == [
        "Channels",
        "Channels",
        "Communities",
        "Digital",
        "Audit journal",
        "Settings",
        "Audit log",
    ]
    assert window.show_page("users.users") is False
    assert window.show_page("users.roles") is False
    assert window.show_page("settings.account") is False
    assert window.current_page_key() == "channels.sources"
    assert window.show_section("users") is False
    assert window.show_section("digital") and window.current_page_key() == "digital.journal"
    assert window.header.user_label.text() == "Rita Rita"
    assert window.windowTitle() == "Engage Desktop — Restricted Co"


def test_a_role_that_reads_nothing_gets_a_clear_empty_state(make_window, app_session) -> None:
    nobody = session_with(app_session, "noah", [Permission.USE_EMOJI])
    window = make_window(nobody)
    assert window.visible_page_keys() == []
    assert window.current_page_key() is None
    assert isinstance(window.stack.currentWidget(), NoPagesState)
    assert window.navigation.section_keys() == []
    assert window.show_page("users.users") is False


# ---- page factories ---------------------------------------------------------------------------------
class RecordingPage(QWidget):
    built: list[tuple[object, object]] = []

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        RecordingPage.built.append((session, parent))


class FlakyPage(QWidget):
    fails = True

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        if FlakyPage.fails:
            raise RuntimeError("the page's query failed")
        super().__init__(parent)


@pytest.fixture
def fake_factories(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, str | None]], None]:
    """Points pages of the map at test classes (module "fake_pages") or broken factory strings."""
    module = types.ModuleType("fake_pages")
    module.RecordingPage = RecordingPage  # type: ignore[attr-defined]
    module.FlakyPage = FlakyPage  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_pages", module)
    RecordingPage.built = []
    monkeypatch.setattr(FlakyPage, "fails", True)

    def point(factories: dict[str, str | None]) -> None:
        sections = tuple(
            dataclasses.replace(
                section,
                pages=tuple(
                    dataclasses.replace(page, factory=factories.get(page.key, page.factory))
                    for page in section.pages
                ),
            )
            for section in navigation_map.SECTIONS
        )
        monkeypatch.setattr(navigation_map, "SECTIONS", sections)

    return point


def test_a_page_is_built_once_on_first_display_with_session_and_parent(
    make_window, app_session, fake_factories
) -> None:
    fake_factories({"users.teams": "fake_pages:RecordingPage"})
    window = make_window()
    assert RecordingPage.built == []

    window.show_page("users.teams")
    window.show_page("users.users")
    window.show_page("users.teams")

    assert len(RecordingPage.built) == 1
    session, parent = RecordingPage.built[0]
    assert session is app_session and parent is window.stack
    assert isinstance(window.stack.currentWidget(), RecordingPage)


def test_a_page_that_raises_shows_an_error_state_and_the_window_lives_on(
    make_window, fake_factories, caplog: pytest.LogCaptureFixture
) -> None:
    fake_factories({"users.teams": "fake_pages:FlakyPage"})
    window = make_window()

    with caplog.at_level(logging.ERROR, logger="engage_desktop.views.shell.main_window"):
        assert window.show_page("users.teams")
    failed = window.stack.currentWidget()
    assert isinstance(failed, PageLoadFailed)
    assert "Teams could not be opened" in failed.title_label.text()
    assert "the page's query failed" in failed.message_label.text()
    assert any(r.exc_info and "users.teams" in r.getMessage() for r in caplog.records)

    assert window.show_page("users.users")  # the rest of the window still works

    FlakyPage.fails = False  # whatever broke it is fixed: "Try again" builds the real page
    window.show_page("users.teams")
    assert window.page_widget("users.teams") is failed
    failed.action_button.click()
    assert isinstance(window.stack.currentWidget(), FlakyPage)
    assert window.page_widget("users.teams") is window.stack.currentWidget()
    assert window.current_page_key() == "users.teams"


@pytest.mark.parametrize(
    "factory",
    [None, "engage_desktop.views.no_such_page:Page", "engage_desktop.views.shell.coming_page:NoSuchClass"],
)
def test_a_page_without_a_view_shows_the_coming_state(make_window, fake_factories, factory) -> None:
    fake_factories({"routing.topologies": factory})
    window = make_window()
    window.show_page("routing.topologies")
    coming = window.stack.currentWidget()
    assert isinstance(coming, ComingPage)
    assert coming.page_key == "routing.topologies"
    assert coming.title_label.text() == "Topologies is coming"
    assert coming.message_label.text() == (
        "Design the queues and steps that hand each conversation to the right agent.\n\n"
        "It is not in this version of Engage Desktop yet; the other pages of Routing already work."
    )


def test_every_page_of_the_map_says_what_it_will_do_while_it_is_coming() -> None:
    from engage_desktop.views.shell.coming_page import PAGE_PURPOSES

    assert {p.key for p in navigation_map.all_pages()} <= set(PAGE_PURPOSES)


def test_the_drawer_mutes_unbuilt_pages_from_the_map(make_window, fake_factories) -> None:
    from engage_desktop.views.shell.navigation_bar import COMING_ROLE

    fake_factories({"routing.topologies": None})  # as a page not written yet
    window = make_window()
    drawer = window.navigation.drawer
    coming = drawer.page_item("routing.topologies")
    built = drawer.page_item("routing.rules")
    assert coming is not None and built is not None
    assert coming.data(COMING_ROLE) and "(coming)" in coming.toolTip()
    assert not built.data(COMING_ROLE) and "coming" not in built.toolTip()
    unbuilt = {p.key for p in navigation_map.all_pages() if p.factory is None}
    marked = {key for key in drawer.page_keys() if drawer.page_item(key).data(COMING_ROLE)}
    assert marked == unbuilt  # whatever other pages land meanwhile


# ---- look -------------------------------------------------------------------------------------------
def test_style_sheet_and_icons_are_loadable() -> None:
    sheet = load_style_sheet()
    for name in ("#navigationBar", "#navigationDrawer", "#headerBar", "#fieldError", '[error="true"]'):
        assert name in sheet
    urls = [part.split(")")[0] for part in sheet.split("url(")[1:]]
    assert urls and all(url.startswith("icons:") for url in urls)
    assert all(QFileInfo(url).exists() and not QIcon(url).isNull() for url in urls)
    for section in navigation_map.SECTIONS:
        assert not icon(section.icon).isNull(), section.icon
    assert not icon("sign_out").isNull()
    assert not icon("users", "#2F6FED").pixmap(24, 24).isNull()
    assert icon("no-such-icon").isNull()
