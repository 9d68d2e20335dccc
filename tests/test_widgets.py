"""Shared widgets: form with field errors, confirm dialog, progress dialog with a real worker.

Also home of two helpers the page tests import: `answer_next_modal` and `session_with_role`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from engage_desktop.secrets import SecretStore
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.users.service import NewUser
from engage_desktop.views.widgets import progress_dialog
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog, confirm_destructive
from engage_desktop.views.widgets.form import FormDialog, FormWidget
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

PASSWORD = "An0ther-Passw0rd"


# ---- helpers for the page tests -------------------------------------------------------------------
def answer_next_modal(*responders: Callable[[QWidget], None], timeout_s: float = 5.0) -> list[QWidget]:
    """Call before the action that opens modal dialogs (`exec`): each responder, in turn, answers
    the next one from inside its event loop. Returns the list of dialogs seen, for the assertions."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and (not seen or widget is not seen[-1]):
            seen.append(widget)
            responders[len(seen) - 1](widget)
        if len(seen) < len(responders) and time.monotonic() < deadline:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_destructive(dialog: QWidget) -> None:
    assert isinstance(dialog, ConfirmDialog), dialog
    dialog.destructive_button.click()


def click_cancel(dialog: QWidget) -> None:
    assert isinstance(dialog, ConfirmDialog), dialog
    dialog.cancel_button.click()


def close_message(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox), dialog
    dialog.accept()


def session_with_role(admin: AppSession, label: str, permissions: Iterable[str], nickname: str) -> AppSession:
    """A real signed-in user whose role holds exactly `permissions` (made by the administrator)."""
    role = admin.roles.create_role(label, sorted(permissions))
    admin.users.create_user(
        NewUser("Test", nickname.title(), nickname, f"{nickname}@example.com", role.id, password=PASSWORD)
    )
    user = auth.sign_in(admin.ctx.acting_as(None), nickname, PASSWORD)
    return AppSession(admin.database, admin.ctx.acting_as(user.id), user, SecretStore())


# ---- FormWidget -------------------------------------------------------------------------------------
@pytest.fixture
def form(qtbot) -> FormWidget:
    widget = FormWidget()
    widget.add_field("label", "Label", QLineEdit())
    widget.add_field("kind", "Kind", QComboBox())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_errors_show_under_their_fields_and_focus_the_first(form: FormWidget, qtbot) -> None:
    error = form.error_label("label")
    assert error.objectName() == "fieldError"
    assert error.isHidden()
    form.activateWindow()
    form.show_errors({"kind": "Choose a kind.", "label": "Label is required."})
    assert error.isVisible() and error.text() == "Label is required."
    assert form.error_label("kind").text() == "Choose a kind."
    assert form.field("label").property("error") == "true"
    assert form.form_error_label.isHidden()
    qtbot.waitUntil(lambda: form.field("kind").hasFocus())  # the first in the message order


def test_unknown_fields_go_to_the_form_level_label(form: FormWidget) -> None:
    form.show_errors({"permissions": "Unknown permission(s): fly"})
    assert form.form_error_label.isVisible()
    assert form.form_error_label.text() == "Unknown permission(s): fly"
    assert all(form.error_label(n).isHidden() for n in form.field_names())


def test_clear_errors_and_editing_a_field_clears_its_message(form: FormWidget, qtbot) -> None:
    form.show_errors({"label": "Label is required.", "kind": "Choose a kind.", "other": "Oops"})
    qtbot.keyClicks(form.field("label"), "x")
    assert form.error_label("label").isHidden()
    assert form.field("label").property("error") == "false"
    assert form.error_label("kind").isVisible()
    form.clear_errors()
    assert not form.has_errors()
    assert form.form_error_label.isHidden() and form.error_label("kind").isHidden()


def test_apply_validation_error_from_a_real_service(form: FormWidget, app_session: AppSession) -> None:
    with pytest.raises(ValidationError) as caught:
        app_session.roles.create_role("   ")
    form.apply_validation_error(caught.value)
    assert form.error_label("label").text() == "Label is required."


def test_submit_keeps_the_form_open_on_refusal_and_returns_the_result(
    form: FormWidget, app_session: AppSession
) -> None:
    assert form.submit(lambda: app_session.roles.create_role("")) is None
    assert form.error_label("label").text() == "Label is required."
    assert form.submit(lambda: app_session.roles.create_role("Agent")) is None
    assert form.error_label("label").text() == "A role named “Agent” already exists."
    assert form.submit(lambda: app_session.roles.create_role("Trainee")).label == "Trainee"
    assert not form.has_errors()


class TeamRoleDialog(FormDialog):
    """The smallest real editor: one field, one service call."""

    def __init__(self, session: AppSession, read_only: bool = False) -> None:
        super().__init__(read_only=read_only)
        self.session = session
        self.label_edit = QLineEdit()
        self.form.add_field("label", "Label", self.label_edit)

    def save(self) -> bool:
        label = self.label_edit.text()
        return self.submit(lambda: self.session.roles.create_role(label)) is not None


def test_form_dialog_keeps_refusals_inside_and_closes_on_success(qtbot, app_session: AppSession) -> None:
    dialog = TeamRoleDialog(app_session)
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.open()
    assert dialog.save_button is not None and dialog.save_button.isDefault()
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.error_label("label").text() == "Label is required."
    dialog.label_edit.setText("Team lead")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()
    assert saved == [dialog.saved_object] and dialog.saved_object.label == "Team lead"

    viewer = TeamRoleDialog(app_session, read_only=True)
    qtbot.addWidget(viewer)
    assert viewer.save_button is None
    assert viewer.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert viewer.save() is False


# ---- confirm_destructive ----------------------------------------------------------------------------
def test_confirm_dialog_defaults_to_cancel(qtbot) -> None:
    dialog = ConfirmDialog(
        None, "Delete role", "Delete the role “Agent”?", "Delete role", "Cannot be undone."
    )
    qtbot.addWidget(dialog)
    assert dialog.defaultButton() is dialog.cancel_button
    assert dialog.escapeButton() is dialog.cancel_button
    assert dialog.destructive_button.text() == "Delete role"
    assert dialog.informativeText() == "Cannot be undone."


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_enter_and_escape_do_not_destroy(qtbot, key: Qt.Key) -> None:
    seen = answer_next_modal(lambda dialog: qtbot.keyClick(dialog, key))
    assert confirm_destructive(None, "Delete", "Delete it?", "Delete role") is False
    assert len(seen) == 1


def test_clicking_the_action_confirms(qtbot) -> None:
    answer_next_modal(click_destructive)
    assert confirm_destructive(None, "Delete", "Delete it?", "Delete role") is True
    answer_next_modal(click_cancel)
    assert confirm_destructive(None, "Delete", "Delete it?", "Delete role") is False


# ---- ProgressDialog ---------------------------------------------------------------------------------
def chunked_sum(stop: int, chunk: int = 10_000, pause_s: float = 0.0):
    """A real job: sums range(stop) a chunk at a time, reporting and honouring Cancel."""

    def job(token: CancelToken, report: Report) -> int:
        total = 0
        for start in range(0, stop, chunk):
            if token.cancelled:
                return total
            total += sum(range(start, min(start + chunk, stop)))
            report(min(start + chunk, stop), stop)
            if pause_s:
                time.sleep(pause_s)
        return total

    return job


def test_progress_dialog_runs_the_job_off_the_gui_thread(qtbot) -> None:
    dialog = ProgressDialog("Summing", "Adding numbers…", chunked_sum(2_000_000, pause_s=0.001))
    qtbot.addWidget(dialog)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(dialog.succeeded, timeout=20_000) as finished:
        dialog.start()
        assert dialog.isVisible() and dialog.isModal()
    timer.stop()
    assert finished.args == [sum(range(2_000_000))]
    assert dialog.result_value == sum(range(2_000_000))
    assert not dialog.isVisible()
    assert len(ticks) > 5  # the GUI thread kept running its timers while the job worked
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.detail_label.text().replace(",", "") == "2000000 of 2000000"


def test_cancel_stops_the_job_midway(qtbot) -> None:
    stop = 10_000_000
    dialog = ProgressDialog("Summing", "Adding numbers…", chunked_sum(stop, pause_s=0.002))
    qtbot.addWidget(dialog)
    outcomes: list[str] = []
    dialog.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    dialog.failed.connect(lambda _e: outcomes.append("failed"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.value() > 0 and dialog.bar.maximum() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.label.text() == "Cancelling…"
        assert not dialog.cancel_button.isEnabled()
    assert outcomes == []
    assert dialog.was_cancelled
    assert 0 < dialog.result_value < sum(range(stop))  # stopped between chunks, not at the end
    assert not dialog.is_running()


def test_escape_cancels_rather_than_leaving_the_job_running(qtbot) -> None:
    dialog = ProgressDialog("Summing", "Adding numbers…", chunked_sum(10_000_000, pause_s=0.002))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=10_000)
    with qtbot.waitSignal(dialog.cancelled, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # stays until the worker has stopped
    assert not dialog.isVisible()


def test_a_dialog_destroyed_under_a_running_job_stops_it_safely(qtbot) -> None:
    dialog = ProgressDialog("Summing", "Adding numbers…", chunked_sum(10_000_000, pause_s=0.002))
    token = dialog.token
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 0, timeout=10_000)
    shiboken6.delete(dialog)  # e.g. its window closed; a QThread destroyed while running would abort
    assert token.cancelled
    qtbot.waitUntil(lambda: not progress_dialog._running, timeout=10_000)


def test_a_failing_job_reports_its_exception(qtbot) -> None:
    def job(token: CancelToken, report: Report) -> None:
        report(1, 3)
        raise ValidationError("file", "Line 2: the e-mail is missing.")

    dialog = ProgressDialog("Importing", "Reading the file…", job)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        ok = dialog.run()
    assert ok is False
    assert isinstance(failed.args[0], ValidationError)
    assert dialog.error is failed.args[0]


def test_raise_if_cancelled_ends_the_job_as_cancelled(qtbot) -> None:
    def job(token: CancelToken, report: Report) -> None:
        while True:
            token.raise_if_cancelled()
            time.sleep(0.001)

    dialog = ProgressDialog("Waiting", "Waiting…", job)
    qtbot.addWidget(dialog)
    QTimer.singleShot(50, dialog.cancel)
    assert dialog.run() is False
    assert dialog.was_cancelled and dialog.error is None
