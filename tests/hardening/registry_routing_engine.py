"""Data-changing actions of the Routing engine, intake, queue monitor and simulation (services/routing/engine…).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
Supervisor actions need `monitor_tasks`, or `monitor_team_tasks` for the teams the actor belongs to.
"""

from __future__ import annotations

from engage_desktop.services.routing.engine.monitor import QueueMonitorService
from engage_desktop.services.routing.engine.trace_import import TraceImportService

from .action_base import ANY, P, ServiceAction
from .context_routing_engine import with_waiting_task
from .context_trace_import import with_trace_file

MONITORS = (P.MONITOR_TASKS, P.MONITOR_TEAM_TASKS)

ACTIONS: tuple[ServiceAction, ...] = (
    ServiceAction(
        "QueueMonitorService.move_task_to_queue",
        MONITORS,
        lambda x, c: QueueMonitorService(x).move_task_to_queue(c.extra["task_id"], "default"),
        mode=ANY,
        setup=with_waiting_task,
    ),
    ServiceAction(
        "QueueMonitorService.assign_task_to_agent",
        MONITORS,
        lambda x, c: QueueMonitorService(x).assign_task_to_agent(c.extra["task_id"], c.target_user),
        mode=ANY,
        setup=with_waiting_task,
    ),
    ServiceAction(
        "QueueMonitorService.change_task_priority",
        MONITORS,
        lambda x, c: QueueMonitorService(x).change_task_priority(c.extra["task_id"], 5),
        mode=ANY,
        setup=with_waiting_task,
    ),
    ServiceAction(
        "TraceImportService.import_interactions",
        (P.MONITOR_TASKS,),
        lambda x, c: TraceImportService(x, c.extra["database"]).import_interactions(c.extra["trace"]),
        setup=with_trace_file,
    ),
)
