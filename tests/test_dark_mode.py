"""Dark mode: View > Colour scheme (System, Light, Dark) applies at once, is remembered, and System
follows the scheme the platform announces (QStyleHints.colorSchemeChanged)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from engage_desktop.services.app_session import AppSession
from engage_desktop.views.shell.main_window import MainWindow
from engage_desktop.views.widgets.color_scheme import SETTINGS_KEY, ColorScheme, theme_controller
from engage_desktop.views.widgets.theme import dark_style_sheet, load_style_sheet

PAGE_LIGHT, PAGE_DARK = "#F4F6FA", "#121826"  # style.qss's page background, and its dark swap


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The light sheet as start-up sets it; the scheme, sheet and palette put back afterwards."""
    previous_sheet, previous_palette = qapp.styleSheet(), qapp.palette()
    qapp.setStyleSheet(load_style_sheet(dark=False))
    controller = theme_controller(qapp)
    yield qapp
    controller.set_choice(ColorScheme.LIGHT)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Unknown)  # what offscreen says
    controller.set_choice(ColorScheme.SYSTEM)
    qapp.setStyleSheet(previous_sheet)
    qapp.setPalette(previous_palette)


def window_with(qtbot, session: AppSession, settings_path: Path) -> MainWindow:
    window = MainWindow(session, QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def scheme_action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, f"colorScheme{name}Action")
    assert action is not None, name
    return action


def looks_dark(app: QApplication) -> bool:
    sheet = app.styleSheet()
    window_colour = app.palette().color(QPalette.ColorRole.Window)
    return PAGE_DARK in sheet and PAGE_LIGHT not in sheet and window_colour.lightness() < 80


def test_the_dark_sheet_is_the_same_design_with_dark_colours() -> None:
    light = load_style_sheet(dark=False)
    dark = dark_style_sheet(light)
    selectors = re.compile(r"^([^\s{}/*][^{}]*)\{", re.MULTILINE)
    assert set(selectors.findall(light)) <= set(selectors.findall(dark))  # every rule is there
    assert PAGE_DARK in dark and PAGE_LIGHT not in dark
    # White text on the accent stays white; dark text becomes light text.
    primary = dark.split('QPushButton[variant="primary"], QDialog QPushButton:default {')[1].split("}")[0]
    assert "color: #FFFFFF" in primary
    assert "color: #1F2433" not in dark
    assert QColor("#E4E8F1").lightness() > 200


def test_choosing_dark_applies_at_once_and_is_remembered(
    qtbot, app: QApplication, app_session: AppSession, tmp_path: Path
) -> None:
    window = window_with(qtbot, app_session, tmp_path / "window.ini")
    menu = window.commands.color_scheme_menu
    assert menu.menuAction() in window.commands.menus["viewMenu"].actions()
    assert [a.text().replace("&", "") for a in menu.actions()] == ["System", "Light", "Dark"]
    assert scheme_action(window, "System").isChecked()
    assert not looks_dark(app)

    with qtbot.waitSignal(theme_controller().changed):
        scheme_action(window, "Dark").trigger()
    assert looks_dark(app)
    assert scheme_action(window, "Dark").isChecked() and not scheme_action(window, "System").isChecked()
    assert QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).value(SETTINGS_KEY) == "dark"
    window.close()

    # The next window (the next start) reads the choice back.
    theme_controller().set_choice(ColorScheme.LIGHT)
    assert not looks_dark(app)
    QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).setValue(SETTINGS_KEY, "dark")
    again = window_with(qtbot, app_session, tmp_path / "window.ini")
    assert scheme_action(again, "Dark").isChecked()
    assert looks_dark(app)

    scheme_action(again, "Light").trigger()
    assert not looks_dark(app)
    assert app.styleSheet() == load_style_sheet(dark=False)
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_system_follows_the_platform_scheme(
    qtbot, app: QApplication, app_session: AppSession, tmp_path: Path
) -> None:
    window = window_with(qtbot, app_session, tmp_path / "window.ini")
    scheme_action(window, "System").trigger()
    hints = app.styleHints()
    with qtbot.waitSignal(theme_controller().changed):
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the platform does
    assert looks_dark(app)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not looks_dark(app)

    # A fixed choice does not follow the platform.
    scheme_action(window, "Light").trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not looks_dark(app)
    scheme_action(window, "System").trigger()
    assert looks_dark(app)  # back to the system's, which is dark now


def test_an_unknown_remembered_choice_means_system(
    qtbot, app: QApplication, app_session: AppSession, tmp_path: Path
) -> None:
    QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat).setValue(SETTINGS_KEY, "purple")
    window = window_with(qtbot, app_session, tmp_path / "window.ini")
    assert scheme_action(window, "System").isChecked()
    assert theme_controller().choice() == ColorScheme.SYSTEM


def test_start_up_loads_the_sheet_of_the_scheme_in_force(qtbot, app: QApplication) -> None:
    controller = theme_controller(app)
    controller.set_choice(ColorScheme.SYSTEM)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    sheet = load_style_sheet()  # what create_application sets
    assert PAGE_DARK in sheet and PAGE_LIGHT not in sheet
    app.setStyleSheet(sheet)
    assert looks_dark(app)
    # The system turning light before the main window opens brings the light look back.
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not looks_dark(app)
    assert app.styleSheet() == load_style_sheet(dark=False)


def test_a_disabled_default_button_looks_disabled_in_the_dark_too() -> None:
    dark = dark_style_sheet(load_style_sheet(dark=False))
    rule = 'QPushButton[variant="primary"]:disabled, QDialog QPushButton:default:disabled {'
    last = dark.rsplit(rule, 1)[1].split("}")[0]  # the later rule is the one in force
    colours = dict(re.findall(r"([a-z-]+):\s*(#[0-9A-Fa-f]{6})", last))
    assert QColor(colours["color"]).lightness() < 180  # muted, not the enabled button's white
    enabled = dark.split('QPushButton[variant="primary"], QDialog QPushButton:default {')[1].split("}")[0]
    assert colours["background"] not in enabled


def test_hand_painted_colours_follow_the_scheme(qtbot, app: QApplication) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics, QImage, QPainter

    from engage_desktop.views.users.user_badges import PillLabel, paint_pill, state_pill
    from engage_desktop.views.widgets.theme import Palette

    def painted_background() -> QColor:
        image = QImage(120, 30, QImage.Format.Format_RGB32)
        image.fill(QColor("#808080"))
        painter = QPainter(image)
        paint_pill(painter, QRect(0, 0, 120, 30), state_pill(True, False), QFontMetrics(app.font()))
        painter.end()
        return image.pixelColor(4, 15)  # inside the pill, left of its text

    label = PillLabel(state_pill(True, False))
    qtbot.addWidget(label)
    controller = theme_controller(app)
    controller.set_choice(ColorScheme.LIGHT)
    assert Palette.TEXT == "#1F2433" and Palette.NAV_BACKGROUND == "#141B2E"
    assert painted_background().lightness() > 200
    assert "#E3F4EA" in label.styleSheet()

    controller.set_choice(ColorScheme.DARK)
    assert looks_dark(app)
    assert QColor(Palette.TEXT).lightness() > 200 and QColor(Palette.TEXT_MUTED).lightness() > 130
    assert Palette.NAV_BACKGROUND == "#141B2E"  # the navy navigation is the same in both
    assert painted_background().lightness() < 80
    assert "#E3F4EA" not in label.styleSheet()  # the editor's pill followed at once

    controller.set_choice(ColorScheme.LIGHT)
    assert Palette.TEXT == "#1F2433" and painted_background().lightness() > 200
    assert "#E3F4EA" in label.styleSheet()


def test_highlight_colours_follow_the_scheme(qtbot, app: QApplication) -> None:
    """Error and success highlights (rule test results, topology step errors, the calendar's
    holidays, form messages) are read from the scheme when painted, not frozen light at import."""
    from engage_desktop.views.widgets.form import FormWidget
    from engage_desktop.views.widgets.theme import Palette

    def error_label_colour() -> QColor:
        form = FormWidget()
        qtbot.addWidget(form)
        form.add_field("name", "Name", QLineEdit())
        return form.error_label("name").palette().color(QPalette.ColorRole.WindowText)

    controller = theme_controller(app)
    controller.set_choice(ColorScheme.LIGHT)
    backgrounds = ("ERROR_BACKGROUND", "SUCCESS_BACKGROUND", "HOLIDAY")
    assert all(QColor(getattr(Palette, name)).lightness() > 180 for name in backgrounds)
    assert error_label_colour().lightness() < 128
    controller.set_choice(ColorScheme.DARK)
    assert all(QColor(getattr(Palette, name)).lightness() < 100 for name in backgrounds)
    assert QColor(Palette.SUCCESS).lightness() > 130 and QColor(Palette.ERROR).lightness() > 130
    assert error_label_colour().lightness() > 128  # readable on the dark page
