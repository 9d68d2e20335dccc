"""What a supervisor does to a waiting task on the queue monitor: raise its priority, move it to
another queue, assign it to an agent. Each goes through the service, which checks the permission
and journals; a refusal (permission, a task taken meanwhile, an agent at hard capacity) stays on
the page in its banner. Mixed into `QueueMonitorPage`, whose widgets it uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel

from engage_desktop.services.core.errors import Conflict, DomainError, PermissionDenied
from engage_desktop.services.routing.engine.monitor import QueueMonitorService
from engage_desktop.services.routing.engine.monitor_rows import WaitingTaskRow
from engage_desktop.views.routing.monitor_task_dialogs import AssignTaskDialog, MoveTaskDialog
from engage_desktop.views.widgets.list_panel import ListPanel
from engage_desktop.views.widgets.messages import message_text

PRIORITY_STEP = 10


class WaitingTaskActions:
    service: QueueMonitorService
    tasks: ListPanel
    active_dialog: QDialog | None
    error_banner: QLabel
    info_label: QLabel

    def refresh(self) -> None:
        raise NotImplementedError

    def _task(self) -> WaitingTaskRow | None:
        row = self.tasks.current_row()
        return row if isinstance(row, WaitingTaskRow) else None

    def raise_selected(self) -> bool:
        task = self._task()
        if task is None:
            return False
        return self._act(
            lambda: self.service.change_task_priority(task.task_id, PRIORITY_STEP),
            QCoreApplication.translate("QueueMonitorPage", "Task #%1: priority raised.").replace(
                "%1", str(task.task_id)
            ),
        )

    def move_selected(self) -> QDialog | None:
        task = self._task()
        if task is None:
            return None
        try:
            queues = self.service.queue_choices()
        except DomainError as exc:
            self._show_refusal(exc)
            return None
        dialog = MoveTaskDialog(task.task_id, queues, task.queue, self.tasks)

        def move() -> None:
            queue = dialog.queue()
            self._act(
                lambda: self.service.move_task_to_queue(task.task_id, queue),
                QCoreApplication.translate("QueueMonitorPage", "Task #%1 moved to %2.")
                .replace("%1", str(task.task_id))
                .replace("%2", queue),
            )

        return self._open(dialog, move)

    def assign_selected(self) -> QDialog | None:
        task = self._task()
        if task is None:
            return None
        try:
            agents = self.service.agent_choices(task.task_id)
        except DomainError as exc:
            self._show_refusal(exc)
            return None
        dialog = AssignTaskDialog(task.task_id, agents, self.tasks)
        names = {a.user_id: a.name for a in agents}

        def assign() -> None:
            user_id = dialog.user_id()
            if user_id is None:
                return
            done = QCoreApplication.translate("QueueMonitorPage", "Task #%1 assigned to %2.").replace(
                "%1", str(task.task_id)
            )
            self._act(
                lambda: self.service.assign_task_to_agent(task.task_id, user_id),
                done.replace("%2", names[user_id]),
            )

        return self._open(dialog, assign)

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(self._forget_dialog)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.active_dialog = None

    def _act(self, action: Callable[[], object], done_text: str) -> bool:
        """A service call: the refusal (permission, task taken meanwhile…) stays on the page."""
        try:
            action()
        except DomainError as exc:
            self._show_refusal(exc)
            self.refresh()
            return False
        self.error_banner.hide()
        self.info_label.setText(done_text)
        self.refresh()
        return True

    def _show_refusal(self, exc: DomainError) -> None:
        text = message_text(exc.message)
        if isinstance(exc, PermissionDenied):
            text = QCoreApplication.translate("QueueMonitorPage", "Not allowed: %1").replace("%1", text)
        elif isinstance(exc, Conflict):
            text = QCoreApplication.translate("QueueMonitorPage", "Could not do it: %1").replace("%1", text)
        self.error_banner.setText(text)
        self.error_banner.show()
