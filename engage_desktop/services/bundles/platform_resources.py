"""The platform resources a plan can write, in dependency order (what is referenced comes first).

Shared by the stand-in, the plan and `pull`, so the three agree on natural keys, references and
which fields are secrets (never read back, never in a bundle: a named placeholder instead).

Not here, so `bundle plan` names them as not planned: routing rules and e-mail templates (no
endpoint in `api.md`); they stay in bundles and local merges."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Configuration = dict[str, list[dict[str, Any]]]
"""Resource name → records in the platform's field names (a bundle's content)."""

SERVER_FIELDS = frozenset({"id", "created_at", "updated_at"})
SECRET_PLACEHOLDER = re.compile(r"^secret:([A-Za-z0-9_.:-]{1,100})$")


@dataclass(frozen=True)
class ResourceSpec:
    name: str
    natural_key: tuple[str, ...]
    required: tuple[str, ...]
    references: dict[str, str] = field(default_factory=dict)  # field → resource (id or list of ids)
    deletable: bool = True
    secret_fields: tuple[str, ...] = ()
    self_parent: str | None = None  # a tree: the parent must be created first, deleted last
    path: str = ""  # the endpoint when it differs from the bundle's file name
    creatable: bool = True  # False: the platform makes them (channels, sources); a plan only updates
    updatable: bool = True  # False: read-only on the API (communities): matched, never changed
    singleton: bool = False  # one record per account at the bare path (`GET/PUT /settings`)
    unique: tuple[str, ...] = ()  # further fields unique on the account (a user's nickname)
    # Fields the platform computes from another resource, field → (resource, its field listing our id):
    # rendered, never sent nor compared (a user's team_ids come from the teams' user_ids).
    derived: dict[str, tuple[str, str]] = field(default_factory=dict)
    retire: dict[str, Any] = field(default_factory=dict)  # not deleted: these fields set instead

    @property
    def api_path(self) -> str:
        return self.path or self.name


RESOURCES: tuple[ResourceSpec, ...] = (
    ResourceSpec("roles", ("label",), ("label",), deletable=False),
    ResourceSpec("tags", ("name",), ("name",)),
    ResourceSpec(
        "custom_fields", ("associated_type_name", "key"), ("associated_type_name", "key", "label", "type")
    ),
    ResourceSpec("time_sheets", ("label",), ("label",)),
    ResourceSpec(
        "categories",
        ("parent_id", "name"),
        ("name",),
        references={"parent_id": "categories", "source_ids": "content_sources"},
        self_parent="parent_id",
    ),
    ResourceSpec("topologies", ("name",), ("name",)),
    ResourceSpec("user_capacities", ("name",), ("name",)),  # channel ids: the platform's own
    ResourceSpec(
        "users",
        ("email",),
        ("nickname", "email", "role_id"),
        references={"role_id": "roles", "category_ids": "categories", "user_capacity_id": "user_capacities"},
        unique=("nickname",),
        derived={"team_ids": ("teams", "user_ids")},
        retire={"enabled": False},  # users are disabled, not deleted: their work keeps its author
        secret_fields=("password",),  # never in a bundle; a plan may only name one as `secret:NAME`
    ),
    ResourceSpec("teams", ("name",), ("name",), references={"user_ids": "users", "leader_ids": "users"}),
    ResourceSpec(
        "folders",
        ("parent_id", "label"),
        ("label",),
        references={
            "parent_id": "folders",
            "role_restriction": "roles",
            "team_restriction": "teams",
            "user_restriction": "users",
        },
        self_parent="parent_id",
    ),
    ResourceSpec("presence_status", ("name",), ("name",)),
    ResourceSpec("reply_assistant_groups", ("name",), ("name",), path="reply_assistant/groups"),
    ResourceSpec(
        "reply_assistant_entries",
        ("label",),
        ("label",),
        references={"entry_group_id": "reply_assistant_groups", "category_ids": "categories"},
        path="reply_assistant/entries",
    ),
    ResourceSpec(
        "reply_assistant_versions",
        ("entry_id", "language", "format"),
        ("entry_id",),
        references={"entry_id": "reply_assistant_entries"},
        path="reply_assistant/versions",
    ),
    # Made on the platform (GET/PUT only): matched first, updated last, once what they refer to exists.
    ResourceSpec(
        "communities", ("type", "name"), ("name", "type"), deletable=False, creatable=False, updatable=False
    ),
    ResourceSpec(
        "channels",
        ("name",),
        ("name",),
        references={"auto_complete_category_ids": "categories"},
        deletable=False,
        creatable=False,
    ),
    ResourceSpec(
        "content_sources",
        ("name",),
        ("name",),
        references={
            "community_id": "communities",
            "channel_id": "channels",
            "default_category_ids": "categories",
            "time_sheet_ids": "time_sheets",
        },
        deletable=False,
        creatable=False,
        secret_fields=("secrets",),  # placeholders of credentials, set through their own endpoint
    ),
    ResourceSpec("webhooks", ("url",), ("url",), secret_fields=("verify_token",)),
    # Account and security settings: one record, updated field by field, never created nor deleted.
    ResourceSpec("settings", (), (), deletable=False, creatable=False, singleton=True),
)
BY_NAME = {spec.name: spec for spec in RESOURCES}
BY_PATH = {spec.api_path: spec for spec in RESOURCES}


def secret_name(value: Any) -> str | None:
    """The name in a `secret:NAME` placeholder (the bundle format's), None for any other value."""
    if not isinstance(value, str):
        return None
    match = SECRET_PLACEHOLDER.match(value)
    return match.group(1) if match else None


def map_reference(value: Any, convert: Callable[[Any], Any]) -> Any:
    """A reference field's value with each id converted: one id, a list, or `{"only": [ids]}`."""
    if isinstance(value, list):
        return [convert(v) for v in value]
    if isinstance(value, dict):
        only = value.get("only")
        return {**value, "only": [convert(v) for v in only]} if isinstance(only, list) else value
    return None if value is None else convert(value)


def referenced_ids(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        only = value.get("only")
        return only if isinstance(only, list) else []
    return [] if value is None else [value]
