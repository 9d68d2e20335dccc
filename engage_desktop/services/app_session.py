"""What the views hold once a user has signed in: the database, the acting user and the services."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from engage_desktop.db import Database
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import UserCapabilities, user_capabilities
from engage_desktop.services.access.sign_in import SignedInUser
from engage_desktop.services.agent_tools.email_templates import EmailTemplateService
from engage_desktop.services.agent_tools.entries import ReplyAssistantService
from engage_desktop.services.agent_tools.entry_import import ReplyAssistantImportService
from engage_desktop.services.agent_tools.groups import ReplyAssistantGroupService
from engage_desktop.services.agent_tools.signatures import SignatureService
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.bundles.platform_service import PlatformService
from engage_desktop.services.bundles.workspace import WorkspaceInfo, workspace_info
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.identities import IdentityService
from engage_desktop.services.channels.sources import ContentSourceService
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.digital.custom_fields import CustomFieldService
from engage_desktop.services.digital.exports import ExportService
from engage_desktop.services.digital.exports_automated import AutomaticExportService
from engage_desktop.services.digital.exports_lock import ExportsDuty
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner
from engage_desktop.services.digital.folders import FolderService
from engage_desktop.services.digital.identity_groups import IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.journal_browser import JournalBrowser
from engage_desktop.services.digital.tags import TagService
from engage_desktop.services.routing.categories import CategoryService
from engage_desktop.services.routing.category_csv import CategoryCsvService
from engage_desktop.services.routing.category_deletion import CategoryDeletionService
from engage_desktop.services.routing.engine.monitor import QueueMonitorService
from engage_desktop.services.routing.engine.trace_import import TraceImportService
from engage_desktop.services.routing.routing_channels import RoutingChannelService
from engage_desktop.services.routing.rules import RuleService
from engage_desktop.services.routing.simulation_scenarios import SimulationService
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.settings.services import SettingsServices
from engage_desktop.services.users.capacities import CapacityService
from engage_desktop.services.users.lookup import UserLookupService
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService
from engage_desktop.services.users.teams import TeamService


@dataclass
class AppSession:
    database: Database
    ctx: ServiceContext
    user: SignedInUser
    secrets: SecretStore
    account_name: str = "Engage"

    def can(self, permission: Permission) -> bool:
        """For comfort only (hiding what the service would refuse); the services check again."""
        return permission.value in self.user.permissions

    @cached_property
    def user_capabilities(self) -> UserCapabilities:
        """What the actor may do with users (the team-leader rule applied once, in the services)."""
        return user_capabilities(self.user.permissions)

    @cached_property
    def roles(self) -> RoleService:
        return RoleService(self.ctx)

    @cached_property
    def users(self) -> UserService:
        return UserService(self.ctx)

    @cached_property
    def communities(self) -> CommunityService:
        return CommunityService(self.ctx)

    @cached_property
    def sources(self) -> ContentSourceService:
        return ContentSourceService(self.ctx, self.secrets)

    @cached_property
    def identities(self) -> IdentityService:
        return IdentityService(self.ctx)

    @cached_property
    def teams(self) -> TeamService:
        return TeamService(self.ctx)

    @cached_property
    def capacities(self) -> CapacityService:
        return CapacityService(self.ctx)

    @cached_property
    def presence_statuses(self) -> PresenceStatusService:
        return PresenceStatusService(self.ctx)

    @cached_property
    def user_lookup(self) -> UserLookupService:
        """Users to pick (team members, capacity holders), paged and within the actor's scope."""
        return UserLookupService(self.ctx)

    @cached_property
    def topologies(self) -> TopologyService:
        return TopologyService(self.ctx)

    @cached_property
    def rules(self) -> RuleService:
        return RuleService(self.ctx)

    @cached_property
    def categories(self) -> CategoryService:
        return CategoryService(self.ctx)

    @cached_property
    def category_deletion(self) -> CategoryDeletionService:
        return CategoryDeletionService(self.ctx)

    @cached_property
    def category_csv(self) -> CategoryCsvService:
        return CategoryCsvService(self.ctx)

    @cached_property
    def routing_channels(self) -> RoutingChannelService:
        return RoutingChannelService(self.ctx)

    @cached_property
    def settings(self) -> SettingsServices:
        """Settings section: account, security, business hours, extensions, tokens, webhooks…"""
        return SettingsServices(self.ctx, self.secrets)

    @cached_property
    def reply_assistant(self) -> ReplyAssistantService:
        return ReplyAssistantService(self.ctx)

    @cached_property
    def reply_assistant_groups(self) -> ReplyAssistantGroupService:
        return ReplyAssistantGroupService(self.ctx)

    @cached_property
    def reply_assistant_import(self) -> ReplyAssistantImportService:
        return ReplyAssistantImportService(self.ctx)

    @cached_property
    def email_templates(self) -> EmailTemplateService:
        return EmailTemplateService(self.ctx)

    @cached_property
    def signatures(self) -> SignatureService:
        return SignatureService(self.ctx)

    @cached_property
    def exports(self) -> ExportService:
        """Digital › Exports: manual exports of every type."""
        return ExportService(self.ctx)

    @cached_property
    def automatic_exports(self) -> AutomaticExportService:
        return AutomaticExportService(self.ctx, self.secrets)

    @cached_property
    def export_runner(self) -> AutomaticExportRunner:
        """Runs the due automated exports (as their owners) while the console is open."""
        return AutomaticExportRunner(self.ctx, self.secrets)

    @cached_property
    def journal(self) -> JournalBrowser:
        """Digital › Audit journal (and Settings › Audit log): filtered pages, charts, verify."""
        return JournalBrowser(self.ctx)

    @cached_property
    def tags(self) -> TagService:
        return TagService(self.ctx)

    @cached_property
    def identity_groups(self) -> IdentityGroupService:
        return IdentityGroupService(self.ctx)

    @cached_property
    def identity_merge(self) -> IdentityMergeService:
        return IdentityMergeService(self.ctx)

    @cached_property
    def custom_fields(self) -> CustomFieldService:
        return CustomFieldService(self.ctx)

    @cached_property
    def folders(self) -> FolderService:
        return FolderService(self.ctx)

    @cached_property
    def queue_monitor(self) -> QueueMonitorService:
        """Routing › Queue monitor: snapshots, waiting tasks and the supervisor's actions on them."""
        return QueueMonitorService(self.ctx)

    @cached_property
    def routing_simulation(self) -> SimulationService:
        return SimulationService(self.ctx)

    @cached_property
    def bundles(self) -> BundleService:
        """File › Export to a bundle, Import into a workspace, Compare with a bundle."""
        return BundleService(self.ctx)

    @cached_property
    def workspace(self) -> WorkspaceInfo | None:
        """Set when the open database is a workspace made from a bundle, not the main database."""
        return workspace_info(self.ctx)

    @cached_property
    def trace_import(self) -> TraceImportService:
        """Routing › Queue monitor › Import interactions: a JSONL trace into the live engine."""
        return TraceImportService(self.ctx, self.database)

    @cached_property
    def platform(self) -> PlatformService:
        """File › Apply a plan, and plan/pull: a platform account, permission-checked and journaled."""
        return PlatformService(self.ctx)

    @cached_property
    def exports_duty(self) -> ExportsDuty:
        """Runs the due automated exports while this console holds the database's lock for them."""
        return ExportsDuty(self.database, self.export_runner)
