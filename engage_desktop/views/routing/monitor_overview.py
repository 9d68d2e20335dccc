"""The queue monitor's overview: the headline figures (waiting, oldest wait, SLA, agents,
throughput), who runs the engine, and the charts, all from one read on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from engage_desktop.services.routing.engine.monitor import QueueMonitorService
from engage_desktop.services.routing.engine.monitor_access import MonitorAccess
from engage_desktop.services.routing.engine.monitor_rows import AgentRow, HistoryPoint, MonitorRow
from engage_desktop.views.routing.monitor_format import format_wait
from engage_desktop.views.routing.monitor_tables import agent_status
from engage_desktop.views.widgets.flow_layout import FlowLayout
from engage_desktop.views.widgets.latest_request import LatestRequest, Reply


@dataclass
class Overview:
    access: MonitorAccess
    holder: str
    rows: list[MonitorRow]
    agents: list[AgentRow]
    history: list[HistoryPoint] = field(default_factory=list)
    taken_at: datetime | None = None


def read_overview(service: QueueMonitorService, holder: Callable[[], str]) -> Overview:
    """Runs on a worker: plain values only. `holder()` names the workstation running the engine."""
    access = service.access()
    snapshot = service.snapshot("queue")
    return Overview(access, holder(), snapshot.rows, service.agents(), service.history(), snapshot.taken_at)


class Figure(QFrame):
    """One headline number with its caption; `tone` colours it (ok, warn, bad)."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(caption)
        self.setMinimumWidth(118)
        self.value_label = QLabel("—")
        self.value_label.setObjectName(name)
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("mutedLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.set_value("—")

    def set_value(self, text: str, tone: str = "") -> None:
        colour = {"bad": "#C9372C", "warn": "#B25E09", "good": "#1E7F4F"}.get(tone, "#1F2433")
        self.value_label.setStyleSheet(f"font-size: 19px; font-weight: 600; color: {colour};")
        self.value_label.setText(text)


class OverviewStrip(QWidget):
    """The figures in a row that wraps on a narrow window; `loaded` after each answer."""

    loaded = Signal(object)  # the Overview
    failed = Signal(object)  # the exception

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitorOverview")
        self.overview: Overview | None = None
        self._requests = LatestRequest(self)
        self._requests.answered.connect(self._on_answer)
        self.figures = {
            "waiting": Figure(self.tr("waiting"), "waitingFigure"),
            "oldest": Figure(self.tr("oldest wait"), "oldestFigure"),
            "breached": Figure(self.tr("SLA breached"), "breachedFigure"),
            "at_risk": Figure(self.tr("SLA at risk"), "atRiskFigure"),
            "in_progress": Figure(self.tr("in progress"), "inProgressFigure"),
            "agents": Figure(self.tr("agents available · busy · away"), "agentsFigure"),
            "throughput": Figure(self.tr("done in the last hour"), "throughputFigure"),
        }
        self._flow = FlowLayout(self, spacing=8, line_spacing=8)
        for figure in self.figures.values():
            self._flow.addWidget(figure)
        self._height = 0

    def hasHeightForWidth(self) -> bool:
        """No: the page's scroll area would then size the page by preferred heights and scroll.
        The strip asks for the height its current width needs instead (see resizeEvent)."""
        return False

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self._flow.heightForWidth(max(self.width(), 120)))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self._flow.heightForWidth(max(self.width(), 120))
        if height != self._height:
            self._height = height
            self.updateGeometry()

    @property
    def busy(self) -> bool:
        return self._requests.pending is not None

    def load(self, service: QueueMonitorService, holder: Callable[[], str]) -> None:
        self._requests.submit("overview", 0, lambda: (None, [read_overview(service, holder)]))

    def _on_answer(self, reply: Reply) -> None:
        if reply.error is not None:
            self.failed.emit(reply.error)
            return
        overview: Overview = reply.rows[0]
        self.overview = overview
        rows = overview.rows
        locale = QLocale()
        waiting = sum(r.waiting for r in rows)
        breached = sum(r.sla_breached for r in rows)
        at_risk = sum(r.sla_at_risk for r in rows)
        oldest = max((r.oldest_wait_seconds for r in rows if r.waiting), default=None)
        self.figures["waiting"].set_value(locale.toString(waiting), "warn" if waiting else "")
        self.figures["oldest"].set_value(format_wait(oldest) if oldest is not None else "—")
        self.figures["breached"].set_value(locale.toString(breached), "bad" if breached else "good")
        self.figures["at_risk"].set_value(locale.toString(at_risk), "warn" if at_risk else "")
        self.figures["in_progress"].set_value(locale.toString(sum(r.in_progress for r in rows)))
        states = [agent_status(a) for a in overview.agents]
        self.figures["agents"].set_value(
            " · ".join(locale.toString(states.count(s)) for s in ("available", "busy", "away"))
        )
        self.figures["throughput"].set_value(locale.toString(sum(r.throughput_per_hour for r in rows)))
        self.loaded.emit(overview)
