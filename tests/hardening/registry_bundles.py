"""Data-changing actions of offline configuration bundles (services/bundles).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
Export and the workspace read the whole configuration (administrators only); a merge needs the
permission of each resource it changes (here a new tag: manage_tags).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from engage_desktop.models import new_platform_id
from engage_desktop.services.bundles.bundle_format import Bundle, Manifest
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.core.context import ServiceContext

from .action_base import P, ServiceAction
from .action_context import Context
from .context_bundles_platform import UNREACHABLE, apply_one_tag


def _folder(c: Context) -> Path:
    return Path(c.tmp) if c.tmp is not None else Path(tempfile.mkdtemp(prefix="bundle-hardening-"))


def _one_tag() -> Bundle:
    manifest = Manifest(
        format_version=1, tool_version="test", created_at="2026-11-30T00:00:00+00:00", files={}
    )
    return Bundle(manifest, {"tags": [{"id": new_platform_id(), "name": "Bundled tag"}]})


def _workspace(ctx: ServiceContext, c: Context) -> object:
    database, report = BundleService(ctx).import_into_workspace(_one_tag(), _folder(c) / "workspace.sqlite3")
    database.dispose()
    return report


ACTIONS: tuple[ServiceAction, ...] = (
    ServiceAction(
        "BundleService.export_bundle",
        (P.UPDATE_SETTINGS, P.MANAGE_ROLES),
        lambda x, c: BundleService(x).export_bundle(_folder(c) / "bundle"),
    ),
    ServiceAction("BundleService.import_into_workspace", (P.UPDATE_SETTINGS, P.MANAGE_ROLES), _workspace),
    ServiceAction(
        "BundleService.merge_bundle", (P.MANAGE_TAGS,), lambda x, c: BundleService(x).merge_bundle(_one_tag())
    ),
    ServiceAction(
        "PlatformService.apply_plan", (P.UPDATE_SETTINGS, P.MANAGE_ROLES, P.MANAGE_TAGS), apply_one_tag
    ),
    ServiceAction(
        "PlatformService.set_connection",
        (P.UPDATE_SETTINGS, P.MANAGE_API_ACCESS_TOKENS),
        lambda x, c: PlatformService(x).set_connection(UNREACHABLE, "token"),
    ),
)
