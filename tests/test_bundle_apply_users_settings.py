"""Plan, apply and pull of users, teams' members and account settings against the stand-in over real
sockets: dependencies first, a round trip whose diff with the source bundle is empty, a second apply
with no write call, 422s naming object and field, and no password ever travelling."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import every_resource, oid
from test_bundle_apply import fast_client, plan_and_apply, pull, stand_in

from engage_desktop.services.bundles.apply import apply_plan, state_path
from engage_desktop.services.bundles.bundle_diff import diff_configurations, format_diff
from engage_desktop.services.bundles.bundle_records import RECORD_MODELS
from engage_desktop.services.bundles.plan import load_plan, make_plan, save_plan
from engage_desktop.services.bundles.platform_client import PlatformValidationError
from engage_desktop.services.bundles.platform_resources import BY_NAME, Configuration
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.errors import DomainError

__all__ = ["stand_in"]  # the fixture, shared


def plannable_bundle() -> Configuration:
    """Every resource of the hand-written bundle that the platform's API can write, schema defaults
    filled as a loaded bundle has them (sources and channels are the platform's: left out here)."""
    given = every_resource()
    for name in ("communities", "channels", "content_sources", "rules", "email_templates"):
        del given[name]
    for name in ("categories", "reply_assistant_entries", "reply_assistant_versions"):
        for record in given[name]:
            record.pop("source_ids", None)
    given["user_capacities"][0]["channels"] = []
    given["users"].append({"id": oid(30), "nickname": "omar", "email": "omar@example.com", "role_id": oid(1),
                           "team_ids": [oid(10)], "locale": "fr", "timezone": "Europe/Paris"})  # fmt: skip
    given["teams"][0]["user_ids"] = [oid(9), oid(30)]
    given["folders"][0]["user_restriction"] = {"only": [oid(30)]}
    assert set(given) <= set(BY_NAME)
    return {
        name: [RECORD_MODELS[name](**r).model_dump() if name != "settings" else dict(r) for r in records]
        for name, records in given.items()
    }


def test_apply_from_empty_then_pull_diffs_empty_and_a_second_apply_writes_nothing(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    source = plannable_bundle()
    plan_file = tmp_path / "plan.json"
    plan = plan_and_apply(stand_in, source, plan_file)
    order = [(s.action, s.resource) for s in plan.steps]
    position = {resource: n for n, (_a, resource) in enumerate(order)}
    assert position["roles"] < position["users"] and position["categories"] < position["users"]
    assert position["user_capacities"] < position["users"] < position["teams"] < position["folders"]
    assert ("update", "settings") in order and order.count(("create", "users")) == 2

    pulled = pull(stand_in, list(source))
    diff = diff_configurations(source, pulled)
    assert diff.is_empty, format_diff(diff)
    users = {u["nickname"]: u for u in pulled["users"]}
    [team] = pulled["teams"]
    assert users["nina"]["team_ids"] == users["omar"]["team_ids"] == [team["id"]]
    assert team["leader_ids"] == [users["nina"]["id"]]
    [settings] = pulled["settings"]
    assert (settings["name"], settings["timezone"], settings["session_timeout"]) == (
        "Night shift Ltd",
        "Europe/Paris",
        30,
    )
    assert make_plan(source, pulled).steps == ()
    assert all("password" not in u for u in stand_in.state.store["users"].values())

    writes = len(stand_in.state.writes())
    again = plan_and_apply(stand_in, source, tmp_path / "again.json")  # planned anew: nothing to do
    assert again.steps == ()

    async def reapply() -> int:
        async with fast_client(stand_in) as api:
            return (await apply_plan(load_plan(plan_file), plan_file, api)).skipped

    assert asyncio.run(reapply()) == len(plan.steps)
    assert len(stand_in.state.writes()) == writes


def test_a_user_left_out_leaves_its_team_and_is_disabled_not_deleted(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    source = plannable_bundle()
    plan_and_apply(stand_in, source, tmp_path / "first.json")
    edited = pull(stand_in, list(source))
    omar = next(u["id"] for u in edited["users"] if u["nickname"] == "omar")
    edited["users"] = [u for u in edited["users"] if u["id"] != omar]
    edited["teams"][0]["user_ids"] = [i for i in edited["teams"][0]["user_ids"] if i != omar]
    edited["folders"][0]["user_restriction"] = {"only": []}
    edited["settings"][0]["session_timeout"] = 45
    plan = plan_and_apply(stand_in, edited, tmp_path / "second.json")
    assert [(s.action, s.resource, s.key) for s in plan.steps] == [
        ("update", "teams", "Nights"),
        ("update", "folders", "Urgent"),
        ("update", "settings", "settings"),
        ("update", "users", "omar@example.com"),
    ]
    assert plan.steps[2].changes == {"session_timeout": [30, 45]}
    assert plan.steps[2].target == ""  # PUT /settings: the account's one record
    assert plan.steps[3].changes == {"enabled": [True, False]}
    after = pull(stand_in, list(edited))
    assert {u["nickname"]: u["enabled"] for u in after["users"]} == {"nina": True, "omar": False}
    assert {u["nickname"]: u["team_ids"] for u in after["users"]}["omar"] == []
    assert make_plan(edited, after).steps == ()  # disabled already: nothing more to do
    after["users"] = [u for u in after["users"] if u["id"] != omar]
    assert diff_configurations(edited, after).is_empty


def _refusal(server: StandInThread, resource: str, body: dict[str, Any], object_id: str = "") -> Any:
    async def scenario() -> None:
        async with fast_client(server) as api:
            path = BY_NAME[resource].api_path
            if object_id or BY_NAME[resource].singleton:
                await api.update(path, object_id, body, "the object")
            else:
                await api.create(path, body, "the object")

    with pytest.raises(PlatformValidationError) as caught:
        asyncio.run(scenario())
    return caught.value


def test_refusals_name_the_object_and_field(stand_in: StandInThread, tmp_path: Path) -> None:
    source = plannable_bundle()
    plan_and_apply(stand_in, source, tmp_path / "plan.json")
    live = pull(stand_in, list(source))
    role, team = live["roles"][0]["id"], live["teams"][0]
    nina = next(u for u in live["users"] if u["nickname"] == "nina")
    taken = _refusal(stand_in, "users", {"nickname": "NINA", "email": "other@example.com", "role_id": role})
    assert (taken.resource, taken.field, taken.detail) == ("users", "nickname", "has already been taken")
    assert _refusal(
        stand_in, "users", {"nickname": "zed", "email": "zed@x.io", "role_id": "f" * 24}
    ).field == ("role_id")
    assert _refusal(stand_in, "users", {"nickname": "zed", "email": "z", "role_id": role}).field == "email"
    leaders = _refusal(stand_in, "teams", {"user_ids": [], "leader_ids": [nina["id"]]}, team["id"])
    assert (leaders.field, leaders.detail) == ("leader_ids", "must be among user_ids")
    typed = _refusal(stand_in, "settings", {"session_timeout": "thirty"})
    assert (typed.resource, typed.field, typed.detail) == ("settings", "session_timeout", "must be an int")
    assert "The platform refused settings the object: session_timeout: must be an int" in str(typed)
    assert pull(stand_in, ["settings"])["settings"][0]["session_timeout"] == 30


def test_a_users_password_only_travels_as_a_named_secret(stand_in: StandInThread, tmp_path: Path) -> None:
    """A bundle never holds one; a plan may name one, and apply refuses to run without its value."""
    source = plannable_bundle()
    desired = {"roles": source["roles"], "users": copy.deepcopy(source["users"][:1])}
    desired["users"][0].update(password="secret:nina-password", category_ids=[], user_capacity_id=None)
    plan_file = tmp_path / "plan.json"
    plan = make_plan(desired, {}, stand_in.base_url)
    save_plan(plan, plan_file)
    assert plan.secret_names() == ["nina-password"]

    async def run(secrets: dict[str, str]) -> None:
        async with fast_client(stand_in) as api:
            await apply_plan(load_plan(plan_file), plan_file, api, secrets=secrets)

    with pytest.raises(DomainError, match="secrets are missing: nina-password"):
        asyncio.run(run({}))
    assert stand_in.state.request_log == []
    asyncio.run(run({"nina-password": "Correct horse 1"}))
    [user] = stand_in.state.store["users"].values()
    assert user["password"] == "Correct horse 1"
    pulled = pull(stand_in, ["users"])["users"]
    assert "password" not in pulled[0] and "Correct horse" not in plan_file.read_text("utf-8")
    assert make_plan(desired, {"roles": pull(stand_in, ["roles"])["roles"], "users": pulled}).steps == ()


def test_a_user_created_but_not_confirmed_before_a_crash_is_found_not_made_twice(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    source = plannable_bundle()
    users = [
        {**source["users"][1], "id": f"u{n}", "nickname": f"agent{n}", "email": f"agent{n}@example.com"}
        for n in range(3)
    ]
    desired = {"roles": source["roles"], "users": users}
    plan_file = tmp_path / "plan.json"
    plan = make_plan(desired, {}, stand_in.base_url)
    save_plan(plan, plan_file)

    class StopAfterTwo:
        def __init__(self) -> None:
            self.done = 0

        def is_set(self) -> bool:
            return self.done >= 2

    stop = StopAfterTwo()

    async def run(cancel: StopAfterTwo | None) -> int:
        async with fast_client(stand_in) as api:

            def progress(done: int, total: int, _step: object) -> None:
                stop.done = done

            report = await apply_plan(load_plan(plan_file), plan_file, api, progress=progress, cancel=cancel)
            return report.applied

    assert asyncio.run(run(stop)) == 2  # the role and agent0
    state = state_path(plan_file)
    lines = state.read_text("utf-8").splitlines()
    assert json.loads(lines[-1])["done"] == 1
    state.write_text("\n".join(lines[:-1]) + "\n", "utf-8")  # killed after the POST, before the record
    assert asyncio.run(run(None)) == 3  # agent0 found by its e-mail, agent1 and agent2 made
    posts = [r for r in stand_in.state.request_log if r.method == "POST" and r.path.endswith("/users")]
    assert len(posts) == 3
    assert sorted(u["nickname"] for u in stand_in.state.store["users"].values()) == [
        "agent0",
        "agent1",
        "agent2",
    ]
