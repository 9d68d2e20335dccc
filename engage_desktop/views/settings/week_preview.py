"""A week of business hours drawn as seven columns (open time filled), holidays marked by name.

Fed with `BusinessCalendar.week_preview` (local times already in the sheet's zone), so a DST day
shows its shifted or missing hour where it falls.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from engage_desktop.views.widgets.theme import Palette

Day = tuple[date, list[tuple[datetime, datetime]], str | None]
OPEN = QColor(Palette.ACCENT)


class WeekPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPreview")
        self.setAccessibleName(self.tr("Week preview of the business hours"))
        self.setMinimumSize(560, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._days: list[Day] = []

    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    def set_days(self, days: list[Day]) -> None:
        self._days = days
        self.setToolTip(self.describe())
        self.update()

    def describe(self) -> str:
        """The same week as text (tooltip, screen readers)."""
        locale = QLocale()
        lines = []
        for day, intervals, holiday in self._days:
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            if holiday is not None:
                lines.append(self.tr("%1: closed (%2)").replace("%1", name).replace("%2", holiday))
            elif not intervals:
                lines.append(self.tr("%1: closed").replace("%1", name))
            else:
                spans = ", ".join(f"{s:%H:%M}–{e:%H:%M}" for s, e in intervals)
                lines.append(f"{name}: {spans}")
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top, bottom = 44.0, 34.0, 8.0
        width = max(self.width() - left - 8, 70)
        height = max(self.height() - top - bottom, 48)
        column = width / 7
        muted = QColor(Palette.TEXT_MUTED)
        painter.setPen(QPen(QColor(Palette.GRID)))
        for hour in range(0, 25, 3):
            y = top + height * hour / 24
            painter.drawLine(int(left), int(y), int(left + width), int(y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
            painter.setPen(QPen(QColor(Palette.GRID)))
        locale = QLocale()
        for index, (day, intervals, holiday) in enumerate(self._days):
            x = left + index * column
            header = QRectF(x, 0, column, top - 4)
            painter.setPen(QColor(Palette.TEXT))
            label = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, label)
            if holiday is not None:
                painter.fillRect(QRectF(x + 3, top, column - 6, height), QColor(Palette.HOLIDAY))
                painter.setPen(QColor(Palette.ERROR))
                painter.drawText(
                    QRectF(x + 4, top + 4, column - 8, height - 8),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                    | int(Qt.TextFlag.TextWordWrap),
                    holiday or self.tr("Holiday"),
                )
                continue
            for start, end in intervals:
                y0 = top + height * _hours(start, day) / 24
                y1 = top + height * min(_hours(end, day), 24) / 24
                painter.fillRect(QRectF(x + 6, y0, column - 12, max(y1 - y0, 1)), OPEN)
        painter.setPen(QPen(QColor(Palette.GRID)))
        for index in range(8):
            x = left + index * column
            painter.drawLine(int(x), int(top), int(x), int(top + height))
        painter.end()


def _hours(at: datetime, day: date) -> float:
    """Wall-clock hours since the day's midnight (24 for the next midnight)."""
    days = (at.date() - day).days
    return days * 24 + at.hour + at.minute / 60
