"""Where each bundle resource lives in our database: its table, columns, references and links.

One table of facts read by both export and import, so the two cannot drift apart. Columns named
like the API field are copied as they are; references go through platform ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import String

from engage_desktop.models import Base
from engage_desktop.models.text_keys import fold, search_fold
from engage_desktop.services.access.permissions import Permission


@dataclass(frozen=True)
class ForeignRef:
    """A column holding our integer id of another resource's row (`api_field` gets its platform id)."""

    api_field: str
    column: str
    target: str


@dataclass(frozen=True)
class LinkList:
    """A link table: rows (owner_column, target_column) give the list `api_field`."""

    api_field: str
    table: str
    owner_column: str
    target_column: str
    target: str
    where: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class ResourceTable:
    endpoint: str
    table: str
    object_type: str  # journal word: role.created, category.updated…
    permission: Permission
    scalars: tuple[str, ...]
    keys: tuple[tuple[str, str], ...] = ()  # (key column, folded from this field)
    refs: tuple[ForeignRef, ...] = ()
    links: tuple[LinkList, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)


_HOURS = tuple(
    f"{d}_hours" for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
_SOURCE = ("content_sources",)

TABLES: dict[str, ResourceTable] = {
    t.endpoint: t
    for t in (
        ResourceTable("roles", "roles", "role", Permission.MANAGE_ROLES, ("label",), (("label_key", "label"),)),
        ResourceTable(
            "communities", "communities", "community", Permission.CREATE_COMMUNITY,
            ("name", "type", "active"), (("name_key", "name"),),
        ),
        ResourceTable(
            "time_sheets", "time_sheets", "time_sheet", Permission.UPDATE_TIME_SHEET,
            ("label", "active", "timezone", *_HOURS, "holidays"),
        ),
        ResourceTable(
            "channels", "routing_channels", "channel", Permission.MANAGE_TOPOLOGIES,
            ("name", "label", "soft_capability", "hard_capability", "task_timeout_seconds",
             "task_auto_complete_seconds", "agent_sla", "agent_sla_threshold"),
            links=(LinkList("auto_complete_category_ids", "routing_channel_auto_complete_categories",
                            "channel_id", "category_id", "categories"),),
        ),
        ResourceTable(
            "content_sources", "content_sources", "content_source", Permission.UPDATE_CONTENT_SOURCE,
            ("name", "type", "active", "color", "sla_response", "sla_threshold", "sla_expired_strategy",
             "default_task_priority", "intervention_messages_boost", "transferred_tasks_boost",
             "content_languages", "default_content_language", "auto_detect_content_language",
             "hidden_from_stats", "content_archiving", "content_archiving_period", "settings"),
            (("name_key", "name"),),
            refs=(ForeignRef("community_id", "community_id", "communities"),
                  ForeignRef("channel_id", "channel_id", "channels")),
            links=(
                LinkList("default_category_ids", "content_source_categories", "source_id", "category_id",
                         "categories", (("kind", "default"),)),
                LinkList("time_sheet_ids", "content_source_time_sheets", "source_id", "time_sheet_id",
                         "time_sheets"),
            ),
        ),
        ResourceTable(
            "categories", "categories", "category", Permission.MANAGE_CATEGORIES,
            ("name", "color", "mandatory", "multiple", "unselectable", "post_qualification"),
            (("name_key", "name"),),
            refs=(ForeignRef("parent_id", "parent_id", "categories"),),
            links=(LinkList("source_ids", "category_sources", "category_id", "source_id", *_SOURCE),),
        ),
        ResourceTable("user_capacities", "user_capacities", "user_capacity", Permission.MANAGE_TOPOLOGIES,
                      ("name",), (("name_key", "name"),)),
        ResourceTable(
            "users", "users", "user", Permission.CREATE_USER,
            ("firstname", "lastname", "nickname", "email", "enabled", "invitation_pending", "locale",
             "timezone", "spoken_languages"),
            (("nickname_key", "nickname"), ("email_key", "email")),
            refs=(ForeignRef("role_id", "role_id", "roles"),),
            links=(LinkList("category_ids", "user_categories", "user_id", "category_id", "categories"),),
        ),
        ResourceTable("teams", "teams", "team", Permission.MANAGE_TEAMS, ("name",), (("name_key", "name"),)),
        ResourceTable(
            "presence_status", "presence_statuses", "presence_status", Permission.UPDATE_SETTINGS,
            ("name", "maps_to", "position"), (("name_key", "name"),),
        ),
        ResourceTable("topologies", "topologies", "topology", Permission.MANAGE_TOPOLOGIES,
                      ("name", "config", "active"), (("name_key", "name"),)),
        ResourceTable("rules", "rules_engine_rules", "rules_engine_rule", Permission.MANAGE_RULES_ENGINE_RULES,
                      ("name", "active", "position", "trigger", "conditions", "actions"), (("name_key", "name"),)),
        ResourceTable("tags", "tags", "tag", Permission.MANAGE_TAGS, ("name",), (("name_key", "name"),)),
        ResourceTable("custom_fields", "custom_fields", "custom_field", Permission.MANAGE_CUSTOM_FIELDS,
                      ("associated_type_name", "key", "label", "type", "multiple", "position", "choices")),
        ResourceTable(
            "folders", "folders", "folder", Permission.MANAGE_FOLDERS,
            ("label", "position", "query", "render_threads_count"),
            refs=(ForeignRef("parent_id", "parent_id", "folders"),),
        ),
        ResourceTable("reply_assistant_groups", "reply_assistant_groups", "reply_assistant_group",
                      Permission.MANAGE_REPLY_ASSISTANT, ("name", "position", "autocomplete"), (("name_key", "name"),)),
        ResourceTable(
            "reply_assistant_entries", "reply_assistant_entries", "reply_assistant_entry",
            Permission.MANAGE_REPLY_ASSISTANT, ("label", "foreign_id"), (("label_key", "label"),),
            refs=(ForeignRef("entry_group_id", "group_id", "reply_assistant_groups"),),
            links=(
                LinkList("category_ids", "reply_assistant_entry_categories", "entry_id", "category_id", "categories"),
                LinkList("source_ids", "reply_assistant_entry_sources", "entry_id", "source_id", *_SOURCE),
            ),
        ),
        ResourceTable(
            "reply_assistant_versions", "reply_assistant_versions", "reply_assistant_version",
            Permission.MANAGE_REPLY_ASSISTANT, ("body", "format", "language"),
            refs=(ForeignRef("entry_id", "entry_id", "reply_assistant_entries"),),
            links=(LinkList("source_ids", "reply_assistant_version_sources", "version_id", "source_id", *_SOURCE),),
        ),
        ResourceTable(
            "email_templates", "email_templates", "email_template", Permission.MANAGE_EMAILS_TEMPLATES,
            ("name", "subject", "body_html", "body_text"), (("name_key", "name"),),
            links=(LinkList("source_ids", "email_template_sources", "template_id", "source_id", *_SOURCE),),
        ),
    )
}  # fmt: skip

# Settings: one record made of the account and the security settings rows.
ACCOUNT_SETTINGS = (
    "name", "locale", "timezone", "routing_mode", "beginning_of_week", "content_languages", "multi_lang",
    "urgent_task_threshold", "intervention_closing_period", "identity_merge", "reply_as_any_identity",
    "spellchecking", "activity_tracking", "activity_presence_threshold",
)  # fmt: skip
SECURITY_SETTINGS = (
    "password_min_length", "password_numbers", "password_non_word", "session_timeout", "lockout_attempts",
    "lockout_minutes", "expire_password_enabled", "expire_password_after", "password_archivable_enabled",
    "password_archivable_size", "password_recovery_disabled", "disable_password_autocomplete",
    "deny_iframe_integration", "api_allowed_ip_ranges",
)  # fmt: skip


def column_length(table: str, column: str) -> int | None:
    """The longest text the column holds (None: unbounded or not text)."""
    kind = Base.metadata.tables[table].c[column].type
    return kind.length if isinstance(kind, String) else None


def key_of(endpoint: str, column: str, value: str) -> str:
    """The folded key written beside a name (categories fold like their search), cut to its column."""
    folded = search_fold(value) if endpoint == "categories" else fold(value)
    return folded[: column_length(TABLES[endpoint].table, column) or None]
