"""Data-changing actions of the Digital section: exports, automated exports, journal (services/digital).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from dataclasses import replace

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, PermissionDenied
from engage_desktop.services.digital.exports import ExportRequest, ExportService
from engage_desktop.services.digital.exports_automated import AutomaticExportService

from .action_base import P, ServiceAction
from .action_context import Context
from .context_digital_exports import task_form, with_export_task


def _export(ctx: ServiceContext, c: Context) -> object:
    return ExportService(ctx).export(ExportRequest("agents"), c.tmp / "agents.csv")


def _tasks(ctx: ServiceContext) -> AutomaticExportService:
    return AutomaticExportService(ctx, SecretStore())


def _test_connection(ctx: ServiceContext, c: Context) -> object:
    """No SFTP server listens on port 1: the administrator gets past the permission check to the
    connection attempt, which is the point here (the real server is in the SFTP tests)."""
    form = replace(
        task_form(str(c.tmp)), destination="sftp", sftp_host="127.0.0.1", sftp_port=1, sftp_user="u"
    )
    try:
        return _tasks(ctx).test_connection(form)
    except PermissionDenied:
        raise
    except DomainError as exc:
        return exc


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
        "AutomaticExportService.test_connection", (P.MANAGE_AUTOMATIC_EXPORTS_TASKS,), _test_connection
    ),
    ServiceAction(
        "AutomaticExportService.delete_task",
        (P.MANAGE_AUTOMATIC_EXPORTS_TASKS,),
        lambda x, c: _tasks(x).delete_task(c.extra["export_task"]),
        setup=with_export_task,
    ),
)
