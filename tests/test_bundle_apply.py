"""Plan, apply and pull against the platform stand-in over real sockets: round trip, idempotence,
faults, a SIGKILL mid-way, secrets, saved plans and the `bundle plan` exit codes."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, Signed

from engage_desktop.cli import main
from engage_desktop.services.bundles.apply import apply_plan, pull_configuration, state_path
from engage_desktop.services.bundles.bundle_format import write_bundle
from engage_desktop.services.bundles.bundle_records import RECORD_MODELS
from engage_desktop.services.bundles.plan import Plan, load_plan, make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_resources import Configuration
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.errors import DomainError


def sample_configuration(tags: int = 30) -> Configuration:
    """Complete records as a bundle holds them (schema defaults filled); ids are offline
    placeholders, categories refer to their parents by them."""
    given: Configuration = {
        "roles": [{"id": "role-admin", "label": "Administrator", "permissions": ["manage_roles"]}],
        "tags": [{"id": f"tag-{n}", "name": f"Tag {n:03}"} for n in range(tags)],
        "custom_fields": [
            {
                "id": "cf-1",
                "associated_type_name": "IdentityGroup",
                "key": "tier",
                "label": "Tier",
                "type": "string",
            }
        ],
        "time_sheets": [{"id": "ts-1", "label": "Office hours", "monday_hours": "0900-1800"}],
        "teams": [{"id": "team-1", "name": "Night shift", "user_ids": [], "leader_ids": []}],
        "categories": [  # children listed before their parents on purpose
            {"id": "cat-leaf", "name": "Refund", "parent_id": "cat-mid", "color": 3},
            {"id": "cat-mid", "name": "Billing", "parent_id": "cat-root", "color": 2},
            {"id": "cat-root", "name": "Support", "parent_id": None, "color": 1},
        ],
        "topologies": [{"id": "topo-1", "name": "Default", "config": {"queues": []}, "active": False}],
    }
    return {name: [RECORD_MODELS[name](**r).model_dump() for r in records] for name, records in given.items()}


def normalised(configuration: Configuration) -> dict[str, list[str]]:
    """Records without ids, parent references written as the parent's name: comparable across ids."""
    out: dict[str, list[str]] = {}
    for name, records in configuration.items():
        names = {r.get("id"): r.get("name") for r in records}
        rows = []
        for record in records:
            row = {k: v for k, v in record.items() if k != "id"}
            if "parent_id" in row:
                row["parent_id"] = names.get(row["parent_id"])
            rows.append(json.dumps(row, sort_keys=True))
        out[name] = sorted(rows)
    return out


@pytest.fixture
def stand_in() -> Iterator[StandInThread]:
    with StandInThread(token="apply-token", rate_limit=100_000) as server:
        yield server


def signed_cli(admin: Signed, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a `bundle` command line starts with to act as the signed-in administrator."""
    monkeypatch.setenv("ENGAGE_PASSWORD", ADMIN_PASSWORD)
    return ["--db", str(admin.db.engine.url)]


def fast_client(server: StandInThread) -> PlatformClient:
    return PlatformClient(server.base_url, server.token, max_requests=90_000, backoff=0.01)


def plan_and_apply(server: StandInThread, desired: Configuration, plan_file: Path) -> Plan:
    async def scenario() -> Plan:
        async with fast_client(server) as api:
            plan = make_plan(desired, await pull_configuration(api, list(desired)), server.base_url)
            save_plan(plan, plan_file)
            await apply_plan(load_plan(plan_file), plan_file, api)
            return plan

    return asyncio.run(scenario())


def pull(server: StandInThread, names: list[str]) -> Configuration:
    async def scenario() -> Configuration:
        async with fast_client(server) as api:
            return await pull_configuration(api, names)

    return asyncio.run(scenario())


def test_apply_from_empty_then_pull_gives_the_same_configuration(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    desired = sample_configuration()
    plan = plan_and_apply(stand_in, desired, tmp_path / "plan.json")
    assert len(plan.steps) == 38 and {s.action for s in plan.steps} == {"create"}
    kinds = [s.resource for s in plan.steps]
    assert kinds.index("categories") > kinds.index("tags")
    assert [s.key for s in plan.steps if s.resource == "categories"] == ["Support", "Billing", "Refund"]

    pulled = pull(stand_in, list(desired))
    assert normalised(pulled) == normalised(desired)
    assert all(len(r["id"]) == 24 for records in pulled.values() for r in records)
    assert make_plan(desired, pulled).steps == ()  # nothing left to do
    assert make_plan(pulled, pulled).steps == ()  # a pulled bundle matches by platform id


def test_second_apply_of_the_same_plan_makes_no_call(stand_in: StandInThread, tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    plan_and_apply(stand_in, sample_configuration(), plan_file)
    before = len(stand_in.state.request_log)
    writes = len(stand_in.state.writes())

    async def again() -> int:
        async with fast_client(stand_in) as api:
            report = await apply_plan(load_plan(plan_file), plan_file, api)
            return report.skipped

    assert asyncio.run(again()) == 38
    assert len(stand_in.state.writes()) == writes == 38
    assert len(stand_in.state.request_log) == before


def test_changes_and_deletions_are_planned_in_order(stand_in: StandInThread, tmp_path: Path) -> None:
    desired = sample_configuration(tags=3)
    plan_and_apply(stand_in, desired, tmp_path / "first.json")
    edited = pull(stand_in, list(desired))
    edited["tags"] = [t for t in edited["tags"] if t["name"] != "Tag 001"]
    edited["categories"] = [c for c in edited["categories"] if c["name"] == "Support"]
    edited["roles"][0]["label"] = "Administrators"
    edited["custom_fields"][0]["label"] = "Customer tier"
    plan = plan_and_apply(stand_in, edited, tmp_path / "second.json")
    summary = [(s.action, s.resource, s.key) for s in plan.steps]
    assert summary == [
        ("update", "roles", "Administrators"),
        ("update", "custom_fields", "IdentityGroup / tier"),
        ("delete", "categories", "Refund"),
        ("delete", "categories", "Billing"),
        ("delete", "tags", "Tag 001"),
    ]
    assert plan.steps[0].changes == {"label": ["Administrator", "Administrators"]}
    assert normalised(pull(stand_in, list(edited))) == normalised(edited)


def test_apply_rides_out_injected_faults(stand_in: StandInThread, tmp_path: Path) -> None:
    desired = sample_configuration()
    stand_in.state.inject("500", "429", "drop")  # during the first reads
    plan_file = tmp_path / "plan.json"

    async def scenario() -> None:
        async with fast_client(stand_in) as api:
            plan = make_plan(desired, await pull_configuration(api, list(desired)), stand_in.base_url)
            save_plan(plan, plan_file)

            def progress(done: int, total: int, _step: object) -> None:
                if done in (5, 20):
                    stand_in.state.inject("drop", "500", "429", "drop")

            await apply_plan(plan, plan_file, api, progress=progress)

    asyncio.run(scenario())
    statuses = [r.status for r in stand_in.state.request_log]
    assert statuses.count(0) == 5 and statuses.count(500) == 3 and statuses.count(429) == 3
    assert len(stand_in.state.writes()) == 38
    assert normalised(pull(stand_in, list(desired))) == normalised(desired)


def test_missing_secret_refuses_before_any_call(stand_in: StandInThread, tmp_path: Path) -> None:
    desired: Configuration = {
        "webhooks": [{"id": "wh", "url": "https://crm.example/hook", "verify_token": "secret:crm"}]
    }
    plan_file = tmp_path / "plan.json"
    plan = make_plan(desired, {"webhooks": []}, stand_in.base_url)
    save_plan(plan, plan_file)
    assert plan.secret_names() == ["crm"]
    assert "s3cret" not in plan_file.read_text("utf-8")

    async def run(secrets: dict[str, str]) -> None:
        async with fast_client(stand_in) as api:
            await apply_plan(load_plan(plan_file), plan_file, api, secrets=secrets)

    with pytest.raises(DomainError, match="secrets are missing: crm"):
        asyncio.run(run({}))
    assert stand_in.state.request_log == []
    asyncio.run(run({"crm": "s3cret"}))
    [stored] = stand_in.state.store["webhooks"].values()
    assert stored["verify_token"] == "s3cret"
    assert "verify_token" not in pull(stand_in, ["webhooks"])["webhooks"][0]


def test_a_changed_plan_file_is_refused(stand_in: StandInThread, tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(sample_configuration(tags=2), {}, stand_in.base_url), plan_file)
    data = json.loads(plan_file.read_text("utf-8"))
    data["steps"][0]["body"]["label"] = "Root"
    plan_file.write_text(json.dumps(data), "utf-8")
    with pytest.raises(DomainError, match="changed after it was made"):
        load_plan(plan_file)


def test_apply_killed_mid_way_resumes_to_the_same_result(
    stand_in: StandInThread, tmp_path: Path, sqlite_admin: Signed
) -> None:
    desired = sample_configuration(tags=80)
    plan_file = tmp_path / "plan.json"
    plan = make_plan(desired, {}, stand_in.base_url)
    save_plan(plan, plan_file)
    env = {**os.environ, "ENGAGE_PLATFORM_TOKEN": stand_in.token, "ENGAGE_DATA_DIR": str(tmp_path / "data"),
           "ENGAGE_PASSWORD": ADMIN_PASSWORD}  # fmt: skip
    command = [sys.executable, "-m", "engage_desktop", "--db", str(sqlite_admin.db.engine.url), "bundle", "apply",
               str(plan_file), "--max-rate", "900", "--as", "ada@example.com"]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while len(stand_in.state.writes()) < 25 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
        errors = process.stderr.read().decode() if process.stderr else ""
        if process.stderr:
            process.stderr.close()
    assert process.returncode == -signal.SIGKILL, errors
    written = len(stand_in.state.writes())
    assert 25 <= written < len(plan.steps)
    assert state_path(plan_file).exists()

    async def resume() -> int:
        async with fast_client(stand_in) as api:
            return (await apply_plan(load_plan(plan_file), plan_file, api)).skipped

    skipped = asyncio.run(resume())
    assert skipped in (written - 1, written)  # the step in flight is checked, not repeated
    assert len(stand_in.state.writes()) == len(plan.steps)  # no object made twice, none refused
    assert normalised(pull(stand_in, list(desired))) == normalised(desired)


def test_bundle_plan_exit_codes(
    stand_in: StandInThread,
    tmp_path: Path,
    sqlite_admin: Signed,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ENGAGE_PLATFORM_TOKEN", stand_in.token)
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    bundle = tmp_path / "bundle"
    write_bundle(sample_configuration(tags=4), bundle)
    plan_file = tmp_path / "plan.json"
    url, cli = stand_in.base_url, [*signed_cli(sqlite_admin, monkeypatch), "bundle"]
    ada = ["--as", "ada@example.com"]
    assert main([*cli, "plan", str(bundle), "--url", url, "--out", str(plan_file), *ada]) == 2
    assert "Plan: 12 to create, 0 to update, 0 to delete." in capsys.readouterr().out
    assert main([*cli, "apply", str(plan_file), *ada]) == 0
    assert "Applied 12 steps (0 already done)." in capsys.readouterr().out
    assert main([*cli, "plan", str(bundle), "--url", url, *ada]) == 0
    assert "No changes" in capsys.readouterr().out
    monkeypatch.setenv("ENGAGE_PLATFORM_TOKEN", "wrong")
    assert main([*cli, "plan", str(bundle), "--url", url, *ada]) == 1
    assert "401" in capsys.readouterr().err


def test_pull_writes_a_bundle_that_plans_no_change(
    stand_in: StandInThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_admin: Signed
) -> None:
    monkeypatch.setenv("ENGAGE_PLATFORM_TOKEN", stand_in.token)
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    plan_and_apply(stand_in, sample_configuration(tags=5), tmp_path / "plan.json")
    pulled, cli = tmp_path / "pulled", [*signed_cli(sqlite_admin, monkeypatch), "bundle"]
    ada = ["--as", "ada@example.com"]
    assert main([*cli, "pull", str(pulled), "--url", stand_in.base_url, *ada]) == 0
    assert json.loads((pulled / "tags.json").read_text("utf-8"))["records"][0]["name"].startswith("Tag ")
    assert main([*cli, "plan", str(pulled), "--url", stand_in.base_url, *ada]) == 0


def test_connect_keeps_the_token_and_apply_takes_secrets_from_the_keyring(
    stand_in: StandInThread,
    tmp_path: Path,
    sqlite_admin: Signed,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import io

    from engage_desktop.secrets import SecretStore, platform_token

    monkeypatch.delenv("ENGAGE_PLATFORM_TOKEN", raising=False)
    cli, ada = [*signed_cli(sqlite_admin, monkeypatch), "bundle"], ["--as", "ada@example.com"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stand_in.token + "\n"))
    assert main([*cli, "connect", "--url", stand_in.base_url, "--token-stdin", *ada]) == 0
    assert platform_token(stand_in.base_url) == stand_in.token
    assert stand_in.token not in capsys.readouterr().out

    desired: Configuration = {
        "webhooks": [{"id": "wh", "url": "https://crm.example/hook", "verify_token": "secret:crm"}]
    }
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(desired, {}, stand_in.base_url), plan_file)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main([*cli, "apply", str(plan_file), *ada]) == 1
    assert "secrets are missing: crm" in capsys.readouterr().err
    assert stand_in.state.request_log == [] and not state_path(plan_file).exists()

    SecretStore().set("bundle-secret:crm", "from-keyring")
    assert main([*cli, "apply", str(plan_file), *ada]) == 0
    [stored] = stand_in.state.store["webhooks"].values()
    assert stored["verify_token"] == "from-keyring"
    assert "from-keyring" not in plan_file.read_text("utf-8") + state_path(plan_file).read_text("utf-8")


def test_a_refused_step_stops_apply_naming_object_and_field(stand_in: StandInThread, tmp_path: Path) -> None:
    """The account changed after review: the plan is not recomputed, the 422 says what and where."""
    from engage_desktop.services.bundles.platform_client import PlatformValidationError

    desired = sample_configuration(tags=3)
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan(desired, {}, stand_in.base_url), plan_file)

    async def scenario() -> None:
        async with fast_client(stand_in) as api:
            await api.create("tags", {"name": "tag 002"}, "made meanwhile")
            await apply_plan(load_plan(plan_file), plan_file, api)

    with pytest.raises(PlatformValidationError) as caught:
        asyncio.run(scenario())
    assert (caught.value.resource, caught.value.key, caught.value.field) == ("tags", "Tag 002", "name")
    assert "tags Tag 002: name: has already been taken" in str(caught.value)
    assert sorted(t["name"] for t in stand_in.state.store["tags"].values()) == [
        "Tag 000",
        "Tag 001",
        "tag 002",
    ]
