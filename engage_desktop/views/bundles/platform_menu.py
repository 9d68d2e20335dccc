"""File › Plan and apply to a platform account… and File › Pull a platform account into a bundle….

Plan: choose what to apply (this database's configuration, or a bundle) and the account; its API
token comes from the keyring (else a small dialog asks for it once, kept by
`PlatformService.set_connection`); the plan is computed off the GUI thread with progress, then shown
in `PlanApplyDialog` for review before anything is sent. A plan with no step is said plainly.
The account's address is remembered in the window's settings. Administrators only: for anyone else
both commands are disabled with a tooltip saying why, and the service refuses them anyway."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engage_desktop.config import data_dir
from engage_desktop.secrets import SecretStore, platform_token
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.bundles.apply import SECRET_KEY_PREFIX
from engage_desktop.services.bundles.plan import Plan
from engage_desktop.services.bundles.platform_client import PlatformClient, PlatformError
from engage_desktop.services.core.errors import DomainError, PermissionDenied
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report

if TYPE_CHECKING:
    from collections.abc import Callable

    from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog
    from engage_desktop.views.bundles.platform_dialogs import ConnectionDialog, PlanSourceDialog
    from engage_desktop.views.shell.actions import ShellActions

SETTINGS_PLATFORM_URL = "bundles/platformUrl"
MAX_RATE = 450  # requests a minute; the platform allows 500
T = TypeVar("T")


def plans_dir() -> Path:
    """Where the console keeps the plans it computed (and their `.state` files, to resume)."""
    folder = data_dir() / "plans"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def until_cancelled(work: Coroutine[Any, Any, T], cancel: CancelToken) -> T:
    """`work`'s result, unless Cancel is pressed first: then it stops at its next await (between two
    requests to the account, before anything is journaled) and `Cancelled` is raised."""
    task = asyncio.ensure_future(work)
    while not task.done():
        if cancel.cancelled:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            raise Cancelled
        await asyncio.wait({task}, timeout=0.05)
    return task.result()


class PlatformCommands(QObject):
    def __init__(self, commands: ShellActions) -> None:
        super().__init__(commands)
        self.commands = commands
        self.window = window = commands.window
        session = window.session
        self.service = session.platform
        self.source_dialog: PlanSourceDialog | None = None
        self.connection_dialog: ConnectionDialog | None = None
        self.progress: ProgressDialog | None = None
        self.apply_dialog: PlanApplyDialog | None = None
        self.message: QMessageBox | None = None
        self.plan: Plan | None = None
        self.max_rate = MAX_RATE  # requests a minute to the account
        self.plan_action = commands._action(
            self.tr("&Plan and apply to a platform account…"), self.plan_and_apply, "planApplyPlatform"
        )
        self.pull_action = commands._action(
            self.tr("P&ull a platform account into a bundle…"), self.pull, "pullPlatform"
        )
        allowed = session.can(Permission.UPDATE_SETTINGS) and session.can(Permission.MANAGE_ROLES)
        why = self.tr(
            "Only an administrator can do this: your role lacks the permissions “Edit account settings” "
            "and “Manage roles”."
        )
        menu = commands.menus["fileMenu"]
        for action in (self.plan_action, self.pull_action):
            action.setEnabled(allowed)
            if not allowed:
                action.setToolTip(why)
                action.setStatusTip(why)
            menu.insertAction(commands.sign_out, action)

    # ---- the account ----------------------------------------------------------------------------
    def saved_url(self) -> str:
        return str(self.window._settings.value(SETTINGS_PLATFORM_URL, "") or "")

    def _remember(self, url: str) -> None:
        self.window._settings.setValue(SETTINGS_PLATFORM_URL, url)

    def save_connection(self, url: str, token: str) -> None:
        """The service checks the permission, keeps the token in the keyring and journals it."""
        self.service.set_connection(url, token)
        self._remember(url)

    def _with_token(self, url: str, then: Callable[[str, str], None]) -> None:
        """`then(url, token)` with the kept token, else once the connection dialog has kept one."""
        token = platform_token(url) if url else None
        if token:
            self._remember(url)
            then(url, token)
            return
        self._ask_token(url, then)

    def _ask_token(self, url: str, then: Callable[[str, str], None]) -> None:
        from engage_desktop.views.bundles.platform_dialogs import ConnectionDialog

        dialog = ConnectionDialog(url, self.save_connection, self.window)
        self.connection_dialog = dialog

        def connected() -> None:
            kept = platform_token(dialog.account_url())
            if kept:
                then(dialog.account_url(), kept)

        dialog.accepted.connect(connected)
        self.commands._open(dialog)

    # ---- plan and apply -------------------------------------------------------------------------
    def plan_and_apply(self) -> PlanSourceDialog:
        from engage_desktop.views.bundles.platform_dialogs import PlanSourceDialog

        dialog = PlanSourceDialog(self.saved_url(), self.window)
        self.source_dialog = dialog
        dialog.accepted.connect(lambda: self.start_plan(dialog.source(), dialog.account_url()))
        self.commands._open(dialog)
        return dialog

    def start_plan(self, source: Path | None, url: str) -> None:
        """Plan `source` (None: this database's configuration) against the account at `url`."""
        self._with_token(url, lambda url, token: self._plan(source, url, token))

    def _plan(self, source: Path | None, url: str, token: str) -> None:
        from engage_desktop.services.bundles.bundle_format import load_bundle
        from engage_desktop.services.bundles.local_configuration import read_local_configuration
        from engage_desktop.services.bundles.plan import save_plan

        ctx, service = self.window.session.ctx, self.service

        def job(cancel: CancelToken, report: Report) -> tuple[Plan, Path]:
            report(0, 2)
            desired = read_local_configuration(ctx) if source is None else load_bundle(source).resources
            cancel.raise_if_cancelled()
            report(1, 2)

            async def compare() -> Plan:
                async with PlatformClient(url, token, max_requests=self.max_rate, per_seconds=60.0) as client:
                    return await until_cancelled(service.plan_bundle(desired, client), cancel)

            plan = asyncio.run(compare())
            cancel.raise_if_cancelled()
            path = plans_dir() / f"plan-{plan.plan_id[:16]}.json"
            save_plan(plan, path)
            report(2, 2)
            return plan, path

        self.plan = None
        progress = ProgressDialog(
            self.tr("Planning"),
            self.tr("Reading what to apply and the account %1…").replace("%1", url),
            job,
            self.window,
        )
        self.progress = progress
        what = self.tr("this database's configuration") if source is None else str(source)
        progress.succeeded.connect(lambda result: self._planned(result, url, token, what))
        progress.failed.connect(
            lambda error: self._refused_token(error, lambda: self._plan_again(source, url))
        )
        progress.start()

    def _plan_again(self, source: Path | None, url: str) -> None:
        self._ask_token(url, lambda url, token: self._plan(source, url, token))

    def _refused_token(self, error: BaseException, again: Callable[[], None]) -> None:
        """A token the account refuses (401): say so and ask for a new one; other errors are shown."""
        if isinstance(error, PlatformError) and error.status == 401:
            again()
            dialog = self.connection_dialog
            if dialog is not None:
                dialog.show_error(self.tr("The account refused the kept API token: give a new one."))
            return
        self._tell_error(error)

    def _planned(self, result: tuple[Plan, Path], url: str, token: str, what: str) -> None:
        plan, path = result
        self.plan = plan
        if not plan.steps:
            self._tell(
                self.tr("Nothing to change"),
                self.tr("Nothing to change: the account %1 already matches %2.")
                .replace("%1", url)
                .replace("%2", what),
            )
            return
        from engage_desktop.views.bundles.plan_apply_dialog import PlanApplyDialog

        store = SecretStore() if plan.secret_names() else None
        secrets = {}
        for name in plan.secret_names():
            value = store.get(SECRET_KEY_PREFIX + name) if store is not None else None
            if value:
                secrets[name] = value  # a missing one: the apply refuses before any call, naming it
        dialog = PlanApplyDialog(
            plan,
            path,
            lambda: PlatformClient(url, token, max_requests=self.max_rate, per_seconds=60.0),
            self.service,
            secrets,
            self.window,
        )
        self.apply_dialog = dialog
        self.commands._open(dialog)

    # ---- pull -----------------------------------------------------------------------------------
    def pull(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Pull a platform account into a bundle"),
            str(Path.home() / "account-bundle"),
            self.tr("Bundle folder (*);;Bundle zip (*.zip)"),
        )
        if name:
            self.start_pull(Path(name), self.saved_url())

    def start_pull(self, path: Path, url: str) -> None:
        self._with_token(url, lambda url, token: self._pull(path, url, token))

    def _pull(self, path: Path, url: str, token: str) -> None:
        service = self.service

        def job(cancel: CancelToken, report: Report) -> dict[str, int]:
            report(0, 0)

            async def read() -> dict[str, int]:
                async with PlatformClient(url, token, max_requests=self.max_rate, per_seconds=60.0) as client:
                    _manifest, configuration = await until_cancelled(
                        service.pull_account(client, path), cancel
                    )
                return {name: len(records) for name, records in configuration.items() if records}

            return asyncio.run(read())

        progress = ProgressDialog(
            self.tr("Pulling the account"),
            self.tr("Reading the account %1…").replace("%1", url),
            job,
            self.window,
        )
        self.progress = progress
        progress.succeeded.connect(lambda counts: self._pulled(counts, path))
        progress.failed.connect(
            lambda error: self._refused_token(
                error, lambda: self._ask_token(url, lambda url, token: self._pull(path, url, token))
            )
        )
        progress.start()

    def _pulled(self, counts: dict[str, int], path: Path) -> None:
        total = sum(counts.values())
        self._tell(
            self.tr("Account pulled"),
            self.tr("%n record(s) written to %1.", "", total).replace("%1", str(path)),
        )

    # ---- messages -------------------------------------------------------------------------------
    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("platformMessage")
        self.message = box
        self.commands._open(box)

    def _tell_error(self, error: Any) -> None:
        title = self.tr("Not allowed") if isinstance(error, PermissionDenied) else self.tr("Not done")
        text = (
            message_text(error.message)
            if isinstance(error, DomainError)
            else str(error) or type(error).__name__
        )
        self._tell(title, text, QMessageBox.Icon.Warning)
