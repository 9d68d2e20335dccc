"""List headers show their whole titles, sort arrow included, as the screenshots and the console show
them: Routing › Queue monitor on the demo data sorted by Priority ("Priori" was drawn), a width kept
from another language, and every list page of the navigation map, in English and in French.

Room is measured with the style itself (the label rectangle the style sheet leaves inside a section,
less the sort arrow's rectangle) and the title with `QFontMetrics` of the header's font; the sorted
title is also looked at in the grabbed header, since a title can be cut where it is drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionHeaderV2,
    QTabWidget,
    QWidget,
)
from qt_helpers import wait_loaded
from test_shell_fit import language  # noqa: F401 - each test in English, then in French

from engage_desktop.db import Database
from engage_desktop.i18n import install_translations
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.demo import loader as demo
from engage_desktop.services.routing.engine.configuration import load_configuration
from engage_desktop.services.routing.engine.live import LiveRoutingEngine
from engage_desktop.services.routing.engine.trace_generator import GeneratorOptions, generate_trace
from engage_desktop.views.routing.queue_monitor_page import QueueMonitorPage
from engage_desktop.views.shell.coming_page import PageLoadFailed
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.navigation_map import all_pages
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.text_fit import text_fit_style_installed
from engage_desktop.views.widgets.theme import load_style_sheet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "screenshots"))
from routing_engine import MONITOR_SIZE, staff_routing  # the screenshot's own set-up

SMALL = (1024, 640)
LIST_PAGES = [page.key for page in all_pages() if page.factory]


# ---- fixtures -------------------------------------------------------------------------------------
@pytest.fixture
def as_the_screenshots(qapp: QApplication) -> Iterator[QApplication]:
    """The application set up as screenshot_kit.start_app does it, once per screenshot: Fusion, then
    the style sheet. The second time is the one the queue monitor's screenshot was taken after."""
    previous = qapp.styleSheet()
    for _ in range(2):
        qapp.setStyle("Fusion")
        qapp.setStyleSheet(load_style_sheet(dark=False))
    yield qapp
    qapp.setStyleSheet(previous)


@pytest.fixture
def demo_session(sqlite_db: Database) -> AppSession:
    """The demo data (fewer users) staffed for routing as the queue monitor's screenshot has it, and
    interactions waiting in the live engine's queues (no agent connected: they all wait)."""
    ctx = ServiceContext(sqlite_db.session_factory, workstation="tests@ci")
    demo.load_demo_data(ctx, users=40)
    user = auth.sign_in(ctx, demo.DEMO_LOGIN, demo.DEMO_PASSWORD)
    session = AppSession(sqlite_db, ctx.acting_as(user.id), user, SecretStore(), "Northwind Support")
    staff_routing(session)
    engine = LiveRoutingEngine(ServiceContext(sqlite_db.session_factory, workstation="tests@ci"))
    trace = generate_trace(load_configuration(session.ctx), GeneratorOptions(seed=11, interactions=40))
    for interaction in trace:
        try:
            engine.ingest(replace(interaction, timestamp=datetime.now(UTC)))
        except DomainError:
            continue
    return session


def main_window(qtbot, session: AppSession, tmp_path: Path, size: tuple[int, int]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_page(window: MainWindow, key: str) -> QWidget:
    assert window.show_page(key), key
    page = window.page_widget(key)
    assert page is not None and not isinstance(page, PageLoadFailed), key
    wait_loaded(page)
    for _ in range(3):  # layouts settle, columns are sized to their rows
        QApplication.processEvents()
    return page


def open_monitor_sorted_by_priority(qtbot, window: MainWindow) -> ListPanel:
    page = open_page(window, "routing.monitor")
    assert isinstance(page, QueueMonitorPage)
    page.live_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.overview.busy and page.groups.model.rowCount() > 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.groups.table.selectionModel().setCurrentIndex(page.groups.model.index(0, 0), flags)
    wait_loaded(page)
    tasks = page.tasks
    qtbot.waitUntil(lambda: tasks.model.rowCount() > 0)
    priority = [c.key for c in tasks.model.columns].index("priority")
    header = tasks.table.horizontalHeader()
    header.setSortIndicator(priority, Qt.SortOrder.AscendingOrder)
    header.setSortIndicator(priority, Qt.SortOrder.DescendingOrder)
    wait_loaded(page)
    QApplication.processEvents()
    assert header.sortIndicatorSection() == priority and tasks.table.isVisible()
    return tasks


# ---- what "whole" means ---------------------------------------------------------------------------
def title_of(header: QHeaderView, section: int) -> str:
    return str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")


def room_beside_arrow(header: QHeaderView, section: int) -> int:
    """The width the style gives the title in this section once it shows the sort arrow: the label
    rectangle (section less the sheet's padding and border) less the arrow's rectangle."""
    option = QStyleOptionHeaderV2()
    header.initStyleOptionForIndex(option, section)
    option.rect = QRect(0, 0, header.sectionSize(section), header.height())
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    style = header.style()
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    return label.width() - arrow.width()


def drawn_title_width(header: QHeaderView, section: int) -> int:
    """How wide the title is where it is drawn: the inked columns of the section, arrow left out."""
    image = header.grab().toImage()
    left = header.sectionViewportPosition(section)
    option = QStyleOptionHeaderV2()
    header.initStyleOptionForIndex(option, section)
    option.rect = QRect(left, 0, header.sectionSize(section), header.height())
    option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    arrow = header.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
    end = min(arrow.left(), left + header.sectionSize(section) - 1)
    inked = [
        x
        for x in range(left + 1, end)
        if any(image.pixelColor(x, y).lightness() < 160 for y in range(image.height()))
    ]
    return inked[-1] - inked[0] + 1 if inked else 0


def header_problems(header: QHeaderView) -> list[str]:
    """Every visible section has room for its title beside a sort arrow; the sorted one draws it whole."""
    metrics = QFontMetrics(header.font())
    problems = []
    for section in range(header.count()):
        title = title_of(header, section)
        if not title or header.isSectionHidden(section):
            continue
        need, room = metrics.horizontalAdvance(title), room_beside_arrow(header, section)
        if need > room:
            problems.append(f"{title!r} needs {need}px beside the sort arrow, has {room}px")
    sorted_section = header.sortIndicatorSection()
    if header.isSortIndicatorShown() and 0 <= sorted_section < header.count():
        title = title_of(header, sorted_section)
        need, drawn = metrics.horizontalAdvance(title), drawn_title_width(header, sorted_section)
        if title and drawn < need - 4:  # a glyph's side bearings are not ink
            problems.append(f"sorted {title!r} drawn on {drawn}px of its {need}px")
    return problems


def holds(widget: QWidget | None, panel: ListPanel) -> bool:
    return widget is not None and (widget is panel or widget.isAncestorOf(panel))


# ---- tests ----------------------------------------------------------------------------------------
def test_the_screenshots_keep_the_text_fit_style(as_the_screenshots: QApplication) -> None:
    assert text_fit_style_installed(as_the_screenshots)


def test_queue_monitor_sorted_by_priority_shows_every_title_whole(
    qtbot,
    as_the_screenshots: QApplication,
    language: str,  # noqa: F811 - the fixture imported above
    demo_session: AppSession,
    tmp_path: Path,
) -> None:
    for size in (MONITOR_SIZE, SMALL):
        window = main_window(qtbot, demo_session, tmp_path / f"{size[0]}", size)
        tasks = open_monitor_sorted_by_priority(qtbot, window)
        page = window.page_widget("routing.monitor")
        assert page is not None
        problems = {
            panel.objectName(): header_problems(panel.table.horizontalHeader())
            for panel in page.findChildren(ListPanel)
            if panel.table.isVisible()
        }
        assert "monitorTasks" in problems
        assert not any(problems.values()), (language, size, problems)
        assert title_of(tasks.table.horizontalHeader(), 1) == ("Priority" if language == "en" else "Priorité")
        window.close()


def test_a_width_kept_from_another_language_is_not_under_its_title(
    qtbot, as_the_screenshots: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    """Dragged narrow in English and remembered, the Priority column still shows "Priorité" whole."""
    window = main_window(qtbot, demo_session, tmp_path, MONITOR_SIZE)
    tasks = open_monitor_sorted_by_priority(qtbot, window)
    header = tasks.table.horizontalHeader()
    header.resizeSection(1, QFontMetrics(header.font()).horizontalAdvance("Priority"))
    tasks.columns_layout.save()
    window.close()
    install_translations(as_the_screenshots, "fr")
    try:
        again = main_window(qtbot, demo_session, tmp_path, MONITOR_SIZE)
        tasks = open_monitor_sorted_by_priority(qtbot, again)
        assert tasks.columns_layout.restored
        assert not header_problems(tasks.table.horizontalHeader())
        again.close()
    finally:
        install_translations(as_the_screenshots, "en")


def test_every_list_page_shows_its_titles_whole(
    qtbot,
    as_the_screenshots: QApplication,
    language: str,  # noqa: F811 - the fixture imported above
    demo_session: AppSession,
    tmp_path: Path,
) -> None:
    window = main_window(qtbot, demo_session, tmp_path, SMALL)
    problems: dict[str, list[str]] = {}
    for key in LIST_PAGES:
        page = open_page(window, key)
        for panel in page.findChildren(ListPanel):
            tabs = [t for t in page.findChildren(QTabWidget) if t.isAncestorOf(panel)]
            for tab in tabs:  # a list on another tab of the page: shown, then looked at
                tab.setCurrentIndex(next(i for i in range(tab.count()) if holds(tab.widget(i), panel)))
            wait_loaded(panel)
            QApplication.processEvents()
            if panel.table.isVisible():
                found = header_problems(panel.table.horizontalHeader())
                if found:
                    problems[f"{key} {panel.objectName()}"] = found
    assert not problems, (language, problems)
