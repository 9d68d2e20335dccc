"""SFTP host key check of automated exports, against an embedded asyncssh server whose host key can
be swapped (a changed or impersonated server): the fingerprint a test connection shows is saved
with the task and journaled; afterwards another key fails the run before anything is sent, naming
both fingerprints; a task saved before any test trusts the first key it meets and stores it."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import asyncssh
import pytest
from conftest import Signed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from test_digital_exports_automated import _age, _form, _utc
from test_roles_service import journal

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.digital.exports_automated import AutomaticExportService, TaskForm
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner
from engage_desktop.views.widgets.confirm_dialog import ConfirmDialog


@dataclass
class SftpServer:
    port: int
    root: Path
    key: asyncssh.SSHKey
    passwords: list[str] = field(default_factory=list)  # every password the server was offered
    swap: object = None

    @property
    def fingerprint(self) -> str:
        return self.key.get_fingerprint("sha256")

    def change_key(self) -> None:
        self.key = asyncssh.generate_private_key("ssh-ed25519")
        self.swap(self.key)  # type: ignore[operator]


@pytest.fixture
def sftp(tmp_path: Path) -> Iterator[SftpServer]:
    root = tmp_path / "sftp-root"
    (root / "drop").mkdir(parents=True)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, object] = {}
    offered: list[str] = []

    class Server(asyncssh.SSHServer):
        def begin_auth(self, username: str) -> bool:
            return True

        def password_auth_supported(self) -> bool:
            return True

        def validate_password(self, username: str, password: str) -> bool:
            offered.append(password)
            return username == "exports" and password == "s3cret!"

    async def start() -> None:
        key = asyncssh.generate_private_key("ssh-ed25519")
        listener = await asyncssh.listen(
            "127.0.0.1",
            0,
            server_host_keys=[key],
            server_factory=Server,
            sftp_factory=lambda chan: asyncssh.SFTPServer(chan, chroot=str(root).encode()),
        )
        holder.update(listener=listener, key=key, port=listener.get_port())
        started.set()

    thread = threading.Thread(
        target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True
    )
    thread.start()
    assert started.wait(20)
    listener = holder["listener"]

    def swap(key: asyncssh.SSHKey) -> None:
        done = threading.Event()
        loop.call_soon_threadsafe(lambda: (listener.update(server_host_keys=[key]), done.set()))  # type: ignore[attr-defined]
        assert done.wait(10)

    yield SftpServer(int(holder["port"]), root, holder["key"], offered, swap)  # type: ignore[call-overload,arg-type]
    loop.call_soon_threadsafe(listener.close)  # type: ignore[attr-defined]
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def _sftp_form(tmp_path: Path, server: SftpServer, **more: object) -> TaskForm:
    values: dict[str, object] = {
        "destination": "sftp",
        "sftp_host": "127.0.0.1",
        "sftp_port": server.port,
        "sftp_user": "exports",
        "sftp_directory": "/drop",
        "secret": "s3cret!",
        "exports": {"roles": ("label",)},
    }
    values.update(more)
    return _form(tmp_path, **values)


def test_the_tested_fingerprint_is_saved_journaled_and_a_changed_key_fails_before_sending(
    admin: Signed, tmp_path: Path, sftp: SftpServer
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    service = AutomaticExportService(admin.ctx, secrets)
    form = _sftp_form(tmp_path, sftp)
    shown = service.test_connection(form)
    assert shown == sftp.fingerprint and shown.startswith("SHA256:")
    task_id = service.create_task(replace(form, sftp_host_key=shown))
    [created] = journal(admin, "automatic_exports_task.created")
    assert created.changes["sftp_host_key"] == {"from": None, "to": shown}
    [row] = service.list_tasks()
    assert row.form.sftp_host_key == shown and row.exports == ("roles",)

    _age(admin, task_id, _utc(2026, 11, 29, 12))
    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 11, 30, 2, 30))
    assert outcome.ok, outcome.error
    assert [p.name for p in (sftp.root / "drop").iterdir()] == ["Nightly_roles_2026-11-30.csv"]

    sftp.change_key()
    sftp.passwords.clear()
    [refused] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 12, 1, 2, 30))
    assert not refused.ok
    assert (
        shown in refused.error and sftp.fingerprint in refused.error and "Nothing was sent" in refused.error
    )
    assert sftp.passwords == []  # refused during the key exchange: the password never left
    assert [p.name for p in (sftp.root / "drop").iterdir()] == ["Nightly_roles_2026-11-30.csv"]
    [failed] = journal(admin, "automatic_exports_task.failed")
    assert failed.details["expected_host_key"] == shown
    assert failed.details["received_host_key"] == sftp.fingerprint
    [row] = service.list_tasks()
    assert row.last_status == "failed" and row.form.sftp_host_key == shown

    with pytest.raises(ValidationError) as changed:
        service.test_connection(row.form, row.id)
    assert changed.value.field == "sftp_host_key"
    assert shown in str(changed.value) and sftp.fingerprint in str(changed.value)
    assert sftp.passwords == []

    # The user trusts the new key (the editor asks): saved, journaled as a change, runs again.
    service.update_task(row.id, replace(row.form, sftp_host_key=sftp.fingerprint), version=row.version)
    [updated] = journal(admin, "automatic_exports_task.updated")
    assert updated.changes["sftp_host_key"] == {"from": shown, "to": sftp.fingerprint}
    [again] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 12, 1, 2, 30))
    assert again.ok, again.error


def test_a_task_saved_untested_trusts_the_first_key_then_checks_it(
    admin: Signed, tmp_path: Path, sftp: SftpServer
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    service = AutomaticExportService(admin.ctx, secrets)
    task_id = service.create_task(_sftp_form(tmp_path, sftp))
    _age(admin, task_id, _utc(2026, 11, 29, 12))
    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 11, 30, 2, 30))
    assert outcome.ok, outcome.error
    [succeed] = journal(admin, "automatic_exports_task.succeed")
    assert succeed.details["sftp_host_key_trusted"] == sftp.fingerprint
    [row] = service.list_tasks()
    assert row.form.sftp_host_key == sftp.fingerprint

    first = sftp.fingerprint
    sftp.change_key()
    [refused] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 12, 1, 2, 30))
    assert not refused.ok and first in refused.error and sftp.fingerprint in refused.error


def test_another_server_drops_the_trusted_key_and_bad_fingerprints_are_refused(
    admin: Signed, tmp_path: Path, sftp: SftpServer
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    service = AutomaticExportService(admin.ctx, secrets)
    task_id = service.create_task(_sftp_form(tmp_path, sftp, sftp_host_key=sftp.fingerprint))
    [row] = service.list_tasks()
    service.update_task(task_id, replace(row.form, sftp_host="localhost"), version=row.version)
    [row] = service.list_tasks()
    assert row.form.sftp_host_key == ""
    for bad in ("SHA256:short", "MD5:" + "a" * 43, "SHA256:" + "a" * 42 + "\x00", "=cmd|' /C calc'!A0"):
        with pytest.raises(ValidationError) as refused:
            service.update_task(task_id, replace(row.form, sftp_host_key=bad), version=row.version)
        assert refused.value.field == "sftp_host_key"
    with pytest.raises(DomainError):
        service.test_connection(_sftp_form(tmp_path, sftp, secret="wrong"))


# ---- the task editor's "Test connection" -----------------------------------------------------------
def _answer_confirm(respond: Callable[[QWidget], None], timeout_s: float = 60) -> list[QWidget]:
    """Answers the next trust question (a ConfirmDialog), whatever progress dialog comes first."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, ConfirmDialog) and widget.isVisible():
            seen.append(widget)
            respond(widget)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def test_the_editor_shows_the_key_asks_to_trust_it_and_warns_when_it_changes(
    qtbot, app_session, sftp: SftpServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from test_widgets import click_cancel, click_destructive

    from engage_desktop.views.digital.automated_export_editor import AutomatedExportEditor

    editor = AutomatedExportEditor(app_session, None)
    qtbot.addWidget(editor)
    editor.name_edit.setText("Nightly SFTP")
    editor.destination_combo.setCurrentIndex(editor.destination_combo.findData("sftp"))
    editor.host_edit.setText("127.0.0.1")
    editor.port_spin.setValue(sftp.port)
    editor.user_edit.setText("exports")
    editor.directory_edit.setText("/drop")
    editor.secret_edit.setText("s3cret!")
    assert "Not checked yet" in editor.host_key_label.text()
    assert editor.test_button.isVisibleTo(editor)

    seen = _answer_confirm(click_destructive)
    assert editor.test_connection() == sftp.fingerprint
    assert sftp.fingerprint in seen[0].text()  # type: ignore[attr-defined]
    assert sftp.fingerprint in editor.host_key_label.text()
    editor.save_button.click()
    [row] = app_session.automatic_exports.list_tasks()
    assert row.form.sftp_host_key == sftp.fingerprint

    trusted = sftp.fingerprint
    sftp.change_key()
    sftp.passwords.clear()
    editor = AutomatedExportEditor(app_session, row)
    qtbot.addWidget(editor)
    editor.secret_edit.setText("s3cret!")
    seen = _answer_confirm(click_cancel)
    assert editor.test_connection() is None
    assert sftp.fingerprint in seen[0].text()  # type: ignore[attr-defined]
    error = editor.form.error_label("sftp_host_key").text()
    assert trusted in error and sftp.fingerprint in error
    assert editor.host_key == trusted and sftp.passwords == []

    seen = _answer_confirm(click_destructive)
    assert editor.test_connection() == sftp.fingerprint
    assert sftp.passwords == ["s3cret!"]  # signed in only once the new key was trusted
