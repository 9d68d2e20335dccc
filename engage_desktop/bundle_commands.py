"""`engage-desktop bundle export|import|diff`: offline configuration bundles for scripts.

Every action that reads or changes a configuration acts as a user who signs in (`--as EMAIL`,
the password from `$ENGAGE_PASSWORD`, else the first line of standard input), with the same
permission checks and journal as the console. `diff A B` of two bundles reads no database and
needs no sign-in. Exit codes: 0 done (diff: no differences); 1 refused or invalid (each problem of
a bundle printed as FILE[RECORD].FIELD: message); 2 usage; 3 diff found differences.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engage_desktop.services.core.context import ServiceContext

DIFFERENCES = 3


def add_bundle_parsers(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    from engage_desktop.bundle_platform_commands import bundle_subparsers
    from engage_desktop.users_commands import PASSWORD_ENV

    actions = bundle_subparsers(sub, common)
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument(
        "--as", dest="actor", metavar="EMAIL",
        help=f"sign in as this user; password from ${PASSWORD_ENV}, else the first line of standard input",
    )  # fmt: skip
    export = actions.add_parser(
        "export", parents=[*common, who], help="write the local configuration to a bundle folder or .zip"
    )
    export.add_argument("target", type=Path, metavar="FOLDER_OR_ZIP")
    export.add_argument(
        "--origin", default="", help="where the configuration comes from (kept in the manifest)"
    )
    export.set_defaults(bundle_local_command="export")
    imports = actions.add_parser(
        "import", parents=[*common, who],
        help="import a bundle into a new workspace database (default) or merge it into this database",
    )  # fmt: skip
    imports.add_argument("bundle", type=Path, metavar="BUNDLE")
    target = imports.add_mutually_exclusive_group()
    target.add_argument("--workspace", type=Path, metavar="FILE", help="the workspace's SQLite file")
    target.add_argument("--merge", action="store_true", help="create or update the bundle's objects here")
    imports.set_defaults(bundle_local_command="import")
    diff = actions.add_parser(
        "diff", parents=[*common, who],
        help="compare a bundle with the local configuration (one bundle, needs --as) or two bundles",
    )  # fmt: skip
    diff.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    diff.set_defaults(bundle_local_command="diff")


def _error(text: object) -> None:
    print(f"error: {text}", file=sys.stderr)


def _refused(path: Path, exc: Any) -> None:
    """Each problem as FILE[RECORD].FIELD: message, then the verdict."""
    from engage_desktop.services.bundles.bundle_messages import CLI_UNUSABLE

    for problem in exc.problems:
        _error(problem)
    print(CLI_UNUSABLE(path=path), file=sys.stderr)


def _load(path: Path) -> Any:
    from engage_desktop.services.bundles.bundle_format import BundleError, load_bundle

    try:
        return load_bundle(path)
    except BundleError as exc:
        _refused(path, exc)
        return None


def run_bundle(args: argparse.Namespace, url: str) -> int:
    from engage_desktop.services.bundles.bundle_diff import diff_configurations, format_diff
    from engage_desktop.services.bundles.bundle_messages import CLI_ONE_OR_TWO, CLI_SIGN_IN

    command = args.bundle_local_command
    if command == "diff" and len(args.bundles) > 2:
        _error(CLI_ONE_OR_TWO())
        return 2
    if command == "diff" and len(args.bundles) == 2:
        old, new = _load(args.bundles[0]), _load(args.bundles[1])
        if old is None or new is None:
            return 1
        diff = diff_configurations(old.resources, new.resources)
        print(format_diff(diff))
        return DIFFERENCES if not diff.is_empty else 0
    if not args.actor:
        _error(CLI_SIGN_IN())
        return 2
    bundle = None
    if command in ("import", "diff"):
        bundle = _load(args.bundle if command == "import" else args.bundles[0])
        if bundle is None:
            return 1
    return _signed_in(args, url, bundle)


def _signed_in(args: argparse.Namespace, url: str, bundle: Any) -> int:
    from engage_desktop.services.bundles.bundle_format import BundleError
    from engage_desktop.users_commands import run_signed_in

    def act(acting: ServiceContext) -> int:
        try:
            return _act(acting, args, bundle)
        except BundleError as exc:  # a record a section's form would refuse
            _refused(getattr(args, "bundle", None) or args.bundles[0], exc)
            return 1

    return run_signed_in(url, args.actor, act)


def _act(ctx: ServiceContext, args: argparse.Namespace, bundle: Any) -> int:
    from engage_desktop.config import data_dir
    from engage_desktop.services.bundles import bundle_messages as say
    from engage_desktop.services.bundles.bundle_diff import format_diff
    from engage_desktop.services.bundles.bundle_service import BundleService

    service = BundleService(ctx)
    command = args.bundle_local_command
    if command == "export":
        manifest = service.export_bundle(args.target, origin=args.origin)
        print(say.CLI_WRITTEN(path=args.target, count=len(manifest.files)))
        return 0
    if command == "diff":
        diff = service.compare_with_local(bundle)
        print(format_diff(diff))
        return DIFFERENCES if not diff.is_empty else 0
    if args.merge:
        report = service.merge_bundle(bundle)
        created, updated = sum(report.created.values()), sum(report.updated.values())
        print(say.CLI_MERGED(created=created, updated=updated, unchanged=report.unchanged))
        return 0
    path = (
        args.workspace or data_dir() / "workspaces" / f"workspace-{datetime.now(UTC):%Y%m%d-%H%M%S}.sqlite3"
    )
    if path.exists():
        _error(say.CLI_WORKSPACE_EXISTS(path=path))
        return 2
    path.parent.mkdir(parents=True, exist_ok=True)
    database, report = service.import_into_workspace(bundle, path)
    database.dispose()
    print(say.CLI_WORKSPACE(path=path, count=sum(report.created.values())))
    return 0
