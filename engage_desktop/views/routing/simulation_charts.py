"""The simulation's charts: tasks waiting over the simulated day, wait percentiles and team occupancy,
configuration A (blue) beside B (orange). Built from finished reports on the GUI thread (cheap)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from engage_desktop.services.routing.engine.simulation import SimulationReport

COLOUR_A = QColor("#2F6FED")
COLOUR_B = QColor("#E8833A")
GRID = QColor("#E4E8F0")
MAX_TEAMS = 12  # the busiest teams; more bars would be unreadable


def base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(9.0, font.pointSizeF()))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_view(name: str, accessible: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)  # below that the charts scroll (the Charts tab is a scroll area)
    return view


def value_axis(maximum: float, label_format: str = "%d", title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat(label_format)
    axis.setRange(0, maximum)
    axis.setGridLineColor(GRID)
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
    return axis


def waiting_chart(reports: Sequence[tuple[str, SimulationReport]], start: datetime | None) -> QChart:
    """Tasks waiting minute by minute; x in hours of the day the trace starts on."""
    chart = base_chart(QCoreApplication.translate("SimulationCharts", "Tasks waiting over the day"))
    offset = (start.hour + start.minute / 60) if start is not None else 0.0
    peak, last = 1.0, 1.0
    for (label, report), colour in zip(reports, (COLOUR_A, COLOUR_B), strict=False):
        series = QLineSeries()
        series.setName(label)
        series.setPen(QPen(colour, 2))
        points = _thin(report.waiting_by_minute)
        series.append([QPointF(offset + minute / 60, float(value)) for minute, value in points])
        chart.addSeries(series)
        if report.waiting_by_minute:
            peak = max(peak, float(max(report.waiting_by_minute)))
            last = max(last, offset + len(report.waiting_by_minute) / 60)
    axis_x = QValueAxis()
    axis_x.setRange(offset if reports else 0, max(last, offset + 1))
    axis_x.setLabelFormat("%.0f:00")
    axis_x.setTickCount(min(13, max(2, int(last - offset) + 1)))
    axis_x.setGridLineColor(GRID)
    axis_x.setTitleText(QCoreApplication.translate("SimulationCharts", "Hour (simulated day)"))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axis_y = value_axis(peak * 1.1, title=QCoreApplication.translate("SimulationCharts", "Waiting"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for line in chart.series():
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    return chart


def _thin(values: Sequence[int], most: int = 720) -> list[tuple[int, int]]:
    """At most `most` points (the peak of each slice kept), so a long day draws quickly."""
    if len(values) <= most:
        return list(enumerate(values))
    step = -(-len(values) // most)
    return [(i, max(values[i : i + step])) for i in range(0, len(values), step)]


def percentiles_chart(reports: Sequence[tuple[str, SimulationReport]]) -> QChart:
    """p50…p99 of the wait before assignment; in minutes once they pass ten minutes."""
    keys = sorted({p for _label, r in reports for p in r.wait_percentiles})
    peak = max([1.0, *(v for _label, r in reports for v in r.wait_percentiles.values())])
    minutes = peak > 600
    unit = 60.0 if minutes else 1.0
    if minutes:
        title = QCoreApplication.translate("SimulationCharts", "Waiting time before assignment (minutes)")
    else:
        title = QCoreApplication.translate("SimulationCharts", "Waiting time before assignment (seconds)")
    chart = base_chart(title)
    chart.legend().hide()  # same colours as the day's chart above
    series = QBarSeries()
    for (label, report), colour in zip(reports, (COLOUR_A, COLOUR_B), strict=False):
        bars = QBarSet(label)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.append([report.wait_percentiles.get(p, 0.0) / unit for p in keys])
        series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([f"p{p}" for p in keys] or [""])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = value_axis(peak / unit * 1.15, "%.0f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


def occupancy_chart(reports: Sequence[tuple[str, SimulationReport]]) -> QChart:
    """Mean occupancy of each team's agents, in %: the busiest teams of A on top."""
    chart = base_chart(QCoreApplication.translate("SimulationCharts", "Team occupancy (%)"))
    chart.legend().hide()
    first = reports[0][1] if reports else SimulationReport()
    teams = sorted(first.team_occupancy, key=lambda t: (first.team_occupancy[t], t.casefold()))[-MAX_TEAMS:]
    series = QHorizontalBarSeries()
    for (label, report), colour in zip(reports, (COLOUR_A, COLOUR_B), strict=False):
        bars = QBarSet(label)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.append([100.0 * report.team_occupancy.get(t, 0.0) for t in teams])
        series.append(bars)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(teams or [""])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = value_axis(100.0, "%.0f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return chart
