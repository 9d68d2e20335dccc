"""The app's look: the style sheet (resources/style.qss) and the few colours painted by hand.

Widgets styled by the sheet are chosen by object name or dynamic property; the list is at the top
of style.qss. Colours that custom painting needs (the navigation drawer, avatars) live in `Palette`
so they match the sheet.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from engage_desktop.config import resources_dir

log = logging.getLogger(__name__)

ICONS_PREFIX = "icons"  # the style sheet's url(icons:name.svg)


class Palette:
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


def register_icon_prefix() -> None:
    """Makes "icons:name.svg" resolve to resources/icons/name.svg for every Qt file API."""
    folder = str(resources_dir() / "icons")
    if folder not in QDir.searchPaths(ICONS_PREFIX):
        QDir.addSearchPath(ICONS_PREFIX, folder)


def load_style_sheet() -> str:
    """The QSS text, ready for QApplication.setStyleSheet; empty (logged) if the file is missing."""
    register_icon_prefix()
    path = resources_dir() / "style.qss"
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
