"""Every page fits 1024×640 in English and French, and no visible text is cut.

Pages come from the navigation map (every page with a factory, those added later included), on the
demo data, with the application style sheet. Widths are compared with `horizontalAdvance` of the
text in the font the style sheet draws it in (semi-bold for a default or primary button and for
header sections), not the font Qt would measure with by default.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)
from qt_helpers import wait_loaded

from engage_desktop.db import Database
from engage_desktop.i18n import install_translations
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.demo import loader as demo
from engage_desktop.views.shell.coming_page import PageLoadFailed
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.shell.navigation_bar import SECTION_ROLE
from engage_desktop.views.shell.navigation_map import all_pages
from engage_desktop.views.users.role_editor import RoleEditorDialog
from engage_desktop.views.widgets.action_bar import ActionBar
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM
from engage_desktop.views.widgets.combo_choices import text_rect
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.text_fit import FORM_LABEL_MAX_WIDTH
from engage_desktop.views.widgets.theme import load_style_sheet

SMALL = (1024, 640)
PAGES_WITH_VIEWS = [page.key for page in all_pages() if page.factory]


# ---- fixtures -------------------------------------------------------------------------------------
@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application style sheet, as the console runs (the text-fit style comes with it)."""
    previous = qapp.styleSheet()
    qapp.setStyleSheet(load_style_sheet(dark=False))
    yield qapp
    qapp.setStyleSheet(previous)


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test in English, then in French (English again afterwards, even on failure)."""
    install_translations(qapp, request.param)
    try:
        yield request.param
    finally:
        install_translations(qapp, "en")


@pytest.fixture
def demo_session(sqlite_db: Database) -> AppSession:
    """The demo data (fewer users: the pages look the same) and its administrator signed in."""
    ctx = ServiceContext(sqlite_db.session_factory, workstation="tests@ci")
    demo.load_demo_data(ctx, users=40)
    user = auth.sign_in(ctx, demo.DEMO_LOGIN, demo.DEMO_PASSWORD)
    return AppSession(sqlite_db, ctx.acting_as(user.id), user, SecretStore(), "Northwind Support")


def small_window(qtbot, session: AppSession, tmp_path: Path, name: str = "window") -> MainWindow:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_page(qtbot, window: MainWindow, key: str) -> QWidget:
    assert window.show_page(key)
    page = window.page_widget(key)
    assert page is not None
    assert not isinstance(page, PageLoadFailed), f"{key} failed to open"
    wait_loaded(page)
    for _ in range(3):  # layouts settle (the header wraps, columns are sized to the rows)
        QApplication.processEvents()
    return page


# ---- what "fits" means ----------------------------------------------------------------------------
def drawn_font(button: QPushButton) -> QFont:
    """The font style.qss draws the button in: semi-bold when primary or a dialog's default."""
    font = QFont(button.font())
    in_dialog = isinstance(button.window(), QDialog)
    if button.property("variant") == "primary" or (in_dialog and button.isDefault()):
        font.setWeight(QFont.Weight.DemiBold)
    return font


def button_problem(button: QPushButton) -> str | None:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    need = QFontMetrics(drawn_font(button)).horizontalAdvance(text)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if button.menu() is not None:
        need += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return None if need <= room else f"button {text!r}: needs {need}px, has {room}px"


def header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(bold)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        room = header.sectionSize(section) - HEADER_PADDING
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            room -= SORT_ARROW_ROOM
        need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))  # two-line titles
        if text and need > room:
            problems.append(f"header {text!r}: needs {need}px, has {room}px")
    return problems


def combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    need = combo.fontMetrics().horizontalAdvance(text)
    room = text_rect(combo).width()
    if need <= room or combo.toolTip() == text:  # fits, or elided with the whole text in its tooltip
        return None
    return f"combo {text!r}: needs {need}px, has {room}px and no tooltip"


def overflowed(widget: QWidget) -> bool:
    """In the header's "More" menu at this width (no room on screen, reachable from the menu)."""
    bar = widget.parentWidget()
    return isinstance(bar, ActionBar) and widget in bar.overflowed()


def cut_texts(root: QWidget) -> list[str]:
    problems: list[str] = []
    for button in root.findChildren(QPushButton):
        if button.isVisible() and button.text() and not overflowed(button):
            problem = button_problem(button)
            if problem:
                problems.append(problem)
    for header in root.findChildren(QHeaderView):
        if header.isVisible() and header.orientation() == Qt.Orientation.Horizontal:
            problems += header_problems(header)
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            problem = combo_problem(combo)
            if problem:
                problems.append(problem)
    return problems


# ---- pages ----------------------------------------------------------------------------------------
def test_the_map_has_pages_to_check() -> None:
    assert {"users.users", "users.roles", "channels.sources", "routing.topologies"} <= set(PAGES_WITH_VIEWS)


def test_every_page_fits_1024_by_640_with_nothing_cut(
    qtbot, styled: QApplication, language: str, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    problems: dict[str, list[str]] = {}
    for key in PAGES_WITH_VIEWS:
        page = open_page(qtbot, window, key)
        found = []
        hint = page.minimumSizeHint().width()
        if hint > window.stack.width():
            found.append(f"needs {hint}px wide, the window gives {window.stack.width()}px")
        tall = page.minimumSizeHint().height()
        if tall > window.stack.height():
            found.append(f"needs {tall}px high, the window gives {window.stack.height()}px")
        if window.width() != SMALL[0] or window.minimumSizeHint().width() > SMALL[0]:
            found.append(
                f"the window became {window.width()}px wide (minimum {window.minimumSizeHint().width()})"
            )
        for area in page.findChildren(QScrollArea):  # the page's own scrolling, not a table's
            if area.isVisible() and area.horizontalScrollBar().isVisible():
                found.append(f"{type(area).__name__} {area.objectName()!r} scrolls sideways")
        found += cut_texts(page)
        if found:
            problems[key] = found
    assert not problems, f"{language}: {problems}"


def test_every_list_page_has_one_header_and_starts_in_its_search(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key in PAGES_WITH_VIEWS:
        page = open_page(qtbot, window, key)
        panels = [p for p in page.findChildren(ListPanel) if p.isVisible()]
        if not panels:
            continue  # a page that is not a list (a form, a tree)
        panel = panels[0]
        if any(isinstance(w, QTabWidget) and w.isAncestorOf(panel) for w in page.findChildren(QTabWidget)):
            continue  # a page of tabs starts on its tabs
        window.focus_page()
        assert QApplication.focusWidget() is panel.search_edit, key
        # The title row holds the title, then the actions; the primary action is the last one.
        assert panel.title_label.isVisible(), key
        buttons = panel.action_bar.buttons()
        primaries = [b for b in buttons if b.property("variant") == "primary"]
        assert buttons[len(buttons) - len(primaries) :] == primaries, key
        assert panel.action_bar.geometry().top() < panel.search_edit.geometry().top(), key


def test_opening_every_page_never_widens_the_window(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    install_translations(QApplication.instance(), "fr")  # type: ignore[arg-type]
    try:
        window = small_window(qtbot, demo_session, tmp_path)
        for key in [*PAGES_WITH_VIEWS, "users.roles", "users.users"]:
            open_page(qtbot, window, key)
            assert window.width() == SMALL[0], key
        assert window.minimumSizeHint().width() < SMALL[0]
    finally:
        install_translations(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_what_does_not_fit_goes_into_more_and_stays_usable(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    page = open_page(qtbot, window, "users.users")
    panel = page.findChild(ListPanel)
    assert panel is not None
    bar = panel.action_bar
    window.resize(700, 640)
    qtbot.waitUntil(lambda: bool(bar.overflowed()))
    assert bar.more_button.isVisible()
    primary = [b for b in bar.buttons() if b.property("variant") == "primary"]
    assert primary and primary[0] not in bar.overflowed() and primary[0].width() > 0
    assert not cut_texts(page)
    bar.more_menu.aboutToShow.emit()
    texts = [a.text() for a in bar.more_menu.actions()]
    assert texts == [b.text() for b in bar.overflowed()]
    window.resize(*SMALL)
    window.showMaximized()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not bar.overflowed())
    assert not bar.more_button.isVisible()


# ---- dialogs: the default button in its semi-bold ----------------------------------------------------
def test_default_buttons_are_whole_in_both_languages(
    qtbot, styled: QApplication, language: str, demo_session: AppSession
) -> None:
    role_id = next(r.id for r in demo_session.roles.list_roles(ListQuery()) if r.label == "Supervisor")
    editor = RoleEditorDialog(demo_session, role_id)
    confirm = ConfirmDialog(None, "Delete role", "Delete the role “Supervisor”?", "Delete role")
    save = QMessageBox(QMessageBox.Icon.Question, "Save", "Save the changes?")
    save.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    save.setDefaultButton(QMessageBox.StandardButton.Save)
    for dialog in (editor, confirm, save):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert defaults, dialog
        assert drawn_font(defaults[0]).weight() == QFont.Weight.DemiBold
        assert not cut_texts(dialog), (language, cut_texts(dialog))
        # Focus moving to another button makes it the default: it grows to its semi-bold text.
        others = [
            b
            for b in dialog.findChildren(QPushButton)
            if not b.isDefault() and b.autoDefault() and b.isVisible() and b.isEnabled()
        ]
        if others:
            dialog.activateWindow()
            qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
            others[0].setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda b=others[0]: b.isDefault() and b.font().weight() == QFont.Weight.DemiBold)
            qtbot.waitUntil(lambda d=dialog: not cut_texts(d))
        dialog.close()


# ---- columns ----------------------------------------------------------------------------------------
def test_name_and_email_stretch_others_fit_their_content(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    window.resize(1600, 900)
    page = open_page(qtbot, window, "users.users")
    panel = page.findChild(ListPanel)
    assert panel is not None
    table, header = panel.table, panel.table.horizontalHeader()
    keys = [c.key for c in panel.model.columns]
    name, email, role = keys.index("name"), keys.index("email"), keys.index("role")
    assert panel.columns_layout.stretch == [name, email]

    def fills_the_table() -> bool:
        used = sum(header.sectionSize(c) for c in range(header.count()))
        return (
            abs(used - table.viewport().width()) <= len(keys) and not table.horizontalScrollBar().isVisible()
        )

    # Wide: the role column is as wide as its header and its longest role, no wider.
    wanted = max(header.sectionSizeHint(role), table.sizeHintForColumn(role))
    qtbot.waitUntil(fills_the_table)
    assert header.sectionSize(role) == wanted
    wide_name = header.sectionSize(name)
    # Narrow: names and e-mails give up room first, no column goes under its title.
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: header.sectionSize(name) < wide_name)
    qtbot.waitUntil(fills_the_table)
    assert not header_problems(header)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: header.sectionSize(role) == wanted and header.sectionSize(name) == wide_name)


def test_widths_order_and_sort_are_remembered_per_list(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path, "remember")
    page = open_page(qtbot, window, "users.roles")
    panel = page.findChild(ListPanel)
    assert panel is not None
    header = panel.table.horizontalHeader()
    last = header.count() - 1
    header.resizeSection(last, 222)
    header.moveSection(last, 1)
    header.setSortIndicator(last, Qt.SortOrder.DescendingOrder)
    wait_loaded(panel)
    panel.columns_layout.save()
    window.close()

    again = small_window(qtbot, demo_session, tmp_path, "remember")
    panel = open_page(qtbot, again, "users.roles").findChild(ListPanel)
    assert panel is not None
    header = panel.table.horizontalHeader()
    assert header.sectionSize(last) == 222
    assert header.visualIndex(last) == 1
    assert header.sortIndicatorSection() == last
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert panel.model.query().descending
    # Another list keeps its own layout.
    users = open_page(qtbot, again, "users.users").findChild(ListPanel)
    assert users is not None and users.table.horizontalHeader().visualIndex(1) == 1


# ---- the drawer ------------------------------------------------------------------------------------
def test_the_drawer_keeps_the_section_title_while_it_scrolls(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    window = small_window(qtbot, demo_session, tmp_path)
    window.resize(1024, 420)  # a short window: the drawer's list scrolls
    nav = window.navigation
    nav.open_drawer()
    drawer = nav.drawer
    qtbot.waitUntil(lambda: drawer.isVisible() and drawer.list.verticalScrollBar().maximum() > 0)
    sticky = drawer.sticky_title
    assert not sticky.isVisible()  # at the top, the first title is its own row
    drawer.list.verticalScrollBar().setValue(drawer.list.verticalScrollBar().maximum() // 2)
    top = drawer.list.itemAt(QPoint(1, sticky.height() + 1))
    assert top is not None
    qtbot.waitUntil(sticky.isVisible)
    assert sticky.title_item is not None
    assert sticky.title_item.data(SECTION_ROLE) == top.data(SECTION_ROLE)
    assert sticky.title_item.text() in {s.title() for s, _pages in window.sections()}
    drawer.list.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: not sticky.isVisible())


def test_the_action_bar_follows_hidden_buttons_and_new_texts(qtbot, styled: QApplication) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = ActionBar(holder)
    first, second, primary = QPushButton("Alpha"), QPushButton("Beta"), QPushButton("New thing")
    bar.add_button(first)
    bar.add_button(second)
    bar.add_button(primary, primary=True)
    second.hide()  # a page hides what the user may not do
    holder.resize(600, 60)
    bar.resize(600, 40)
    holder.show()
    qtbot.waitExposed(holder)
    assert primary.geometry().left() > first.geometry().right()  # the primary action last
    second.show()
    qtbot.waitUntil(lambda: first.geometry().right() < second.geometry().left() < primary.geometry().left())
    second.setText("Beta with a much longer label")
    qtbot.waitUntil(lambda: second.width() >= second.sizeHint().width())
    bar.resize(bar.minimumSizeHint().width(), 40)
    qtbot.waitUntil(lambda: bar.overflowed() == [first, second])
    assert second.isVisibleTo(holder)  # still clickable by the window's menus
    assert second.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert primary.width() == primary.sizeHint().width() and bar.more_button.isVisible()
    bar.resize(800, 40)
    qtbot.waitUntil(lambda: not bar.overflowed())
    assert second.focusPolicy() != Qt.FocusPolicy.NoFocus and not bar.more_button.isVisible()


def test_long_form_labels_wrap_instead_of_pushing_the_fields(qtbot, styled: QApplication) -> None:
    form = FormWidget()
    qtbot.addWidget(form)
    short = form.add_field("name", "Nom", QLineEdit())
    long_text = "Rouvrir les conversations fermées depuis moins de (jours)"
    field = form.add_field("reopen", long_text, QLineEdit())
    form.resize(640, 300)
    form.show()
    qtbot.waitExposed(form)
    label = form.form_layout.labelForField(field)
    assert isinstance(label, QLabel)
    assert label.wordWrap() and label.width() <= FORM_LABEL_MAX_WIDTH
    assert label.height() >= label.heightForWidth(label.width())  # every line shown
    assert field.x() <= FORM_LABEL_MAX_WIDTH + 40  # the fields keep their room
    short_label = form.form_layout.labelForField(short)
    assert isinstance(short_label, QLabel) and not short_label.wordWrap()


def test_a_sorted_right_aligned_header_shows_its_whole_title(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    """The sort arrow's room is kept out of the title, not cut from it ("Custome" for "Customers")."""
    window = small_window(qtbot, demo_session, tmp_path, "sorted")
    page = open_page(qtbot, window, "users.roles")
    panel = page.findChild(ListPanel)
    assert panel is not None
    header = panel.table.horizontalHeader()
    keys = [c.key for c in panel.model.columns]
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    for key in ("permission_count", "user_count"):  # right-aligned counts
        column = keys.index(key)
        title = str(panel.model.headerData(column, Qt.Orientation.Horizontal))
        header.resizeSection(column, panel.columns_layout.title_width(column))  # as tight as allowed
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        wait_loaded(panel)
        image = header.grab().toImage()
        left = header.sectionViewportPosition(column)
        text_end = left + header.sectionSize(column) - HEADER_PADDING // 2 - SORT_ARROW_ROOM
        inked = [
            x
            for x in range(left + 1, text_end)
            if any(image.pixelColor(x, y).lightness() < 160 for y in range(image.height()))
        ]
        assert inked, title
        drawn = inked[-1] - inked[0] + 1
        need = QFontMetrics(bold).horizontalAdvance(title)
        assert drawn >= need - 4, f"{title!r}: {drawn}px of its {need}px drawn"


# A window manager adds a title bar (about 30 px) to a dialog: its content must leave room for it.
DIALOG_ROOM = (SMALL[0], SMALL[1] - 40)


def assert_dialog_fits(qtbot, dialog: QDialog, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Shown, the dialog fits DIALOG_ROOM and cuts none of its texts (buttons, headers, labels)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    size = dialog.size()
    assert size.width() <= DIALOG_ROOM[0] and size.height() <= DIALOG_ROOM[1], (type(dialog).__name__, size)
    assert not cut_texts(dialog), (type(dialog).__name__, lang, cut_texts(dialog))


def test_database_dialogs_fit_a_small_screen(
    qtbot, styled: QApplication, language: str, demo_session: AppSession, tmp_path: Path
) -> None:
    from engage_desktop.services.settings.database_move import DatabaseMoveService
    from engage_desktop.views.shell.connection_dialog import ConnectionDialog
    from engage_desktop.views.shell.move_database_dialog import MoveDatabaseDialog

    connection = ConnectionDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    move = MoveDatabaseDialog(DatabaseMoveService(demo_session.ctx, demo_session.database.url))
    for dialog in (connection, move):
        qtbot.addWidget(dialog)
    connection.shared_choice.setChecked(True)  # the PostgreSQL fields open: the tallest state
    for dialog in (connection, move):
        dialog.show()
        qtbot.waitExposed(dialog)
        size = dialog.size()
        assert size.width() <= DIALOG_ROOM[0] and size.height() <= DIALOG_ROOM[1], (
            type(dialog).__name__,
            language,
            size,
        )
        assert dialog.minimumSizeHint().height() <= size.height()


def test_a_list_in_a_dialog_remembers_its_columns_in_the_main_windows_settings(
    qtbot, styled: QApplication, demo_session: AppSession, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog, QVBoxLayout
    from test_list_panel import role_columns

    class RolesPickerDialog(QDialog):
        def __init__(self, parent: QWidget) -> None:
            super().__init__(parent)
            self.panel = ListPanel(
                "Roles",
                role_columns(),
                demo_session.roles.count_roles,
                demo_session.roles.list_roles,
                count_text=lambda n: f"{n} roles",
                sort="label",
            )
            QVBoxLayout(self).addWidget(self.panel)

    def shown_dialog(window: MainWindow) -> RolesPickerDialog:
        dialog = RolesPickerDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_loaded(dialog.panel)
        return dialog

    window = small_window(qtbot, demo_session, tmp_path, "dialog-lists")
    dialog = shown_dialog(window)
    header = dialog.panel.table.horizontalHeader()
    last = header.count() - 1
    header.resizeSection(last, 211)
    dialog.panel.columns_layout.save()
    dialog.close()
    window.close()

    again = small_window(qtbot, demo_session, tmp_path, "dialog-lists")
    header = shown_dialog(again).panel.table.horizontalHeader()
    assert header.sectionSize(last) == 211
    keys = QSettings(str(tmp_path / "dialog-lists.ini"), QSettings.Format.IniFormat).allKeys()
    assert any("RolesPickerDialog" in key for key in keys), keys
