"""File › Merge this workspace into…: sign in to the main database, see what would change, merge.

The person signs in to the main database with their password there (the merge is checked against
their permissions in that database and journaled there). The comparison is shown in the same
diff view as Compare with a bundle (main database on the left of each field, the workspace on
the right); the merge itself asks for confirmation and runs with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.bundles.bundle_diff import ConfigurationDiff
from engage_desktop.services.bundles.bundle_format import Bundle
from engage_desktop.services.bundles.bundle_import import ImportReport
from engage_desktop.services.bundles.workspace import MainDatabase, workspace_bundle
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, PermissionDenied
from engage_desktop.views.bundles.diff_view import BundleDiffView
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import make_default
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import CancelToken, Job, ProgressDialog, Report


def as_database_url(text: str) -> str:
    """An address as typed, or a plain file path (a SQLite file)."""
    text = text.strip()
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


class MergeWorkspaceDialog(QDialog):
    def __init__(
        self,
        workspace_ctx: ServiceContext,
        workspace_url: str,
        main_url: str,
        login: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace_ctx, self.workspace_url = workspace_ctx, workspace_url
        self.main: MainDatabase | None = None
        self._signed_as: tuple[str, str] | None = None  # the address and login of `main`
        self.bundle: Bundle | None = None
        self.diff: ConfigurationDiff | None = None
        self.report: ImportReport | None = None
        self.progress: ProgressDialog | None = None
        self._job_running = False  # (its worker thread object is gone once it has ended)
        self.setObjectName("mergeWorkspaceDialog")
        self.setWindowTitle(self.tr("Merge this workspace"))
        self.resize(900, 600)

        intro = QLabel(
            self.tr(
                "Sign in to the main database: the merge creates or updates its objects as you, with "
                "your permissions there, and journals each change. Nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        self.main_edit = QLineEdit(main_url)
        self.main_edit.setObjectName("mainDatabaseEdit")
        self.main_edit.setAccessibleName(self.tr("Main database"))
        self.main_edit.setPlaceholderText(self.tr("A SQLite file or a database address"))
        choose = QPushButton(self.tr("C&hoose a file…"))
        choose.setObjectName("chooseMainDatabaseButton")
        choose.setAccessibleName(self.tr("Choose the main database file"))
        choose.clicked.connect(self.choose_main)
        choose.setAutoDefault(False)
        main_row = QHBoxLayout()
        main_row.addWidget(self.main_edit, 1)
        main_row.addWidget(choose)
        self.login_edit = QLineEdit(login)
        self.login_edit.setObjectName("mergeLoginEdit")
        self.login_edit.setAccessibleName(self.tr("E-mail or nickname in the main database"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("mergePasswordEdit")
        self.password_edit.setAccessibleName(self.tr("Password in the main database"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        main_label = QLabel(self.tr("&Main database:"))
        main_label.setBuddy(self.main_edit)
        self.form.addRow(main_label, main_row)
        self.form.addRow(self.tr("&E-mail or nickname:"), self.login_edit)
        self.form.addRow(self.tr("&Password:"), self.password_edit)

        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.diff_view = BundleDiffView(None, self)  # type: ignore[arg-type]  # shows a diff only
        self.diff_view.setWindowFlags(Qt.WindowType.Widget)
        diff_layout = self.diff_view.layout()
        if diff_layout is not None:
            diff_layout.setContentsMargins(0, 0, 0, 0)
        self.diff_view.choose_button.hide()
        self.diff_view.path_label.hide()
        for box in self.diff_view.findChildren(QDialogButtonBox):
            box.hide()
        self.diff_view.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Main", "the main database"), self.tr("Workspace")]
        )
        main_header = self.diff_view.fields.horizontalHeaderItem(1)
        if main_header is not None:  # the short header fits a 1024 px screen in French too
            main_header.setToolTip(self.tr("Main database"))
        self.diff_view.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("mergeResult")
        self.result_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setObjectName("compareWorkspaceButton")
        self.compare_button.setAccessibleName(self.tr("Sign in and compare with the main database"))
        self.compare_button.setProperty("variant", "primary")  # sized bold, as a default button looks
        self.compare_button.clicked.connect(self.compare)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergeWorkspaceButton")
        self.merge_button.setAccessibleName(self.tr("Merge the workspace into the main database"))
        self.merge_button.setEnabled(False)
        self.merge_button.setProperty("variant", "primary")
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.diff_view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        make_default(self.compare_button)
        (self.password_edit if login else self.login_edit).setFocus()

    def choose_main(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the main database"), "", self.tr("Databases (*.sqlite3 *.sqlite *.db)")
        )
        if path:
            self.main_edit.setText(path)

    # ---- compare --------------------------------------------------------------------------------
    def compare(self) -> None:
        """Sign in (unless still signed in there as the same person) and compare."""
        url, login, password = (
            as_database_url(self.main_edit.text()),
            self.login_edit.text(),
            self.password_edit.text(),
        )
        signed = self.main if self._signed_as == (url, login) else None
        if signed is None:
            self._close_main()
        workspace_ctx, workspace_url = self.workspace_ctx, self.workspace_url

        def job(_token: CancelToken, _report: Report) -> tuple[MainDatabase, Bundle, ConfigurationDiff]:
            bundle = workspace_bundle(workspace_ctx, origin=workspace_url)
            main = signed or MainDatabase.sign_in(url, login, password, workspace_url=workspace_url)
            try:
                return main, bundle, main.compare(bundle)
            except BaseException:
                if signed is None:
                    main.close()
                raise

        self._signed_as = (url, login)
        self._run(self.tr("Signing in to the main database and comparing…"), job, self._compared)

    def _compared(self, result: tuple[MainDatabase, Bundle, ConfigurationDiff]) -> None:
        self.main, self.bundle, self.diff = result
        self.password_edit.clear()
        self.diff_view.show_diff(self.diff)
        self.diff_view.show()
        changes = sum(len(r.added) + len(r.changed) for r in self.diff.resources)
        if changes:
            added = sum(len(r.added) for r in self.diff.resources)
            changed = sum(len(r.changed) for r in self.diff.resources)
            removed = sum(len(r.removed) for r in self.diff.resources)
            self.diff_view.summary.setText(
                self.tr("Merging into %1 creates %2 and updates %3.")
                .replace("%1", self.main.label)
                .replace("%2", self.tr("%Ln object(s)", "", added))
                .replace("%3", self.tr("%Ln object(s)", "", changed))
                + " "
                + self.tr("%Ln object(s) found only there are kept.", "", removed)
            )
        else:
            self.diff_view.summary.setText(
                self.tr("Nothing to merge: %1 already holds this configuration.").replace(
                    "%1", self.main.label
                )
            )
        self.merge_button.setEnabled(bool(changes))
        if changes:
            make_default(self.merge_button)

    # ---- merge ----------------------------------------------------------------------------------
    def merge(self) -> None:
        main, bundle, diff = self.main, self.bundle, self.diff
        if main is None or bundle is None or diff is None:
            return
        count = sum(len(r.added) + len(r.changed) for r in diff.resources)
        if not confirm_destructive(
            self,
            self.tr("Merge this workspace"),
            self.tr("Create or update %Ln object(s) in %1?", "", count).replace("%1", main.label),
            self.tr("Merge"),
            self.tr("Each change is journaled in the main database under your name."),
        ):
            return

        def job(token: CancelToken, _report: Report) -> ImportReport:
            token.raise_if_cancelled()
            return main.merge(bundle)

        self._run(self.tr("Merging into %1…").replace("%1", main.label), job, self._merged)

    def _merged(self, report: ImportReport) -> None:
        self.report = report
        self.merge_button.setEnabled(False)
        self.result_label.setText(
            self.tr("Merged into %1: %2, %3.")
            .replace("%1", self.main.label if self.main is not None else "")
            .replace("%2", self.tr("%Ln created", "", sum(report.created.values())))
            .replace("%3", self.tr("%Ln updated", "", sum(report.updated.values())))
        )

    # ---- shared ---------------------------------------------------------------------------------
    def _run(self, label: str, job: Job, then: Callable[[Any], None]) -> None:
        self.error.hide()
        progress = ProgressDialog(self.tr("Merge this workspace"), label, job, self)
        progress.setObjectName("mergeProgress")
        self._job_running = True
        progress.finished.connect(self._job_ended)
        progress.succeeded.connect(then)
        progress.cancelled.connect(lambda: self._cancelled(progress, then))
        progress.failed.connect(self.show_error)
        self.progress = progress
        progress.start()

    def _cancelled(self, progress: ProgressDialog, then: Callable[[Any], None]) -> None:
        """Cancel stops before the merge begins; once begun it runs to its end (one transaction)."""
        if progress.result_value is not None:
            then(progress.result_value)
            return
        self.error.setText(self.tr("Cancelled; nothing was changed."))
        self.error.show()

    def _job_ended(self, _result: int = 0) -> None:
        self._job_running = False

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            text = self.tr("Not allowed in the main database: %1").replace("%1", message_text(exc.message))
        elif isinstance(exc, DomainError):
            text = message_text(exc.message)
        else:
            text = str(exc) or type(exc).__name__
        self.error.setText(text)
        self.error.show()

    def _close_main(self) -> None:
        main, self.main, self._signed_as = self.main, None, None
        self.merge_button.setEnabled(False)
        if main is not None:
            main.close()

    def done(self, result: int) -> None:
        if self._job_running:
            return  # the job's dialog is modal over this one; it ends first
        self._close_main()
        super().done(result)
