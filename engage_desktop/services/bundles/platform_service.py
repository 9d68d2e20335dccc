"""Connect a platform account, plan, apply and pull, as a signed-in user (the CLI and views call this).

Each entry point checks the actor's permissions before any network call and journals what happened
in a unit of work: `platform_account.connected`, `bundle.planned`, `bundle.applied` (with counts,
also after a refusal or a cancel part-way) and `bundle.pulled`. The remote calls run between the
check and the journal, outside any transaction, so a slow account never holds the database; the
journal's unit of work checks the permissions again (a role changed meanwhile is refused), except
after an apply: what reached the account is always journaled."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engage_desktop.secrets import save_platform_token
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.bundles.apply import (
    ApplyReport,
    Progress,
    StopFlag,
    apply_plan,
    pull_configuration,
    without_secrets,
)
from engage_desktop.services.bundles.bundle_format import Manifest, write_bundle
from engage_desktop.services.bundles.bundle_tables import TABLES
from engage_desktop.services.bundles.plan import Plan, PlanStep, make_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_resources import BY_NAME, Configuration
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork

# Reading or writing a whole configuration is an administrator's work, as `bundle export` is.
WHOLE_CONFIGURATION = (Permission.UPDATE_SETTINGS, Permission.MANAGE_ROLES)
CONNECT = (Permission.UPDATE_SETTINGS, Permission.MANAGE_API_ACCESS_TOKENS)
_BY_ACTION = {("users", "update"): Permission.UPDATE_USER, ("users", "delete"): Permission.UPDATE_USER}


def apply_permissions(plan: Plan) -> tuple[Permission, ...]:
    """The administrator's pair plus, as a merge, the permission of each resource the plan changes."""
    needed = list(WHOLE_CONFIGURATION)
    for step in plan.steps:
        table = TABLES.get(step.resource)
        permission = _BY_ACTION.get((step.resource, step.action)) or (
            table.permission if table is not None else Permission.UPDATE_SETTINGS
        )
        if permission not in needed:
            needed.append(permission)
    return tuple(needed)


def plan_counts(steps: tuple[PlanStep, ...] | list[PlanStep]) -> dict[str, int]:
    counts = Counter(step.action for step in steps)
    return {"created": counts["create"], "updated": counts["update"], "deleted": counts["delete"]}


class PlatformService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _require(self, permissions: tuple[Permission, ...]) -> None:
        with UnitOfWork(self.ctx) as uow:
            uow.require(*permissions)

    def _journal(self, name: str, permissions: tuple[Permission, ...], url: str, **details: Any) -> None:
        """Record the event; `permissions` are checked again unless empty (what was applied is
        journaled even if the actor's role changed meanwhile)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(*permissions)
            kind = "platform_account" if name.startswith("platform_account.") else "bundle"
            uow.record(name, object_type=kind, object_id=url, details={"url": url, **details})
            uow.commit()

    def check_connect(self) -> None:
        """Refuses (`PermissionDenied`) an actor who may not connect an account, before a token is asked for."""
        self._require(CONNECT)

    def set_connection(self, base_url: str, token: str) -> None:
        """Keep the account's API token in the keyring (never in the database nor the journal)."""
        self._require(CONNECT)
        save_platform_token(base_url, token)
        self._journal("platform_account.connected", CONNECT, base_url.rstrip("/"))

    async def plan_bundle(self, desired: Configuration, client: PlatformClient) -> Plan:
        """The steps that make the account match `desired` (only the resources the API can write)."""
        self._require(WHOLE_CONFIGURATION)
        wanted = {name: records for name, records in desired.items() if name in BY_NAME}
        live = await pull_configuration(client, list(wanted))
        plan = make_plan(wanted, live, client.base_url)
        self._journal(
            "bundle.planned",
            WHOLE_CONFIGURATION,
            client.base_url,
            plan_id=plan.plan_id,
            **plan_counts(plan.steps),
        )
        return plan

    def check_apply(self, plan: Plan) -> None:
        """Refuses (`PermissionDenied`) an actor who may not apply `plan`, before secrets are asked for."""
        self._require(apply_permissions(plan))

    async def apply_plan(
        self,
        plan: Plan,
        plan_path: Path,
        client: PlatformClient,
        *,
        secrets: Mapping[str, str] | None = None,
        progress: Progress | None = None,
        cancel: StopFlag | None = None,
    ) -> ApplyReport:
        """Run a reviewed plan (resumable, see `apply.apply_plan`); journaled with what it did."""
        needed = apply_permissions(plan)
        self._require(needed)
        done: list[PlanStep] = []

        def counted(number: int, total: int, step: PlanStep) -> None:
            done.append(step)
            if progress is not None:
                progress(number, total, step)

        report: ApplyReport | None = None
        failure = ""
        try:
            report = await apply_plan(
                plan, plan_path, client, secrets=secrets, progress=counted, cancel=cancel
            )
            return report
        except Exception as exc:
            failure = type(exc).__name__
            raise
        finally:
            if report is not None or done:
                self._journal(
                    "bundle.applied",
                    (),
                    client.base_url,
                    plan_id=plan.plan_id,
                    **plan_counts(done),
                    skipped=report.skipped if report is not None else 0,
                    cancelled=bool(report and report.cancelled),
                    failed=failure,
                )

    async def pull_account(self, client: PlatformClient, path: Path) -> tuple[Manifest, Configuration]:
        """Read the live account into a bundle at `path` (secrets as named placeholders)."""
        self._require(WHOLE_CONFIGURATION)
        configuration = without_secrets(await pull_configuration(client))
        manifest = write_bundle(configuration, path, origin=client.base_url)
        records = {name: len(items) for name, items in configuration.items() if items}
        self._journal("bundle.pulled", WHOLE_CONFIGURATION, client.base_url, path=str(path), records=records)
        return manifest, configuration
