"""This database's configuration as a bundle holds it, to plan it against a platform account.

The same records `bundle export` writes and `bundle plan` reads (through a bundle written to a
temporary folder, secrets refused as an export refuses them), without keeping a bundle nor
journaling an export: planning journals `bundle.planned` itself."""

from __future__ import annotations

import tempfile
from pathlib import Path

from engage_desktop.services.bundles.bundle_export import export_configuration
from engage_desktop.services.bundles.bundle_format import load_bundle, write_bundle
from engage_desktop.services.bundles.platform_resources import Configuration
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork


def read_local_configuration(ctx: ServiceContext) -> Configuration:
    """An administrator's read (settings and roles), refused otherwise with `PermissionDenied`."""
    with UnitOfWork(ctx) as uow:
        resources = export_configuration(uow)
    with tempfile.TemporaryDirectory(prefix="engage-plan-") as folder:
        path = Path(folder) / "configuration"
        write_bundle(resources, path)
        return load_bundle(path).resources
