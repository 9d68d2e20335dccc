"""A quiet busy state: a thin indeterminate bar that appears only when waiting takes a moment."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QWidget


class BusyBar(QProgressBar):
    """Hidden until busy for `DELAY_MS` (a quick answer shows nothing); keeps its place when hidden,
    so showing it moves nothing."""

    DELAY_MS = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        self.setRange(0, 0)  # indeterminate
        self.setTextVisible(False)
        self.setFixedSize(96, 4)
        self.setAccessibleName(self.tr("Loading"))
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(self.DELAY_MS)
        self._delay.timeout.connect(self.show)

    def set_busy(self, busy: bool) -> None:
        if not busy:
            self._delay.stop()
            self.hide()
        elif not self.isVisible() and not self._delay.isActive():
            self._delay.start()

    def showing_soon(self) -> bool:
        """Busy, but not long enough yet to show."""
        return self._delay.isActive()
