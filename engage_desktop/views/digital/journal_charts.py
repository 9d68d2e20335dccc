"""Event volume for an auditor who would rather look than read: events per day and per actor, for
the journal's current filter. Read on a worker (a month of a busy journal is a full index scan)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engage_desktop.services.digital.journal_browser import VolumePoint
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.latest_request import LatestRequest, Reply

ACCENT = QColor("#2D6CDF")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    return chart


class JournalCharts(QWidget):
    """`load(read)` where `read()` returns (by day, by actor) on a worker thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCharts")
        self._requests = LatestRequest(self)
        self._requests.answered.connect(self._on_answer)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("mutedLabel")
        self.by_day = QChartView()
        self.by_day.setObjectName("volumeByDay")
        self.by_day.setAccessibleName(self.tr("Events per day"))
        self.by_day.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.by_actor = QChartView()
        self.by_actor.setObjectName("volumeByActor")
        self.by_actor.setAccessibleName(self.tr("Events per actor"))
        self.by_actor.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.by_day, 1)
        layout.addWidget(self.by_actor, 1)
        self.days: list[VolumePoint] = []
        self.actors: list[VolumePoint] = []

    def load(self, read: Callable[[], tuple[list[VolumePoint], list[VolumePoint]]]) -> None:
        self.status.setText(self.tr("Loading…"))
        self._requests.submit("charts", 0, lambda: (None, list(read())))

    @property
    def busy(self) -> bool:
        return self._requests.pending is not None

    def _on_answer(self, reply: Reply) -> None:
        if reply.error is not None:
            self.status.setText("")
            show_error(self, reply.error)
            return
        self.days, self.actors = reply.rows
        total = sum(p.count for p in self.days)
        self.status.setText(self.tr("%n event(s) in the filtered journal", "", total))
        self.by_day.setChart(self._days_chart(self.days))
        self.by_actor.setChart(self._actors_chart(self.actors))

    def _days_chart(self, points: Sequence[VolumePoint]) -> QChart:
        chart = _chart(self.tr("Events per day"))
        upper, lower = QLineSeries(chart), QLineSeries(chart)  # the area series does not own them
        for point in points:
            day = QDateTime(
                QDate.fromString(point.label[:10], "yyyy-MM-dd"), QTime(12, 0)
            ).toMSecsSinceEpoch()
            upper.append(day, point.count)
            lower.append(day, 0)
        area = QAreaSeries(upper, lower)
        area.setColor(ACCENT)
        area.setBorderColor(ACCENT.darker(120))
        chart.addSeries(area)
        axis_x = QDateTimeAxis()
        axis_x.setFormat(
            QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "").strip("/.- ") or "MM-dd"
        )
        axis_x.setTickCount(min(7, max(2, len(points))))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        area.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setRange(0, max([p.count for p in points] or [1]) * 1.1)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        area.attachAxis(axis_y)
        return chart

    def _actors_chart(self, points: Sequence[VolumePoint]) -> QChart:
        chart = _chart(self.tr("Events per actor"))
        ordered = list(reversed(points))  # the busiest on top
        bars = QBarSet(self.tr("Events"))
        bars.setColor(ACCENT)
        bars.append([float(p.count) for p in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([p.label or self.tr("system") for p in ordered] or [""])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setRange(0, max([p.count for p in points] or [1]) * 1.1)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        return chart
