"""What the registered actions act on: a small account the administrator builds first."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conftest import Signed
from sqlalchemy import select
from users_helpers import World, build_world, quick_user

from engage_desktop.models import PresenceStatus
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.sources import ContentSourceService, SourceForm
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.routing_channels import RoutingChannelForm, RoutingChannelService
from engage_desktop.services.routing.rule_conditions import Action as RuleAction
from engage_desktop.services.routing.rule_conditions import ActionKind, RuleSpec
from engage_desktop.services.routing.rules import RuleForm, RuleService
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.records import UserForm
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService

P = Permission


@dataclass
class Context:
    """What the actions act on, made by the administrator before the actor signs in."""

    world: World
    target_user: int
    role_id: int
    presence_id: int
    topology_id: int
    rule_id: int
    routing_channel_id: int
    email_source_id: int
    chat_source_id: int
    community_id: int
    tmp: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


EMAIL_SETTINGS: dict[str, Any] = {
    "imap_host": "127.0.0.1",
    "imap_port": 9,
    "imap_username": "support@acme.example",
    "imap_tls": "none",
    "imap_auth": "password",
    "mailboxes": ["INBOX"],
    "smtp_host": "127.0.0.1",
    "smtp_port": 9,
    "smtp_username": "support@acme.example",
    "smtp_tls": "none",
    "smtp_auth": "password",
    "from_address": "support@acme.example",
    "from_name": "Acme Support",
}


def topology_config() -> dict[str, Any]:
    return {"queues": [], "default_queue": {"steps": [{"target": {"any_agent": True}}]}}


def build_context(admin: Signed) -> Context:
    world = build_world(admin)
    target = quick_user(admin, world, "target")
    role = RoleService(admin.ctx).create_role("Spare", [P.RECEIVE_TASKS.value])
    presence = PresenceStatusService(admin.ctx).create_status("Lunch", "away")
    topology = TopologyService(admin.ctx).create_topology("Weekdays", topology_config())
    rule = RuleService(admin.ctx).create_rule(RuleForm("Urgent", rule_spec()))
    channel = RoutingChannelService(admin.ctx).create_channel(RoutingChannelForm("voice", "Voice"))
    sources = ContentSourceService(admin.ctx, SecretStore())
    email = sources.create_source(
        "email",
        SourceForm("Mailbox", world.communities["E-mail"], settings=dict(EMAIL_SETTINGS)),
        {"imap_password": "imap-secret", "smtp_password": "smtp-secret"},
    )
    chat_community = CommunityService(admin.ctx).create_community("Chat", "engage_chat")
    chat = sources.create_source("engage_chat", SourceForm("Web chat", chat_community.id))
    with admin.db.session_factory() as session:
        assert session.scalar(select(PresenceStatus.id).where(PresenceStatus.id == presence.id))
    return Context(
        world,
        target,
        role.id,
        presence.id,
        topology.id,
        rule.id,
        channel.id,
        email.id,
        chat.id,
        chat_community.id,
    )


def rule_spec() -> RuleSpec:
    return RuleSpec(actions=(RuleAction(ActionKind.SET_PRIORITY, priority=50),))


def user_form(c: Context, key: str, **more: Any) -> UserForm:
    return c.world.form(key, **more)


def source_service(ctx: ServiceContext) -> ContentSourceService:
    return ContentSourceService(ctx, SecretStore())


def with_invited(admin: Signed) -> Context:
    context = build_context(admin)
    context.extra["invited"] = UserService(admin.ctx).invite_user(context.world.form("invitee")).id
    return context


def with_role_in_use(admin: Signed) -> Context:
    """The target user holds "Spare"; `extra["their_role"]` is the role they held before."""
    context = build_context(admin)
    users = UserService(admin.ctx)
    context.extra["their_role"] = users.get_user(context.target_user).form.role_id
    users.change_role(context.target_user, context.role_id)
    return context


def with_empty_community(admin: Signed) -> Context:
    context = build_context(admin)
    # The Facebook community of the world holds a source and identities; an empty one can go.
    context.extra["community"] = CommunityService(admin.ctx).create_community("Forum", "facebook").id
    return context


def with_active_topology(admin: Signed) -> Context:
    context = build_context(admin)
    TopologyService(admin.ctx).activate_topology(context.topology_id)
    return context


def with_second_rule(admin: Signed) -> Context:
    context = build_context(admin)
    RuleService(admin.ctx).create_rule(RuleForm("Second", rule_spec()))
    return context
