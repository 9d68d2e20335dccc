"""Routing › Queue monitor: what supervisors watch, live. One row per queue, routing channel or
team; the waiting tasks of the chosen row with move, assign and raise-priority; the agents; charts
of the last hour. Everything is read on worker threads every few seconds and applied row by row,
so the selection and the scroll position stay where the supervisor left them.

The service decides what the actor sees and may do (`monitor_tasks`, or `monitor_team_tasks` for
the teams they lead) and journals every action; the page only shows its answers and refusals.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.routing.engine.engine_lock import engine_holder
from engage_desktop.services.routing.engine.monitor_rows import WaitingTaskRow
from engage_desktop.views.routing.monitor_charts import agents_chart, history_chart, occupancy_chart
from engage_desktop.views.routing.monitor_overview import Overview, OverviewStrip
from engage_desktop.views.routing.monitor_row_source import MemoryRows
from engage_desktop.views.routing.monitor_tables import (
    agents_panel,
    groups_panel,
    search_text_of_agent,
    search_text_of_group,
    search_text_of_task,
    tasks_panel,
)
from engage_desktop.views.routing.monitor_task_actions import PRIORITY_STEP, WaitingTaskActions
from engage_desktop.views.routing.simulation_charts import chart_view
from engage_desktop.views.routing.trace_import_dialog import import_interactions_button
from engage_desktop.views.widgets.empty_state import EmptyState
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import Selection


class _PageLayout(QVBoxLayout):
    """Reports no height-for-width (its lists' toolbars wrap), so the scroll area fits the page to
    the window down to its minimum size and scrolls only below it."""

    def hasHeightForWidth(self) -> bool:
        return False


class QueueMonitorPage(WaitingTaskActions, QWidget):
    REFRESH_MS = 5000

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.service = session.queue_monitor
        self.group_by = "queue"
        self.group_filter: tuple[str, str] | None = None  # ("queue", "vip"), ("channel", "3")…
        self.active_dialog: QDialog | None = None
        may_act = session.can(Permission.MONITOR_TASKS) or session.can(Permission.MONITOR_TEAM_TASKS)
        self.allowed = may_act
        if not may_act:  # comfort: the service would refuse every read
            self.refused_state = EmptyState(
                self.tr("Queue monitoring is not part of your role"),
                self.tr("Ask an administrator for the “monitor_tasks” or “monitor_team_tasks” permission."),
            )
            QVBoxLayout(self).addWidget(self.refused_state)
            return

        title = QLabel(self.tr("Queue monitor"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupByCombo")
        self.group_combo.setAccessibleName(self.tr("Group by"))
        for text, key in (
            (self.tr("Queue"), "queue"),
            (self.tr("Routing channel"), "channel"),
            (self.tr("Team"), "team"),
        ):
            self.group_combo.addItem(text, key)
        self.group_combo.currentIndexChanged.connect(self._on_group_by)
        group_label = QLabel(self.tr("&Group by"))
        group_label.setBuddy(self.group_combo)
        self.live_check = QCheckBox(self.tr("Live"))
        self.live_check.setObjectName("liveCheck")
        self.live_check.setToolTip(self.tr("Refresh every few seconds"))
        self.live_check.setChecked(True)
        self.live_check.toggled.connect(self._on_live)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = import_interactions_button(session, self)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.import_button)
        header.addWidget(self.live_check)
        header.addWidget(self.refresh_button)

        self.engine_label = QLabel()
        self.engine_label.setObjectName("mutedLabel")
        self.engine_label.setWordWrap(True)
        self.scope_label = QLabel()
        self.scope_label.setObjectName("hintLabel")
        self.scope_label.hide()
        self.error_banner = QLabel()
        self.error_banner.setObjectName("warningBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.hide()
        self.info_label = QLabel()
        self.info_label.setObjectName("actionInfo")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("mutedLabel")
        self.overview = OverviewStrip()
        self.overview.loaded.connect(self._on_overview)
        self.overview.failed.connect(self._on_overview_failed)

        self.group_rows = MemoryRows(self._read_groups, search_text_of_group)
        self.groups = groups_panel(self.group_rows, self)
        self.groups.selectionChanged.connect(self._on_group_selected)
        self.history_view = chart_view("historyChart", self.tr("Waiting and SLA breaches over the last hour"))

        self.task_rows = MemoryRows(self._read_tasks, search_text_of_task)
        self.tasks = tasks_panel(self.task_rows, self)
        self.raise_button = self.tasks.add_action(
            self.tr("Raise priority"),
            self.raise_selected,
            selection=Selection.ONE,
            allowed=may_act,
            object_name="raisePriorityButton",
        )
        self.raise_button.setToolTip(
            self.tr("Priority +%1: the task moves ahead in its queue").replace("%1", str(PRIORITY_STEP))
        )
        self.move_button = self.tasks.add_action(
            self.tr("Move…"),
            self.move_selected,
            selection=Selection.ONE,
            allowed=may_act,
            object_name="moveTaskButton",
        )
        self.assign_button = self.tasks.add_action(
            self.tr("Assign…"),
            self.assign_selected,
            selection=Selection.ONE,
            allowed=may_act,
            object_name="assignTaskButton",
            variant="primary",
        )
        self.agent_rows = MemoryRows(self.service.agents, search_text_of_agent)
        self.agents = agents_panel(self.agent_rows, self)
        self.occupancy_view = chart_view("occupancyChart", self.tr("Agent occupancy over the last hour"))
        self.busiest_view = chart_view("busiestAgentsChart", self.tr("Busiest agents now"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("monitorTabs")
        self.tabs.addTab(self.tasks, self.tr("Waiting tasks"))
        self.tabs.addTab(self.agents, self.tr("Agents"))
        load = QWidget()
        load_layout = QHBoxLayout(load)
        load_layout.setContentsMargins(0, 0, 0, 0)
        load_layout.addWidget(self.occupancy_view, 1)
        load_layout.addWidget(self.busiest_view, 1)
        self.tabs.addTab(load, self.tr("Agent load"))
        for view in (self.history_view, self.occupancy_view, self.busiest_view):
            view.setMinimumHeight(150)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("monitorBottomSplitter")
        bottom.setChildrenCollapsible(False)
        bottom.addWidget(self.tabs)
        bottom.addWidget(self.history_view)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([720, 460])
        body = QSplitter(Qt.Orientation.Vertical)
        body.setObjectName("monitorBodySplitter")
        body.setChildrenCollapsible(False)
        body.addWidget(self.groups)
        body.addWidget(bottom)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([330, 300])

        content = QWidget()
        content.setObjectName("page")
        content.setMinimumSize(560, 600)
        layout = _PageLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        status = QHBoxLayout()
        status.addWidget(self.engine_label, 1)
        status.addWidget(self.info_label)
        status.addWidget(self.updated_label)
        layout.addLayout(status)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.overview)
        layout.addWidget(body, 1)
        scroll = QScrollArea()
        scroll.setObjectName("monitorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        group_pair = QWidget()
        pair = QHBoxLayout(group_pair)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(group_label)
        pair.addWidget(self.group_combo)
        self.groups.toolbar.addWidget(group_pair)  # beside the search, like a list's filters
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.overview.load(self.service, self._engine_holder)

    # ---- reads (on the lists' workers: plain values only) --------------------------------------
    def _engine_holder(self) -> str:
        return engine_holder(self.session.database)

    def _read_groups(self) -> list[object]:
        return list(self.service.snapshot(self.group_by).rows)

    def _read_tasks(self) -> list[WaitingTaskRow]:
        kind, value = self.group_filter or ("", "")
        if kind == "queue":
            return self.service.waiting_tasks(queue=value)
        if kind == "channel":
            return self.service.waiting_tasks(channel_id=int(value))
        if kind == "team":
            return self.service.waiting_tasks(team_id=int(value))
        return self.service.waiting_tasks()

    # ---- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads everything in the background; rows are updated in place."""
        for panel in (self.groups, self.tasks, self.agents):
            panel.refresh()
        if not self.overview.busy:
            self.overview.load(self.service, self._engine_holder)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed and self.live_check.isChecked():
            self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.allowed:
            self.timer.stop()  # nobody looks: no reads
        super().hideEvent(event)

    def _on_live(self, live: bool) -> None:
        if live and self.isVisible():
            self.refresh()
            self.timer.start()
        else:
            self.timer.stop()

    def _on_group_by(self) -> None:
        self.group_by = str(self.group_combo.currentData())
        titles = {
            "queue": self.tr("Queues"),
            "channel": self.tr("Routing channels"),
            "team": self.tr("Teams"),
        }
        self.groups.title_label.setText(titles[self.group_by])
        self._set_group_filter(None)
        self.groups.model.reload()

    def _on_group_selected(self) -> None:
        row = self.groups.current_row()
        kind, _sep, value = row.key.partition(":") if row is not None else ("", "", "")
        wanted = (kind, value) if row is not None else None
        if wanted != self.group_filter:  # an in-place update of the same row keeps the tasks as they are
            self._set_group_filter(wanted, row.label if row is not None else "")

    def _set_group_filter(self, wanted: tuple[str, str] | None, label: str = "") -> None:
        self.group_filter = wanted
        self.tasks.title_label.setText(label if wanted else self.tr("All queues"))
        self.tasks.model.reload()

    def _on_overview(self, overview: Overview) -> None:
        if overview.holder:
            self.engine_label.setText(self.tr("Routing engine running on %1").replace("%1", overview.holder))
        else:
            self.engine_label.setText(
                self.tr("No workstation runs the routing engine: waiting tasks are not being assigned.")
            )
        teams = overview.access.team_ids
        self.scope_label.setVisible(teams is not None)
        if teams is not None:
            self.scope_label.setText(self.tr("You see the tasks and agents of the teams you lead."))
        when = QDateTime.currentDateTime().time()
        self.updated_label.setText(
            self.tr("Updated %1").replace("%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))
        )
        self.history_view.setChart(history_chart(overview.history))
        self.occupancy_view.setChart(occupancy_chart(overview.history))
        self.busiest_view.setChart(agents_chart(overview.agents))

    def _on_overview_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self._show_refusal(exc)
        else:
            show_error(self, exc)
