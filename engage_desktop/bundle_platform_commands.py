"""`engage-desktop bundle connect|plan|apply|pull`: a bundle against a live platform account.

Every command acts as a user who signs in (`--as EMAIL`, the password from `$ENGAGE_PASSWORD`, else
the first line of standard input), with the permission checks and journal of `PlatformService`
(`platform_account.connected`, `bundle.planned`, `bundle.applied`, `bundle.pulled`, between
`session.created` and `session.destroyed`). `bundle plan` follows Terraform's `-detailed-exitcode`:
0 nothing would change, 2 changes are planned, 1 an error (a refused sign-in or permission too) —
so a scheduled job detects drift. The API token comes from `$ENGAGE_PLATFORM_TOKEN` or the keyring
(`bundle connect` keeps it there); secrets named by placeholders come from `--secrets-stdin`
(NAME=VALUE lines, after the password's line when it is read there) or the keyring
(`bundle-secret:NAME`).

These subcommands join the `bundle` command of `bundle_commands.py` (export/import/diff) through
`bundle_subparsers`, whichever module registers first."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engage_desktop.services.core.context import ServiceContext

TOKEN_ENV = "ENGAGE_PLATFORM_TOKEN"
PLATFORM_COMMANDS = ("connect", "plan", "apply", "pull")


def bundle_subparsers(sub: Any, common: list[argparse.ArgumentParser]) -> Any:
    """The `bundle` command's subparsers action, created if no module made it yet."""
    parser = sub.choices.get("bundle")
    if parser is None:
        parser = sub.add_parser("bundle", help="offline configuration bundles", parents=common)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)


def add_bundle_platform_parsers(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    from engage_desktop.users_commands import PASSWORD_ENV

    actions = bundle_subparsers(sub, common)
    who = argparse.ArgumentParser(add_help=False)
    who.add_argument(
        "--as", dest="actor", metavar="EMAIL",
        help=f"sign in as this user (required); password from ${PASSWORD_ENV}, else the first line of standard input",
    )  # fmt: skip
    common = [*common, who]
    url_help = "the account's API address, e.g. https://example.com/1.0"
    rate = argparse.ArgumentParser(add_help=False)
    rate.add_argument(
        "--max-rate",
        type=int,
        default=450,
        metavar="N",
        help="requests a minute at most (default 450; the platform allows 500)",
    )
    connect = actions.add_parser(
        "connect", help="keep a platform account's API token in the keyring", parents=common
    )
    connect.add_argument("--url", required=True, help=url_help)
    connect.add_argument("--token-stdin", action="store_true", help="read the token from standard input")
    connect.set_defaults(platform_command="connect")

    plan = actions.add_parser(
        "plan",
        help="the API calls that would make an account match a bundle (exit 0 none, 2 some, 1 error)",
        parents=[*common, rate],
    )
    plan.add_argument("bundle", type=Path, help="bundle folder or zip")
    plan.add_argument("--url", required=True, help=url_help)
    plan.add_argument("--out", type=Path, help="save the plan to this file, to apply it exactly as shown")
    plan.set_defaults(platform_command="plan")

    apply = actions.add_parser(
        "apply", help="apply a saved plan (resumes where a previous run stopped)", parents=[*common, rate]
    )
    apply.add_argument("plan", type=Path, help="a plan saved by `bundle plan --out`")
    apply.add_argument(
        "--secrets-stdin", action="store_true", help="read NAME=VALUE lines for the plan's secrets"
    )
    apply.set_defaults(platform_command="apply")

    pull = actions.add_parser("pull", help="read a live account into a bundle", parents=[*common, rate])
    pull.add_argument("bundle", type=Path, help="bundle folder (or .zip) to write")
    pull.add_argument("--url", required=True, help=url_help)
    pull.set_defaults(platform_command="pull")


def _token(url: str) -> str:
    from engage_desktop.secrets import platform_token

    token = os.environ.get(TOKEN_ENV) or platform_token(url)
    if not token:
        raise LookupError(
            f"no API token for {url}: run `engage-desktop bundle connect --url {url}` or set ${TOKEN_ENV}"
        )
    return token


def _error(text: object) -> None:
    print(f"error: {text}", file=sys.stderr)


def run_bundle_platform(args: argparse.Namespace, url: str) -> int:
    """Exit status: 0 success (plan: no change), 2 plan has changes, 1 error (sign-in and
    permission refusals included: 2 means "changes planned" here, never a usage error)."""
    from engage_desktop.users_commands import run_signed_in

    if not args.actor:
        _error("--as EMAIL is required: this command reads or changes the configuration")
        return 1
    return run_signed_in(url, args.actor, lambda acting: _run_signed_in(acting, args), unopened=1)


def _run_signed_in(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.bundle_format import BundleError
    from engage_desktop.services.core.errors import DomainError

    try:
        if args.platform_command == "connect":
            return _connect(ctx, args)
        return asyncio.run(_COMMANDS[args.platform_command](ctx, args))
    except BundleError as exc:
        for problem in exc.problems:
            _error(problem)
        return 1
    except DomainError as exc:
        _error(exc.message)
        return 1
    except (LookupError, OSError) as exc:
        _error(exc)
        return 1
    except KeyboardInterrupt:
        print("interrupted: apply again to resume", file=sys.stderr)
        return 1


def _connect(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.platform_service import PlatformService

    service = PlatformService(ctx)
    service.check_connect()  # refused before the token is asked for
    token = sys.stdin.readline().strip() if args.token_stdin else os.environ.get(TOKEN_ENV, "")
    if not token:
        import getpass

        token = getpass.getpass("API access token: ").strip()
    service.set_connection(args.url, token)
    print(f"The API token for {args.url} is kept in the keyring.")
    return 0


def _client(url: str, args: argparse.Namespace) -> Any:
    from engage_desktop.services.bundles.platform_client import PlatformClient

    return PlatformClient(url, _token(url), max_requests=args.max_rate, per_seconds=60.0)


async def _plan(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.bundle_format import load_bundle
    from engage_desktop.services.bundles.plan import format_plan, save_plan
    from engage_desktop.services.bundles.platform_resources import BY_NAME
    from engage_desktop.services.bundles.platform_service import PlatformService

    resources = load_bundle(args.bundle).resources
    unplanned = sorted(k for k, v in resources.items() if v and k not in BY_NAME)
    if unplanned:
        print(f"Not planned (the platform's API cannot write them): {', '.join(unplanned)}.", file=sys.stderr)
    async with _client(args.url, args) as client:
        plan = await PlatformService(ctx).plan_bundle(resources, client)
    print(format_plan(plan))
    if args.out is not None:
        save_plan(plan, args.out)
        print(f"Plan saved to {args.out}; apply it with `engage-desktop bundle apply {args.out} --as EMAIL`.")
    return 2 if plan.steps else 0


async def _apply(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.secrets import SecretStore
    from engage_desktop.services.bundles.apply import SECRET_KEY_PREFIX, resolve_secrets
    from engage_desktop.services.bundles.plan import PlanStep, load_plan
    from engage_desktop.services.bundles.platform_service import PlatformService

    plan = load_plan(args.plan)
    service = PlatformService(ctx)
    service.check_apply(plan)  # refused before any secret is asked for
    given: dict[str, str] = {}
    if args.secrets_stdin:
        for line in sys.stdin:
            name, sep, value = line.rstrip("\r\n").partition("=")
            if sep:
                given[name.strip()] = value
    store = SecretStore() if plan.secret_names() else None

    def lookup(key: str) -> str | None:
        value = store.get(key) if store is not None else None
        if value is None and not args.secrets_stdin and sys.stdin is not None and sys.stdin.isatty():
            import getpass

            value = getpass.getpass(f"Secret {key.removeprefix(SECRET_KEY_PREFIX)}: ") or None
        return value

    secrets = resolve_secrets(plan, given, lookup) if plan.secret_names() else {}
    cancel = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, cancel.set)  # Ctrl-C: stop after the running step

    def progress(done: int, total: int, step: PlanStep) -> None:
        print(f"[{done}/{total}] {step.action} {step.resource} {step.key!r}", flush=True)

    async with _client(plan.base_url, args) as client:
        report = await service.apply_plan(
            plan, args.plan, client, secrets=secrets, progress=progress, cancel=cancel
        )
    if report.cancelled:
        print(f"Cancelled after {report.applied} steps; apply again to resume.", file=sys.stderr)
        return 1
    print(f"Applied {report.applied} steps ({report.skipped} already done).")
    return 0


async def _pull(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.bundles.platform_service import PlatformService

    async with _client(args.url, args) as client:
        _manifest, configuration = await PlatformService(ctx).pull_account(client, args.bundle)
    counts = ", ".join(f"{len(v)} {k}" for k, v in configuration.items())
    print(f"Pulled {counts} into {args.bundle}.")
    return 0


_COMMANDS = {"plan": _plan, "apply": _apply, "pull": _pull}
