"""The room a dialog may take when it opens: the smallest screen the console supports, 1024×640
less a task bar. Editors ask for a comfortable size; they open no larger than that (their content
scrolls) and the user may still enlarge them on a larger screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SMALLEST_SCREEN_ROOM = QSize(1024, 600)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resizes window to width×height, bounded by the room above, never below its minimum size hint."""
    size = QSize(width, height).boundedTo(SMALLEST_SCREEN_ROOM).expandedTo(window.minimumSizeHint())
    window.resize(size)


def make_room_for_wrapped_texts(window: QWidget) -> None:
    """Qt gives a window the height of its word-wrapped labels on one line, so a wrapped hint
    overlaps the field above it (the export dialog's columns): this grows the window, within the
    room above, to the height its labels need at its present width. Call it once shown."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    need = min(layout.totalHeightForWidth(window.width()), SMALLEST_SCREEN_ROOM.height())
    if need > window.height():
        window.setMinimumHeight(need)
        window.resize(window.width(), need)
