"""The app's look: the style sheet (resources/style.qss) and the few colours painted by hand.

Widgets styled by the sheet are chosen by object name or dynamic property; the list is at the top
of style.qss. Colours that custom painting needs (the navigation drawer, avatars) live in `Palette`
so they match the sheet. The dark scheme is the same sheet with its colours swapped by the table at
the top of resources/style_dark.qss (one design, two colour sets); `color_scheme.py` chooses.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QDir
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from engage_desktop.config import resources_dir
from engage_desktop.views.widgets.text_fit import install_text_fit_style

log = logging.getLogger(__name__)

ICONS_PREFIX = "icons"  # the style sheet's url(icons:name.svg)


def dark_scheme_in_force() -> bool:
    """Read when painting: the application's palette is the dark one (color_scheme.dark_palette)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return bool(app.palette().color(QPalette.ColorRole.Window).lightness() < 128)


class _SchemeColours(type):
    """`Palette.TEXT` is read at paint time: its dark swap (style_dark.qss's table) in the dark scheme."""

    def __getattribute__(cls, name: str) -> str:
        value: str = super().__getattribute__(name)
        if not name.startswith("_") and dark_scheme_in_force():
            dark: dict[str, str] = super().__getattribute__("_DARK")
            return dark.get(name, value)
        return value


class Palette(metaclass=_SchemeColours):
    """Colours for custom painting; the navigation's navy and the accent are the same in both schemes."""

    _DARK = {
        "TEXT": "#E4E8F1",
        "TEXT_MUTED": "#9AA3B8",
        "ERROR": "#FF8A7E",
        "ERROR_BACKGROUND": "#4A2522",
        "SUCCESS": "#6FD39B",
        "SUCCESS_BACKGROUND": "#1D3B2A",
        "GRID": "#3A4256",
        "HOLIDAY": "#5A2F2B",
    }
    NAV_BACKGROUND = "#141B2E"
    DRAWER_BACKGROUND = "#1A2238"
    NAV_TEXT = "#C5CCDB"
    NAV_TEXT_STRONG = "#FFFFFF"
    NAV_MUTED = "#8D97B0"
    ACCENT = "#2F6FED"
    ACCENT_ON_DARK = "#5B8CFF"
    TEXT = "#1F2433"
    TEXT_MUTED = "#5B6478"
    ERROR = "#C9372C"
    ERROR_BACKGROUND = "#FDECEC"
    SUCCESS = "#1E7F4F"
    SUCCESS_BACKGROUND = "#E3F4EA"
    GRID = "#D8DDE8"  # chart and calendar grid lines
    HOLIDAY = "#F4D6D3"


def register_icon_prefix() -> None:
    """Makes "icons:name.svg" resolve to resources/icons/name.svg for every Qt file API."""
    folder = str(resources_dir() / "icons")
    if folder not in QDir.searchPaths(ICONS_PREFIX):
        QDir.addSearchPath(ICONS_PREFIX, folder)


def load_style_sheet(dark: bool | None = None) -> str:
    """The QSS text, ready for QApplication.setStyleSheet; empty (logged) if the file is missing.

    `dark` None means the scheme chosen in View > Colour scheme (the system's by default). With a
    QApplication running, this also installs what keeps text fitting (`text_fit`) and the colour
    scheme's follower, so every caller gets both.
    """
    register_icon_prefix()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_text_fit_style(app)
        if dark is None:
            from engage_desktop.views.widgets.color_scheme import theme_controller

            controller = theme_controller(app)
            dark = controller.is_dark()
            controller.mark_applied(dark)  # the caller sets the sheet returned here
    light = _read("style.qss")
    return dark_style_sheet(light) if dark and light else light


def dark_style_sheet(light: str) -> str:
    """style.qss with style_dark.qss's colour table applied, then style_dark.qss's own rules."""
    dark = _read("style_dark.qss")
    text_swaps: dict[str, str] = {}
    fill_swaps: dict[str, str] = {}
    for kind, before, after in _SWAP.findall(dark):
        if kind in ("text", "any"):
            text_swaps[before.upper()] = after
        if kind in ("fill", "any"):
            fill_swaps[before.upper()] = after

    def swap(declaration: re.Match[str]) -> str:
        swaps = text_swaps if declaration["name"] in ("color", "selection-color") else fill_swaps
        value = _COLOUR.sub(lambda c: swaps.get(c[0].upper(), c[0]), declaration["value"])
        return f"{declaration['name']}:{value};"

    return _DECLARATION.sub(swap, light) + "\n" + _COMMENT.sub("", dark)


_SWAP = re.compile(r"^\s*\*\s*(text|fill|any)\s+(#[0-9A-Fa-f]{6})\s*->\s*(#[0-9A-Fa-f]{6})", re.MULTILINE)
_DECLARATION = re.compile(r"(?P<name>[a-z-]+):(?P<value>[^;{}]*);")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


def _read(name: str) -> str:
    path = resources_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("Style sheet not found at %s; using the platform look", path)
        return ""


def set_error_state(widget: QWidget, has_error: bool) -> None:
    """Flag an input as invalid (red border from the sheet's `[error="true"]` rules)."""
    widget.setProperty("error", "true" if has_error else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
