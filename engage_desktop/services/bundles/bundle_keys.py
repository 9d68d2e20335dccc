"""What the database itself would refuse in a bundle, found before anything is written.

A name twice where the schema holds a unique key, or a text longer than its column, would stop
the write with a driver error that names no record. These checks read the schema (unique
indexes and constraints, column lengths) rather than restating any section's rule; the
sections' own checks run on the written rows (`bundle_validation`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Column, Index, UniqueConstraint

from engage_desktop.models import Base
from engage_desktop.services.bundles import bundle_messages as say
from engage_desktop.services.bundles.bundle_diff import ConfigurationDiff, natural_labels
from engage_desktop.services.bundles.bundle_format import BundleProblem
from engage_desktop.services.bundles.bundle_tables import TABLES, column_length, key_of
from engage_desktop.services.core.validation import TOO_LONG, field_label

Resources = dict[str, list[dict[str, Any]]]
KeyOf = Callable[[dict[str, Any], Callable[[str | None], str | None]], tuple[Any, ...]]


def _unique_keys(endpoint: str) -> Iterator[tuple[str, KeyOf]]:
    """(field reported, key of a record) for each unique index of the resource's table."""
    spec = TABLES[endpoint]
    table = Base.metadata.tables[spec.table]
    fields = {column: source for column, source in spec.keys} | {name: name for name in spec.scalars}
    if endpoint == "categories":  # unique among siblings: (parent, name_key)
        yield (
            "name",
            lambda r, t: (t(r.get("parent_id")), key_of(endpoint, "name_key", str(r.get("name", "")))),
        )
        return
    groups: list[list[str]] = [[c.name] for c in table.columns if c.unique]
    for item in (*table.indexes, *table.constraints):
        if isinstance(item, Index | UniqueConstraint) and getattr(item, "unique", True):
            columns = list(item.expressions if isinstance(item, Index) else item.columns)
            if all(isinstance(c, Column | str) for c in columns):
                groups.append([c if isinstance(c, str) else c.name for c in columns])
    for group in dict.fromkeys(tuple(g) for g in groups):  # a column may be unique twice (column, index)
        if not group or not all(c in fields for c in group):
            continue
        folded = [(c, fields[c], c != fields[c]) for c in group]  # a key column holds a folded name

        def key(r: dict[str, Any], _t: Any, folded: list[tuple[str, str, bool]] = folded) -> tuple[Any, ...]:
            return tuple(
                key_of(endpoint, c, str(r.get(f, ""))) if fold else r.get(f) for c, f, fold in folded
            )

        yield fields[group[-1]], key


def check_keys(before: Resources, resources: Resources, diff: ConfigurationDiff) -> list[BundleProblem]:
    """Records the import would write whose unique key another object holds, or whose text
    overflows its column."""
    problems: list[BundleProblem] = []
    labels = natural_labels(before)
    for resource in diff.resources:
        endpoint = resource.resource
        written = {o.key for o in resource.added} | {c.key for c in resource.changed}
        if endpoint not in TABLES or not written:
            continue
        name = f"{endpoint}.json"
        records = resources.get(endpoint, [])
        index = {r["id"]: i for i, r in enumerate(records)}
        problems += _lengths(endpoint, name, [(index[k], r) for r in records if (k := r["id"]) in written])

        def target(pid: str | None, renamed: dict[str, str] = resource.renamed) -> str | None:
            return None if pid is None else renamed.get(pid, pid)

        final: dict[str | None, tuple[dict[str, Any], int | None]] = {
            r["id"]: (r, None) for r in before.get(endpoint, [])
        }
        for at, record in enumerate(records):
            final[target(record["id"])] = (record, at)
        for field, key_of_record in _unique_keys(endpoint):
            holders: dict[tuple[Any, ...], tuple[str | None, int | None]] = {}
            for object_id, (record, place) in final.items():
                key = key_of_record(record, target)
                if key not in holders:
                    holders[key] = (object_id, place)
                    continue
                clash = _clash(
                    records, written, (object_id, place), holders[key], field, labels.get(endpoint, {})
                )
                if clash is not None:
                    problems.append(BundleProblem(name, clash[0], field, clash[1]))
    return problems


def _clash(
    records: list[dict[str, Any]],
    written: set[str],
    one: tuple[str | None, int | None],
    other: tuple[str | None, int | None],
    field: str,
    labels: dict[str, str],
) -> tuple[int, Any] | None:
    """(index of the record to blame, message) when a record the import writes holds the key
    another object holds; None when neither is written (the clash was there before)."""
    for (_, mine), (their_id, theirs) in ((one, other), (other, one)):
        if mine is None or records[mine]["id"] not in written:
            continue
        value = records[mine].get(field, "")
        if theirs is not None:
            return mine, say.KEY_TAKEN_IN_BUNDLE(value=value, field=field, other=theirs)
        return mine, say.KEY_TAKEN(value=value, field=field, other=labels.get(str(their_id), their_id))
    return None


def _lengths(endpoint: str, name: str, records: list[tuple[int, dict[str, Any]]]) -> list[BundleProblem]:
    spec = TABLES[endpoint]
    limits = {n: column_length(spec.table, n) for n in spec.scalars}
    limits |= {
        source: column_length(spec.table, column) for column, source in spec.keys if source not in limits
    }
    problems = []
    for index, record in records:
        for field, limit in limits.items():
            value = record.get(field)
            if limit is not None and isinstance(value, str) and len(value) > limit:
                too_long = TOO_LONG(label=field_label(field), max_length=limit)
                problems.append(BundleProblem(name, index, field, too_long))
    return problems
