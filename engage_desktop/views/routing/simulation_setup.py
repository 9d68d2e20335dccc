"""The Simulation page's left column: which day of interactions (generated, or read from a JSONL
trace with its refused lines listed by number) and which configurations A and B to run it on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.routing.engine.intake import TraceReadResult, read_trace
from engage_desktop.services.routing.engine.model import Interaction
from engage_desktop.services.routing.engine.trace_generator import GeneratorOptions
from engage_desktop.services.routing.simulation_scenarios import (
    COPY_OF_A,
    CURRENT,
    GENERATED,
    MAX_AGENTS,
    ScenarioPlan,
    SimulationPlan,
)
from engage_desktop.views.widgets.combo_choices import ElidingComboBox
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.latest_request import LatestRequest, Reply
from engage_desktop.views.widgets.messages import message_text

MAX_SHOWN_ERRORS = 500


def _spin(name: str, accessible: str, low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    spin.setMinimumWidth(90)
    return spin


def _minutes(name: str, accessible: str, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(0.1, 480.0)
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setValue(value)
    spin.setSuffix(" min")
    spin.setMinimumWidth(90)
    return spin


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class SimulationSetup(QWidget):
    """`plan()` gives the SimulationPlan to run, or None after showing what is missing."""

    traceChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.trace_result: TraceReadResult | None = None
        self.trace_path: Path | None = None
        self._reads = LatestRequest(self)
        self._reads.answered.connect(self._on_trace_read)

        self.trace_mode = QComboBox()
        self.trace_mode.setObjectName("traceMode")
        self.trace_mode.setAccessibleName(self.tr("Trace"))
        self.trace_mode.addItem(self.tr("Generate a realistic day"), "generate")
        self.trace_mode.addItem(self.tr("Read a trace file (JSONL)"), "file")

        self.generate_form = FormWidget()
        self.interactions = self.generate_form.add_field(
            "interactions",
            self.tr("Interactions"),
            _spin("interactionsSpin", self.tr("Interactions in the day"), 10, 2_000_000, 6_000),
        )
        self.generated_agents = self.generate_form.add_field(
            "agents",
            self.tr("Agents"),
            _spin("generatedAgentsSpin", self.tr("Agents of a generated configuration"), 1, MAX_AGENTS, 20),
        )
        self.seed = self.generate_form.add_field(
            "seed", self.tr("Seed"), _spin("seedSpin", self.tr("Seed"), 0, 2_147_483_647, 1)
        )
        self.seed.setGroupSeparatorShown(False)

        self.file_form = FormWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("tracePath")
        self.path_edit.setAccessibleName(self.tr("Trace file"))
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("chooseTraceButton")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.file_form.add_field("trace", self.tr("File"), path_row)
        self.trace_status = QLabel()
        self.trace_status.setObjectName("traceStatus")
        self.trace_status.setWordWrap(True)
        self.trace_errors = QListWidget()
        self.trace_errors.setObjectName("traceErrors")
        self.trace_errors.setAccessibleName(self.tr("Refused lines of the trace"))
        self.trace_errors.setMaximumHeight(120)
        self.trace_errors.hide()
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file_form)
        file_layout.addWidget(self.trace_status)
        file_layout.addWidget(self.trace_errors)

        self.trace_stack = QStackedWidget()
        self.trace_stack.addWidget(self.generate_form)
        self.trace_stack.addWidget(file_page)
        self.trace_mode.currentIndexChanged.connect(self.trace_stack.setCurrentIndex)

        self.form_a = FormWidget()
        self.base_a = self.form_a.add_field("base", self.tr("Configuration"), ElidingComboBox())
        self.base_a.setObjectName("baseA")
        self.base_a.setMinimumWidth(90)
        self.base_a.setAccessibleName(self.tr("Configuration A"))
        self.base_a.addItem(self.tr("Current configuration"), CURRENT)
        self.base_a.addItem(self.tr("Demo (generated)"), GENERATED)
        self.handling_a = self.form_a.add_field(
            "handling", self.tr("Handling time"), _minutes("handlingA", self.tr("Handling time of A"), 5.0)
        )

        self.compare = QCheckBox(self.tr("Compare with configuration B"))
        self.compare.setObjectName("compareCheck")
        self.compare.setChecked(True)
        self.form_b = FormWidget()
        self.base_b = self.form_b.add_field("base", self.tr("Configuration"), ElidingComboBox())
        self.base_b.setObjectName("baseB")
        self.base_b.setMinimumWidth(90)
        self.base_b.setAccessibleName(self.tr("Configuration B"))
        self.base_b.addItem(self.tr("Copy of A"), COPY_OF_A)
        self.base_b.addItem(self.tr("Demo (generated)"), GENERATED)
        self.agents_b = self.form_b.add_field(
            "agents",
            self.tr("Agents"),
            _spin("agentsB", self.tr("Agents of B"), 0, MAX_AGENTS, 0),
            self.tr("Extra agents copy the skills, teams and sources of existing ones."),
        )
        self.agents_b.setSpecialValueText(self.tr("As in the configuration"))
        self.handling_b = self.form_b.add_field(
            "handling", self.tr("Handling time"), _minutes("handlingB", self.tr("Handling time of B"), 5.0)
        )
        self.compare.toggled.connect(self.form_b.setEnabled)

        self.run_button = QPushButton(self.tr("Run simulation"))
        self.run_button.setObjectName("runSimulationButton")
        self.run_button.setProperty("variant", "primary")
        self.run_button.setAutoDefault(False)

        for form in (self.generate_form, self.file_form, self.form_a, self.form_b):
            # A long label (French) puts its field on the line below instead of squeezing it.
            form.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(_section(self.tr("Day of interactions")))
        layout.addWidget(self.trace_mode)
        layout.addWidget(self.trace_stack)
        layout.addWidget(_section(self.tr("Configuration A")))
        layout.addWidget(self.form_a)
        layout.addWidget(_section(self.tr("Configuration B")))
        layout.addWidget(self.compare)
        layout.addWidget(self.form_b)
        layout.addStretch(1)
        layout.addWidget(self.run_button)

    # ---- the trace file ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a trace"), "", self.tr("Interaction traces (*.jsonl *.json);;All files (*)")
        )
        if path:
            self.load_trace(Path(path))

    def load_trace(self, path: Path) -> None:
        """Reads the file on a worker; the count and the refused lines show when it is read."""
        self.trace_mode.setCurrentIndex(1)
        self.trace_path = path
        self.trace_result = None
        self.path_edit.setText(str(path))
        self.trace_status.setText(self.tr("Reading…"))
        self.trace_errors.clear()
        self.trace_errors.hide()
        self.file_form.clear_errors()
        self._reads.submit("trace", 0, lambda: (None, [read_trace(path)]))

    @property
    def reading(self) -> bool:
        return self._reads.pending is not None

    def _on_trace_read(self, reply: Reply) -> None:
        if reply.error is not None:
            self.trace_status.setText("")
            self.file_form.show_errors(
                {"trace": self.tr("This file cannot be read: %1").replace("%1", str(reply.error))}
            )
            return
        result: TraceReadResult = reply.rows[0]
        self.trace_result = result
        locale = QLocale()
        text = self.tr("%n interaction(s) read", "", len(result.interactions))
        if result.errors:
            text += " · " + self.tr("%n line(s) refused", "", len(result.errors))
        self.trace_status.setText(text)
        for error in result.errors[:MAX_SHOWN_ERRORS]:
            line = self.tr("Line %1: %2").replace("%1", locale.toString(error.line))
            self.trace_errors.addItem(line.replace("%2", message_text(error.message)))
        if len(result.errors) > MAX_SHOWN_ERRORS:
            more = len(result.errors) - MAX_SHOWN_ERRORS
            self.trace_errors.addItem(self.tr("… and %n more", "", more))
        self.trace_errors.setVisible(bool(result.errors))
        self.traceChanged.emit()

    # ---- the plan ------------------------------------------------------------------------------
    def labels(self) -> tuple[str, str]:
        return self.base_a.currentText(), self._label_b()

    def _label_b(self) -> str:
        generated = self.base_b.currentData() == GENERATED
        base = self.tr("Demo (generated)") if generated else self.tr("Copy of A")
        agents = self.agents_b.value()
        return base if agents == 0 else self.tr("%1, %n agent(s)", "", agents).replace("%1", base)

    def plan(self) -> SimulationPlan | None:
        generator = None
        trace: tuple[Interaction, ...] = ()
        if self.trace_mode.currentData() == "generate":
            generator = GeneratorOptions(
                seed=self.seed.value(),
                interactions=self.interactions.value(),
                agents=self.generated_agents.value(),
            )
        else:
            if self.trace_result is None or not self.trace_result.interactions:
                self.file_form.show_errors(
                    {"trace": self.tr("Choose a trace file with at least one valid interaction.")}
                )
                return None
            trace = tuple(self.trace_result.interactions)
        a = ScenarioPlan(self.base_a.currentData(), None, self.handling_a.value() * 60)
        b = None
        if self.compare.isChecked():
            agents = self.agents_b.value() or None
            b = ScenarioPlan(self.base_b.currentData(), agents, self.handling_b.value() * 60)
        return SimulationPlan(a, b, generator, trace, self.seed.value())
