"""The entry points views and the CLI call: export, compare, import into a workspace, merge back."""

from __future__ import annotations

from pathlib import Path

from engage_desktop.db import Database
from engage_desktop.services.bundles.bundle_diff import ConfigurationDiff, diff_configurations
from engage_desktop.services.bundles.bundle_export import export_bundle, export_configuration
from engage_desktop.services.bundles.bundle_format import Bundle, Manifest
from engage_desktop.services.bundles.bundle_import import ImportReport, create_workspace, import_bundle
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork


class BundleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export_bundle(self, path: Path, *, origin: str = "") -> Manifest:
        """Administrators (update_settings and manage_roles) write the whole configuration."""
        return export_bundle(self.ctx, path, origin=origin)

    def compare_with_local(self, bundle: Bundle) -> ConfigurationDiff:
        """What importing `bundle` would change here: local (old) against bundle (new)."""
        with UnitOfWork(self.ctx) as uow:
            local = export_configuration(uow)
        return diff_configurations(local, bundle.resources)

    def import_into_workspace(self, bundle: Bundle, path: Path) -> tuple[Database, ImportReport]:
        """A new workspace database at `path` holding the bundle (the caller disposes it)."""
        return create_workspace(self.ctx, bundle, path)

    def merge_bundle(self, bundle: Bundle) -> ImportReport:
        """Create or update, in this database, every object of the bundle that differs; the
        actor needs each changed resource's permission; nothing is deleted."""
        return import_bundle(self.ctx, bundle)
