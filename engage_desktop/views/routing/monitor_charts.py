"""The queue monitor's charts: tasks waiting and SLA breaches over the last hour, occupancy over
the hour, and the busiest agents now. Built on the GUI thread from rows read on a worker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalStackedBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from engage_desktop.services.routing.engine.monitor_rows import AgentRow, HistoryPoint
from engage_desktop.views.routing.simulation_charts import GRID, base_chart, value_axis

WAITING = QColor("#2F6FED")
BREACHED = QColor("#C9372C")
OCCUPIED = QColor("#1E9E6A")
MAX_AGENTS = 10


def _time_axis(points: Sequence[HistoryPoint]) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setFormat("HH:mm")
    axis.setGridLineColor(GRID)
    axis.setTickCount(7)
    if points:
        first = QDateTime.fromSecsSinceEpoch(int(points[0].at.timestamp()))
        last = QDateTime.fromSecsSinceEpoch(int(points[-1].at.timestamp()))
        axis.setRange(first, last if last > first else first.addSecs(60))
    return axis


def _ms(point: HistoryPoint) -> float:
    return point.at.timestamp() * 1000.0


def history_chart(points: Sequence[HistoryPoint]) -> QChart:
    chart = base_chart(QCoreApplication.translate("QueueMonitor", "Waiting and SLA breaches, last hour"))
    waiting = QLineSeries()
    waiting.setName(QCoreApplication.translate("QueueMonitor", "Waiting"))
    waiting.setPen(QPen(WAITING, 2))
    waiting.append([QPointF(_ms(p), float(p.waiting)) for p in points])
    breached = QLineSeries()
    breached.setName(QCoreApplication.translate("QueueMonitor", "SLA breached"))
    breached.setPen(QPen(BREACHED, 2))
    breached.append([QPointF(_ms(p), float(p.sla_breached)) for p in points])
    chart.addSeries(waiting)
    chart.addSeries(breached)
    axis_x = _time_axis(points)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    peak = max([4.0, *(float(p.waiting) for p in points), *(float(p.sla_breached) for p in points)])
    axis_y = value_axis(peak * 1.15)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for series in (waiting, breached):
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    return chart


def occupancy_chart(points: Sequence[HistoryPoint]) -> QChart:
    chart = base_chart(QCoreApplication.translate("QueueMonitor", "Agent occupancy, last hour (%)"))
    chart.legend().hide()
    area = QAreaSeries()
    # Owned by the area series (Qt does not take them): without a parent Python frees them.
    upper = QLineSeries(area)
    upper.append([QPointF(_ms(p), 100.0 * p.occupancy) for p in points])
    lower = QLineSeries(area)
    lower.append([QPointF(_ms(p), 0.0) for p in points])
    area.setUpperSeries(upper)
    area.setLowerSeries(lower)
    area.setName(QCoreApplication.translate("QueueMonitor", "Occupancy"))
    fill = QColor(OCCUPIED)
    fill.setAlpha(70)
    area.setBrush(QBrush(fill))
    area.setPen(QPen(OCCUPIED, 2))
    chart.addSeries(area)
    axis_x = _time_axis(points)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axis_y = value_axis(100.0)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    area.attachAxis(axis_x)
    area.attachAxis(axis_y)
    return chart


def agents_chart(agents: Sequence[AgentRow]) -> QChart:
    """The busiest connected agents: load against their capacity, now."""
    chart = base_chart(QCoreApplication.translate("QueueMonitor", "Busiest agents now (load / capacity)"))
    connected = [a for a in agents if a.connected]
    busiest = sorted(connected, key=lambda a: (a.occupancy, a.load, a.name.casefold()))[-MAX_AGENTS:]
    load = QBarSet(QCoreApplication.translate("QueueMonitor", "Load"))
    load.setColor(OCCUPIED)
    load.setBorderColor(OCCUPIED)
    load.append([float(a.load) for a in busiest])
    room = QBarSet(QCoreApplication.translate("QueueMonitor", "Free capacity"))
    room.setColor(QColor("#D5DBE6"))
    room.setBorderColor(QColor("#D5DBE6"))
    room.append([float(max(0, a.capacity - a.load)) for a in busiest])
    series = QHorizontalStackedBarSeries()
    series.append(load)
    series.append(room)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([a.name for a in busiest] or [""])
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    peak = max([1.0, *(float(max(a.capacity, a.load)) for a in busiest)])
    axis_x = value_axis(peak)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    return chart
