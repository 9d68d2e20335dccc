"""Every data-changing service action, with the permission(s) it needs.

The hardening tests run each entry as a role lacking what it needs, as a role with no permission
and as the administrator. A new public method of a `*Service` (or `*Export`) class whose name marks it as data-changing (see
`CHANGING_PREFIXES`) fails `test_registry_is_complete` until it is registered here.

`needs` with `mode="any"` means one of the permissions is enough: the team-leader actions are
satisfied by `update_user` (or `manage_teams`) or by `manage_users_of_my_teams`.
"""

from __future__ import annotations

from conftest import Signed

from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.identities import IdentityService, ProfileChanges
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.categories import CategoryForm, CategoryService
from engage_desktop.services.routing.category_csv import CategoryCsvService
from engage_desktop.services.routing.category_deletion import CategoryDeletionService
from engage_desktop.services.routing.routing_channels import RoutingChannelForm, RoutingChannelService
from engage_desktop.services.routing.rule_conditions import SampleMessage
from engage_desktop.services.routing.rules import RuleForm, RuleService
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.settings.database_move import DatabaseMoveService
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.capacities import CapacityService
from engage_desktop.services.users.capacity_rules import ChannelLimit
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.export import UserCsvExport
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService
from engage_desktop.services.users.teams import TeamService

from .action_base import ALL, ANY, CHANGING_PREFIXES, P, ServiceAction
from .action_context import (
    EMAIL_SETTINGS,
    Context,
    build_context,
    rule_spec,
    source_service,
    topology_config,
    user_form,
    with_active_topology,
    with_empty_community,
    with_invited,
    with_role_in_use,
    with_second_rule,
)
from .registry_agent_tools import ACTIONS as AGENT_TOOLS_ACTIONS
from .registry_bundles import ACTIONS as BUNDLE_ACTIONS
from .registry_digital import ACTIONS as DIGITAL_ACTIONS
from .registry_digital_exports import ACTIONS as EXPORTS_ACTIONS
from .registry_routing_engine import ACTIONS as ENGINE_ACTIONS
from .registry_settings import ACTIONS as SETTINGS_ACTIONS

__all__ = ["ACTIONS", "ALL", "ANY", "BY_NAME", "CHANGING_PREFIXES", "P", "ServiceAction", "setup_for"]

CSV_HEADER = "firstname,lastname,nickname,email,role\n"

USER_MANAGERS = (P.UPDATE_USER, P.MANAGE_USERS_OF_MY_TEAMS)


def _export(ctx: ServiceContext, c: Context) -> object:
    return UserCsvExport(ctx).export(c.tmp / "users.csv")


def _category_export(ctx: ServiceContext, c: Context) -> object:
    CategoryCsvService(ctx).export_to(c.tmp / "categories.csv")
    return None


CORE_ACTIONS: tuple[ServiceAction, ...] = (
    # ---- users: roles
    ServiceAction(
        "RoleService.create_role", (P.MANAGE_ROLES,), lambda x, c: RoleService(x).create_role("Night")
    ),
    ServiceAction(
        "RoleService.update_role",
        (P.MANAGE_ROLES,),
        lambda x, c: RoleService(x).update_role(c.role_id, "Spare two", []),
    ),
    ServiceAction(
        "RoleService.duplicate_role",
        (P.MANAGE_ROLES,),
        lambda x, c: RoleService(x).duplicate_role(c.role_id, "Spare copy"),
    ),
    ServiceAction(
        "RoleService.delete_role", (P.MANAGE_ROLES,), lambda x, c: RoleService(x).delete_role(c.role_id)
    ),
    ServiceAction(
        "RoleService.move_users_and_delete_role",
        (P.MANAGE_ROLES, P.UPDATE_USER),
        lambda x, c: RoleService(x).move_users_and_delete_role(c.role_id, c.extra["their_role"]),
        setup=lambda a: with_role_in_use(a),
    ),
    # ---- users: accounts
    ServiceAction(
        "UserService.create_user",
        (P.CREATE_USER,),
        lambda x, c: UserService(x).create_user(user_form(c, "newbie")),
    ),
    ServiceAction(
        "UserService.invite_user",
        (P.INVITE_USER,),
        lambda x, c: UserService(x).invite_user(user_form(c, "guest")),
    ),
    ServiceAction(
        "UserService.resend_invitation",
        (P.INVITE_USER,),
        lambda x, c: UserService(x).resend_invitation(c.extra["invited"]),
        setup=lambda a: with_invited(a),
    ),
    ServiceAction(
        "UserService.update_user",
        USER_MANAGERS,
        lambda x, c: UserService(x).update_user(c.target_user, user_form(c, "target", lastname="Renamed")),
        mode=ANY,
    ),
    ServiceAction(
        "UserService.change_role",
        USER_MANAGERS,
        lambda x, c: UserService(x).change_role(c.target_user, c.role_id),
        mode=ANY,
    ),
    ServiceAction(
        "UserService.set_enabled",
        USER_MANAGERS,
        lambda x, c: UserService(x).set_enabled(c.target_user, False),
        mode=ANY,
    ),
    ServiceAction(
        "UserService.delete_user",
        USER_MANAGERS,
        lambda x, c: UserService(x).delete_user(c.target_user),
        mode=ANY,
    ),
    ServiceAction(
        "UserBulkService.apply",
        USER_MANAGERS,
        lambda x, c: UserBulkService(x).apply([c.target_user], BulkAction.DISABLE),
        mode=ANY,
    ),
    ServiceAction(
        "UserImportService.run",
        (P.CREATE_USER,),
        lambda x, c: UserImportService(x).run(
            (CSV_HEADER + "Bea,Brown,bea,bea@example.com,Agent\n").encode(), all_or_nothing=True
        ),
    ),
    ServiceAction("UserCsvExport.export", (P.READ_USER, P.READ_EXPORT), _export),
    # ---- users: teams, capacities, presence
    ServiceAction(
        "TeamService.create_team", (P.MANAGE_TEAMS,), lambda x, c: TeamService(x).create_team("Sales")
    ),
    ServiceAction(
        "TeamService.update_team",
        (P.MANAGE_TEAMS, P.MANAGE_USERS_OF_MY_TEAMS),
        lambda x, c: TeamService(x).update_team(c.world.teams["Care"], "Care", [c.target_user], []),
        mode=ANY,
    ),
    ServiceAction(
        "TeamService.delete_team",
        (P.MANAGE_TEAMS,),
        lambda x, c: TeamService(x).delete_team(c.world.teams["Billing"]),
    ),
    ServiceAction(
        "CapacityService.create_capacity",
        USER_MANAGERS,
        lambda x, c: CapacityService(x).create_capacity(
            "Full-time", [ChannelLimit(c.routing_channel_id, 1, 2)]
        ),
        mode=ANY,
    ),
    ServiceAction(
        "CapacityService.update_capacity",
        USER_MANAGERS,
        lambda x, c: CapacityService(x).update_capacity(
            c.world.capacities["Part-time"], "Half-time", [ChannelLimit(c.routing_channel_id, 1, 3)]
        ),
        mode=ANY,
    ),
    ServiceAction(
        "CapacityService.assign_users",
        USER_MANAGERS,
        lambda x, c: CapacityService(x).assign_users(c.world.capacities["Part-time"], [c.target_user]),
        mode=ANY,
    ),
    ServiceAction(
        "CapacityService.delete_capacity",
        USER_MANAGERS,
        lambda x, c: CapacityService(x).delete_capacity(c.world.capacities["Part-time"]),
        mode=ANY,
    ),
    ServiceAction(
        "PresenceStatusService.create_status",
        (P.UPDATE_SETTINGS,),
        lambda x, c: PresenceStatusService(x).create_status("Training", "away"),
    ),
    ServiceAction(
        "PresenceStatusService.update_status",
        (P.UPDATE_SETTINGS,),
        lambda x, c: PresenceStatusService(x).update_status(c.presence_id, "Long lunch", "away"),
    ),
    ServiceAction(
        "PresenceStatusService.move_status",
        (P.UPDATE_SETTINGS,),
        lambda x, c: PresenceStatusService(x).move_status(c.presence_id, -1),
    ),
    ServiceAction(
        "PresenceStatusService.delete_status",
        (P.UPDATE_SETTINGS,),
        lambda x, c: PresenceStatusService(x).delete_status(c.presence_id),
    ),
    # ---- channels
    ServiceAction(
        "CommunityService.create_community",
        (P.CREATE_COMMUNITY,),
        lambda x, c: CommunityService(x).create_community("Forum", "engage_chat"),
    ),
    ServiceAction(
        "CommunityService.update_community",
        (P.UPDATE_COMMUNITY,),
        lambda x, c: CommunityService(x).update_community(c.community_id, "Chat two", "engage_chat", True),
    ),
    ServiceAction(
        "CommunityService.delete_community",
        (P.UPDATE_COMMUNITY,),
        lambda x, c: CommunityService(x).delete_community(c.extra["community"]),
        setup=lambda a: with_empty_community(a),
    ),
    ServiceAction(
        "ContentSourceService.create_source",
        (P.CREATE_CONTENT_SOURCE,),
        lambda x, c: source_service(x).create_source("engage_chat", SourceForm("Help chat", c.community_id)),
    ),
    ServiceAction(
        "ContentSourceService.update_source",
        (P.UPDATE_CONTENT_SOURCE,),
        lambda x, c: source_service(x).update_source(
            c.chat_source_id, SourceForm("Chat renamed", c.community_id)
        ),
    ),
    ServiceAction(
        "ContentSourceService.set_active",
        (P.UPDATE_CONTENT_SOURCE,),
        lambda x, c: source_service(x).set_active(c.chat_source_id, False),
    ),
    ServiceAction(
        "ContentSourceService.test_email_settings",
        (P.UPDATE_CONTENT_SOURCE,),
        lambda x, c: source_service(x).test_email_settings(
            dict(EMAIL_SETTINGS), {}, c.email_source_id, timeout=2
        ),
    ),
    ServiceAction(
        "ContentSourceService.check_source_connection",
        (P.UPDATE_CONTENT_SOURCE,),
        lambda x, c: source_service(x).check_source_connection(c.email_source_id, timeout=2),
    ),
    ServiceAction(
        "IdentityService.set_controlled",
        (P.MANAGE_IDENTITIES,),
        lambda x, c: IdentityService(x).set_controlled(c.world.identities["Acme Support"], False),
    ),
    ServiceAction(
        "IdentityService.update_profile",
        (P.UPDATE_IDENTITY,),
        lambda x, c: IdentityService(x).update_profile(
            c.world.identities["A customer"], ProfileChanges(company="Initech")
        ),
    ),
    # ---- routing
    ServiceAction(
        "CategoryService.create_category",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryService(x).create_category(CategoryForm("Returns")),
    ),
    ServiceAction(
        "CategoryService.update_category",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryService(x).update_category(
            c.world.categories["Refunds"], CategoryForm("Refunds paid", c.world.categories["Products"])
        ),
    ),
    ServiceAction(
        "CategoryService.move_category",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryService(x).move_category(c.world.categories["Refunds"], None),
    ),
    ServiceAction(
        "CategoryDeletionService.delete_category",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryDeletionService(x).delete_category(
            c.world.categories["Shipping"], remove_references=True
        ),
    ),
    ServiceAction(
        "CategoryCsvService.import_csv",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryCsvService(x).import_csv(
            b"path,color,mandatory,multiple,unselectable,post_qualification\nOther,0,0,0,0,0\n"
        ),
    ),
    ServiceAction(
        "CategoryCsvService.export_csv",
        (P.MANAGE_CATEGORIES,),
        lambda x, c: CategoryCsvService(x).export_csv(),
    ),
    ServiceAction("CategoryCsvService.export_to", (P.MANAGE_CATEGORIES,), _category_export),
    ServiceAction(
        "RoutingChannelService.create_channel",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: RoutingChannelService(x).create_channel(RoutingChannelForm("video", "Video")),
    ),
    ServiceAction(
        "RoutingChannelService.update_channel",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: RoutingChannelService(x).update_channel(
            c.routing_channel_id, RoutingChannelForm("voice", "Phone")
        ),
    ),
    ServiceAction(
        "RoutingChannelService.delete_channel",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: RoutingChannelService(x).delete_channel(c.routing_channel_id),
    ),
    ServiceAction(
        "TopologyService.create_topology",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: TopologyService(x).create_topology("Weekends", topology_config()),
    ),
    ServiceAction(
        "TopologyService.update_topology",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: TopologyService(x).update_topology(c.topology_id, "Workdays", topology_config()),
    ),
    ServiceAction(
        "TopologyService.delete_topology",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: TopologyService(x).delete_topology(c.topology_id),
    ),
    ServiceAction(
        "TopologyService.activate_topology",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: TopologyService(x).activate_topology(c.topology_id),
    ),
    ServiceAction(
        "TopologyService.deactivate_topology",
        (P.MANAGE_TOPOLOGIES,),
        lambda x, c: TopologyService(x).deactivate_topology(c.topology_id),
        setup=lambda a: with_active_topology(a),
    ),
    ServiceAction(
        "RuleService.create_rule",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).create_rule(RuleForm("Spam", rule_spec())),
    ),
    ServiceAction(
        "RuleService.update_rule",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).update_rule(c.rule_id, RuleForm("Very urgent", rule_spec())),
    ),
    ServiceAction(
        "RuleService.delete_rule",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).delete_rule(c.rule_id),
    ),
    ServiceAction(
        "RuleService.move_rule",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).move_rule(c.rule_id, 1),
        setup=lambda a: with_second_rule(a),
    ),
    ServiceAction(
        "RuleService.set_rule_active",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).set_rule_active(c.rule_id, False),
    ),
    ServiceAction(
        "RuleService.test_rule",
        (P.MANAGE_RULES_ENGINE_RULES,),
        lambda x, c: RuleService(x).test_rule(RuleForm("Try", rule_spec()), SampleMessage("hello")),
    ),
)


def _move_database(ctx: ServiceContext, c: Context) -> object:
    source = ctx.session_factory.kw["bind"].url.render_as_string(hide_password=False)
    return DatabaseMoveService(ctx, source).move_database(f"sqlite:///{c.tmp}/moved.sqlite3")


# Actions of the shared-database set-up (issue #16).
WORKSTATIONS_ACTIONS: tuple[ServiceAction, ...] = (
    ServiceAction("DatabaseMoveService.move_database", (P.UPDATE_SETTINGS, P.MANAGE_ROLES), _move_database),
)

# Each section that lands after Routing configuration keeps its own list in `registry_<section>.py`.
ACTIONS: tuple[ServiceAction, ...] = (
    CORE_ACTIONS
    + WORKSTATIONS_ACTIONS
    + ENGINE_ACTIONS
    + SETTINGS_ACTIONS
    + BUNDLE_ACTIONS
    + AGENT_TOOLS_ACTIONS
    + DIGITAL_ACTIONS
    + EXPORTS_ACTIONS
)

BY_NAME = {action.name: action for action in ACTIONS}


def setup_for(action: ServiceAction, admin: Signed) -> Context:
    return (action.setup or build_context)(admin)
