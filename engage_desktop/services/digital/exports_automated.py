"""Automated export tasks (extension "automated exports"): create, change, delete, list.

A task belongs to the user who created it (its owner): it runs with the owner's export
permissions and time zone, so a task cannot take out more than its owner could by hand. The SFTP
password or key passphrase is kept in the keyring under `automatic_export:<platform id>:sftp`.
Running is in exports_runner.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from engage_desktop.models import AutomaticExportTask, User, utcnow
from engage_desktop.models.text_keys import fold
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Extension, Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import (
    DomainError,
    ErrorCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.digital.export_formats import zone_named
from engage_desktop.services.digital.export_schedule import next_slot
from engage_desktop.services.digital.exports_task_form import TaskForm, validate
from engage_desktop.services.digital.sftp_destination import (
    DeliveryError,
    HostKeyMismatch,
    SftpTarget,
    probe_sftp,
)

MANAGE = Permission.MANAGE_AUTOMATIC_EXPORTS_TASKS
log = logging.getLogger(__name__)

EXTENSION_OFF = ErrorCode(
    "automatic_exports.extension_off",
    QT_TRANSLATE_NOOP(
        "Errors", "Automated exports are switched off for this account (Settings › Extensions)."
    ),
)
TASK_GONE = ErrorCode(
    "automatic_exports.gone", QT_TRANSLATE_NOOP("Errors", "This export task no longer exists.")
)
HOST_KEY_CHANGED = ErrorCode(
    "automatic_exports.host_key_changed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The SFTP server's host key is not the trusted one: expected {expected}, received {received}. "
        "Nothing was sent.",
    ),
)
SFTP_UNREACHABLE = ErrorCode(
    "automatic_exports.sftp_failed",
    QT_TRANSLATE_NOOP("Errors", "The SFTP server could not be used: {reason}"),
)


@dataclass(frozen=True)
class TaskRow:
    id: int
    version: int
    name: str
    enabled: bool
    schedule: str
    hour: int
    destination: str
    where: str  # the folder, or user@host:directory
    exports: tuple[str, ...]
    last_status: str
    last_error: str
    last_attempt_at: datetime | None
    next_run_at: datetime | None
    owner: str
    form: TaskForm = field(repr=False, compare=False, default=TaskForm("", {}))


def secret_key(platform_id: str) -> str:
    return f"automatic_export:{platform_id}:sftp"


def require_automated_exports(uow: UnitOfWork) -> User:
    actor = uow.require(MANAGE)
    if Extension.AUTOMATED_EXPORTS.value in disabled_extensions(uow.session):
        raise PermissionDenied(MANAGE.value, EXTENSION_OFF())
    return actor


def _values(form: TaskForm) -> dict[str, object]:
    return {
        "name": form.name,
        "exports": {k: list(v) for k, v in form.exports.items()},
        "schedule": form.schedule,
        "hour": form.hour,
        "window": form.window,
        "format": form.format,
        "file_pattern": form.file_pattern,
        "zip_files": form.zip_files,
        "destination": form.destination,
        "folder": form.folder,
        "sftp_host": form.sftp_host,
        "sftp_port": form.sftp_port,
        "sftp_user": form.sftp_user,
        "sftp_directory": form.sftp_directory,
        "sftp_auth": form.sftp_auth,
        "sftp_key_path": form.sftp_key_path,
        "sftp_host_key": form.sftp_host_key,
        "enabled": form.enabled,
    }


def exports_of(task: AutomaticExportTask) -> dict[str, list[str]]:
    """The task's exports and their fields."""
    return {k: list(v) for k, v in (task.exports or {}).items()}


def _apply(task: AutomaticExportTask, values: dict[str, object]) -> None:
    for key, value in values.items():
        if key == "exports":
            task.exports = dict(value)  # type: ignore[call-overload]
        else:
            setattr(task, key, value)


def form_of(task: AutomaticExportTask) -> TaskForm:
    return TaskForm(
        task.name, {k: tuple(v) for k, v in exports_of(task).items()}, task.schedule, task.hour,
        task.window, task.format, task.file_pattern, task.zip_files, task.destination, task.folder,
        task.sftp_host, task.sftp_port, task.sftp_user, task.sftp_directory, task.sftp_auth,
        task.sftp_key_path, task.enabled, None, task.sftp_host_key,
    )  # fmt: skip


def _load(uow: UnitOfWork, task_id: int) -> AutomaticExportTask:
    task = uow.session.get(AutomaticExportTask, task_id) if isinstance(task_id, int) else None
    if task is None:
        raise NotFound(TASK_GONE())
    return task


def create_task(uow: UnitOfWork, form: TaskForm) -> AutomaticExportTask:
    actor = require_automated_exports(uow)
    clean = validate(uow, form)
    task = AutomaticExportTask(owner_id=actor.id, name_key=fold(clean.name))
    _apply(task, _values(clean))
    uow.session.add(task)
    uow.session.flush()
    uow.record(
        "automatic_exports_task.created",
        object_type="automatic_exports_task",
        object_id=task.platform_id,
        changes=field_diff({}, {**_values(clean), "secret": clean.secret or None}, ("secret",)),
    )
    return task


def update_task(
    uow: UnitOfWork, task_id: int, form: TaskForm, version: int | None = None
) -> AutomaticExportTask:
    require_automated_exports(uow)
    task = _load(uow, task_id)
    before = _values(form_of(task))
    clean = validate(uow, form, exclude_id=task.id)
    after = _values(clean)
    moved = (clean.sftp_host, clean.sftp_port) != (task.sftp_host, task.sftp_port)
    if moved and clean.sftp_host_key == before["sftp_host_key"]:
        after["sftp_host_key"] = ""  # another server: its key is trusted anew (test or first run)
    uow.ensure_version(task, version, object_type="automatic_exports_task", theirs=before, mine=after)
    _apply(task, after)
    task.name_key = fold(clean.name)
    task.retry_at = None  # a changed task is tried at its next slot, not after the old back-off
    changes = field_diff(before, after)
    if clean.secret is not None:
        changes["secret"] = "changed"
    uow.session.flush()
    uow.record(
        "automatic_exports_task.updated",
        object_type="automatic_exports_task",
        object_id=task.platform_id,
        changes=changes,
    )
    return task


def delete_task(uow: UnitOfWork, task_id: int) -> str:
    require_automated_exports(uow)
    task = _load(uow, task_id)
    platform_id = task.platform_id
    uow.session.delete(task)
    uow.record(
        "automatic_exports_task.destroyed",
        object_type="automatic_exports_task",
        object_id=platform_id,
        changes=field_diff(_values(form_of(task)), {}),
    )
    return platform_id


def row_of(task: AutomaticExportTask, owner: str, zone_name: str, now: datetime) -> TaskRow:
    zone = zone_named(zone_name)
    where = (
        task.folder
        if task.destination == "folder"
        else f"{task.sftp_user}@{task.sftp_host}:{task.sftp_directory}"
    )
    after = max(filter(None, (task.last_slot_at, task.created_at, now)), key=_utc)
    upcoming = next_slot(task.schedule, task.hour, zone, after) if task.enabled else None
    if task.enabled and task.retry_at is not None:
        upcoming = min(_utc(task.retry_at), _utc(upcoming)) if upcoming else _utc(task.retry_at)
    return TaskRow(
        task.id, task.version, task.name, task.enabled, task.schedule, task.hour, task.destination, where,
        tuple(exports_of(task)), task.last_status, task.last_error, task.last_attempt_at, upcoming, owner,
        form_of(task),
    )  # fmt: skip


def _utc(moment: datetime | None) -> datetime:
    assert moment is not None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AutomaticExportService:
    """The Automated exports page: needs `manage_automatic_exports_tasks` and the extension."""

    def __init__(self, ctx: ServiceContext, secrets: SecretStore) -> None:
        self.ctx = ctx
        self.secrets = secrets

    def is_enabled(self) -> bool:
        with UnitOfWork(self.ctx) as uow:
            return Extension.AUTOMATED_EXPORTS.value not in disabled_extensions(uow.session)

    def count_tasks(self) -> int:
        with UnitOfWork(self.ctx) as uow:
            require_automated_exports(uow)
            return int(uow.session.scalar(select(func.count(AutomaticExportTask.id))) or 0)

    def list_tasks(self, now: datetime | None = None) -> list[TaskRow]:
        moment = now or utcnow()
        with UnitOfWork(self.ctx) as uow:
            require_automated_exports(uow)
            rows = uow.session.execute(
                select(AutomaticExportTask, User.nickname, User.timezone)
                .outerjoin(User, User.id == AutomaticExportTask.owner_id)
                .order_by(AutomaticExportTask.name_key)
            ).all()
            return [row_of(task, nick or "", zone or "UTC", moment) for task, nick, zone in rows]

    def _keep_secret(self, platform_id: str, secret: str | None) -> None:
        if secret is not None:
            if secret:
                self.secrets.set(secret_key(platform_id), secret)
            else:
                self.secrets.delete(secret_key(platform_id))

    def test_connection(self, form: TaskForm, task_id: int | None = None) -> str:
        """Signs in to the form's SFTP server and checks its directory; returns the server's host key
        fingerprint for the user to trust (saved with the task). With a trusted fingerprint in the
        form, another key is refused before any secret is sent. Changes nothing."""
        with UnitOfWork(self.ctx) as uow:
            require_automated_exports(uow)
            clean = validate(uow, form, exclude_id=task_id)
            secret = clean.secret
            if secret is None and task_id is not None:
                secret = self.secrets.get(secret_key(_load(uow, task_id).platform_id))
        target = SftpTarget(
            clean.sftp_host, clean.sftp_port, clean.sftp_user, clean.sftp_directory, secret,
            clean.sftp_key_path if clean.sftp_auth == "key" else "", clean.sftp_host_key,
        )  # fmt: skip
        try:
            return probe_sftp(target)
        except HostKeyMismatch as exc:
            raise ValidationError(
                "sftp_host_key", HOST_KEY_CHANGED(expected=exc.expected, received=exc.received)
            ) from exc
        except DeliveryError as exc:
            raise DomainError(SFTP_UNREACHABLE(reason=exc.reason)) from exc

    def create_task(self, form: TaskForm) -> int:
        with UnitOfWork(self.ctx) as uow:
            task = create_task(uow, form)
            task_id, platform_id = task.id, task.platform_id
            self._keep_secret(platform_id, form.secret)
            uow.commit()
            return task_id

    def update_task(self, task_id: int, form: TaskForm, *, version: int | None = None) -> int:
        with UnitOfWork(self.ctx) as uow:
            task = update_task(uow, task_id, form, version)
            self._keep_secret(task.platform_id, form.secret)
            uow.commit()
            return task_id

    def delete_task(self, task_id: int) -> None:
        platform_id = run_operation(self.ctx, delete_task, task_id)
        try:
            self.secrets.delete(secret_key(platform_id))
        except Exception:  # the keyring may be locked; the task is gone either way
            log.warning("could not remove the SFTP secret of a deleted export task", exc_info=True)


__all__ = [
    "HOST_KEY_CHANGED",
    "AutomaticExportService",
    "TaskForm",
    "TaskRow",
    "exports_of",
    "secret_key",
    "validate",
]
