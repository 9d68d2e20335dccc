"""SQLAlchemy typed models: tables, constraints, indexes. No Qt, no business rules."""

from engage_desktop.models.agent_tools import EmailTemplate, ReplyAssistantEntry, ReplyAssistantGroup
from engage_desktop.models.api_tokens import ApiAccessToken
from engage_desktop.models.audit import AuditEvent, AuditHead
from engage_desktop.models.base import Base, new_platform_id, utcnow
from engage_desktop.models.capacities import UserCapacity, UserCapacityAssignment, UserCapacityChannel
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.digital import CustomField, Folder, IdentityGroupTag, Tag
from engage_desktop.models.exports import AutomaticExportTask
from engage_desktop.models.interactions import Interaction, Intervention, RoutingTask  # noqa: F401
from engage_desktop.models.password_history import PasswordHistory
from engage_desktop.models.presence import PresenceStatus
from engage_desktop.models.routing import Category
from engage_desktop.models.routing_rules import RulesEngineRule, Topology
from engage_desktop.models.settings import AccountSettings, Extension, SecuritySettings
from engage_desktop.models.users import Role, RolePermission, Team, TeamMember, User
from engage_desktop.models.webhooks import CustomNotification, NotificationPreference, Webhook
from engage_desktop.models.workstations import WorkstationSession

__all__ = [
    "AccountSettings",
    "ApiAccessToken",
    "AuditEvent",
    "AuditHead",
    "AutomaticExportTask",
    "Base",
    "Category",
    "Community",
    "ContentSource",
    "CustomField",
    "CustomNotification",
    "EmailTemplate",
    "Extension",
    "Folder",
    "IdentityGroupTag",
    "NotificationPreference",
    "PasswordHistory",
    "PresenceStatus",
    "ReplyAssistantEntry",
    "ReplyAssistantGroup",
    "Role",
    "RolePermission",
    "RulesEngineRule",
    "SecuritySettings",
    "Tag",
    "Team",
    "TeamMember",
    "Topology",
    "User",
    "UserCapacity",
    "UserCapacityAssignment",
    "UserCapacityChannel",
    "Webhook",
    "WorkstationSession",
    "new_platform_id",
    "utcnow",
]
