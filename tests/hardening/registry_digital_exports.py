"""Data-changing actions of the Digital section: exports, automated exports, journal (services/digital).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.digital.exports import ExportRequest, ExportService
from engage_desktop.services.digital.exports_automated import AutomaticExportService

from .action_base import P, ServiceAction
from .action_context import Context
from .context_digital_exports import task_form, with_export_task


def _export(ctx: ServiceContext, c: Context) -> object:
    return ExportService(ctx).export(ExportRequest("agents"), c.tmp / "agents.csv")


def _tasks(ctx: ServiceContext) -> AutomaticExportService:
    return AutomaticExportService(ctx, SecretStore())


ACTIONS: tuple[ServiceAction, ...] = (
    ServiceAction("ExportService.export", (P.READ_USER, P.READ_EXPORT), _export),
    ServiceAction(
        "AutomaticExportService.create_task",
        (P.MANAGE_AUTOMATIC_EXPORTS_TASKS,),
        lambda x, c: _tasks(x).create_task(task_form(str(c.tmp))),
    ),
    ServiceAction(
        "AutomaticExportService.update_task",
        (P.MANAGE_AUTOMATIC_EXPORTS_TASKS,),
        lambda x, c: _tasks(x).update_task(c.extra["export_task"], task_form(str(c.tmp), "Renamed")),
        setup=with_export_task,
    ),
    ServiceAction(
        "AutomaticExportService.delete_task",
        (P.MANAGE_AUTOMATIC_EXPORTS_TASKS,),
        lambda x, c: _tasks(x).delete_task(c.extra["export_task"]),
        setup=with_export_task,
    ),
)
