"""Automated exports: schedule slots across DST and months, catch-up of missed runs, retries with
back-off, file names, runs as the owner to a folder (separate files or zip) and to a real SFTP
server (asyncssh, embedded on 127.0.0.1), journal events, refusals and the extension switch."""

from __future__ import annotations

import asyncio
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncssh
import pytest
from conftest import Signed
from sqlalchemy import select, update
from test_roles_service import journal, user_with_role

from engage_desktop.models import AutomaticExportTask, Extension
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.digital.export_schedule import (
    MAX_CATCH_UP,
    due_slots,
    file_name,
    next_slot,
    retry_delay,
)
from engage_desktop.services.digital.exports_automated import AutomaticExportService, TaskForm
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner

PARIS = ZoneInfo("Europe/Paris")


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ---- schedule ------------------------------------------------------------------------------------
def test_daily_slots_follow_the_local_hour_across_a_dst_change() -> None:
    slots = due_slots(
        "daily", 2, PARIS, last_slot=None, created_at=_utc(2026, 3, 27, 12), now=_utc(2026, 3, 31, 12)
    )
    # 02:00 in Paris: 01:00 UTC in winter, 00:00 UTC in summer (29 March 02:00 does not exist: 01:00 UTC)
    assert slots == [_utc(2026, 3, 28, 1), _utc(2026, 3, 29, 1), _utc(2026, 3, 30, 0), _utc(2026, 3, 31, 0)]


def test_weekly_and_monthly_slots() -> None:
    monday = due_slots(
        "monday", 6, UTC, last_slot=None, created_at=_utc(2026, 11, 1), now=_utc(2026, 11, 30, 7)
    )
    assert monday == [_utc(2026, 11, d, 6) for d in (2, 9, 16, 23, 30)]
    first = due_slots(
        "month_first", 0, UTC, last_slot=_utc(2026, 1, 1), created_at=_utc(2025, 1, 1), now=_utc(2026, 4, 1)
    )
    assert first == [_utc(2026, 2, 1), _utc(2026, 3, 1), _utc(2026, 4, 1)]
    assert next_slot("month_first", 0, UTC, _utc(2026, 1, 31, 23)) == _utc(2026, 2, 1)


def test_catch_up_runs_missed_slots_oldest_first_and_caps_them() -> None:
    missed = due_slots(
        "daily",
        3,
        UTC,
        last_slot=_utc(2026, 11, 20, 3),
        created_at=_utc(2026, 1, 1),
        now=_utc(2026, 11, 23, 4),
    )
    assert missed == [_utc(2026, 11, 21, 3), _utc(2026, 11, 22, 3), _utc(2026, 11, 23, 3)]
    assert (
        due_slots(
            "daily",
            3,
            UTC,
            last_slot=_utc(2026, 11, 23, 3),
            created_at=_utc(2026, 1, 1),
            now=_utc(2026, 11, 23, 4),
        )
        == []
    )
    long_pause = due_slots(
        "daily", 3, UTC, last_slot=_utc(2026, 1, 1), created_at=_utc(2026, 1, 1), now=_utc(2026, 11, 23, 4)
    )
    assert len(long_pause) == MAX_CATCH_UP and long_pause[-1] == _utc(2026, 11, 23, 3)


def test_retry_delay_grows_and_is_capped() -> None:
    assert [retry_delay(n) for n in (1, 2, 3)] == [
        timedelta(minutes=5),
        timedelta(minutes=10),
        timedelta(minutes=20),
    ]
    assert retry_delay(50) == timedelta(hours=6)


def test_file_names_fill_the_pattern_and_never_leave_the_folder() -> None:
    name = file_name(
        "{label}-{export_name}-{year}{month}{day}",
        label="Nightly/BI",
        export_name="agents",
        slot=_utc(2026, 3, 28, 23, 30),
        zone=PARIS,
    )
    assert name == "Nightly_BI-agents-20260329"
    assert (
        file_name("../{export_name}", label="x", export_name="roles", slot=_utc(2026, 1, 1), zone=UTC)
        == "_roles"
    )


# ---- tasks and runs ------------------------------------------------------------------------------
def _form(folder: Path | str, **more: object) -> TaskForm:
    values: dict[str, object] = {
        "name": "Nightly",
        "exports": {"roles": ("id", "label"), "teams": ()},
        "schedule": "daily",
        "hour": 2,
        "window": "complete",
        "folder": str(folder),
        "file_pattern": "{label}_{export_name}_{year}-{month}-{day}",
    }
    values.update(more)
    return TaskForm(**values)  # type: ignore[arg-type]


def _age(signed: Signed, task_id: int, created: datetime) -> None:
    with signed.db.session_factory() as session, session.begin():
        session.execute(
            update(AutomaticExportTask).where(AutomaticExportTask.id == task_id).values(created_at=created)
        )


def test_a_task_catches_up_to_a_folder_and_is_journaled(admin: Signed, tmp_path: Path) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    service = AutomaticExportService(admin.ctx, secrets)
    task_id = service.create_task(_form(tmp_path / "out"))
    _age(admin, task_id, _utc(2026, 11, 27, 12))
    runner = AutomaticExportRunner(admin.ctx, secrets)
    outcomes = runner.run_due(_utc(2026, 11, 30, 2, 30))
    assert [(o.slot, o.ok) for o in outcomes] == [(_utc(2026, 11, d, 2), True) for d in (28, 29, 30)]
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"Nightly_{e}_2026-11-{d}.csv" for e in ("roles", "teams") for d in (28, 29, 30))
    assert (tmp_path / "out" / "Nightly_roles_2026-11-30.csv").read_bytes().startswith(b"id,label\r\n")
    assert runner.run_due(_utc(2026, 11, 30, 3)) == []
    succeeded = journal(admin, "automatic_exports_task.succeed")
    assert len(succeeded) == 3 and succeeded[0].user_label == "ada"
    assert len(journal(admin, "export.created")) == 6
    assert service.list_tasks(_utc(2026, 11, 30, 3))[0].next_run_at == _utc(2026, 12, 1, 2)


def test_a_zipped_task_delivers_one_archive(admin: Signed, tmp_path: Path) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    task_id = AutomaticExportService(admin.ctx, secrets).create_task(
        _form(tmp_path / "out", zip_files=True, file_pattern="{label}_{year}{month}{day}")
    )
    _age(admin, task_id, _utc(2026, 11, 29, 12))
    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 11, 30, 2, 30))
    assert outcome.ok and [p.name for p in (tmp_path / "out").iterdir()] == ["Nightly_20261130.zip"]
    with zipfile.ZipFile(tmp_path / "out" / "Nightly_20261130.zip") as archive:
        assert sorted(archive.namelist()) == ["roles.csv", "teams.csv"]
        assert archive.read("roles.csv").startswith(b"id,label\r\n")


def test_a_failed_run_is_journaled_retried_later_and_keeps_the_good_file(
    admin: Signed, tmp_path: Path
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    service = AutomaticExportService(admin.ctx, secrets)
    task_id = service.create_task(_form(blocked / "out"))
    _age(admin, task_id, _utc(2026, 11, 29, 12))
    runner = AutomaticExportRunner(admin.ctx, secrets)
    [failed] = runner.run_due(_utc(2026, 11, 30, 2, 30))
    assert not failed.ok and failed.error
    [event] = journal(admin, "automatic_exports_task.failed")
    assert event.details["attempt"] == 1 and event.details["slot"].startswith("2026-11-30T02:00")
    assert journal(admin, "export.created") == []  # nothing left the account
    assert runner.run_due(_utc(2026, 11, 30, 2, 31)) == []  # waits for the retry
    blocked.unlink()
    [retried] = runner.run_due(_utc(2026, 11, 30, 2, 36))
    assert retried.ok and retried.slot == _utc(2026, 11, 30, 2)


def test_refusals_and_the_extension_switch(admin: Signed, tmp_path: Path) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    reader = user_with_role(admin, "Exporters", ["read_export", "read_user"], "eve")
    with pytest.raises(PermissionDenied):
        AutomaticExportService(reader.ctx, secrets).create_task(_form(tmp_path))
    manager = user_with_role(admin, "Schedulers", ["manage_automatic_exports_tasks", "read_export"], "max")
    with pytest.raises(ValidationError) as refused:
        AutomaticExportService(manager.ctx, secrets).create_task(_form(tmp_path))
    assert refused.value.field == "exports"  # roles and teams need read_user too
    with pytest.raises(ValidationError) as bad:
        AutomaticExportService(admin.ctx, secrets).create_task(
            _form(tmp_path, file_pattern="../{year}", hour=24)
        )
    assert {"file_pattern", "hour"} <= set(bad.value.errors)
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(Extension).where(Extension.name == "automated_exports").values(enabled=False))
    with pytest.raises(PermissionDenied) as off:
        AutomaticExportService(admin.ctx, secrets).create_task(_form(tmp_path))
    assert off.value.code == "automatic_exports.extension_off"


def test_the_sftp_secret_lives_in_the_keyring_not_the_database(admin: Signed, tmp_path: Path) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    service = AutomaticExportService(admin.ctx, secrets)
    task_id = service.create_task(
        _form(tmp_path, destination="sftp", sftp_host="127.0.0.1", sftp_user="u", secret="s3cret!")
    )
    with admin.db.session_factory() as session:
        task = session.get(AutomaticExportTask, task_id)
        assert task is not None and "s3cret" not in repr(vars(task))
        assert secrets.get(f"automatic_export:{task.platform_id}:sftp") == "s3cret!"
    [created] = journal(admin, "automatic_exports_task.created")
    assert created.changes["secret"] == "changed"
    service.delete_task(task_id)
    assert secrets.get(f"automatic_export:{task.platform_id}:sftp") is None


# ---- SFTP against an embedded asyncssh server -----------------------------------------------------
class _Server(asyncssh.SSHServer):
    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def validate_password(self, username: str, password: str) -> bool:
        return username == "exports" and password == "s3cret!"


@pytest.fixture
def sftp_server(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    root = tmp_path / "sftp-root"
    (root / "drop").mkdir(parents=True)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, object] = {}

    async def start() -> None:
        key = asyncssh.generate_private_key("ssh-ed25519")
        server = await asyncssh.listen(
            "127.0.0.1",
            0,
            server_host_keys=[key],
            server_factory=_Server,
            sftp_factory=lambda chan: asyncssh.SFTPServer(chan, chroot=str(root).encode()),
        )
        holder["server"] = server
        holder["port"] = server.sockets[0].getsockname()[1]
        started.set()

    thread = threading.Thread(
        target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True
    )
    thread.start()
    assert started.wait(20)
    yield int(holder["port"]), root  # type: ignore[call-overload]
    server = holder["server"]
    loop.call_soon_threadsafe(server.close)  # type: ignore[attr-defined]
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_sftp_upload_replaces_the_file_only_when_complete(
    admin: Signed, tmp_path: Path, sftp_server: tuple[int, Path]
) -> None:
    port, root = sftp_server
    secrets = SecretStore(tmp_path / "secrets.json")
    (root / "drop" / "Nightly_roles_2026-11-30.csv").write_text("yesterday")
    form = _form(
        tmp_path, destination="sftp", sftp_host="127.0.0.1", sftp_port=port, sftp_user="exports",
        sftp_directory="/drop", secret="s3cret!", exports={"roles": ("label",)},
    )  # fmt: skip
    task_id = AutomaticExportService(admin.ctx, secrets).create_task(form)
    _age(admin, task_id, _utc(2026, 11, 29, 12))
    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 11, 30, 2, 30))
    assert outcome.ok, outcome.error
    assert sorted(p.name for p in (root / "drop").iterdir()) == ["Nightly_roles_2026-11-30.csv"]
    assert (root / "drop" / "Nightly_roles_2026-11-30.csv").read_bytes().startswith(b"label\r\n")

    with admin.db.session_factory() as session:
        platform_id = session.scalar(select(AutomaticExportTask.platform_id))
    secrets.set(f"automatic_export:{platform_id}:sftp", "wrong")
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(AutomaticExportTask).values(last_slot_at=_utc(2026, 11, 29, 2)))
    [refused] = AutomaticExportRunner(admin.ctx, secrets).run_due(_utc(2026, 11, 30, 2, 30))
    assert not refused.ok and refused.error
    assert (root / "drop" / "Nightly_roles_2026-11-30.csv").read_bytes().startswith(b"label\r\n")
    assert [e.details["attempt"] for e in journal(admin, "automatic_exports_task.failed")] == [1]


def test_the_command_line_runs_what_is_due(
    sqlite_admin: Signed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from engage_desktop.cli import main

    task_id = AutomaticExportService(sqlite_admin.ctx, SecretStore()).create_task(
        _form(tmp_path / "out", exports={"roles": ()}, hour=0)
    )
    _age(sqlite_admin, task_id, datetime.now(UTC) - timedelta(days=2))
    url = str(sqlite_admin.db.engine.url)
    assert main(["exports", "run-due", "--db", url]) == 0
    printed = capsys.readouterr().out
    assert printed.count("Nightly (") == 2 and len(list((tmp_path / "out").iterdir())) == 2
    assert main(["exports", "run-due", "--db", url]) == 0
    assert "No automated export is due." in capsys.readouterr().out


@pytest.mark.parametrize(
    "hostile",
    [
        {"name": "Nightly\x00"},
        {"name": "Nightly \udc80"},
        {"name": "x" * 1_000_000},
        {"file_pattern": "=cmd|' /C calc'!A0\x00{year}"},
        {"folder": "/tmp/\x00"},
        {"exports": {"agents": ("email\x00",)}},
        {"exports": {"no_such_export": ()}},
        {"hour": 2**70},
        {"sftp_port": -1, "destination": "sftp", "sftp_host": "h", "sftp_user": "u"},
    ],
)
def test_hostile_task_forms_are_refused_and_write_nothing(
    sqlite_admin: Signed, tmp_path: Path, hostile: dict[str, object]
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    with pytest.raises(ValidationError):
        AutomaticExportService(sqlite_admin.ctx, secrets).create_task(
            _form(**{"folder": tmp_path, **hostile})
        )
    with sqlite_admin.db.session_factory() as session:
        assert session.scalars(select(AutomaticExportTask)).all() == []
    assert journal(sqlite_admin, "automatic_exports_task.created") == []
