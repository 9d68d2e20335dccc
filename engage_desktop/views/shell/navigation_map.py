"""The left bar's map (domain README): sections, their pages, who may see them, what builds them.

Page factories are named as "module:Class" strings and imported on first display, so start-up
only pays for the page it opens. A page whose factory is None shows the "coming" empty state.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from engage_desktop.services.access.permissions import Permission as P  # noqa: N817
from engage_desktop.views.widgets.translations import QT_TRANSLATE_NOOP

CTX = "Navigation"


@dataclass(frozen=True)
class PageSpec:
    key: str
    title_source: str  # English source text; call `title()` for the translated one
    read_permissions: tuple[P, ...]  # any one of them shows the page
    factory: str | None = None
    icon: str = ""
    extension: str | None = None  # hidden while this extension (Settings › Extensions) is off

    def title(self) -> str:
        return QCoreApplication.translate(CTX, self.title_source)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title_source: str
    icon: str
    pages: tuple[PageSpec, ...]

    def title(self) -> str:
        return QCoreApplication.translate(CTX, self.title_source)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "users",
        QT_TRANSLATE_NOOP("Navigation", "Users"),
        "users",
        (
            PageSpec(
                "users.users",
                QT_TRANSLATE_NOOP("Navigation", "Users"),
                (P.READ_USER, P.MANAGE_USERS_OF_MY_TEAMS),
                "engage_desktop.views.users.users_page:UsersPage",
            ),
            PageSpec(
                "users.roles",
                QT_TRANSLATE_NOOP("Navigation", "Roles"),
                (P.MANAGE_ROLES, P.READ_USER),
                "engage_desktop.views.users.roles_page:RolesPage",
            ),
            PageSpec(
                "users.teams",
                QT_TRANSLATE_NOOP("Navigation", "Teams"),
                (P.READ_USER, P.MANAGE_TEAMS, P.MANAGE_USERS_OF_MY_TEAMS),
                "engage_desktop.views.users.teams_page:TeamsPage",
            ),
            PageSpec(
                "users.capacities",
                QT_TRANSLATE_NOOP("Navigation", "Agent capacities"),
                (P.READ_USER,),
                "engage_desktop.views.users.capacities_page:CapacitiesPage",
            ),
            PageSpec(
                "users.presence",
                QT_TRANSLATE_NOOP("Navigation", "Presence statuses"),
                (P.READ_PRESENCE, P.READ_USER),
                "engage_desktop.views.users.presence_page:PresenceStatusesPage",
            ),
        ),
    ),
    SectionSpec(
        "channels",
        QT_TRANSLATE_NOOP("Navigation", "Channels"),
        "channels",
        (
            PageSpec(
                "channels.sources",
                QT_TRANSLATE_NOOP("Navigation", "Channels"),
                (P.READ_CONTENT_SOURCE,),
                "engage_desktop.views.channels.sources_page:SourcesPage",
            ),
            PageSpec(
                "channels.communities",
                QT_TRANSLATE_NOOP("Navigation", "Communities"),
                (P.READ_COMMUNITY,),
                "engage_desktop.views.channels.communities_page:CommunitiesPage",
            ),
            PageSpec(
                "channels.identities",
                QT_TRANSLATE_NOOP("Navigation", "Identities"),
                (P.READ_IDENTITY,),
                "engage_desktop.views.channels.identities_page:IdentitiesPage",
            ),
        ),
    ),
    SectionSpec(
        "routing",
        QT_TRANSLATE_NOOP("Navigation", "Routing"),
        "routing",
        (
            PageSpec(
                "routing.categories",
                QT_TRANSLATE_NOOP("Navigation", "Categories"),
                (P.MANAGE_CATEGORIES,),
                "engage_desktop.views.routing.categories_page:CategoriesPage",
            ),
            PageSpec(
                "routing.channels",
                QT_TRANSLATE_NOOP("Navigation", "Routing channels"),
                (P.MANAGE_TOPOLOGIES,),
                "engage_desktop.views.routing.routing_channels_page:RoutingChannelsPage",
            ),
            PageSpec(
                "routing.topologies",
                QT_TRANSLATE_NOOP("Navigation", "Topologies"),
                (P.MANAGE_TOPOLOGIES,),
                "engage_desktop.views.routing.topologies_page:TopologiesPage",
            ),
            PageSpec(
                "routing.rules",
                QT_TRANSLATE_NOOP("Navigation", "Rules"),
                (P.MANAGE_RULES_ENGINE_RULES,),
                "engage_desktop.views.routing.rules_page:RulesPage",
                extension="rules_engine",
            ),
            PageSpec(
                "routing.monitor",
                QT_TRANSLATE_NOOP("Navigation", "Queue monitor"),
                (P.MONITOR_TASKS, P.MONITOR_TEAM_TASKS),
                "engage_desktop.views.routing.queue_monitor_page:QueueMonitorPage",
            ),
            PageSpec(
                "routing.simulation",
                QT_TRANSLATE_NOOP("Navigation", "Simulation"),
                (P.MANAGE_TOPOLOGIES, P.MONITOR_TASKS),
                "engage_desktop.views.routing.simulation_page:SimulationPage",
            ),
        ),
    ),
    SectionSpec(
        "digital",
        QT_TRANSLATE_NOOP("Navigation", "Digital"),
        "digital",
        (
            PageSpec(
                "digital.tags",
                QT_TRANSLATE_NOOP("Navigation", "Tags"),
                (P.MANAGE_TAGS, P.READ_IDENTITY),
                "engage_desktop.views.digital.tags_page:TagsPage",
            ),
            PageSpec(
                "digital.identity_groups",
                QT_TRANSLATE_NOOP("Navigation", "Identity groups"),
                (P.READ_IDENTITY,),
                "engage_desktop.views.digital.identity_groups_page:IdentityGroupsPage",
            ),
            PageSpec(
                "digital.custom_fields",
                QT_TRANSLATE_NOOP("Navigation", "Custom fields"),
                (P.MANAGE_CUSTOM_FIELDS,),
                "engage_desktop.views.digital.custom_fields_page:CustomFieldsPage",
            ),
            PageSpec(
                "digital.folders",
                QT_TRANSLATE_NOOP("Navigation", "Folders"),
                (P.MANAGE_FOLDERS,),
                "engage_desktop.views.digital.folders_page:FoldersPage",
            ),
            PageSpec(
                "digital.exports",
                QT_TRANSLATE_NOOP("Navigation", "Exports"),
                (P.READ_EXPORT,),
                "engage_desktop.views.digital.exports_page:ExportsPage",
            ),
            PageSpec(
                "digital.journal",
                QT_TRANSLATE_NOOP("Navigation", "Audit journal"),
                (P.READ_EVENT,),
                "engage_desktop.views.digital.journal_page:JournalPage",
            ),
        ),
    ),
    SectionSpec(
        "agent_tools",
        QT_TRANSLATE_NOOP("Navigation", "Agent tools"),
        "agent_tools",
        (
            PageSpec(
                "agent_tools.reply_assistant",
                QT_TRANSLATE_NOOP("Navigation", "Reply assistant"),
                (P.MANAGE_REPLY_ASSISTANT,),
                "engage_desktop.views.agent_tools.reply_assistant_page:ReplyAssistantPage",
                extension="reply_assistant",
            ),
            PageSpec(
                "agent_tools.reply_assistant_groups",
                QT_TRANSLATE_NOOP("Navigation", "Reply-assistant groups"),
                (P.MANAGE_REPLY_ASSISTANT,),
                "engage_desktop.views.agent_tools.groups_page:ReplyAssistantGroupsPage",
                extension="reply_assistant",
            ),
            PageSpec(
                "agent_tools.email_templates",
                QT_TRANSLATE_NOOP("Navigation", "E-mail templates"),
                (P.MANAGE_EMAILS_TEMPLATES,),
                "engage_desktop.views.agent_tools.email_templates_page:EmailTemplatesPage",
            ),
            PageSpec(
                "agent_tools.signatures",
                QT_TRANSLATE_NOOP("Navigation", "Signatures"),
                (P.UPDATE_USER, P.READ_USER),
                "engage_desktop.views.agent_tools.signatures_page:SignaturesPage",
            ),
        ),
    ),
    SectionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "settings",
        (
            PageSpec(
                "settings.account",
                QT_TRANSLATE_NOOP("Navigation", "Account settings"),
                (P.UPDATE_SETTINGS,),
                "engage_desktop.views.settings.account_page:AccountSettingsPage",
            ),
            PageSpec(
                "settings.security",
                QT_TRANSLATE_NOOP("Navigation", "Security"),
                (P.UPDATE_SETTINGS,),
                "engage_desktop.views.settings.security_page:SecurityPage",
            ),
            PageSpec(
                "settings.business_hours",
                QT_TRANSLATE_NOOP("Navigation", "Business hours"),
                (P.UPDATE_TIME_SHEET,),
                "engage_desktop.views.settings.business_hours_page:BusinessHoursPage",
            ),
            PageSpec(
                "settings.notifications",
                QT_TRANSLATE_NOOP("Navigation", "Notifications"),
                (P.MANAGE_CUSTOM_NOTIFICATIONS, P.MANAGE_OWN_NOTIFICATIONS),
                "engage_desktop.views.settings.notifications_page:NotificationsPage",
            ),
            PageSpec(
                "settings.extensions",
                QT_TRANSLATE_NOOP("Navigation", "Extensions"),
                (P.UPDATE_EXTENSION, P.CREATE_AND_DESTROY_EXTENSION),
                "engage_desktop.views.settings.extensions_page:ExtensionsPage",
            ),
            PageSpec(
                "settings.api_tokens",
                QT_TRANSLATE_NOOP("Navigation", "API access tokens"),
                (P.MANAGE_API_ACCESS_TOKENS,),
                "engage_desktop.views.settings.api_tokens_page:ApiTokensPage",
            ),
            PageSpec(
                "settings.webhooks",
                QT_TRANSLATE_NOOP("Navigation", "Webhooks"),
                (P.UPDATE_SETTINGS,),
                "engage_desktop.views.settings.webhooks_page:WebhooksPage",
            ),
            PageSpec(
                "settings.audit_log",
                QT_TRANSLATE_NOOP("Navigation", "Audit log"),
                (P.READ_EVENT,),
                "engage_desktop.views.digital.journal_page:JournalPage",
            ),
            PageSpec(
                "settings.workstations",
                QT_TRANSLATE_NOOP("Navigation", "Workstations"),
                (P.UPDATE_SETTINGS,),
                "engage_desktop.views.settings.workstations_page:WorkstationsPage",
            ),
        ),
    ),
)

DEFAULT_PAGE = "users.users"
LAST_PAGE_SETTING = "main_window/last_page"  # where the main window reopens


def first_page_module(last_page: object) -> str | None:
    """The module of the page the main window will most likely open (start-up imports it early)."""
    page = page_by_key(last_page) if isinstance(last_page, str) else None
    page = page or page_by_key(DEFAULT_PAGE)
    return page.factory.partition(":")[0] if page and page.factory else None


def all_pages() -> list[PageSpec]:
    return [page for section in SECTIONS for page in section.pages]


def page_by_key(key: str) -> PageSpec | None:
    return next((p for p in all_pages() if p.key == key), None)


def visible_sections(
    permissions: frozenset[str], disabled_extensions: frozenset[str] = frozenset()
) -> list[tuple[SectionSpec, list[PageSpec]]]:
    """Sections with the pages this user may read (and whose extension is on); a section with none
    is left out."""
    result = []
    for section in SECTIONS:
        pages = [
            p
            for p in section.pages
            if any(perm.value in permissions for perm in p.read_permissions)
            and (p.extension is None or p.extension not in disabled_extensions)
        ]
        if pages:
            result.append((section, pages))
    return result
