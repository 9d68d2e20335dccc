"""The demo configuration through the whole platform path, as the CLI runs it: export, plan against
a stand-in that holds only what the platform makes (communities, routing channels, sources), apply,
pull, and the pulled bundle differs in nothing from the exported one; then read-only communities."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from bundle_helpers import every_resource
from conftest import ADMIN_PASSWORD, Signed
from test_bundle_apply import fast_client, stand_in

from engage_desktop.cli import main
from engage_desktop.services.bundles.apply import pull_configuration
from engage_desktop.services.bundles.bundle_format import load_bundle, write_bundle
from engage_desktop.services.bundles.plan import Plan, make_plan
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.demo.loader import load_demo_data

__all__ = ["stand_in"]  # the fixture, shared
ADA = ["--as", "ada@example.com"]


def test_demo_configuration_exported_applied_and_pulled_back_has_no_difference(
    sqlite_admin: Signed,
    stand_in: StandInThread,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    load_demo_data(sqlite_admin.ctx.acting_as(None), users=30)
    monkeypatch.setenv("ENGAGE_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("ENGAGE_PLATFORM_TOKEN", stand_in.token)
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path / "data"))
    cli, url = ["--db", str(sqlite_admin.db.engine.url), "bundle"], stand_in.base_url
    exported, pulled, plan_file = tmp_path / "exported", tmp_path / "pulled", tmp_path / "plan.json"
    assert main([*cli, "export", str(exported), *ADA]) == 0
    source = load_bundle(exported).resources
    assert len(source["users"]) == 32 and source["settings"] and source["communities"]
    assert stand_in.state.seed(source) == sum(
        len(source[n]) for n in ("communities", "channels", "content_sources")
    )

    assert main([*cli, "plan", str(exported), "--url", url, "--out", str(plan_file), *ADA]) == 2
    capsys.readouterr()
    assert main([*cli, "apply", str(plan_file), *ADA]) == 0
    assert main([*cli, "pull", str(pulled), "--url", url, *ADA]) == 0
    capsys.readouterr()
    assert main([*cli, "diff", str(exported), str(pulled)]) == 0
    assert capsys.readouterr().out.strip() == "No differences."
    writes = len(stand_in.state.writes())
    assert main([*cli, "plan", str(exported), "--url", url, *ADA]) == 0
    assert "No changes" in capsys.readouterr().out
    assert len(stand_in.state.writes()) == writes
    users = stand_in.state.store["users"].values()
    assert len(users) == 32 and all("password" not in u for u in users)


def test_communities_are_matched_but_never_created_nor_changed(stand_in: StandInThread) -> None:
    mail = {"id": "c" * 24, "name": "Mail", "type": "email", "active": True}
    stand_in.state.seed({"communities": [mail]})

    def plan_for(*communities: dict[str, object]) -> Plan:
        async def scenario() -> Plan:
            async with fast_client(stand_in) as api:
                desired = {"communities": list(communities)}
                return make_plan(desired, await pull_configuration(api, ["communities"]))

        return asyncio.run(scenario())

    assert plan_for({**mail, "id": "local-mail"}).steps == ()
    with pytest.raises(DomainError, match="communities email / Mail differs on the account \\(active\\)"):
        plan_for({**mail, "active": False})
    with pytest.raises(DomainError, match="communities sms / Texts does not exist on the account"):
        plan_for(mail, {"id": "x", "name": "Texts", "type": "sms", "active": True})


def test_stand_in_command_starts_seeded_from_a_bundle(tmp_path: Path) -> None:
    write_bundle(every_resource(), tmp_path / "seed")
    command = [sys.executable, "-m", "engage_desktop", "stand-in", "--port", "0", "--token", "tk",
               "--seed", str(tmp_path / "seed")]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "Seeded 3 objects the platform makes."
        url = process.stdout.readline().split()[3]
        answer = httpx.get(
            f"{url}/content_sources", headers={"Authorization": "Bearer tk"}, timeout=10
        ).json()
        [source] = answer["records"]
        assert source["name"] == "Support mailbox" and "secrets" not in source
        refused = httpx.post(f"{url}/communities", json={"name": "X"}, headers={"Authorization": "Bearer tk"})
        assert refused.status_code == 405
    finally:
        process.terminate()
        process.wait(30)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    (tmp_path / "seed" / "tags.json").write_text('{"records": []}')
    broken = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert broken.returncode == 1 and "tags.json" in broken.stderr
