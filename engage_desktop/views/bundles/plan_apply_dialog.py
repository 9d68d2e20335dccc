"""Review a saved plan and apply it to the platform account, with progress and Cancel.

The plan is shown exactly as it will run; the calls run on a worker thread (their own event loop)
through the shared progress dialog, by `PlatformService.apply_plan` (permission-checked, journaled as
`bundle.applied`). Cancel stops between two steps; applying again resumes. An actor who may not apply
the plan is told so before anything is sent (and the service refuses anyway)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.bundles.apply import ApplyReport
from engage_desktop.services.bundles.plan import Plan, PlanStep, format_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.core.errors import DomainError, PermissionDenied
from engage_desktop.views.bundles.platform_dialogs import fit_bold_text
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

ClientFactory = Callable[[], PlatformClient]


class PlanApplyDialog(QDialog):
    def __init__(
        self,
        plan: Plan,
        plan_path: Path,
        make_client: ClientFactory,
        service: PlatformService,
        secrets: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planApplyDialog")
        self.setWindowTitle(self.tr("Apply a plan"))
        self.setMinimumSize(640, 420)
        self.plan, self.plan_path, self.make_client = plan, plan_path, make_client
        self.service = service
        self.refused = False
        self.secrets = dict(secrets or {})
        self.report: ApplyReport | None = None
        self.progress: ProgressDialog | None = None

        self.summary = QLabel(
            self.tr("%n call(s) to %1, in this order:", "", len(plan.steps)).replace("%1", plan.base_url)
        )
        counts = {a: sum(1 for s in plan.steps if s.action == a) for a in ("create", "update", "delete")}
        self.counts = QLabel(
            self.tr("%1, %2, %3.")
            .replace("%1", self.tr("%Ln to create", "", counts["create"]))
            .replace("%2", self.tr("%Ln to update", "", counts["update"]))
            .replace("%3", self.tr("%Ln to delete", "", counts["delete"]))
        )
        self.counts.setObjectName("planCounts")
        self.counts.setStyleSheet("font-weight: 600;")
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.steps_view = QPlainTextEdit(format_plan(plan))
        self.steps_view.setObjectName("planSteps")
        self.steps_view.setReadOnly(True)
        self.steps_view.setAccessibleName(self.tr("Planned calls"))
        self.steps_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.result_label = QLabel()
        self.result_label.setObjectName("applyResult")
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setAccessibleName(self.tr("Apply the plan"))
        self.apply_button.setEnabled(bool(plan.steps))
        self.apply_button.clicked.connect(self.apply)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        fit_bold_text(self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.steps_view, 1)
        self.secret_fields = self._secret_fields(layout)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def _secret_fields(self, layout: QVBoxLayout) -> dict[str, QLineEdit]:
        """A password field for each secret the plan names that was not found (in the keyring)."""
        missing = [name for name in self.plan.secret_names() if not self.secrets.get(name)]
        fields: dict[str, QLineEdit] = {}
        if not missing:
            return fields
        note = QLabel(
            self.tr("The plan needs these secrets; they are sent to the account, never saved here:")
        )
        note.setWordWrap(True)
        form = QFormLayout()
        for name in missing:
            field = QLineEdit()
            field.setObjectName(f"secret:{name}")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(self.tr("Secret %1").replace("%1", name))
            form.addRow(f"{name}:", field)
            fields[name] = field
        layout.addWidget(note)
        layout.addLayout(form)
        return fields

    def apply(self) -> None:
        try:
            self.service.check_apply(self.plan)  # refused before any call or confirmation
        except PermissionDenied as exc:
            self._refuse(exc)
            return
        empty = [name for name, field in self.secret_fields.items() if not field.text()]
        if empty:
            self.result_label.setText(
                self.tr("Give the secrets the plan needs: %1. Nothing was sent.").replace(
                    "%1", ", ".join(empty)
                )
            )
            self.secret_fields[empty[0]].setFocus()
            return
        self.secrets.update({name: field.text() for name, field in self.secret_fields.items()})
        deletes = sum(1 for s in self.plan.steps if s.action == "delete")
        if deletes and not confirm_destructive(
            self,
            self.tr("Apply a plan"),
            self.tr("The plan deletes %n object(s) on the platform account.", "", deletes),
            self.tr("Apply"),
        ):
            return
        self.progress = ProgressDialog(
            self.tr("Applying the plan"),
            self.tr("Calling %1…").replace("%1", self.plan.base_url),
            self._job,
            self,
        )
        self.progress.succeeded.connect(self._on_done)
        self.progress.failed.connect(self._on_failed)
        self.progress.cancelled.connect(self._on_cancelled)
        self.progress.start()

    def _job(self, token: CancelToken, report: Report) -> ApplyReport:
        stop = threading.Event()

        def progress(done: int, total: int, _step: PlanStep) -> None:
            if token.cancelled:
                stop.set()
            report(done, total)

        async def run() -> ApplyReport:
            async with self.make_client() as client:
                return await self.service.apply_plan(
                    self.plan, self.plan_path, client, secrets=self.secrets, progress=progress, cancel=stop
                )

        return asyncio.run(run())

    def _on_done(self, report: ApplyReport) -> None:
        self.report = report
        if report.cancelled:
            self._on_cancelled()
            return
        self.result_label.setText(
            self.tr("Applied %n call(s);", "", report.applied)
            + " "
            + self.tr("%n were already done.", "", report.skipped)
        )
        self.apply_button.setEnabled(False)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            self._refuse(error)
            return
        text = (
            message_text(error.message)
            if isinstance(error, DomainError)
            else str(error) or type(error).__name__
        )
        self.result_label.setText(self.tr("Stopped: %1. Apply again to resume.").replace("%1", text))

    def _refuse(self, error: PermissionDenied) -> None:
        """Nothing was sent: said plainly, and Apply stays off (another try would be refused too)."""
        self.refused = True
        self.apply_button.setEnabled(False)
        self.result_label.setText(
            self.tr("Not allowed: %1 Nothing was sent to the account.").replace(
                "%1", message_text(error.message)
            )
        )

    def _on_cancelled(self) -> None:
        self.result_label.setText(self.tr("Cancelled between two calls. Apply again to resume."))
