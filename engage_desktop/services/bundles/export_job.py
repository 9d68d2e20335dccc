"""File › Export configuration to a bundle…: the export in steps a worker thread can report and stop.

The bundle is written under a hidden name beside its target and moved into place only once it is
complete, so a cancelled or failed export never leaves half a bundle under the name chosen. The
permission check (`export_configuration`: update_settings and manage_roles) and the journal event
(`bundle.exported`, with the final path and the records per resource) are the service's, as for
`BundleService.export_bundle`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from engage_desktop.services.bundles.bundle_export import export_configuration
from engage_desktop.services.bundles.bundle_format import Manifest, write_bundle
from engage_desktop.services.bundles.bundle_records import RESOURCES
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork

FOLDER_NOT_EMPTY = ErrorCode(
    "bundles.export_folder_not_empty",
    QT_TRANSLATE_NOOP("Errors", "{path} already holds files; choose a new folder name for the bundle"),
)
EXPORT_STEPS = 3  # read the configuration, write the files, move them into place


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written under the chosen name, nothing journaled."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest: Manifest
    # Every resource of the format, in dependency order, with its number of records (0 included).
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def staging_path(path: Path) -> Path:
    """Where the bundle is written before it is complete: hidden, beside the target, same kind."""
    suffix = ".zip" if path.suffix.lower() == ".zip" else ""
    return path.with_name(f".{path.name}.exporting{suffix}")


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    path.with_name(path.name + ".part").unlink(missing_ok=True)  # write_bundle's own partial zip


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".zip" and path.is_dir() and any(path.iterdir()):
        raise Conflict(FOLDER_NOT_EMPTY(path=str(path)))


def export_to(
    ctx: ServiceContext,
    path: Path,
    *,
    origin: str = "",
    cancelled: Callable[[], bool] = lambda: False,
    report: Callable[[int, int], None] = lambda _done, _total: None,
) -> ExportResult:
    """Export the configuration to `path` (a .zip, else a folder: new or empty); raises
    `ExportCancelled` when `cancelled()` turns true before the bundle is in place."""
    _check_target(path)
    staging = staging_path(path)
    _remove(staging)
    with UnitOfWork(ctx) as uow:
        report(0, EXPORT_STEPS)
        resources = export_configuration(uow)
        if cancelled():
            raise ExportCancelled
        report(1, EXPORT_STEPS)
        try:
            manifest = write_bundle(resources, staging, origin=origin)
            if cancelled():
                raise ExportCancelled
            report(2, EXPORT_STEPS)
            if path.is_dir():
                path.rmdir()  # empty (checked above): the complete bundle takes its place
            os.replace(staging, path)
        except BaseException:
            _remove(staging)
            raise
        counts = {name: len(resources.get(name, [])) for name in RESOURCES}
        uow.record(
            "bundle.exported",
            object_type="bundle",
            details={"path": str(path), "records": {k: v for k, v in counts.items() if v}},
        )
        uow.commit()
    report(EXPORT_STEPS, EXPORT_STEPS)
    return ExportResult(path, manifest, counts)
