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
