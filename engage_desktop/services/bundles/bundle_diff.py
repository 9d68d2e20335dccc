"""Compare two configurations (local vs bundle, bundle vs bundle): what was added, removed, changed.

Objects are matched by platform id, else by natural key (role label, category path, team name…),
so an object created offline under a placeholder id still meets its twin. References are
compared by what they point at (the role's label, not its id) unless `by_id_only`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from engage_desktop.services.bundles.bundle_messages import CLI_NO_DIFFERENCES, DIFF_HEADER
from engage_desktop.services.bundles.bundle_records import NATURAL_KEYS, REFERENCES, RESOURCES, Ref

Resources = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class ObjectRef:
    key: str  # platform id (of the new side when both exist)
    label: str  # natural key, for people
    # An added object's fields (old None), a removed one's (new None): what a reviewer reads.
    fields: tuple[FieldChange, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class ObjectChange:
    key: str
    label: str
    fields: tuple[FieldChange, ...]


@dataclass
class ResourceDiff:
    resource: str
    added: list[ObjectRef] = field(default_factory=list)
    removed: list[ObjectRef] = field(default_factory=list)
    changed: list[ObjectChange] = field(default_factory=list)
    # New id -> old id of the objects matched by natural key (their ids differ).
    renamed: dict[str, str] = field(default_factory=dict)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class ConfigurationDiff:
    resources: list[ResourceDiff] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(r.has_changes for r in self.resources)

    def counts(self) -> dict[str, tuple[int, int, int]]:
        return {
            r.resource: (len(r.added), len(r.removed), len(r.changed))
            for r in self.resources
            if r.has_changes
        }


def natural_labels(resources: Resources) -> dict[str, dict[str, str]]:
    """endpoint -> platform id -> natural key text."""
    labels: dict[str, dict[str, str]] = {}
    categories = {r["id"]: r for r in resources.get("categories", [])}

    def path(record: dict[str, Any], depth: int = 0) -> str:
        parent = categories.get(record.get("parent_id") or "")
        if parent is None or depth > 64:
            return str(record["name"])
        return f"{path(parent, depth + 1)} / {record['name']}"

    for endpoint in RESOURCES:
        keys = NATURAL_KEYS[endpoint]
        records = resources.get(endpoint, [])
        if endpoint == "categories":
            labels[endpoint] = {r["id"]: path(r) for r in records}
        elif endpoint == "settings":
            labels[endpoint] = {r["id"]: "settings" for r in records}
        else:
            labels[endpoint] = {r["id"]: " / ".join(str(r.get(k, "")) for k in keys) for r in records}
    versions = labels["reply_assistant_versions"]
    entries = labels["reply_assistant_entries"]
    for r in resources.get("reply_assistant_versions", []):
        versions[r["id"]] = f"{entries.get(r['entry_id'], r['entry_id'])} / {r['language']} / {r['format']}"
    return labels


def _resolved(
    record: dict[str, Any], refs: tuple[Ref, ...], labels: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """The record with reference ids replaced by the natural key of what they point at."""
    out = dict(record)
    out.pop("id", None)
    for ref in refs:
        names = labels.get(ref.target, {})
        value = record.get(ref.field)
        if ref.inner:
            out[ref.field] = sorted(
                ({**item, ref.inner: names.get(item[ref.inner], item[ref.inner])} for item in value or []),
                key=lambda item: json.dumps(item, sort_keys=True),
            )
        elif isinstance(value, dict):
            out[ref.field] = {"only": sorted(names.get(v, v) for v in value.get("only", []))}
        elif isinstance(value, list):
            out[ref.field] = sorted(names.get(v, v) for v in value)
        elif value is not None:
            out[ref.field] = names.get(value, value)
    return out


def _fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    names = sorted(set(old) | set(new))
    return tuple(FieldChange(n, old.get(n), new.get(n)) for n in names if old.get(n) != new.get(n))


def _pairs(
    endpoint: str,
    olds: dict[str, Any],
    news: dict[str, Any],
    labels: tuple[dict[str, str], dict[str, str]],
    by_id_only: bool,
) -> list[tuple[str, str]]:
    """(old id, new id) of the objects matched by platform id, then by natural key."""
    pairs: list[tuple[str, str]] = [(k, k) for k in news if k in olds]
    if endpoint == "settings" and olds and news and not pairs:
        pairs = [(next(iter(olds)), next(iter(news)))]
    if not by_id_only:
        matched_old = {o for o, _ in pairs}
        matched_new = {n for _, n in pairs}
        free_old = {labels[0][k]: k for k in olds if k not in matched_old}
        for key in news:
            label = labels[1][key]
            if key not in matched_new and label in free_old:
                pairs.append((free_old.pop(label), key))
    return pairs


def diff_configurations(
    old: Resources, new: Resources, *, by_id_only: bool = False, listing: bool = True
) -> ConfigurationDiff:
    """Per resource, what `new` adds, removes and changes compared with `old`.

    `listing=False` leaves out the fields of added and removed objects, which only a reviewer
    reads: an import needs to know which objects, and 100,000 users are 1.5 million fields."""
    old_labels, new_labels = natural_labels(old), natural_labels(new)
    olds = {e: {r["id"]: r for r in old.get(e, [])} for e in RESOURCES}
    news = {e: {r["id"]: r for r in new.get(e, [])} for e in RESOURCES}
    pairs = {e: _pairs(e, olds[e], news[e], (old_labels[e], new_labels[e]), by_id_only) for e in RESOURCES}
    # A reference to an object present on both sides reads as that object's new name, so renaming
    # a team is one change (the team's), not one more per member.
    old_names = {e: {**old_labels[e], **{o: new_labels[e][n] for o, n in pairs[e]}} for e in RESOURCES}
    result = ConfigurationDiff()
    for endpoint in RESOURCES:
        refs = () if by_id_only else REFERENCES.get(endpoint, ())
        matched_old = {o for o, _ in pairs[endpoint]}
        matched_new = {n for _, n in pairs[endpoint]}
        diff = ResourceDiff(endpoint, renamed={n: o for o, n in pairs[endpoint] if o != n})
        diff.added = [
            ObjectRef(k, new_labels[endpoint][k], _fields({}, _resolved(news[endpoint][k], refs, new_labels)))
            if listing
            else ObjectRef(k, new_labels[endpoint][k])
            for k in news[endpoint]
            if k not in matched_new
        ]
        diff.removed = [
            ObjectRef(k, old_labels[endpoint][k], _fields(_resolved(olds[endpoint][k], refs, old_names), {}))
            if listing
            else ObjectRef(k, old_labels[endpoint][k])
            for k in olds[endpoint]
            if k not in matched_old
        ]
        for old_key, new_key in pairs[endpoint]:
            changes = _fields(
                _resolved(olds[endpoint][old_key], refs, old_names),
                _resolved(news[endpoint][new_key], refs, new_labels),
            )
            if endpoint == "settings":
                changes = tuple(c for c in changes if c.old is not None and c.new is not None)
            if changes:
                diff.changed.append(ObjectChange(new_key, new_labels[endpoint][new_key], changes))
        result.resources.append(diff)
    return result


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 120 else text[:117] + "..."


def format_diff(diff: ConfigurationDiff) -> str:
    """The text `bundle diff` prints: one block per resource with changes."""
    lines: list[str] = []
    for resource in diff.resources:
        if not resource.has_changes:
            continue
        counts = {
            "added": len(resource.added),
            "removed": len(resource.removed),
            "changed": len(resource.changed),
        }
        lines.append(DIFF_HEADER(resource=resource.resource, **counts))
        lines += [f"  + {o.label} ({o.key})" for o in resource.added]
        lines += [f"  - {o.label} ({o.key})" for o in resource.removed]
        for change in resource.changed:
            lines.append(f"  ~ {change.label} ({change.key})")
            lines += [f"      {f.field}: {_short(f.old)} -> {_short(f.new)}" for f in change.fields]
    return "\n".join(lines) if lines else CLI_NO_DIFFERENCES()
