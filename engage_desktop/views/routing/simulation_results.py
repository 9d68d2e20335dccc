"""The simulation's report: headline figures (A, and B with its difference), the charts, and the
tables of metrics, agents and teams. Holds no state but the outcome it shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.routing.engine.simulation import SimulationReport
from engage_desktop.services.routing.simulation_scenarios import SimulationOutcome
from engage_desktop.views.routing.monitor_format import format_number, format_percent, format_wait
from engage_desktop.views.routing.monitor_row_source import MemoryRows
from engage_desktop.views.routing.simulation_charts import (
    chart_view,
    occupancy_chart,
    percentiles_chart,
    waiting_chart,
)
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP

BETTER, WORSE = "#1E7F4F", "#C9372C"


@dataclass(frozen=True)
class MetricRow:
    key: str
    label: str
    a: str
    b: str
    difference: str


@dataclass(frozen=True)
class OccupancyRow:
    name: str
    a: float
    b: float | None


def mean_occupancy(report: SimulationReport) -> float:
    values = list(report.agent_occupancy.values())
    return sum(values) / len(values) if values else 0.0


class KpiCard(QFrame):
    """One headline figure: A's value, and with B its value and the change in green or red."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("mutedLabel")
        self.title_label.setWordWrap(True)  # four cards share a narrow window
        self.value_label = QLabel("—")
        self.value_label.setObjectName(f"{name}Value")
        self.value_label.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.detail_label = QLabel("")
        self.detail_label.setObjectName(f"{name}Detail")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)

    def show_values(
        self, a: float, b: float | None, text: Callable[[float], str], lower_is_better: bool, label_b: str
    ) -> None:
        self.value_label.setText(text(a))
        if b is None:
            self.detail_label.setText("")
            return
        change = b - a
        colour = "#5B6478"
        if abs(change) > 1e-9:
            colour = BETTER if (change < 0) == lower_is_better else WORSE
        sign = "+" if change > 0 else ("−" if change < 0 else "±")
        self.detail_label.setText(
            f"{label_b}: <b>{text(b)}</b> &nbsp;<span style='color:{colour}'>{sign}{text(abs(change))}</span>"
        )


class SimulationResults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simulationResults")
        self.outcome: SimulationOutcome | None = None
        self.labels = (self.tr("A"), self.tr("B"))
        self.cards = {
            "wait": KpiCard(self.tr("Waiting time, 90th percentile"), "waitP90"),
            "sla": KpiCard(self.tr("SLA met"), "slaMet"),
            "undelivered": KpiCard(self.tr("Undelivered or still waiting"), "undelivered"),
            "occupancy": KpiCard(self.tr("Mean agent occupancy"), "occupancy"),
        }
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.cards.values():
            cards.addWidget(card, 1)

        self.charts = QWidget()
        self.charts.setObjectName("simulationCharts")
        self.waiting_view = chart_view("waitingChart", self.tr("Tasks waiting over the day"))
        self.percentiles_view = chart_view("percentilesChart", self.tr("Waiting time percentiles"))
        self.occupancy_view = chart_view("occupancyChart", self.tr("Team occupancy"))
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.waiting_view, 0, 0, 1, 2)
        grid.addWidget(self.percentiles_view, 1, 0)
        grid.addWidget(self.occupancy_view, 1, 1)
        grid.setRowStretch(0, 1)  # the bar charts keep room for their team names
        grid.setRowStretch(1, 1)

        self.metric_rows: list[MetricRow] = []
        self.agent_rows: list[OccupancyRow] = []
        self.team_rows: list[OccupancyRow] = []
        self.metrics_panel = self._panel(
            "metricsTable",
            self.tr("Metrics"),
            [
                Column("label", self.tr("Metric"), lambda r: r.label, width=260),
                Column("a", self.labels[0], lambda r: r.a, alignment=RIGHT, width=120),
                Column("b", self.labels[1], lambda r: r.b, alignment=RIGHT, width=120),
                Column(
                    "difference", self.tr("Difference"), lambda r: r.difference, alignment=RIGHT, width=120
                ),
            ],
            MemoryRows(lambda: self.metric_rows, lambda r: r.label),
            self.tr("Search metrics"),
        )
        self.agents_panel = self._occupancy_panel("agentsTable", self.tr("Agent"), lambda: self.agent_rows)
        self.teams_panel = self._occupancy_panel("teamsTable", self.tr("Team"), lambda: self.team_rows)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("simulationTabs")
        # On a small window the charts keep a readable height and scroll (never sideways).
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setObjectName("simulationChartsScroll")
        self.charts_scroll.setWidget(self.charts)
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(self.charts_scroll, self.tr("Charts"))
        self.tabs.addTab(self.metrics_panel, self.tr("Metrics"))
        self.tabs.addTab(self.agents_panel, self.tr("Agents"))
        self.tabs.addTab(self.teams_panel, self.tr("Teams"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)

    def _panel(
        self, name: str, title: str, columns: list[Column], rows: MemoryRows, search: str
    ) -> ListPanel:
        panel = ListPanel(
            title,
            columns,
            rows.count,
            rows.fetch,
            count_text=lambda n: self.tr("%n row(s)", "", n),
            search_placeholder=search,
            empty_title=self.tr("No simulation yet"),
            empty_message=self.tr("Run a simulation to see its figures here."),
            row_key=lambda r: getattr(r, "key", getattr(r, "name", r)),
            settings_key=f"SimulationPage.{name}",
        )
        panel.setObjectName(name)
        panel.title_label.hide()
        return panel

    def _occupancy_panel(self, name: str, who: str, read: Callable[[], list[OccupancyRow]]) -> ListPanel:
        return self._panel(
            name,
            who,
            [
                Column("name", who, lambda r: r.name, width=240),
                Column("a", self.labels[0], lambda r: format_percent(r.a, 1), alignment=RIGHT, width=120),
                Column("b", self.labels[1], lambda r: format_percent(r.b, 1), alignment=RIGHT, width=120),
            ],
            MemoryRows(read, lambda r: r.name),
            self.tr("Search by name"),
        )

    def show_outcome(self, outcome: SimulationOutcome, labels: tuple[str, str]) -> None:
        self.outcome = outcome
        self.labels = labels
        a, b = outcome.a, outcome.b
        self._show_cards(a, b, self.tr("B"))
        named = (self.tr("A: %1").replace("%1", labels[0]), self.tr("B: %1").replace("%1", labels[1]))
        reports = [(named[0], a)] + ([(named[1], b)] if b is not None else [])
        self.waiting_view.setChart(waiting_chart(reports, outcome.start))
        self.percentiles_view.setChart(percentiles_chart(reports))
        self.occupancy_view.setChart(occupancy_chart(reports))
        if b is not None:
            self.metric_rows = [
                MetricRow(r.metric, metric_label(r.metric), r.a, r.b, r.difference)
                for r in outcome.comparison
            ]
        else:
            self.metric_rows = [MetricRow(k, metric_label(k), v, "", "") for k, v in a.rows()]
        self.agent_rows = _occupancy_rows(a.agent_occupancy, b.agent_occupancy if b else None)
        self.team_rows = _occupancy_rows(a.team_occupancy, b.team_occupancy if b else None)
        for panel in (self.metrics_panel, self.agents_panel, self.teams_panel):
            model = panel.model
            for column in range(model.columnCount()):
                key = model.columns[column].key
                panel.table.setColumnHidden(column, b is None and key in ("b", "difference"))
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            panel.model.reload()

    def _show_cards(self, a: SimulationReport, b: SimulationReport | None, label_b: str) -> None:
        def seconds(v: float) -> str:
            return format_wait(v)

        def percent(v: float) -> str:
            return format_number(v, 1) + " %"

        def count(v: float) -> str:
            return format_number(v)

        self.cards["wait"].show_values(
            a.wait_percentiles.get(90, 0.0),
            b.wait_percentiles.get(90, 0.0) if b else None,
            seconds,
            True,
            label_b,
        )
        self.cards["sla"].show_values(
            a.sla_met_percent, b.sla_met_percent if b else None, percent, False, label_b
        )
        self.cards["undelivered"].show_values(
            float(a.undelivered + a.waiting_at_end),
            float(b.undelivered + b.waiting_at_end) if b else None,
            count,
            True,
            label_b,
        )
        self.cards["occupancy"].show_values(
            100 * mean_occupancy(a), 100 * mean_occupancy(b) if b else None, percent, False, label_b
        )


def _occupancy_rows(a: dict[str, float], b: dict[str, float] | None) -> list[OccupancyRow]:
    names = sorted(set(a) | set(b or {}), key=str.casefold)
    return [OccupancyRow(n, a.get(n, 0.0), (b.get(n, 0.0) if b is not None else None)) for n in names]


def metric_label(metric: str) -> str:
    """The report's metric keys in words (team and agent rows name their team or agent)."""
    name, _sep, who = metric.partition(":")
    if name == "team_occupancy":
        return QCoreApplication.translate("SimulationResults", "Team occupancy: %1").replace("%1", who)
    if name == "agent_occupancy":
        return QCoreApplication.translate("SimulationResults", "Agent occupancy: %1").replace("%1", who)
    source = _METRICS.get(metric)
    return QCoreApplication.translate("SimulationResults", source) if source else metric


_METRICS = {
    "interactions": QT_TRANSLATE_NOOP("SimulationResults", "Interactions"),
    "refused": QT_TRANSLATE_NOOP("SimulationResults", "Refused (unknown source)"),
    "tasks": QT_TRANSLATE_NOOP("SimulationResults", "Tasks created"),
    "assigned": QT_TRANSLATE_NOOP("SimulationResults", "Tasks assigned"),
    "undelivered": QT_TRANSLATE_NOOP("SimulationResults", "Undelivered"),
    "waiting_at_end": QT_TRANSLATE_NOOP("SimulationResults", "Still waiting at the end"),
    "wait_p50_seconds": QT_TRANSLATE_NOOP("SimulationResults", "Wait, median (s)"),
    "wait_p90_seconds": QT_TRANSLATE_NOOP("SimulationResults", "Wait, 90th percentile (s)"),
    "wait_p95_seconds": QT_TRANSLATE_NOOP("SimulationResults", "Wait, 95th percentile (s)"),
    "wait_p99_seconds": QT_TRANSLATE_NOOP("SimulationResults", "Wait, 99th percentile (s)"),
    "sla_met_percent": QT_TRANSLATE_NOOP("SimulationResults", "SLA met (%)"),
}
