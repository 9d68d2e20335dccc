"""The app's SVG line icons (resources/icons), as QIcons.

The files are drawn in one light neutral colour for the dark navigation bar; `icon(name, color)`
repaints the same drawing in another colour for light surfaces (header, empty states), so each
shape exists once.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from engage_desktop.config import resources_dir
from engage_desktop.views.widgets.theme import register_icon_prefix

log = logging.getLogger(__name__)
register_icon_prefix()  # the style sheet's url(icons:...) work even if it was read directly

SOURCE_COLOR = "#E8EAF0"  # the stroke colour the files are drawn with
_RECOLOR_SIZES = (16, 20, 24, 32, 48, 64, 96)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon_path(name: str) -> Path:
    return icons_dir() / f"{name}.svg"


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """An empty QIcon (logged) when the file is missing, so a typo never breaks a window."""
    path = icon_path(name)
    if not path.is_file():
        log.warning("Icon %r not found at %s", name, path)
        return QIcon()
    if color is None or color.upper() == SOURCE_COLOR:
        return QIcon(str(path))
    svg = path.read_text(encoding="utf-8").replace(SOURCE_COLOR, color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _RECOLOR_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
