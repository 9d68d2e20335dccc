"""One pydantic model per bundle resource, in the platform's field names (`objects.md`).

`RESOURCES` lists the endpoints in dependency order (what a record refers to comes first);
`REFERENCES` names the fields holding another resource's ids; `NATURAL_KEYS` the fields that
match two objects when their platform ids differ (an object created offline).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID = Field(pattern=r"^[0-9A-Za-z_.:-]{1,64}$")


def _storable(value: Any) -> Any:
    """Text a database stores losslessly: no NUL, no lone surrogate (refused, never altered)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError("contains a lone surrogate") from exc
    elif isinstance(value, dict):
        for key, inner in value.items():
            _storable(key)
            _storable(inner)
    elif isinstance(value, list):
        for inner in value:
            _storable(inner)
    return value


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = ID

    @field_validator("*", mode="after")
    @classmethod
    def _no_unstorable_text(cls, value: Any) -> Any:
        return _storable(value)


class RoleRecord(Record):
    label: str = Field(min_length=1)
    permissions: list[str] = []

    @field_validator("permissions")
    @classmethod
    def _sorted(cls, value: list[str]) -> list[str]:
        return sorted(value)


class TeamRecord(Record):
    name: str = Field(min_length=1)
    user_ids: list[str] = []
    leader_ids: list[str] = []


class UserRecord(Record):
    firstname: str = ""
    lastname: str = ""
    nickname: str = Field(min_length=1)
    email: str = Field(min_length=3)
    role_id: str
    team_ids: list[str] = []
    category_ids: list[str] = []
    user_capacity_id: str | None = None
    enabled: bool = True
    invitation_pending: bool = False
    locale: str = "en"
    timezone: str = "UTC"
    spoken_languages: list[str] = []


class PresenceStatusRecord(Record):
    name: str = Field(min_length=1)
    maps_to: str
    position: int = 0


class CommunityRecord(Record):
    name: str = Field(min_length=1)
    type: str
    active: bool = True


class TimeSheetRecord(Record):
    label: str = Field(min_length=1)
    active: bool = True
    timezone: str = "UTC"
    monday_hours: str = ""
    tuesday_hours: str = ""
    wednesday_hours: str = ""
    thursday_hours: str = ""
    friday_hours: str = ""
    saturday_hours: str = ""
    sunday_hours: str = ""
    holidays: list[dict[str, Any]] = []


class ChannelRecord(Record):
    name: str = Field(min_length=1)
    label: str = ""
    soft_capability: int = 3
    hard_capability: int = 5
    task_timeout_seconds: int = 60
    task_auto_complete_seconds: int = 0
    auto_complete_category_ids: list[str] = []
    agent_sla: int = 0
    agent_sla_threshold: int = 80


class ContentSourceRecord(Record):
    name: str = Field(min_length=1)
    type: str
    community_id: str
    channel_id: str | None = None
    active: bool = True
    color: int = 0
    sla_response: int = 3600
    sla_threshold: int = 80
    sla_expired_strategy: str = "max"
    default_task_priority: int = 0
    intervention_messages_boost: int = 0
    transferred_tasks_boost: int = 0
    content_languages: list[str] = []
    default_content_language: str = ""
    auto_detect_content_language: bool = False
    hidden_from_stats: bool = False
    content_archiving: bool = False
    content_archiving_period: int = 0
    default_category_ids: list[str] = []
    time_sheet_ids: list[str] = []
    settings: dict[str, Any] = {}
    # Secrets stay in the keyring: field name -> "secret:<source>/<field>" placeholder.
    secrets: dict[str, str] = {}


class CategoryRecord(Record):
    name: str = Field(min_length=1)
    parent_id: str | None = None
    color: int = Field(default=0, ge=0, le=11)
    mandatory: bool = False
    multiple: bool = False
    unselectable: bool = False
    post_qualification: bool = False
    source_ids: list[str] = []


class CapacityChannel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    channel_id: str
    default_capacity: int = Field(ge=0)
    max_capacity: int = Field(ge=0)


class UserCapacityRecord(Record):
    name: str = Field(min_length=1)
    channels: list[CapacityChannel] = []


class TopologyRecord(Record):
    name: str = Field(min_length=1)
    config: dict[str, Any] = {}
    active: bool = False


class RuleRecord(Record):
    name: str = Field(min_length=1)
    active: bool = True
    position: int = 0
    trigger: str = "message_received"
    conditions: dict[str, Any] = {}
    actions: list[Any] = []


class TagRecord(Record):
    name: str = Field(min_length=1)


class CustomFieldRecord(Record):
    associated_type_name: str
    key: str = Field(min_length=1)
    label: str = Field(min_length=1)
    type: str
    multiple: bool = False
    position: int = 0
    choices: list[str] = []


class Restriction(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    only: list[str] = []


class FolderRecord(Record):
    label: str = Field(min_length=1)
    parent_id: str | None = None
    position: int = 0
    query: str = ""
    render_threads_count: bool = True
    role_restriction: Restriction = Restriction()
    team_restriction: Restriction = Restriction()
    user_restriction: Restriction = Restriction()


class ReplyGroupRecord(Record):
    name: str = Field(min_length=1)
    position: int = 0
    autocomplete: bool = True


class ReplyEntryRecord(Record):
    label: str = Field(min_length=1)
    shortcuts: list[str] = []
    entry_group_id: str | None = None
    category_ids: list[str] = []
    source_ids: list[str] = []
    foreign_id: str = ""


class ReplyVersionRecord(Record):
    entry_id: str
    body: str = ""
    format: str = "text"
    language: str = ""
    source_ids: list[str] = []


class EmailTemplateRecord(Record):
    name: str = Field(min_length=1)
    subject: str = ""
    body_html: str = ""
    body_text: str = ""
    source_ids: list[str] = []


class SettingsRecord(Record):
    """Account and security settings in one record, as `GET /settings` renders them."""

    model_config = ConfigDict(extra="allow", strict=True)


RECORD_MODELS: dict[str, type[Record]] = {
    "roles": RoleRecord,
    "communities": CommunityRecord,
    "time_sheets": TimeSheetRecord,
    "channels": ChannelRecord,
    "content_sources": ContentSourceRecord,
    "categories": CategoryRecord,
    "user_capacities": UserCapacityRecord,
    "users": UserRecord,
    "teams": TeamRecord,
    "presence_status": PresenceStatusRecord,
    "topologies": TopologyRecord,
    "rules": RuleRecord,
    "tags": TagRecord,
    "custom_fields": CustomFieldRecord,
    "folders": FolderRecord,
    "reply_assistant_groups": ReplyGroupRecord,
    "reply_assistant_entries": ReplyEntryRecord,
    "reply_assistant_versions": ReplyVersionRecord,
    "email_templates": EmailTemplateRecord,
    "settings": SettingsRecord,
}
RESOURCES: tuple[str, ...] = tuple(RECORD_MODELS)


@dataclass(frozen=True)
class Ref:
    """`field` holds the id(s) of `target`; `inner` names the key inside each item of a list."""

    field: str
    target: str
    inner: str = ""

    def values(self, record: dict[str, Any]) -> list[str]:
        value = record.get(self.field)
        if isinstance(value, dict):
            value = value.get("only", [])
        if self.inner:
            return [item[self.inner] for item in value or [] if isinstance(item, dict)]
        if value is None:
            return []
        return list(value) if isinstance(value, list) else [value]


REFERENCES: dict[str, tuple[Ref, ...]] = {
    "channels": (Ref("auto_complete_category_ids", "categories"),),
    "content_sources": (
        Ref("community_id", "communities"),
        Ref("channel_id", "channels"),
        Ref("default_category_ids", "categories"),
        Ref("time_sheet_ids", "time_sheets"),
    ),
    "categories": (Ref("parent_id", "categories"), Ref("source_ids", "content_sources")),
    "user_capacities": (Ref("channels", "channels", inner="channel_id"),),
    "users": (
        Ref("role_id", "roles"),
        Ref("team_ids", "teams"),
        Ref("category_ids", "categories"),
        Ref("user_capacity_id", "user_capacities"),
    ),
    "teams": (Ref("user_ids", "users"), Ref("leader_ids", "users")),
    "folders": (
        Ref("parent_id", "folders"),
        Ref("role_restriction", "roles"),
        Ref("team_restriction", "teams"),
        Ref("user_restriction", "users"),
    ),
    "reply_assistant_entries": (
        Ref("entry_group_id", "reply_assistant_groups"),
        Ref("category_ids", "categories"),
        Ref("source_ids", "content_sources"),
    ),
    "reply_assistant_versions": (
        Ref("entry_id", "reply_assistant_entries"),
        Ref("source_ids", "content_sources"),
    ),
    "email_templates": (Ref("source_ids", "content_sources"),),
}

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "roles": ("label",),
    "communities": ("type", "name"),
    "time_sheets": ("label",),
    "channels": ("name",),
    "content_sources": ("name",),
    "categories": ("path",),  # computed: names from the root, joined by " / "
    "user_capacities": ("name",),
    "users": ("email",),
    "teams": ("name",),
    "presence_status": ("name",),
    "topologies": ("name",),
    "rules": ("name",),
    "tags": ("name",),
    "custom_fields": ("associated_type_name", "key"),
    "folders": ("label",),
    "reply_assistant_groups": ("name",),
    "reply_assistant_entries": ("label",),
    "reply_assistant_versions": ("entry_id", "language", "format"),
    "email_templates": ("name",),
    "settings": ("id",),
}
