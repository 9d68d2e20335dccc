"""The editors opened from the pages fit a 1024×640 screen in French, with nothing cut.

Each is opened as the administrator opens it (the page's "New…" button, or Edit on the first row)
in the main window at 1024×640 on the demo data, then checked with `assert_dialog_fits`: no larger
than 1024×600 once shown, no button, header or combo text cut. Editors that asked for more room
than that open smaller (their content scrolls) through `resize_within_screen`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from test_shell_fit import (  # noqa: F401 (fixtures)
    DIALOG_ROOM,
    cut_texts,
    demo_session,
    open_page,
    small_window,
    styled,
)

from engage_desktop.i18n import install_translations
from engage_desktop.services.app_session import AppSession
from engage_desktop.views.widgets.column_layout import HEADER_PADDING
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.screen_room import SMALLEST_SCREEN_ROOM, resize_within_screen


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translations(qapp, "fr")
    try:
        yield
    finally:
        install_translations(qapp, "en")


def dialog_problems(dialog: QDialog) -> list[str]:
    """Too large for DIALOG_ROOM, or a text cut, on any of its tabs."""
    problems: list[str] = []
    tabs = [t for t in dialog.findChildren(QTabWidget) if t.isVisible()]
    for index in range(tabs[0].count() if tabs else 1):
        if tabs:
            tabs[0].setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        size = dialog.size()
        if size.width() > DIALOG_ROOM[0] or size.height() > DIALOG_ROOM[1]:
            problems.append(f"{type(dialog).__name__} is {size.width()}x{size.height()}")
        problems += [
            f"tab {index}: {text}" for text in cut_texts(dialog) if f"tab {index}: {text}" not in problems
        ]
    return problems


def open_from(qtbot, window: QWidget, button: QPushButton) -> list[str]:  # type: ignore[no-untyped-def]
    """Clicks the button and checks the dialog it opens (also one run with exec), then closes it."""
    found: list[list[str]] = []

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and not found:
                found.append(dialog_problems(widget))
                widget.done(0)

    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(50)
    button.click()
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    timer.stop()
    return found[0]


def page_button(page: QWidget, *, primary: bool) -> QPushButton:
    panel = page.findChildren(ListPanel)[0]
    if not primary:
        panel.table.selectRow(0)
        QApplication.processEvents()
    for button in panel.action_bar.buttons():
        is_primary = button.property("variant") == "primary"
        if is_primary == primary and button.isEnabled() and button.menu() is None:
            return button
    raise AssertionError(f"no {'primary' if primary else 'row'} button on {page}")


@pytest.mark.parametrize(
    ("page_key", "primary"),
    [
        ("users.users", True),
        ("users.users", False),
        ("users.roles", True),
        ("users.teams", False),
        ("users.capacities", False),
        ("channels.sources", False),
        ("routing.topologies", True),
        ("routing.rules", True),
    ],
)
def test_editors_fit_a_small_screen_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
    page_key: str,
    primary: bool,
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    page = open_page(qtbot, window, page_key)
    assert open_from(qtbot, window, page_button(page, primary=primary)) == []


def test_a_dialog_asking_for_more_than_the_smallest_screen_gets_that_room(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    resize_within_screen(dialog, 1400, 900)
    assert (dialog.width(), dialog.height()) == (SMALLEST_SCREEN_ROOM.width(), SMALLEST_SCREEN_ROOM.height())
    resize_within_screen(dialog, 500, 300)
    assert (dialog.width(), dialog.height()) == (500, 300)


def test_the_channel_permission_headers_show_both_lines_whole(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    page = open_page(qtbot, window, "users.users")
    panel = page.findChildren(ListPanel)[0]
    page_button(page, primary=False).click()
    qtbot.waitUntil(lambda: panel.active_dialog is not None)
    dialog = panel.active_dialog
    assert isinstance(dialog, QDialog)
    table = dialog.findChild(QTableWidget, "permissionMatrix")
    assert table is not None
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    model = header.model()
    cut = []
    for section in range(1, header.count() - 2):
        title = str(model.headerData(section, header.orientation()))
        widest = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
        if widest > header.sectionSize(section) - HEADER_PADDING:
            cut.append(title)
    assert "\n" in str(model.headerData(4, header.orientation()))  # a two-line title is checked
    assert cut == []
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Fixed
    dialog.done(0)


@pytest.mark.parametrize(
    ("page_key", "button_name"),
    [
        ("digital.exports", "newExportTaskButton"),  # was 654 px tall at least
        ("agent_tools.reply_assistant", "newEntryButton"),  # was 763 px tall at least: now it scrolls
    ],
)
def test_tall_editors_fit_a_small_screen_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
    page_key: str,
    button_name: str,
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    page = open_page(qtbot, window, page_key)
    button = page.findChild(QPushButton, button_name)
    assert button is not None and button.isEnabled()
    assert open_from(qtbot, window, button) == []


def test_the_export_dialogs_columns_hint_sits_below_the_list_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QLabel, QListView

    window = small_window(qtbot, demo_session, tmp_path)
    page = open_page(qtbot, window, "digital.exports")
    page.manual.table.selectRow(0)  # the first export (Agents), as the administrator picks it
    button = page.findChild(QPushButton, "exportButton")
    assert button is not None and button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, QDialog) and page.dialog.isVisible())
    dialog = page.dialog
    # On a 1024×640 screen Qt opens it at 2/3 of the screen's height, so at its minimum size hint
    # (this offscreen screen is 800 px tall): shown again at that size, it must make room.
    dialog.hide()
    dialog.resize(dialog.minimumSizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    fields = dialog.findChild(QListView, "exportFieldsList")
    assert fields is not None
    hint = next(label for label in dialog.findChildren(QLabel) if "sensibles" in label.text())
    assert hint.wordWrap() and hint.height() >= hint.heightForWidth(hint.width())  # both lines shown
    assert (
        hint.mapTo(dialog, hint.rect().topLeft()).y() >= fields.mapTo(dialog, fields.rect().bottomLeft()).y()
    )
    assert dialog.height() <= DIALOG_ROOM[1] and cut_texts(dialog) == []
    dialog.done(0)


def test_the_users_import_preview_keeps_its_rows_and_titles_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    from engage_desktop.services.users.csv_import import UserImportService
    from engage_desktop.views.users.users_import_dialog import UsersImportDialog

    lines = ["firstname;lastname;nickname;email;role;teams;locale;timezone;enabled"]
    lines += [f"Name{i};Last{i};nick{i};nick{i}@example;Nobody;No team;fr;Europe/Paris;1" for i in range(10)]
    data = "\n".join(lines).encode()
    preview = UserImportService(demo_session.ctx).preview(data, "agents.csv")
    window = small_window(qtbot, demo_session, tmp_path)
    dialog = UsersImportDialog(demo_session, preview, data, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog_problems(dialog) == []  # 1024×600 at most, "Ligne" and "locale" whole
    rows_shown = dialog.table.viewport().height() // dialog.table.rowHeight(0)
    assert rows_shown >= 6, rows_shown  # the problems list (30 of them) leaves the preview its room


def test_the_email_wizard_tabs_need_no_sideways_scrolling_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
    demo_session: AppSession,  # noqa: F811
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from engage_desktop.views.channels.source_wizard import SourceWizard

    window = small_window(qtbot, demo_session, tmp_path)
    wizard = SourceWizard(demo_session, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose_type("email")
    wizard.next_step()
    assert wizard.form is not None
    assert dialog_problems(wizard) == []
    for area in wizard.form.findChildren(QScrollArea):  # one per tab; "Regrouper les réponses…" was 504 px
        content = area.widget()
        assert content is not None
        assert content.minimumSizeHint().width() <= area.viewport().width(), content.minimumSizeHint()


def test_the_assign_dialog_shows_agent_lines_whole_in_french(
    qtbot,
    styled: QApplication,  # noqa: F811
    french: None,
) -> None:
    from engage_desktop.services.routing.engine.monitor_rows import AgentRow
    from engage_desktop.views.routing.monitor_task_dialogs import AssignTaskDialog

    agents = [AgentRow(i, f"Amélie Laurent {i}", "available", True, 1, 4, 6, 0.25, (), ()) for i in range(8)]
    dialog = AssignTaskDialog(12, agents)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.agent_list.horizontalScrollBar().maximum() == 0
    assert dialog_problems(dialog) == []
