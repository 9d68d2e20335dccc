"""A plan: the ordered API calls that make a live account match a configuration.

Objects are matched by platform id, else by natural key (role label, category parent + name…);
creates and updates run in dependency order (a parent category before its children), deletes
last and in reverse (children first); a user missing from the configuration is disabled, not
deleted (their work keeps its author). Objects created offline keep their placeholder id in the
plan; apply swaps it for the id the platform gives. A saved plan is applied as written: apply never
recomputes it, so what was reviewed is what runs."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from engage_desktop.services.bundles.platform_resources import (
    BY_NAME,
    RESOURCES,
    SERVER_FIELDS,
    Configuration,
    ResourceSpec,
    map_reference,
    secret_name,
)
from engage_desktop.services.core.errors import DomainError, ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

PLAN_FORMAT = 1
PLAN_UNREADABLE = ErrorCode(
    "bundles.plan_unreadable", QT_TRANSLATE_NOOP("Errors", "The plan {path} cannot be used: {reason}")
)
PLAN_CANNOT_CREATE = ErrorCode(
    "bundles.plan_cannot_create",
    QT_TRANSLATE_NOOP(
        "Errors", "{resource} {key} does not exist on the account and its API cannot create it"
    ),
)
PLAN_CANNOT_UPDATE = ErrorCode(
    "bundles.plan_cannot_update",
    QT_TRANSLATE_NOOP(
        "Errors", "{resource} {key} differs on the account ({fields}) and its API cannot change it"
    ),
)
PLAN_CYCLE = ErrorCode(
    "bundles.plan_cycle", QT_TRANSLATE_NOOP("Errors", "{resource}: the parents of {key} form a cycle")
)


@dataclass(frozen=True)
class PlanStep:
    action: str  # create | update | delete
    resource: str
    target: str  # the platform id (update, delete) or the placeholder id (create)
    key: str  # natural key, for people
    body: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, list[Any]] = field(default_factory=dict)  # field → [old, new]


@dataclass(frozen=True)
class Plan:
    base_url: str
    created_at: str
    steps: tuple[PlanStep, ...]

    @property
    def plan_id(self) -> str:
        """Fingerprint of the steps: the state file of one plan never drives another."""
        canonical = json.dumps([asdict(s) for s in self.steps], sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(canonical.encode()).hexdigest()

    def secret_names(self) -> list[str]:
        names = {secret_name(v) for s in self.steps for v in s.body.values()}
        return sorted(n for n in names if n)


def natural_key(spec: ResourceSpec, record: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(record.get(k) or "").strip().casefold() for k in spec.natural_key)


def _display_key(spec: ResourceSpec, record: dict[str, Any]) -> str:
    if spec.singleton:
        return spec.name
    return " / ".join(str(record.get(k) or "") for k in spec.natural_key if k not in spec.references)


def _changes(spec: ResourceSpec, current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        name: [current.get(name), value]
        for name, value in wanted.items()
        if name not in spec.secret_fields and current.get(name) != value
    }


def _singleton_step(
    spec: ResourceSpec, desired: list[dict[str, Any]], live: list[dict[str, Any]]
) -> list[PlanStep]:
    """The account's one record (settings): the fields that differ, updated in place (`PUT /settings`)."""
    if not desired:
        return []
    wanted = _translate(spec, desired[0], {})
    changes = _changes(spec, live[0] if live else {}, wanted)
    if not changes:
        return []
    body = {name: new for name, (_old, new) in changes.items()}
    return [PlanStep("update", spec.name, "", spec.name, body, changes)]


def _translate(
    spec: ResourceSpec, record: dict[str, Any], id_maps: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """The record's fields, references translated to live ids (or kept as placeholders)."""
    out: dict[str, Any] = {}
    for name, value in record.items():
        if name in SERVER_FIELDS or name in spec.derived:
            continue
        if name in spec.references:
            id_map = id_maps.get(spec.references[name], {})
            value = map_reference(value, lambda v, m=id_map: m.get(str(v), v))  # type: ignore[misc]
        out[name] = value
    return out


def _parents_first(spec: ResourceSpec, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if spec.self_parent is None:
        return list(records)
    by_id = {str(r.get("id")): r for r in records if r.get("id") is not None}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(record: dict[str, Any], trail: set[int]) -> None:
        if id(record) in placed:
            return
        if id(record) in trail:
            raise DomainError(PLAN_CYCLE(resource=spec.name, key=_display_key(spec, record)))
        parent = by_id.get(str(record.get(spec.self_parent or "")))
        if parent is not None:
            place(parent, trail | {id(record)})
        placed.add(id(record))
        ordered.append(record)

    for record in records:
        place(record, set())
    return ordered


def _depth(spec: ResourceSpec, record: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> int:
    depth, seen = 0, set()
    parent = record.get(spec.self_parent) if spec.self_parent else None
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = by_id[parent].get(spec.self_parent or "")
    return depth


def _match_existing(
    spec: ResourceSpec, desired: list[dict[str, Any]], live: list[dict[str, Any]]
) -> dict[str, str]:
    live_ids = {str(r["id"]) for r in live if r.get("id")}
    live_by_key = {natural_key(spec, r): str(r["id"]) for r in live}
    found = {}
    for record in desired:
        own_id = str(record.get("id"))
        live_id = own_id if own_id in live_ids else live_by_key.get(natural_key(spec, record))
        if live_id is not None:
            found[own_id] = live_id
    return found


def _removal(spec: ResourceSpec, record: dict[str, Any]) -> list[PlanStep]:
    """A delete, or for what is retired rather than deleted (users keep their history) the update
    that retires it, none when it is retired already."""
    key = _display_key(spec, record)
    if not spec.retire:
        return [PlanStep("delete", spec.name, str(record["id"]), key)]
    changes = {
        name: [record.get(name), value] for name, value in spec.retire.items() if record.get(name) != value
    }
    body = {name: new for name, (_old, new) in changes.items()}
    return [PlanStep("update", spec.name, str(record["id"]), key, body, changes)] if changes else []


def make_plan(desired: Configuration, live: Configuration, base_url: str = "") -> Plan:
    """The steps that turn `live` into `desired`, for the resources `desired` names."""
    steps: list[PlanStep] = []
    deletes: list[PlanStep] = []
    id_maps: dict[str, dict[str, str]] = {}  # resource → bundle id → live id (or the placeholder)
    for spec in RESOURCES:  # what only the platform makes is matched first: others refer to it
        if not spec.creatable and not spec.singleton and spec.name in desired:
            id_maps[spec.name] = _match_existing(spec, desired[spec.name], live.get(spec.name, []))
    for spec in RESOURCES:
        if spec.name not in desired:
            continue
        if spec.singleton:
            steps += _singleton_step(spec, desired[spec.name], live.get(spec.name, []))
            continue
        live_records = live.get(spec.name, [])
        live_by_id = {str(r["id"]): r for r in live_records if r.get("id")}
        live_by_key = {natural_key(spec, r): r for r in live_records}
        id_map = id_maps.setdefault(spec.name, {})
        matched: set[str] = set()
        for counter, record in enumerate(_parents_first(spec, desired[spec.name])):
            own_id = str(record.get("id") or f"new:{spec.name}:{counter}")
            wanted = _translate(spec, record, id_maps)
            current = live_by_id.get(own_id) or live_by_key.get(natural_key(spec, wanted))
            if current is not None and str(current["id"]) not in matched:
                id_map[own_id] = str(current["id"])
                matched.add(str(current["id"]))
                changes = _changes(spec, current, wanted)
                if changes and not spec.updatable:
                    raise DomainError(
                        PLAN_CANNOT_UPDATE(
                            resource=spec.name,
                            key=_display_key(spec, wanted),
                            fields=", ".join(sorted(changes)),
                        )
                    )
                if changes:
                    body = {name: new for name, (_old, new) in changes.items()}
                    steps.append(
                        PlanStep(
                            "update", spec.name, str(current["id"]), _display_key(spec, wanted), body, changes
                        )
                    )
                continue
            if not spec.creatable:
                raise DomainError(PLAN_CANNOT_CREATE(resource=spec.name, key=_display_key(spec, wanted)))
            id_map[own_id] = own_id
            changes = {name: [None, value] for name, value in wanted.items()}
            steps.append(PlanStep("create", spec.name, own_id, _display_key(spec, wanted), wanted, changes))
        if spec.deletable:
            gone = [r for r in live_records if str(r["id"]) not in matched]
            gone.sort(key=lambda r: -_depth(spec, r, live_by_id))
            for record in gone:
                deletes += _removal(spec, record)
    order = {spec.name: i for i, spec in enumerate(RESOURCES)}
    deletes.sort(key=lambda s: -order[s.resource])  # stable: children first inside a resource
    return Plan(base_url, datetime.now(UTC).isoformat(timespec="seconds"), tuple(steps + deletes))


def format_plan(plan: Plan) -> str:
    if not plan.steps:
        return "No changes: the account matches the configuration."
    lines = []
    for number, step in enumerate(plan.steps, 1):
        sign = {"create": "+", "update": "~", "delete": "-"}[step.action]
        lines.append(f"{number:4}. {sign} {step.action} {step.resource} {step.key!r}")
        for name, (old, new) in sorted(step.changes.items()):
            shown = json.dumps(new) if step.action == "create" else f"{json.dumps(old)} → {json.dumps(new)}"
            lines.append(f"        {name}: {shown}")  # a secret shows as its placeholder
    counts = {a: sum(1 for s in plan.steps if s.action == a) for a in ("create", "update", "delete")}
    lines.append(
        f"Plan: {counts['create']} to create, {counts['update']} to update, {counts['delete']} to delete."
    )
    return "\n".join(lines)


def save_plan(plan: Plan, path: Path) -> None:
    data = {
        "format": PLAN_FORMAT,
        "plan_id": plan.plan_id,
        "base_url": plan.base_url,
        "created_at": plan.created_at,
        "steps": [asdict(s) for s in plan.steps],
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")


def load_plan(path: Path) -> Plan:
    try:
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") != PLAN_FORMAT:
            raise ValueError(f"unknown plan format {data.get('format')!r}")
        steps = tuple(PlanStep(**s) for s in data["steps"])
        for step in steps:
            if step.action not in ("create", "update", "delete") or step.resource not in BY_NAME:
                raise ValueError(f"unknown step {step.action} {step.resource}")
        plan = Plan(str(data.get("base_url", "")), str(data.get("created_at", "")), steps)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DomainError(PLAN_UNREADABLE(path=str(path), reason=str(exc))) from exc
    if data.get("plan_id") != plan.plan_id:
        raise DomainError(PLAN_UNREADABLE(path=str(path), reason="it was changed after it was made"))
    return plan
