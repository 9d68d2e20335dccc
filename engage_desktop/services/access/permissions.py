"""The role permission catalogue (permissions.md), grouped as the role editor shows it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP


class Permission(StrEnum):
    # Users & teams
    READ_USER = "read_user"
    CREATE_USER = "create_user"
    UPDATE_USER = "update_user"
    INVITE_USER = "invite_user"
    IMPERSONATE_USER = "impersonate_user"
    MANAGE_USERS_OF_MY_TEAMS = "manage_users_of_my_teams"
    MANAGE_TEAMS = "manage_teams"
    MANAGE_ROLES = "manage_roles"
    READ_PRESENCE = "read_presence"
    # Channels & identities
    READ_CONTENT_SOURCE = "read_content_source"
    CREATE_CONTENT_SOURCE = "create_content_source"
    UPDATE_CONTENT_SOURCE = "update_content_source"
    READ_COMMUNITY = "read_community"
    CREATE_COMMUNITY = "create_community"
    UPDATE_COMMUNITY = "update_community"
    READ_IDENTITY = "read_identity"
    UPDATE_IDENTITY = "update_identity"
    MANAGE_IDENTITIES = "manage_identities"
    LOCK_IDENTITY = "lock_identity"
    ANONYMIZE_IDENTITY = "anonymize_identity"
    EXPORT_IDENTITY = "export_identity"
    # Routing
    MANAGE_CATEGORIES = "manage_categories"
    MANAGE_TOPOLOGIES = "manage_topologies"
    MONITOR_TASKS = "monitor_tasks"
    MONITOR_TEAM_TASKS = "monitor_team_tasks"
    RECEIVE_TASKS = "receive_tasks"
    ACCESS_PULL_MODE = "access_pull_mode"
    MANAGE_RULES_ENGINE_RULES = "manage_rules_engine_rules"
    # Digital
    MANAGE_TAGS = "manage_tags"
    MANAGE_CUSTOM_FIELDS = "manage_custom_fields"
    MANAGE_FOLDERS = "manage_folders"
    READ_EXPORT = "read_export"
    DELAY_EXPORT_CONTENT = "delay_export_content"
    READ_EVENT = "read_event"
    SEARCH_EVENT = "search_event"
    READ_STATS = "read_stats"
    READ_OWN_STATS = "read_own_stats"
    MANAGE_AUTOMATIC_EXPORTS_TASKS = "manage_automatic_exports_tasks"
    # Agent tools
    MANAGE_REPLY_ASSISTANT = "manage_reply_assistant"
    REPLY_WITH_ASSISTANT = "reply_with_assistant"
    MANAGE_EMAILS_TEMPLATES = "manage_emails_templates"
    MANAGE_CHAT = "manage_chat"
    MANAGE_MESSAGING = "manage_messaging"
    MANAGE_SURVEYS = "manage_surveys"
    READ_SURVEYS = "read_surveys"
    MANAGE_ICE = "manage_ice"
    MANAGE_APP_SDK_APPLICATIONS = "manage_app_sdk_applications"
    # Settings
    UPDATE_SETTINGS = "update_settings"
    UPDATE_TIME_SHEET = "update_time_sheet"
    UPDATE_EXTENSION = "update_extension"
    CREATE_AND_DESTROY_EXTENSION = "create_and_destroy_extension"
    MANAGE_API_ACCESS_TOKENS = "manage_api_access_tokens"
    MANAGE_CUSTOM_NOTIFICATIONS = "manage_custom_notifications"
    MANAGE_OWN_NOTIFICATIONS = "manage_own_notifications"
    # Conversation work (agent interface)
    SEARCH_CONTENTS = "search_contents"
    ACCESS_PREVIOUS_MESSAGES = "access_previous_messages"
    OPEN_CONTENT_THREAD = "open_content_thread"
    CLOSE_CONTENT_THREAD = "close_content_thread"
    DELETE_CONTENT_THREAD = "delete_content_thread"
    UPDATE_INTERVENTION = "update_intervention"
    UPDATE_OWN_INTERVENTION = "update_own_intervention"
    ASSIGN_INTERVENTION = "assign_intervention"
    APPROVE_CONTENT = "approve_content"
    PUBLISH_CONTENT = "publish_content"
    MUTE_CONTENT = "mute_content"
    AUTHOR_BLOCK_CONTENT = "author_block_content"
    ADMIN_STAMP_ANSWER = "admin_stamp_answer"
    USE_EMOJI = "use_emoji"
    ACCESS_HELP_CENTER = "access_help_center"
    ASK_AN_EXPERT = "ask_an_expert"
    ESCALATE_TO_VIDEO = "escalate_to_video"
    USE_COBROWSING = "use_cobrowsing"


class Extension(StrEnum):
    REPLY_ASSISTANT = "reply_assistant"
    RULES_ENGINE = "rules_engine"
    SURVEYS = "surveys"
    AUTOMATED_EXPORTS = "automated_exports"
    CO_BROWSING = "co_browsing"
    VIDEO = "video"
    AI_CATEGORISATION = "ai_categorisation"


# Permissions that exist only while their extension is on.
PERMISSION_EXTENSION: dict[Permission, Extension] = {
    Permission.MANAGE_RULES_ENGINE_RULES: Extension.RULES_ENGINE,
    Permission.MANAGE_AUTOMATIC_EXPORTS_TASKS: Extension.AUTOMATED_EXPORTS,
    Permission.MANAGE_REPLY_ASSISTANT: Extension.REPLY_ASSISTANT,
    Permission.REPLY_WITH_ASSISTANT: Extension.REPLY_ASSISTANT,
    Permission.MANAGE_SURVEYS: Extension.SURVEYS,
    Permission.READ_SURVEYS: Extension.SURVEYS,
    Permission.USE_COBROWSING: Extension.CO_BROWSING,
    Permission.ESCALATE_TO_VIDEO: Extension.VIDEO,
}


@dataclass(frozen=True)
class PermissionGroup:
    key: str
    title: str
    permissions: tuple[Permission, ...]


def _members(first: Permission, last: Permission) -> tuple[Permission, ...]:
    names = list(Permission)
    return tuple(names[names.index(first) : names.index(last) + 1])


PERMISSION_GROUPS: tuple[PermissionGroup, ...] = (
    PermissionGroup("users", "Users & teams", _members(Permission.READ_USER, Permission.READ_PRESENCE)),
    PermissionGroup(
        "channels",
        "Channels & identities",
        _members(Permission.READ_CONTENT_SOURCE, Permission.EXPORT_IDENTITY),
    ),
    PermissionGroup(
        "routing", "Routing", _members(Permission.MANAGE_CATEGORIES, Permission.MANAGE_RULES_ENGINE_RULES)
    ),
    PermissionGroup(
        "digital", "Digital", _members(Permission.MANAGE_TAGS, Permission.MANAGE_AUTOMATIC_EXPORTS_TASKS)
    ),
    PermissionGroup(
        "agent_tools",
        "Agent tools",
        _members(Permission.MANAGE_REPLY_ASSISTANT, Permission.MANAGE_APP_SDK_APPLICATIONS),
    ),
    PermissionGroup(
        "settings", "Settings", _members(Permission.UPDATE_SETTINGS, Permission.MANAGE_OWN_NOTIFICATIONS)
    ),
    PermissionGroup(
        "conversation",
        "Conversation work (agent interface)",
        _members(Permission.SEARCH_CONTENTS, Permission.USE_COBROWSING),
    ),
)

ALL_PERMISSIONS: frozenset[Permission] = frozenset(Permission)

P = Permission
_SUPERVISOR = frozenset(
    {
        P.READ_USER,
        P.READ_PRESENCE,
        P.MANAGE_USERS_OF_MY_TEAMS,
        P.UPDATE_USER,
        P.MANAGE_TEAMS,
        P.READ_CONTENT_SOURCE,
        P.READ_COMMUNITY,
        P.READ_IDENTITY,
        P.MANAGE_CATEGORIES,
        P.MONITOR_TASKS,
        P.MONITOR_TEAM_TASKS,
        P.MANAGE_REPLY_ASSISTANT,
        P.REPLY_WITH_ASSISTANT,
        P.READ_EXPORT,
        P.READ_EVENT,
        P.SEARCH_EVENT,
        P.READ_STATS,
        P.READ_OWN_STATS,
        P.MANAGE_OWN_NOTIFICATIONS,
        P.SEARCH_CONTENTS,
        P.ACCESS_PREVIOUS_MESSAGES,
        P.OPEN_CONTENT_THREAD,
        P.CLOSE_CONTENT_THREAD,
        P.UPDATE_INTERVENTION,
        P.ASSIGN_INTERVENTION,
        P.APPROVE_CONTENT,
        P.PUBLISH_CONTENT,
        P.USE_EMOJI,
        P.ACCESS_HELP_CENTER,
    }
)
_AGENT = frozenset(
    {
        P.RECEIVE_TASKS,
        P.ACCESS_PULL_MODE,
        P.UPDATE_OWN_INTERVENTION,
        P.REPLY_WITH_ASSISTANT,
        P.READ_OWN_STATS,
        P.MANAGE_OWN_NOTIFICATIONS,
        P.SEARCH_CONTENTS,
        P.ACCESS_PREVIOUS_MESSAGES,
        P.OPEN_CONTENT_THREAD,
        P.CLOSE_CONTENT_THREAD,
        P.PUBLISH_CONTENT,
        P.USE_EMOJI,
        P.ACCESS_HELP_CENTER,
    }
)
_AUDITOR = frozenset(
    {
        P.READ_USER,
        P.READ_CONTENT_SOURCE,
        P.READ_COMMUNITY,
        P.READ_IDENTITY,
        P.READ_EVENT,
        P.SEARCH_EVENT,
        P.READ_EXPORT,
    }
)
del P

# label -> permissions; created on a new database, editable afterwards.
DEFAULT_ROLES: dict[str, frozenset[Permission]] = {
    "Administrator": ALL_PERMISSIONS,
    "Supervisor": _SUPERVISOR,
    "Agent": _AGENT,
    "Auditor": _AUDITOR,
}


PERMISSIONS_NOT_A_LIST = ErrorCode(
    "permission.not_a_list", QT_TRANSLATE_NOOP("Errors", "Permissions must be a list of names.")
)
PERMISSIONS_UNKNOWN = ErrorCode(
    "permission.unknown", QT_TRANSLATE_NOOP("Errors", "Unknown permission(s): {names}")
)


def parse_permissions(names: object) -> set[Permission]:
    """Plain strings from a form or a file -> catalogue members; unknown names are a ValidationError."""
    from engage_desktop.services.core.errors import ValidationError

    if isinstance(names, str) or not hasattr(names, "__iter__"):
        raise ValidationError("permissions", PERMISSIONS_NOT_A_LIST())
    result: set[Permission] = set()
    unknown: list[str] = []
    for name in names:
        try:
            result.add(Permission(str(name)))
        except ValueError:
            unknown.append(str(name))
    if unknown:
        raise ValidationError("permissions", PERMISSIONS_UNKNOWN(names=", ".join(sorted(unknown))))
    return result
