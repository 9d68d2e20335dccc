"""File › Import a bundle into a workspace…: a bundle becomes a separate workspace database.

Reading, checking and importing run on a worker thread (progress with Cancel). A bundle that
cannot be used lists every problem as "file, record, field: reason" (selectable, and copied all at
once with Copy problems) and creates nothing; on success the dialog offers to open the workspace,
which the console then reopens on (`open_requested`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.config import data_dir
from engage_desktop.services.bundles.bundle_format import BundleError, BundleProblem, load_bundle
from engage_desktop.services.bundles.bundle_import import ImportReport
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.widgets.form import make_default
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import Cancelled, CancelToken, ProgressDialog, Report

WORKSPACE_SUFFIX = ".sqlite3"


def problem_text(problem: BundleProblem) -> str:
    """ "users.json, record 3, email: value is not a valid email address" """
    parts = [problem.file]
    if problem.record is not None:
        parts.append(
            QCoreApplication.translate("BundleImport", "record %1").replace("%1", str(problem.record))
        )
    if problem.field:
        parts.append(problem.field)
    return f"{', '.join(parts)}: {message_text(problem.message)}"


def error_lines(exc: BaseException) -> list[str]:
    """Every problem of a refused bundle or import, one line each."""
    if isinstance(exc, BundleError):
        return [problem_text(p) for p in exc.problems]
    if isinstance(exc, ValidationError):
        return [f"{name}: {message_text(text)}" for name, text in exc.errors.items()]
    if isinstance(exc, DomainError):
        return [message_text(exc.message)]
    return [str(exc) or type(exc).__name__]


def workspace_url(path: Path) -> str:
    return f"sqlite:///{path}"


class ImportWorkspaceDialog(QDialog):
    open_requested = Signal(str)  # the new workspace's database address

    def __init__(self, service: BundleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.progress: ProgressDialog | None = None
        self.created: Path | None = None
        self.report: ImportReport | None = None
        self._suggested = ""
        self.setObjectName("importWorkspaceDialog")
        self.setWindowTitle(self.tr("Import a bundle into a workspace"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "The bundle goes into a new workspace database of its own, where you can edit it with "
                "the usual pages; the main database is not changed. Merge it back later from the "
                "File menu (Merge this workspace into…)."
            )
        )
        intro.setWordWrap(True)
        self.bundle_edit = QLineEdit()
        self.bundle_edit.setObjectName("bundlePathEdit")
        self.bundle_edit.setAccessibleName(self.tr("Bundle to import"))
        self.bundle_edit.setPlaceholderText(self.tr("A bundle folder or .zip file"))
        self.bundle_edit.textChanged.connect(self._bundle_changed)
        bundle_button = QPushButton(self.tr("C&hoose…"))
        bundle_button.setObjectName("chooseImportBundleButton")
        bundle_button.setAccessibleName(self.tr("Choose the bundle"))
        bundle_button.clicked.connect(self.choose_bundle)
        bundle_button.setAutoDefault(False)
        self.workspace_edit = QLineEdit()
        self.workspace_edit.setObjectName("workspacePathEdit")
        self.workspace_edit.setAccessibleName(self.tr("Workspace database file"))
        self.workspace_edit.textChanged.connect(self._update)
        workspace_button = QPushButton(self.tr("Ch&oose…"))
        workspace_button.setObjectName("chooseWorkspaceFileButton")
        workspace_button.setAccessibleName(self.tr("Choose where the workspace file goes"))
        workspace_button.clicked.connect(self.choose_workspace)
        workspace_button.setAutoDefault(False)

        bundle_label = QLabel(self.tr("&Bundle:"))
        bundle_label.setBuddy(self.bundle_edit)
        workspace_label = QLabel(self.tr("&Workspace file:"))
        workspace_label.setBuddy(self.workspace_edit)
        rows = QVBoxLayout()
        for label, edit, button in (
            (bundle_label, self.bundle_edit, bundle_button),
            (workspace_label, self.workspace_edit, workspace_button),
        ):
            rows.addWidget(label)
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            line.addWidget(button)
            rows.addLayout(line)

        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems of the bundle"))
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.problems.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Cop&y problems"))
        self.copy_button.setObjectName("copyProblemsButton")
        self.copy_button.setAccessibleName(self.tr("Copy the problems to the clipboard"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.copy_button.setAutoDefault(False)
        self.problems.hide()
        self.copy_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importBundleButton")
        self.import_button.setAccessibleName(self.tr("Import the bundle into the workspace"))
        self.import_button.setProperty("variant", "primary")  # sized bold, as a default button looks
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = QPushButton(self.tr("&Open the workspace now"))
        self.open_button.setObjectName("openWorkspaceButton")
        self.open_button.setProperty("variant", "primary")
        self.open_button.setAccessibleName(self.tr("Open the workspace now"))
        self.open_button.clicked.connect(self._open_workspace)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.hide()  # after addButton, which shows it

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(rows)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        layout.addLayout(copy_row)
        layout.addWidget(self.buttons)
        make_default(self.import_button)
        self._update()

    # ---- choosing -----------------------------------------------------------------------------
    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a bundle"), str(data_dir()), self.tr("Bundles (*.zip manifest.json)")
        )
        if path:
            chosen = Path(path)
            self.bundle_edit.setText(str(chosen.parent if chosen.name == "manifest.json" else chosen))

    def choose_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where the workspace database goes"),
            self.workspace_edit.text() or str(data_dir() / "workspaces"),
            self.tr("Workspace databases (*.sqlite3 *.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused instead
        )
        if path:
            self.workspace_edit.setText(path)

    def _bundle_changed(self, text: str) -> None:
        """Suggest a workspace file named after the bundle, until the user picks one."""
        if text.strip() and self.workspace_edit.text() in ("", self._suggested):
            stem = Path(text.strip()).name.removesuffix(".zip") or "workspace"
            self._suggested = str(data_dir() / "workspaces" / f"{stem}-workspace{WORKSPACE_SUFFIX}")
            self.workspace_edit.setText(self._suggested)
        self._update()

    def _update(self) -> None:
        ready = bool(self.bundle_edit.text().strip() and self.workspace_edit.text().strip())
        self.import_button.setEnabled(ready and self.created is None)

    # ---- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        progress = self.prepare_import()
        if progress is not None:
            progress.start()

    def prepare_import(self) -> ProgressDialog | None:
        """The import's progress dialog, not started yet (None: refused before it begins)."""
        bundle_path = Path(self.bundle_edit.text().strip())
        target = Path(self.workspace_edit.text().strip())
        if target.suffix == "":
            target = target.with_suffix(WORKSPACE_SUFFIX)
            self.workspace_edit.setText(str(target))
        if target.exists():
            self.show_problems(
                self.tr("Nothing was imported."),
                [
                    self.tr("%1 exists already; choose a new file for the workspace.").replace(
                        "%1", str(target)
                    )
                ],
            )
            return None
        service = self.service

        def job(token: CancelToken, _report: Report) -> tuple[Path, ImportReport]:
            bundle = load_bundle(bundle_path)
            token.raise_if_cancelled()
            target.parent.mkdir(parents=True, exist_ok=True)
            database, report = service.import_into_workspace(bundle, target)
            database.dispose()
            if token.cancelled:  # too late to stop half-way: the whole workspace goes
                for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
                raise Cancelled
            return target, report

        self.problems.hide()
        self.copy_button.hide()
        self.status.setText("")
        progress = ProgressDialog(
            self.tr("Import a bundle into a workspace"),
            self.tr("Reading the bundle and creating the workspace…"),
            job,
            self,
        )
        progress.setObjectName("bundleImportProgress")
        progress.succeeded.connect(self._imported)
        progress.failed.connect(self._failed)
        progress.cancelled.connect(self._cancelled)
        self.progress = progress
        return progress

    def _imported(self, result: tuple[Path, ImportReport]) -> None:
        path, report = result
        self.created, self.report = path, report
        created = sum(report.created.values())
        self.status.setText(
            self.tr(
                "Workspace created in %1 with %Ln object(s) from the bundle. Open it now to edit them.",
                "",
                created,
            ).replace("%1", str(path))
        )
        self.import_button.setEnabled(False)
        self.open_button.show()
        make_default(self.open_button)
        self.open_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.show_problems(
            self.tr("This bundle cannot be imported; no workspace was created."), error_lines(exc)
        )

    def _cancelled(self) -> None:
        progress = self.progress
        if progress is not None and progress.result_value is not None:
            self._imported(progress.result_value)  # finished just before Cancel was pressed
            return
        self.status.setText(self.tr("Import cancelled; no workspace was created."))

    def show_problems(self, headline: str, lines: list[str]) -> None:
        self.status.setText(headline)
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.show()
        self.copy_button.show()

    def problem_lines(self) -> list[str]:
        return [self.problems.item(row).text() for row in range(self.problems.count())]

    def copy_problems(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("\n".join(self.problem_lines()))

    def _open_workspace(self) -> None:
        if self.created is not None:
            self.open_requested.emit(workspace_url(self.created))
            self.accept()
