"""Apply a reviewed plan to a live account, resumable; and `pull` a live account into a configuration.

Each step is written to a state file next to the plan (`<plan>.state`, one JSON line per event,
fsynced) before and after its call. A crash, a kill or a cancel leaves the file telling which steps
are done and which ids the platform gave; applying again skips the done steps (so a second apply of
the same plan makes no write call) and checks a step that was started but not confirmed before
repeating it (a create that did reach the platform is found by its natural key, not made twice)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from engage_desktop.services.bundles.plan import Plan, PlanStep, natural_key
from engage_desktop.services.bundles.platform_client import PlatformClient
from engage_desktop.services.bundles.platform_resources import (
    BY_NAME,
    RESOURCES,
    SERVER_FIELDS,
    Configuration,
    map_reference,
    secret_name,
)
from engage_desktop.services.core.errors import DomainError, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

SECRETS_MISSING = ErrorCode(
    "bundles.secrets_missing",
    QT_TRANSLATE_NOOP("Errors", "Nothing was applied: these secrets are missing: {names}"),
)
STATE_OF_OTHER_PLAN = ErrorCode(
    "bundles.state_of_other_plan",
    QT_TRANSLATE_NOOP("Errors", "{path} records another plan; move it away to apply this one"),
)
SECRET_KEY_PREFIX = "bundle-secret:"

Progress = Callable[[int, int, PlanStep], None]


class StopFlag(Protocol):
    """What asks an apply to stop between steps: an `asyncio.Event`, a `threading.Event`…"""

    def is_set(self) -> bool: ...


@dataclass
class ApplyReport:
    total: int
    applied: int = 0
    skipped: int = 0  # already done by an earlier run
    cancelled: bool = False
    ids: dict[str, str] = field(default_factory=dict)  # "resource/placeholder" → platform id


def state_path(plan_path: Path) -> Path:
    return plan_path.with_name(plan_path.name + ".state")


class StateFile:
    """Append-only JSON lines, each fsynced: what a crash leaves is what was confirmed."""

    def __init__(self, path: Path, plan_id: str) -> None:
        self.path = path
        self.done: dict[int, str] = {}  # step index → platform id ("" for update/delete)
        self.started: set[int] = set()
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                try:
                    event = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line torn by a crash: its step counts as not confirmed
                if "plan" in event and event["plan"] != plan_id:
                    raise DomainError(STATE_OF_OTHER_PLAN(path=str(path)))
                if "done" in event:
                    self.done[int(event["done"])] = str(event.get("id", ""))
                elif "started" in event:
                    self.started.add(int(event["started"]))
        self._file = path.open("a", encoding="utf-8")
        if not path.stat().st_size:
            self._write({"plan": plan_id})

    def _write(self, event: dict[str, Any]) -> None:
        self._file.write(json.dumps(event) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def start(self, index: int) -> None:
        self._write({"started": index})

    def finish(self, index: int, object_id: str = "") -> None:
        self.done[index] = object_id
        self._write({"done": index, "id": object_id})

    def close(self) -> None:
        self._file.close()


def resolve_secrets(
    plan: Plan, given: Mapping[str, str], keyring_get: Callable[[str], str | None]
) -> dict[str, str]:
    """Every placeholder's value (given, else from the keyring); refuses before any call if one is missing."""
    values: dict[str, str] = {}
    missing = []
    for name in plan.secret_names():
        value = given.get(name) or keyring_get(SECRET_KEY_PREFIX + name)
        if value:
            values[name] = value
        else:
            missing.append(name)
    if missing:
        raise DomainError(SECRETS_MISSING(names=missing))
    return values


def _resolved_body(step: PlanStep, ids: Mapping[str, str], secrets: Mapping[str, str]) -> dict[str, Any]:
    spec = BY_NAME[step.resource]
    body: dict[str, Any] = {}
    for name, value in step.body.items():
        if name in spec.references:
            target = spec.references[name]
            value = map_reference(value, lambda v, t=target: ids.get(f"{t}/{v}", v))  # type: ignore[misc]
        placeholder = secret_name(value)
        body[name] = secrets[placeholder] if placeholder else value
    return body


async def apply_plan(
    plan: Plan,
    plan_path: Path,
    client: PlatformClient,
    *,
    secrets: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: StopFlag | None = None,
) -> ApplyReport:
    """Run the plan's steps in order; `secrets` must hold every placeholder (see `resolve_secrets`)."""
    secrets = dict(secrets or {})
    missing = [n for n in plan.secret_names() if n not in secrets]
    if missing:
        raise DomainError(SECRETS_MISSING(names=missing))
    state = StateFile(state_path(plan_path), plan.plan_id)
    report = ApplyReport(total=len(plan.steps))
    try:
        for index, step in enumerate(plan.steps):
            if step.action == "create" and index in state.done:
                report.ids[f"{step.resource}/{step.target}"] = state.done[index]
        for index, step in enumerate(plan.steps):
            if index in state.done:
                report.skipped += 1
                continue
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            body = _resolved_body(step, report.ids, secrets)
            found = await _already_created(client, step, body) if index in state.started else None
            state.start(index)
            object_id = found or await _run_step(client, step, body)
            state.finish(index, object_id)
            if step.action == "create":
                report.ids[f"{step.resource}/{step.target}"] = object_id
            report.applied += 1
            if progress is not None:
                progress(index + 1, len(plan.steps), step)
    finally:
        state.close()
    return report


async def _already_created(client: PlatformClient, step: PlanStep, body: dict[str, Any]) -> str | None:
    """After a crash between a create's call and its confirmation: the object if it was made."""
    if step.action != "create":
        return None
    spec = BY_NAME[step.resource]
    key = natural_key(spec, body)
    for record in await client.list_all(spec.api_path):
        if natural_key(spec, record) == key:
            return str(record["id"])
    return None


async def _run_step(client: PlatformClient, step: PlanStep, body: dict[str, Any]) -> str:
    path = BY_NAME[step.resource].api_path
    if step.action == "create":
        return str((await client.create(path, body, step.key))["id"])
    if step.action == "update":
        await client.update(path, step.target, body, step.key)
    else:
        await client.delete(path, step.target, step.key)
    return ""


async def pull_configuration(client: PlatformClient, resources: list[str] | None = None) -> Configuration:
    """The live account's records per resource, as the API renders them, without timestamps."""
    names = resources or [spec.name for spec in RESOURCES]
    configuration: Configuration = {}
    for name in names:
        spec = BY_NAME[name]
        if spec.singleton:
            record = await client.get(spec.api_path)
            records = [record] if record else []
        else:
            records = await client.list_all(spec.api_path)
        configuration[name] = [
            {k: v for k, v in r.items() if k not in SERVER_FIELDS or k == "id"} for r in records
        ]
    return configuration


def without_secrets(configuration: Configuration) -> Configuration:
    """Secret fields replaced by named placeholders (what a bundle may hold); one the platform does
    not render (it never does) takes the bundle schema's default (a source's `secrets`: `{}`)."""
    from engage_desktop.services.bundles.bundle_records import RECORD_MODELS

    out: Configuration = {}
    for name, records in configuration.items():
        spec = BY_NAME.get(name)
        secret_fields = spec.secret_fields if spec else ()
        model = RECORD_MODELS.get(name)
        defaults = {
            k: model.model_fields[k].get_default(call_default_factory=True)
            for k in secret_fields
            if model is not None and k in model.model_fields and not model.model_fields[k].is_required()
        }
        out[name] = [
            {
                **defaults,
                **{
                    k: (f"secret:{name}.{r.get('id')}.{k}" if k in secret_fields else v) for k, v in r.items()
                },
            }
            for r in records
        ]
    return out
