"""An apply's request rate, measured from the stand-in's log; cancel and resume; the stand-in command."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
from test_bundle_apply import normalised, sample_configuration
from test_bundle_platform import most_in_any_window

from engage_desktop.services.bundles.apply import apply_plan, pull_configuration
from engage_desktop.services.bundles.plan import make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.stand_in import StandInThread


def test_apply_never_exceeds_the_rate_limit(tmp_path: Path) -> None:
    """The platform's 500 a minute scaled to 80 per 2 s: the client plans for 72 and meets no 429."""
    desired = sample_configuration(tags=100)
    with StandInThread(token="t", rate_limit=80, rate_window=2.0) as server:

        async def scenario() -> None:
            async with PlatformClient(server.base_url, "t", max_requests=72, per_seconds=2.0) as api:
                plan = make_plan(desired, await pull_configuration(api, list(desired)), server.base_url)
                save_plan(plan, tmp_path / "plan.json")
                await apply_plan(plan, tmp_path / "plan.json", api)

        asyncio.run(scenario())
        log = list(server.state.request_log)
        assert normalised(server_records(server)) == normalised(desired)
    assert len([r for r in log if r.method == "POST"]) == 108
    assert {r.status for r in log} <= {200, 201}
    assert most_in_any_window(log, 2.0) <= 80


def server_records(server: StandInThread) -> dict[str, list[dict[str, object]]]:
    with server.state.lock:
        return {
            name: [
                {k: v for k, v in r.items() if k not in ("created_at", "updated_at")}
                for r in records.values()
            ]
            for name, records in server.state.store.items()
        }


def test_cancel_stops_between_steps_and_apply_resumes(tmp_path: Path) -> None:
    desired = sample_configuration(tags=10)
    plan_file = tmp_path / "plan.json"
    with StandInThread(token="t", rate_limit=100_000) as server:

        async def scenario() -> tuple[int, int, bool, int]:
            async with PlatformClient(server.base_url, "t", max_requests=90_000) as api:
                plan = make_plan(desired, {}, server.base_url)
                save_plan(plan, plan_file)
                cancel = asyncio.Event()

                def progress(done: int, _total: int, _step: object) -> None:
                    if done == 7:
                        cancel.set()

                first = await apply_plan(plan, plan_file, api, progress=progress, cancel=cancel)
                writes_after_cancel = len(server.state.writes())
                second = await apply_plan(plan, plan_file, api)
                return first.applied, writes_after_cancel, first.cancelled, second.skipped

        applied, writes, cancelled, skipped = asyncio.run(scenario())
        assert (applied, writes, cancelled, skipped) == (7, 7, True, 7)
        assert len(server.state.writes()) == 18
        assert normalised(server_records(server)) == normalised(desired)


def test_stand_in_command_serves_until_stopped(tmp_path: Path) -> None:
    env = {**os.environ, "ENGAGE_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "engage_desktop", "stand-in", "--port", "0", "--token", "cli-token"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        headers = {"Authorization": "Bearer cli-token"}
        created = httpx.post(f"{url}/roles", json={"label": "Supervisor"}, headers=headers)
        assert created.status_code == 201
        listed = httpx.get(f"{url}/roles", headers=headers).json()
        assert [r["label"] for r in listed["records"]] == ["Supervisor"]
        assert httpx.get(f"{url}/roles").status_code == 401
    finally:
        process.terminate()
        process.wait(30)
        if process.stdout is not None:
            process.stdout.close()
