"""Routing › Simulation: run a day of interactions on the current configuration (or a generated
one) and on a variant, on a virtual clock in memory, and compare: waits, SLA, occupancy, charts.
Nothing is written to the database; the run happens on a worker with progress and Cancel."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine.simulation import (
    SimulationCancelled,
    write_comparison_csv,
)
from engage_desktop.services.routing.simulation_scenarios import (
    SimulationOutcome,
    SimulationPlan,
    simulate,
)
from engage_desktop.views.routing.simulation_results import SimulationResults
from engage_desktop.views.routing.simulation_setup import SimulationSetup
from engage_desktop.views.widgets.empty_state import EmptyState
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report

SETUP_WIDTH = 340


class SimulationPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.service = session.routing_simulation
        self.outcome: SimulationOutcome | None = None
        self.progress: ProgressDialog | None = None
        self.last_error: BaseException | None = None
        self._started = 0.0
        self._running = False

        title = QLabel(self.tr("Simulation"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "What if? Replay a day of interactions on a virtual clock. Nothing is written to the database."
            )
        )
        subtitle.setObjectName("mutedLabel")
        subtitle.setWordWrap(True)

        self.setup = SimulationSetup()
        self.setup.run_button.clicked.connect(self.run)
        scroll = QScrollArea()
        scroll.setObjectName("simulationSetupScroll")
        scroll.setWidget(self.setup)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(SETUP_WIDTH)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.status_label = QLabel()
        self.status_label.setObjectName("mutedLabel")
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.clicked.connect(self.choose_csv)
        self.png_button = QPushButton(self.tr("Save charts as PNG…"))
        self.png_button.setObjectName("exportPngButton")
        self.png_button.clicked.connect(self.choose_png)
        for button in (self.csv_button, self.png_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.status_label, 1)
        header.addWidget(self.csv_button)
        header.addWidget(self.png_button)

        self.results = SimulationResults()
        self.empty_state = EmptyState(
            self.tr("No simulation yet"),
            self.tr(
                "Choose the interactions and the configurations on the left, then run the simulation: "
                "waiting times, SLA and occupancy of A and B appear here side by side."
            ),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.results)
        self.error_banner = QLabel()
        self.error_banner.setObjectName("warningBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.error_banner)
        right.addLayout(header)
        right.addWidget(self.stack, 1)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(scroll)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(body, 1)

    # ---- running -------------------------------------------------------------------------------
    def run(self) -> ProgressDialog | None:
        """Starts the run on a worker (window-modal progress with Cancel); returns its dialog."""
        plan = self.setup.plan()
        if plan is None:
            return None
        self.last_error = None
        self.error_banner.hide()
        service = self.service

        def job(token: CancelToken, report: Report) -> SimulationOutcome:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not token.cancelled

            try:
                return simulate(plan, service.current_configuration, progress)
            except SimulationCancelled:
                raise Cancelled from None

        dialog = ProgressDialog(self.tr("Simulation"), self._progress_text(plan), job, self)
        dialog.succeeded.connect(self._show)
        dialog.failed.connect(self._failed)
        dialog.cancelled.connect(self._cancelled)
        self.progress = dialog
        self._started = time.monotonic()
        self._running = True
        self.setup.run_button.setEnabled(False)
        dialog.start()
        return dialog

    def is_running(self) -> bool:
        return self._running

    def _ended(self) -> None:
        self._running = False
        self.setup.run_button.setEnabled(True)

    def _progress_text(self, plan: SimulationPlan) -> str:
        if plan.b is not None:
            return self.tr("Simulating the day on configuration A, then on B…")
        return self.tr("Simulating the day on configuration A…")

    def _show(self, outcome: SimulationOutcome) -> None:
        self._ended()
        self.outcome = outcome
        labels = self.setup.labels()
        self.results.show_outcome(outcome, labels)
        self.stack.setCurrentWidget(self.results)
        elapsed = time.monotonic() - self._started
        locale = QLocale()
        text = self.tr("%n interaction(s) simulated", "", outcome.a.interactions)
        text += " · " + self.tr("A: %n agent(s)", "", outcome.agents_a)
        if outcome.b is not None:
            text += " · " + self.tr("B: %n agent(s)", "", outcome.agents_b)
        text += " · " + self.tr("%1 s").replace("%1", locale.toString(elapsed, "f", 1))
        self.status_label.setText(text)
        self.csv_button.setEnabled(True)
        self.png_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        """A refusal (permission, nothing to simulate) stays on the page above the results."""
        self.last_error = exc
        self._ended()
        if not isinstance(exc, DomainError):
            show_error(self, exc)
            return
        self.error_banner.setText(message_text(exc.message))
        self.error_banner.show()

    def _cancelled(self) -> None:
        self._ended()
        self.status_label.setText(self.tr("Simulation cancelled: the previous results are still shown."))

    # ---- exports -------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), "simulation.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> bool:
        """The report (with B: each metric for A and B and the difference); formula-safe cells."""
        outcome = self.outcome
        if outcome is None:
            return False
        try:
            if outcome.b is None:
                outcome.a.write_csv(path)
            else:
                write_comparison_csv(outcome.comparison, path, self.setup.labels())
        except OSError as exc:
            show_error(self, exc)
            return False
        self.status_label.setText(self.tr("Report saved to %1").replace("%1", str(path)))
        return True

    def choose_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the charts"), "simulation.png", self.tr("PNG images (*.png)")
        )
        if path:
            self.export_png(Path(path))

    def export_png(self, path: Path) -> bool:
        if self.outcome is None:
            return False
        self.results.tabs.setCurrentWidget(self.results.charts_scroll)
        saved = self.results.charts.grab().save(str(path), "PNG")
        if saved:
            self.status_label.setText(self.tr("Charts saved to %1").replace("%1", str(path)))
        else:
            show_error(
                self, OSError(self.tr("The image could not be written to %1").replace("%1", str(path)))
            )
        return saved
