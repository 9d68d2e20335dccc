"""The queue monitor's three lists: one row per queue / routing channel / team, the agents, and the
waiting tasks of the chosen row. Each is the shared list panel over a live read (`MemoryRows`),
refreshed in place by its row key so the selection and the scroll position stay put."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from engage_desktop.services.routing.engine.monitor_rows import AgentRow, MonitorRow, WaitingTaskRow
from engage_desktop.views.routing.monitor_format import format_percent, format_wait
from engage_desktop.views.routing.monitor_row_source import MemoryRows
from engage_desktop.views.users.user_badges import Pill, PillDelegate
from engage_desktop.views.widgets.list_panel import CENTER, RIGHT, Column, FilterSpec, ListPanel
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP


class QueueMonitorCounts(QObject):
    """The lists' counts as plural messages (lupdate sees `self.tr(text, "", n)` as one)."""

    def rows(self, n: int) -> str:
        return self.tr("%n row(s)", "", n)

    def agents(self, n: int) -> str:
        return self.tr("%n agent(s)", "", n)

    def waiting_tasks(self, n: int) -> str:
        return self.tr("%n waiting task(s)", "", n)


COUNTS = QueueMonitorCounts()


def sla_pill(state: str) -> Pill:
    if state == "breached":
        return Pill(QCoreApplication.translate("QueueMonitor", "Breached"), "#B3261E", "#FDECEA")
    if state == "at_risk":
        return Pill(QCoreApplication.translate("QueueMonitor", "At risk"), "#9A5B00", "#FFF4DE")
    return Pill(QCoreApplication.translate("QueueMonitor", "On time"), "#1E7F4F", "#E3F4EA")


def agent_status(row: AgentRow) -> str:
    if not row.connected:
        return "offline"
    if row.presence != "available":
        return "away"
    return "busy" if row.load >= row.capacity else "available"


def status_pill(row: AgentRow) -> Pill:
    status = agent_status(row)
    if status == "offline":
        return Pill(QCoreApplication.translate("QueueMonitor", "Offline"), "#5B6478", "#ECEEF3")
    if status == "away":
        return Pill(QCoreApplication.translate("QueueMonitor", "Away"), "#9A5B00", "#FFF4DE")
    if status == "busy":
        return Pill(QCoreApplication.translate("QueueMonitor", "Busy"), "#2F4FB3", "#E6EEFF")
    return Pill(QCoreApplication.translate("QueueMonitor", "Available"), "#1E7F4F", "#E3F4EA")


def load_text(load: int, capacity: int) -> str:
    return f"{load} / {capacity}"


def _panel(
    title: str,
    columns: list[Column],
    rows: MemoryRows,
    *,
    name: str,
    search: str,
    empty_title: str,
    empty_message: str,
    row_key: Callable[[Any], Any],
    sort: str,
    descending: bool = False,
    filters: Sequence[FilterSpec] = (),
    count_text: Callable[[int], str],
) -> ListPanel:
    panel = ListPanel(
        title,
        columns,
        rows.count,
        rows.fetch,
        count_text=count_text,
        search_placeholder=search,
        empty_title=empty_title,
        empty_message=empty_message,
        row_key=row_key,
        sort=sort,
        descending=descending,
        filters=filters,
        settings_key=f"QueueMonitorPage.{name}",
    )
    panel.setObjectName(name)
    panel.title_label.setObjectName("sectionTitle")  # a part of the page, not its title
    font = panel.title_label.font()
    font.setPointSizeF(font.pointSizeF() / 1.4)
    panel.title_label.setFont(font)
    return panel


def groups_panel(rows: MemoryRows, parent: QWidget) -> ListPanel:
    def column(
        key: str, title: str, getter: Callable[[Any], Any], width: int, align: Any = RIGHT, tip: str = ""
    ) -> Column:
        return Column(
            key,
            QCoreApplication.translate("QueueMonitor", title),
            getter,
            alignment=align,
            width=width,
            header_tip=QCoreApplication.translate("QueueMonitor", tip) if tip else "",
        )

    columns = [
        Column("label", QCoreApplication.translate("QueueMonitor", "Name"), lambda r: r.label, width=150),
        column(
            "waiting",
            "Waiting",
            lambda r: r.waiting,
            72,
            tip=QT_TRANSLATE_NOOP(
                "QueueMonitor",
                "Tasks waiting for an agent. Grouped by team: the waiting tasks this team's agents may take; "
                "a task several teams may take counts in each of them.",
            ),
        ),
        column(
            "oldest_wait_seconds",
            "Oldest wait",
            lambda r: format_wait(r.oldest_wait_seconds) if r.waiting else "",
            96,
        ),
        column(
            "sla_breached",
            "SLA risk · breached",
            lambda r: f"{r.sla_at_risk} · {r.sla_breached}",
            128,
            CENTER,
        ),
        column("in_progress", "In progress", lambda r: r.in_progress, 86),
        column(
            "agents_available",
            "Agents avail. · busy · away",
            lambda r: f"{r.agents_available} · {r.agents_busy} · {r.agents_away}",
            168,
            CENTER,
        ),
        column("load", "Load", lambda r: load_text(r.load, r.capacity), 72),
        column("throughput_per_hour", "Done / h", lambda r: r.throughput_per_hour, 72),
    ]
    return _panel(
        QCoreApplication.translate("QueueMonitor", "Queues"),
        columns,
        rows,
        name="monitorGroups",
        search=QCoreApplication.translate("QueueMonitor", "Search"),
        empty_title=QCoreApplication.translate("QueueMonitor", "No task and no agent to watch"),
        empty_message=QCoreApplication.translate(
            "QueueMonitor",
            "Queues appear here as soon as interactions arrive and agents connect. "
            "Import a trace or start the intake to see them move.",
        ),
        row_key=lambda r: r.key,
        sort="label",
        count_text=COUNTS.rows,
    )


def agents_panel(rows: MemoryRows, parent: QWidget) -> ListPanel:
    columns = [
        Column("name", QCoreApplication.translate("QueueMonitor", "Agent"), lambda r: r.name, width=170),
        Column(
            "presence",
            QCoreApplication.translate("QueueMonitor", "Status"),
            lambda r: status_pill(r).text,
            width=110,
        ),
        Column(
            "load",
            QCoreApplication.translate("QueueMonitor", "Load / capacity"),
            lambda r: load_text(r.load, r.capacity),
            alignment=RIGHT,
            width=120,
        ),
        Column(
            "hard_capacity",
            QCoreApplication.translate("QueueMonitor", "Hard capacity"),
            lambda r: r.hard_capacity,
            alignment=RIGHT,
            width=110,
        ),
        Column(
            "occupancy",
            QCoreApplication.translate("QueueMonitor", "Occupancy"),
            lambda r: format_percent(r.occupancy),
            alignment=RIGHT,
            width=100,
        ),
    ]
    panel = _panel(
        QCoreApplication.translate("QueueMonitor", "Agents"),
        columns,
        rows,
        name="monitorAgents",
        search=QCoreApplication.translate("QueueMonitor", "Search agents"),
        empty_title=QCoreApplication.translate("QueueMonitor", "No agent"),
        empty_message=QCoreApplication.translate("QueueMonitor", "Agents who may receive tasks appear here."),
        row_key=lambda r: r.user_id,
        sort="occupancy",
        descending=True,
        count_text=COUNTS.agents,
    )
    panel.table.setItemDelegateForColumn(1, PillDelegate(lambda r: [status_pill(r)], panel.table))
    return panel


def tasks_panel(rows: MemoryRows, parent: QWidget) -> ListPanel:
    columns = [
        Column(
            "task_id", QCoreApplication.translate("QueueMonitor", "Task"), lambda r: f"#{r.task_id}", width=70
        ),
        Column(
            "priority",
            QCoreApplication.translate("QueueMonitor", "Priority"),
            lambda r: r.priority,
            alignment=RIGHT,
            width=90,
        ),
        Column(
            "waited_seconds",
            QCoreApplication.translate("QueueMonitor", "Waiting for"),
            lambda r: format_wait(r.waited_seconds),
            alignment=RIGHT,
            width=100,
        ),
        Column(
            "sla_state",
            QCoreApplication.translate("QueueMonitor", "SLA"),
            lambda r: sla_pill(r.sla_state).text,
            width=90,
        ),
        Column("queue", QCoreApplication.translate("QueueMonitor", "Queue"), lambda r: r.queue, width=110),
        Column("source", QCoreApplication.translate("QueueMonitor", "Source"), lambda r: r.source, width=120),
        Column(
            "channel",
            QCoreApplication.translate("QueueMonitor", "Routing channel"),
            lambda r: r.channel,
            width=120,
        ),
        Column(
            "category_names",
            QCoreApplication.translate("QueueMonitor", "Categories"),
            lambda r: ", ".join(r.category_names),
            width=160,
        ),
    ]
    panel = _panel(
        QCoreApplication.translate("QueueMonitor", "Waiting tasks"),
        columns,
        rows,
        name="monitorTasks",
        search=QCoreApplication.translate("QueueMonitor", "Search tasks"),
        empty_title=QCoreApplication.translate("QueueMonitor", "No task waiting"),
        empty_message=QCoreApplication.translate(
            "QueueMonitor", "Every task of this selection has been handed to an agent."
        ),
        row_key=lambda r: r.task_id,
        sort="priority",
        descending=True,
        filters=[
            FilterSpec(
                "sla_state",
                QCoreApplication.translate("QueueMonitor", "SLA"),
                [
                    (QCoreApplication.translate("QueueMonitor", "Any"), None),
                    (QCoreApplication.translate("QueueMonitor", "Breached"), "breached"),
                    (QCoreApplication.translate("QueueMonitor", "At risk"), "at_risk"),
                    (QCoreApplication.translate("QueueMonitor", "On time"), "ok"),
                ],
            )
        ],
        count_text=COUNTS.waiting_tasks,
    )
    panel.table.setItemDelegateForColumn(3, PillDelegate(lambda r: [sla_pill(r.sla_state)], panel.table))
    return panel


def search_text_of_group(row: MonitorRow) -> str:
    return row.label


def search_text_of_agent(row: AgentRow) -> str:
    return row.name


def search_text_of_task(row: WaitingTaskRow) -> str:
    return " ".join((f"#{row.task_id}", row.queue, row.source, row.channel, *row.category_names))
