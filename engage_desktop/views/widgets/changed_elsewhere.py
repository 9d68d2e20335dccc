"""An open editor learns that its object was changed at another workstation, and offers to reload.

The window's live refresh (views/shell/live_refresh.py) announces every change heard from other
consoles on `change_notices`. An editor that watches its object asks, off the GUI thread, for the
object's current version; when it is newer than the one loaded, a banner at the top of the editor
says so with "Reload" (the other workstation's values; what was typed here is dropped) and
"Keep editing" (a save will then meet the usual keep-mine / take-theirs question).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class ChangeNotices(QObject):
    """`heard(set of object types)`: another workstation changed data."""

    heard = Signal(object)


change_notices = ChangeNotices()


class _VersionAnswer(QObject):
    arrived = Signal(object)


class _AskVersion(QRunnable):
    def __init__(self, current_version: Callable[[], int | None], answer: _VersionAnswer) -> None:
        super().__init__()
        self.current_version = current_version
        self.answer = answer

    def run(self) -> None:
        try:
            version = self.current_version()
        except Exception:  # deleted elsewhere, or unreachable: the save will say so
            log.info("Could not read the edited object's version", exc_info=True)
            version = None
        with contextlib.suppress(RuntimeError):  # the editor closed meanwhile
            self.answer.arrived.emit(version)


class ChangedElsewhereBanner(QFrame):
    """Shown in an editor whose object is newer in the database than in the form."""

    def __init__(
        self,
        body: QVBoxLayout,
        loaded_version: Callable[[], int | None],
        current_version: Callable[[], int | None],
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhereBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.loaded_version = loaded_version
        self.current_version = current_version
        self._reload = reload
        self.dismissed_version: int | None = None
        self.latest_version: int | None = None
        self.label = QLabel(self.tr("This was changed at another workstation since you opened it."))
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Show the saved values; what you typed here is dropped"))
        self.reload_button.setAutoDefault(False)
        self.keep_button = QPushButton(self.tr("Keep editing"))
        self.keep_button.setToolTip(self.tr("Saving will show both versions and ask which to keep"))
        self.keep_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        self.keep_button.clicked.connect(self.keep_editing)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        body.insertWidget(0, self)
        self.hide()
        self.answer = _VersionAnswer(self)
        self.answer.arrived.connect(self._compare)
        change_notices.heard.connect(self.check)

    def check(self, _types: object = None) -> None:
        QThreadPool.globalInstance().start(_AskVersion(self.current_version, self.answer))

    def _compare(self, current: object) -> None:
        loaded = self.loaded_version()
        newer = isinstance(current, int) and loaded is not None and current > loaded
        if newer and current != self.dismissed_version:
            self.latest_version = current if isinstance(current, int) else None
            self.show()

    def reload(self) -> None:
        self._reload()
        self.hide()

    def keep_editing(self) -> None:
        self.dismissed_version = self.latest_version  # asked again only for a still newer one
        self.hide()
