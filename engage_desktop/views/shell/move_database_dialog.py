"""File › Move to a shared database…: copy this configuration into an empty PostgreSQL database.

The copy runs on a worker thread behind a progress dialog with Cancel; a stopped copy leaves the
target marked unfinished (refused by every console) and the next move starts it over.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.connection_check import with_typed_password
from engage_desktop.services.settings.database_move import CopyCancelled, CopyReport, DatabaseMoveService
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report


class MoveDatabaseDialog(QDialog):
    def __init__(self, service: DatabaseMoveService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.report: CopyReport | None = None
        self.progress: ProgressDialog | None = None
        self.setWindowTitle(self.tr("Move to a shared database"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copies this whole configuration — users, roles, channels, routing, the audit journal "
                "and its chain — into an empty PostgreSQL database that several workstations can then "
                "share. This database stays as it is."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = FormWidget(self)
        self.address = self.form.add_field(
            "address",
            self.tr("Target database"),
            QLineEdit(),
            self.tr("For example postgresql://engage@db.example.org/engage?sslmode=require"),
        )
        self.password = self.form.add_field("password", self.tr("Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.replace = QCheckBox(self.tr("Overwrite the target if it already holds a configuration"))
        self.form.add_field("replace", "", self.replace)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = buttons.addButton(self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setToolTip(self.tr("Copy the configuration into the target database"))
        buttons.accepted.connect(self.start_move)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def target_url(self) -> str:
        return with_typed_password(self.address.text().strip(), self.password.text())

    def start_move(self) -> None:
        self.form.clear_errors()
        if not self.address.text().strip():
            self.form.show_errors({"address": self.tr("Enter the address of the target database.")})
            return
        if self.replace.isChecked() and not confirm_destructive(
            self,
            self.tr("Overwrite the target"),
            self.tr("Everything the target database holds will be replaced by this configuration."),
            self.tr("Overwrite and move"),
        ):
            return
        url, replace = self.target_url(), self.replace.isChecked()

        def job(token: CancelToken, report: Report) -> CopyReport:
            def progress(done: int, total: int, _table: str) -> bool:
                report(done, total)
                return not token.cancelled

            try:
                return self.service.move_database(url, replace=replace, progress=progress)
            except CopyCancelled as exc:
                raise Cancelled from exc

        self.progress = ProgressDialog(
            self.tr("Moving the configuration"),
            self.tr("Copying every table, then checking the row counts and the journal's chain…"),
            job,
            self,
        )
        self.progress.succeeded.connect(self._moved)
        self.progress.failed.connect(self._failed)
        self.progress.cancelled.connect(self._cancelled)
        self.progress.start()

    def _moved(self, report: CopyReport) -> None:
        self.report = report
        QMessageBox.information(
            self,
            self.tr("Configuration moved"),
            self.tr(
                "%1; %2.\n\nTo use the shared database, choose File › Connect to database… on each workstation."
            )
            .replace("%1", self.tr("%Ln row(s) copied and verified", "", report.rows))
            .replace(
                "%2",
                self.tr("the journal's %Ln event(s) still form an unbroken chain", "", report.journal_events),
            ),
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        text = message_text(getattr(error, "message", None) or str(error))
        self.form.show_errors({"address": text})

    def _cancelled(self) -> None:
        self.form.show_errors(
            {
                "address": self.tr(
                    "The move was stopped. The target is marked unfinished: no console will use it "
                    "until a move to it completes."
                )
            }
        )
