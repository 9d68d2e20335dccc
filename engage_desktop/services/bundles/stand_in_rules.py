"""What the platform stand-in checks before it stores a record: required fields, references,
tree cycles, unique keys, field types (our record schema), leaders among members; and what a
delete takes with it. Errors have the API's layout (`{"error", "message", "status", "errors"}`)."""

from __future__ import annotations

from typing import Any

from engage_desktop.services.bundles.platform_resources import RESOURCES, ResourceSpec, referenced_ids

_KINDS = {
    bool: "a boolean",
    int: "an int",
    float: "a number",
    str: "a text",
    list: "a list",
    dict: "an object",
}
SUBSETS = {"teams": ("leader_ids", "user_ids")}  # leaders must be members
Store = dict[str, dict[str, dict[str, Any]]]


def api_error(status: int, error: str, message: str, field_name: str | None = None) -> tuple[int, Any]:
    payload: dict[str, Any] = {"error": error, "message": message, "status": status}
    if field_name is not None:
        payload["errors"] = {field_name: [message]}
    return status, payload


def validate(
    store: Store,
    spec: ResourceSpec,
    candidate: dict[str, Any],
    own_id: str | None,
) -> tuple[int, Any] | None:
    for name in spec.required:
        value = candidate.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return api_error(422, "validation_failed", f"{name} can't be blank", name)
    for name, target in spec.references.items():
        for value in referenced_ids(candidate.get(name)):
            if not isinstance(value, str) or value not in store.get(target, {}):
                return api_error(422, "validation_failed", f"{name} does not exist", name)
    if spec.self_parent and own_id is not None:
        parent = candidate.get(spec.self_parent)
        seen = {own_id}
        while parent is not None:
            if parent in seen:
                return api_error(422, "validation_failed", "would create a cycle", spec.self_parent)
            seen.add(parent)
            parent = store[spec.name].get(parent, {}).get(spec.self_parent)
    key = natural_key(spec, candidate)
    for other in store.get(spec.name, {}).values():
        if other["id"] != own_id and natural_key(spec, other) == key:
            return api_error(422, "validation_failed", "has already been taken", spec.natural_key[-1])
        for name in spec.unique:
            if _folded(other.get(name)) == _folded(candidate.get(name)) and other["id"] != own_id:
                return api_error(422, "validation_failed", "has already been taken", name)
    return _typed(spec, candidate, store.get(spec.name, {}).get(own_id or ""))


def _folded(value: Any) -> str:
    return str(value or "").strip().casefold()


def _typed(
    spec: ResourceSpec, candidate: dict[str, Any], current: dict[str, Any] | None
) -> tuple[int, Any] | None:
    """Field types and ranges as the platform checks them (our record schema), the first fault named."""
    from pydantic import ValidationError

    from engage_desktop.services.bundles.bundle_records import RECORD_MODELS

    if spec.name in SUBSETS:
        part, whole = SUBSETS[spec.name]
        if not set(candidate.get(part) or []) <= set(candidate.get(whole) or []):
            return api_error(422, "validation_failed", f"must be among {whole}", part)
    if spec.singleton:
        for name, value in candidate.items():
            before = (current or {}).get(name)
            if before is not None and value is not None and type(before) is not type(value):
                return api_error(
                    422, "validation_failed", f"must be {_KINDS.get(type(before), 'of another type')}", name
                )
        return None
    model = RECORD_MODELS.get(spec.name)
    if model is None:
        return None
    fields = {k: v for k, v in candidate.items() if k in model.model_fields and k not in spec.secret_fields}
    try:
        model.model_validate({**fields, "id": "0" * 24})
    except ValidationError as exc:
        # the platform stores any text (NUL, lone surrogates): only our database refuses those
        faults = [e for e in exc.errors() if e["type"] not in ("value_error", "string_unicode")]
        if not faults:
            return None
        first = faults[0]
        name = str(first["loc"][0]) if first["loc"] else "id"
        return api_error(422, "validation_failed", str(first["msg"]), name)
    return None


def natural_key(spec: ResourceSpec, record: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(record.get(k) or "").strip().casefold() for k in spec.natural_key)


def forget_references(store: Store, resource: str, object_id: str) -> None:
    """References to a deleted object go with it (a deleted user leaves its teams)."""
    for spec in RESOURCES:
        fields = [name for name, target in spec.references.items() if target == resource]
        for other in store.get(spec.name, {}).values() if fields else ():
            for name in fields:
                value = other.get(name)
                if value == object_id:
                    other[name] = None
                elif isinstance(value, list) and object_id in value:
                    other[name] = [v for v in value if v != object_id]
                elif isinstance(value, dict) and object_id in (value.get("only") or []):
                    other[name] = {**value, "only": [v for v in value["only"] if v != object_id]}
