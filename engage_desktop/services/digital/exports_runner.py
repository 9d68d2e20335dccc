"""Runs the automated exports that are due: from the consoles' timer (from sign-in) and from
`engage-desktop exports run-due` for a system scheduler, both under the database's
automated-exports lock (exports_lock.py), so one process runs them; a slot already exported (by
another runner meanwhile) is skipped inside the run's own transaction.

Each task runs as its owner (their export permissions, their time zone), slot by slot, oldest
missed slot first. A run writes every file in a private scratch folder, zips them if asked,
delivers them (folder or SFTP, each under a temporary name renamed at the end), then journals
`export.requested|created` per file and `automatic_exports_task.succeed` in one unit of work. A
failed run changes nothing but the task's status: it is journaled `automatic_exports_task.failed`
with the reason, the slot stays due, and it is tried again after a growing delay.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from engage_desktop.models import AutomaticExportTask, User, utcnow
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Extension
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.digital.export_formats import zone_named
from engage_desktop.services.digital.export_schedule import due_slots, file_name, retry_delay
from engage_desktop.services.digital.exports import ExportRequest, write_export
from engage_desktop.services.digital.exports_automated import exports_of, secret_key
from engage_desktop.services.digital.sftp_destination import (
    DeliveryError,
    HostKeyMismatch,
    SftpTarget,
    deliver_by_sftp,
    deliver_to_folder,
)

log = logging.getLogger(__name__)
OBJECT = "automatic_exports_task"
ZIP_EXPORT_NAME = "exports"


@dataclass(frozen=True)
class RunOutcome:
    task_id: int
    task: str
    slot: datetime
    ok: bool
    files: tuple[str, ...] = ()
    rows: int = 0
    error: str = ""


class OwnerMissing(DomainError):
    pass


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class AutomaticExportRunner:
    """`ctx` is a context without a signed-in user: each task acts as its owner."""

    def __init__(self, ctx: ServiceContext, secrets: SecretStore) -> None:
        self.ctx = ctx.acting_as(None)
        self.secrets = secrets

    def due(self, now: datetime | None = None) -> list[tuple[int, datetime]]:
        """(task id, slot) pairs to run now, oldest slot first per task."""
        moment = _aware(now or utcnow())
        with UnitOfWork(self.ctx) as uow:
            if Extension.AUTOMATED_EXPORTS.value in disabled_extensions(uow.session):
                return []
            rows = uow.session.execute(
                select(AutomaticExportTask, User.timezone)
                .outerjoin(User, User.id == AutomaticExportTask.owner_id)
                .where(AutomaticExportTask.enabled.is_(True))
                .order_by(AutomaticExportTask.id)
            ).all()
            found: list[tuple[int, datetime]] = []
            for task, zone in rows:
                if task.retry_at is not None and _aware(task.retry_at) > moment:
                    continue
                slots = due_slots(
                    task.schedule,
                    task.hour,
                    zone_named(zone),
                    last_slot=task.last_slot_at,
                    created_at=task.created_at,
                    now=moment,
                )
                found.extend((task.id, slot) for slot in slots)
            return found

    def run_due(
        self, now: datetime | None = None, should_stop: Callable[[], bool] = lambda: False
    ) -> list[RunOutcome]:
        """Runs every due slot; a task stops at its first failure (later slots wait for the retry)."""
        moment = _aware(now or utcnow())
        outcomes: list[RunOutcome] = []
        failed: set[int] = set()
        for task_id, slot in self.due(moment):
            if should_stop():
                break
            if task_id in failed:
                continue
            outcome = self.run_slot(task_id, slot, moment)
            if outcome.ok and not outcome.files:
                continue  # exported meanwhile by another runner: nothing to report
            outcomes.append(outcome)
            if not outcome.ok:
                failed.add(task_id)
        return outcomes

    def run_slot(self, task_id: int, slot: datetime, now: datetime | None = None) -> RunOutcome:
        moment = _aware(now or utcnow())
        with UnitOfWork(self.ctx) as uow:
            task = uow.session.get(AutomaticExportTask, task_id)
            if task is None:
                return RunOutcome(task_id, "", slot, False, error="gone")
            name, owner_id = task.name, task.owner_id
        scratch = Path(tempfile.mkdtemp(prefix="engage-auto-export-"))
        try:
            if owner_id is None:
                raise OwnerMissing("the task's owner no longer exists; edit the task to take it over")
            files, rows = self._run_as_owner(task_id, owner_id, slot, moment, scratch)
            return RunOutcome(task_id, name, slot, True, files, rows)
        except (DomainError, DeliveryError, OSError) as exc:
            reason = exc.reason if isinstance(exc, DeliveryError) else str(exc)
            more = (
                {"expected_host_key": exc.expected, "received_host_key": exc.received}
                if isinstance(exc, HostKeyMismatch)
                else {}
            )
            self._record_failure(task_id, owner_id, slot, moment, reason, more)
            return RunOutcome(task_id, name, slot, False, error=reason)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def _run_as_owner(
        self, task_id: int, owner_id: int, slot: datetime, now: datetime, scratch: Path
    ) -> tuple[tuple[str, ...], int]:
        with UnitOfWork(self.ctx.acting_as(owner_id)) as uow:
            owner = uow.actor()
            task = uow.session.get(AutomaticExportTask, task_id, with_for_update=True)
            assert task is not None
            if task.last_slot_at is not None and _aware(task.last_slot_at) >= slot:
                return (), 0  # exported meanwhile (by run-due or another console): never twice
            zone = zone_named(owner.timezone)
            written: list[Path] = []
            rows = 0
            for export, fields in exports_of(task).items():
                stem = file_name(task.file_pattern, label=task.name, export_name=export, slot=slot, zone=zone)
                if task.zip_files and "{export_name}" not in task.file_pattern:
                    stem = export  # inside the archive each export keeps its own name
                target = scratch / f"{stem}.csv"
                request = ExportRequest(export, task.format, tuple(fields) or None, task.window)
                rows += write_export(uow, request, target, now=slot).rows
                written.append(target)
            files = written
            if task.zip_files:
                stem = file_name(
                    task.file_pattern, label=task.name, export_name=ZIP_EXPORT_NAME, slot=slot, zone=zone
                )
                bundle = scratch / "zip" / f"{stem}.zip"
                bundle.parent.mkdir()
                with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
                    for path in written:
                        archive.write(path, path.name)
                files = [bundle]
            delivered, host_key = self._deliver(task, files)
            details: dict[str, object] = {"slot": slot.isoformat(), "files": delivered, "rows": rows}
            if host_key and not task.sftp_host_key:
                task.sftp_host_key = host_key  # first contact: this key is the one checked from now on
                details["sftp_host_key_trusted"] = host_key
            uow.record(
                "automatic_exports_task.succeed",
                object_type=OBJECT,
                object_id=task.platform_id,
                details=details,
            )
            task.last_slot_at = slot
            task.last_attempt_at = now
            task.last_status = "ok"
            task.last_error = ""
            task.failures = 0
            task.retry_at = None
            uow.commit()
            return tuple(delivered), rows

    def _deliver(self, task: AutomaticExportTask, files: list[Path]) -> tuple[list[str], str]:
        """The delivered paths, and the SFTP server's host key fingerprint ("" for a folder)."""
        if task.destination == "sftp":
            target = SftpTarget(
                task.sftp_host,
                task.sftp_port,
                task.sftp_user,
                task.sftp_directory,
                self.secrets.get(secret_key(task.platform_id)),
                task.sftp_key_path if task.sftp_auth == "key" else "",
                task.sftp_host_key,
            )
            sent = deliver_by_sftp(files, target)
            return sent.files, sent.host_key
        try:
            folder = Path(task.folder).expanduser()
        except RuntimeError as exc:  # "~someone" saved before such folders were refused
            raise DeliveryError(f"{exc} ({task.folder})") from exc
        return [str(p) for p in deliver_to_folder(files, folder)], ""

    def _record_failure(
        self,
        task_id: int,
        owner_id: int | None,
        slot: datetime,
        now: datetime,
        reason: str,
        more: dict[str, str] | None = None,
    ) -> None:
        try:
            with UnitOfWork(self.ctx) as uow:
                task = uow.session.get(AutomaticExportTask, task_id)
                if task is None:
                    return
                task.failures += 1
                task.last_attempt_at = now
                task.last_status = "failed"
                task.last_error = reason[:2000]
                task.retry_at = now + retry_delay(task.failures)
                uow.record(
                    "automatic_exports_task.failed",
                    object_type=OBJECT,
                    object_id=task.platform_id,
                    actor_id=owner_id if owner_id and uow.session.get(User, owner_id) else None,
                    details={
                        "slot": slot.isoformat(),
                        "error": reason[:2000],
                        "attempt": task.failures,
                        "retry_at": task.retry_at.isoformat(),
                        **(more or {}),
                    },
                )
                uow.commit()
        except DomainError:
            log.exception("could not record the failure of automated export task %s", task_id)
