"""Slow work (imports, exports, simulation) on a worker thread, with progress and a Cancel button.

The job is a plain callable `job(token, report) -> result` that runs off the GUI thread: it calls
`report(done, total)` as it goes and stops early when `token.cancelled` is true (or calls
`token.raise_if_cancelled()`). It must not touch widgets; it opens its own database sessions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

Report = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised by a job (through `CancelToken.raise_if_cancelled`) that stops because the user asked."""


class CancelToken:
    """Set from the GUI thread, read from the worker: thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled


Job = Callable[[CancelToken, Report], Any]


class JobThread(QThread):
    """Runs the job once; `progressed` is throttled so a chatty job cannot flood the GUI thread."""

    progressed = Signal(object, object)  # done, total (Python ints: totals may exceed 2**31)
    REPORT_INTERVAL_S = 0.05

    def __init__(self, job: Job, token: CancelToken, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.token = token
        self.result: Any = None
        self.error: BaseException | None = None
        self._last_report = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last_report >= self.REPORT_INTERVAL_S or (total and done >= total):
            self._last_report = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self.result = self._job(self.token, self._report)
        except Cancelled:
            self.token.cancel()
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.error = exc


_running: set[JobThread] = set()  # kept alive until they end, whatever happens to their dialog


class RunningJobs(QObject):
    """How many jobs run now: the window's status bar shows that work goes on in the background."""

    changed = Signal(int)

    def count(self) -> int:
        return len(_running)


running_jobs = RunningJobs()


def _start(worker: JobThread) -> None:
    _running.add(worker)
    worker.start()
    running_jobs.changed.emit(len(_running))


def _forget(worker: JobThread) -> None:
    worker.wait()
    _running.discard(worker)
    worker.deleteLater()
    running_jobs.changed.emit(len(_running))


class ProgressDialog(QDialog):
    """Modal while the job runs; emits exactly one of succeeded(result), failed(exc), cancelled()."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    BAR_STEPS = 1000

    def __init__(self, title: str, label: str, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        self.token = CancelToken()
        self.result_value: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

        self.label = QLabel(label)
        self.label.setObjectName("progressLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.setTextVisible(False)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("progressDetail")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        buttons.addWidget(self.detail_label, 1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)

        # Not a child of the dialog: a QThread destroyed while running aborts the process, and the
        # dialog may go (its window closed) before a job that ignores Cancel has returned.
        self.worker = JobThread(job, self.token)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.finished.connect(lambda worker=self.worker: _forget(worker))
        self.destroyed.connect(self.token.cancel)

    def start(self) -> None:
        """Shows the dialog (window-modal, returns at once) and starts the job."""
        self.open()
        _start(self.worker)

    def run(self) -> bool:
        """Blocks in a local event loop (the GUI stays live) until the job ends; True on success."""
        _start(self.worker)
        self.exec()
        return self.error is None and not self.was_cancelled

    def is_running(self) -> bool:
        return self.worker.isRunning()

    def cancel(self) -> None:
        """Asks the job to stop; the dialog closes when it has."""
        if self.token.cancelled:
            return
        self.token.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Escape and the close button cancel; the dialog stays until the job has stopped."""
        if self.worker.isRunning():
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker.isRunning():
            self.cancel()
            event.ignore()
        else:
            super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            self.detail_label.setText(QLocale().toString(done))
            return
        self.bar.setRange(0, self.BAR_STEPS)
        self.bar.setValue(min(self.BAR_STEPS, done * self.BAR_STEPS // total))
        locale = QLocale()
        self.detail_label.setText(
            self.tr("%1 of %2").replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        )

    def _on_finished(self) -> None:
        self.worker.wait()  # `finished` comes just before the thread really ends
        self.result_value, self.error = self.worker.result, self.worker.error
        self.was_cancelled = self.token.cancelled and self.error is None
        if self.was_cancelled:
            super().done(QDialog.DialogCode.Rejected)
            self.cancelled.emit()
        elif self.error is not None:
            super().done(QDialog.DialogCode.Rejected)
            self.failed.emit(self.error)
        else:
            super().done(QDialog.DialogCode.Accepted)
            self.succeeded.emit(self.result_value)
