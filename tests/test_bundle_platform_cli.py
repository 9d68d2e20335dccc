"""`engage-desktop bundle connect|plan|apply|pull` as a signed-in user: journaled through the unit of
work, a wrong password or a missing permission refused (exit 1) before any call reaches the account,
and `plan` keeping its exit codes (0 nothing to change, 2 changes, 1 error)."""

from __future__ import annotations

import asyncio
import io
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select
from test_bundle_apply import fast_client, sample_configuration, stand_in
from test_bundle_apply_users_settings import plannable_bundle
from test_roles_service import user_with_role

from engage_desktop.cli import main
from engage_desktop.models import AuditEvent
from engage_desktop.services.bundles.bundle_format import load_bundle, write_bundle
from engage_desktop.services.bundles.plan import make_plan, save_plan
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.errors import PermissionDenied

__all__ = ["stand_in"]  # the fixture, shared
ADA = ["--as", "ada@example.com"]


@pytest.fixture
def cli(
    sqlite_admin: Signed, stand_in: StandInThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    monkeypatch.setenv("ENGAGE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("ENGAGE_PLATFORM_TOKEN", stand_in.token)
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    return ["--db", str(sqlite_admin.db.engine.url), "bundle"]


def events(signed: Signed) -> list[tuple[str, dict[str, Any]]]:
    with signed.db.session_factory() as session:
        rows = session.execute(select(AuditEvent.name, AuditEvent.details).order_by(AuditEvent.seq))
        return [(name, dict(details)) for name, details in rows]


def test_plan_apply_pull_connect_are_journaled_between_sign_in_and_out(
    cli: list[str],
    sqlite_admin: Signed,
    stand_in: StandInThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle, plan_file, url = tmp_path / "source", tmp_path / "plan.json", stand_in.base_url
    write_bundle(plannable_bundle(), bundle)
    assert main([*cli, "plan", str(bundle), "--url", url, "--out", str(plan_file), *ADA]) == 2
    out = capsys.readouterr()
    assert "create users 'nina@example.com'" in out.out and "update settings 'settings'" in out.out
    assert "Not planned" not in out.err
    assert events(sqlite_admin)[-3][0] == "session.created"
    planned = events(sqlite_admin)[-2]
    assert planned[0] == "bundle.planned" and planned[1]["url"] == url
    assert (planned[1]["created"], planned[1]["updated"], planned[1]["deleted"]) == (16, 1, 0)
    assert events(sqlite_admin)[-1][0] == "session.destroyed"

    assert main([*cli, "apply", str(plan_file), *ADA]) == 0
    [applied] = [d for n, d in events(sqlite_admin) if n == "bundle.applied"]
    assert (applied["created"], applied["updated"], applied["skipped"], applied["failed"]) == (16, 1, 0, "")
    assert main([*cli, "apply", str(plan_file), *ADA]) == 0  # a second apply: journaled, nothing written
    assert [d["skipped"] for n, d in events(sqlite_admin) if n == "bundle.applied"] == [0, 17]

    pulled = tmp_path / "pulled"
    assert main([*cli, "pull", str(pulled), "--url", url, *ADA]) == 0
    [record] = [d for n, d in events(sqlite_admin) if n == "bundle.pulled"]
    assert record["records"]["users"] == 2 and record["path"] == str(pulled)
    assert main([*cli, "plan", str(pulled), "--url", url, *ADA]) == 0
    assert len(load_bundle(pulled).resources["users"]) == 2

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO("a-new-token\n"))
        assert main([*cli, "connect", "--url", url, "--token-stdin", *ADA]) == 0
    connected = [d for n, d in events(sqlite_admin) if n == "platform_account.connected"]
    assert connected == [{"url": url}]
    assert "a-new-token" not in str(events(sqlite_admin))


def test_without_as_or_with_a_wrong_password_nothing_reaches_the_account(
    cli: list[str],
    sqlite_admin: Signed,
    stand_in: StandInThread,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = tmp_path / "source"
    write_bundle(sample_configuration(tags=2), bundle)
    assert main([*cli, "plan", str(bundle), "--url", stand_in.base_url]) == 1
    assert "--as EMAIL is required" in capsys.readouterr().err
    monkeypatch.setenv("ENGAGE_PASSWORD", "wrong")
    assert main([*cli, "plan", str(bundle), "--url", stand_in.base_url, *ADA]) == 1
    assert capsys.readouterr().err.startswith("error: ")
    assert events(sqlite_admin)[-1][0] == "session.failed"
    monkeypatch.delenv("ENGAGE_PASSWORD")
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))  # the password's line
    assert main([*cli, "pull", str(tmp_path / "pulled"), "--url", stand_in.base_url, *ADA]) == 0
    assert stand_in.state.writes() == []
    assert all(r.method == "GET" for r in stand_in.state.request_log)


def test_a_missing_permission_is_refused_before_any_call(
    cli: list[str],
    sqlite_admin: Signed,
    stand_in: StandInThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from engage_desktop.services.access.permissions import ALL_PERMISSIONS

    user_with_role(sqlite_admin, "Reader", ["read_user"], "reader")
    almost = sorted(p.value for p in ALL_PERMISSIONS if p.value != "manage_tags")
    user_with_role(sqlite_admin, "No tags", almost, "notags")
    bundle, plan_file = tmp_path / "source", tmp_path / "plan.json"
    write_bundle(sample_configuration(tags=2), bundle)
    save_plan(make_plan(sample_configuration(tags=2), {}, stand_in.base_url), plan_file)
    before = len(events(sqlite_admin))
    reader = ["--as", "reader@example.com"]
    for command in (
        ["plan", str(bundle), "--url", stand_in.base_url, *reader],
        ["pull", str(tmp_path / "pulled"), "--url", stand_in.base_url, *reader],
        ["apply", str(plan_file), *reader],
        ["apply", str(plan_file), "--as", "notags@example.com"],
    ):
        assert main([*cli, *command]) == 1, command
        missing = "manage_tags" if "notags@example.com" in command else "update_settings"
        assert missing in capsys.readouterr().err, command
    assert main([*cli, "connect", "--url", stand_in.base_url, *reader]) == 1
    assert "update_settings" in capsys.readouterr().err  # the message names the permission
    assert stand_in.state.request_log == [] and not (tmp_path / "pulled").exists()
    names = [n for n, _d in events(sqlite_admin)[before:]]
    assert set(names) == {"session.created", "session.destroyed"}


def test_the_service_refuses_plan_and_pull_without_the_administrators_permissions(
    sqlite_admin: Signed, stand_in: StandInThread, tmp_path: Path
) -> None:
    lacking = user_with_role(sqlite_admin, "Settings only", ["update_settings"], "settings")
    service = PlatformService(lacking.ctx)

    async def scenario() -> None:
        async with fast_client(stand_in) as api:
            with pytest.raises(PermissionDenied, match="manage_roles"):
                await service.plan_bundle(sample_configuration(tags=1), api)
            with pytest.raises(PermissionDenied, match="manage_roles"):
                await service.pull_account(api, tmp_path / "pulled")

    asyncio.run(scenario())
    assert stand_in.state.request_log == [] and not (tmp_path / "pulled").exists()


def test_an_apply_stopped_by_a_refusal_journals_what_it_did_and_names_object_and_field(
    cli: list[str],
    sqlite_admin: Signed,
    stand_in: StandInThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(sample_configuration(tags=3), {}, stand_in.base_url), plan_file)

    async def made_meanwhile() -> None:
        async with fast_client(stand_in) as api:
            await api.create("tags", {"name": "TAG 001"}, "made meanwhile")

    asyncio.run(made_meanwhile())
    assert main([*cli, "apply", str(plan_file), *ADA]) == 1
    assert "The platform refused tags Tag 001: name: has already been taken" in capsys.readouterr().err
    [applied] = [d for n, d in events(sqlite_admin) if n == "bundle.applied"]
    assert (applied["created"], applied["failed"], applied["cancelled"]) == (
        2,
        "PlatformValidationError",
        False,
    )
