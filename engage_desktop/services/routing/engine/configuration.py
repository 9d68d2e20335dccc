"""Read the live routing configuration from the database into the core's plain snapshot."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import (
    AccountSettings,
    Category,
    ContentSource,
    RolePermission,
    RulesEngineRule,
    Team,
    TeamMember,
    Topology,
    User,
    UserCapacityAssignment,
    UserCapacityChannel,
)
from engage_desktop.models.channels import Identity, IdentityUser
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.models.user_profile import UserCategory, UserSourcePermission
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine.calendar import ALWAYS_OPEN, BusinessCalendar, TimeSheetHours
from engage_desktop.services.routing.engine.model import (
    AgentConfig,
    ChannelConfig,
    RoutingConfiguration,
    RuleConfig,
    SourceConfig,
)
from engage_desktop.services.routing.rule_conditions import (
    RuleFormatError,
    RuleSpec,
    Trigger,
    action_from_dict,
    condition_from_dict,
)
from engage_desktop.services.routing.topology_config import parse_config
from engage_desktop.services.settings.time_sheets import calendars_for_source


def load_configuration(ctx: ServiceContext) -> RoutingConfiguration:
    with ctx.session_factory() as session:
        return read_configuration(session)


def read_configuration(session: Session) -> RoutingConfiguration:
    channels = {
        c.id: ChannelConfig(
            c.id,
            c.name,
            c.soft_capability,
            c.hard_capability,
            c.task_timeout_seconds,
            c.task_auto_complete_seconds,
            frozenset(c.auto_complete_category_ids),
            c.platform_id,
        )
        for c in session.scalars(select(RoutingChannel).order_by(RoutingChannel.id))
    }
    sources = {
        s.id: _source(s, source_calendar(session, s.id))
        for s in session.scalars(select(ContentSource).order_by(ContentSource.id))
    }
    categories = {
        c.id: (c.platform_id, c.name) for c in session.scalars(select(Category).order_by(Category.id))
    }
    teams = {t.id: (t.platform_id, t.name) for t in session.scalars(select(Team).order_by(Team.id))}
    account = session.scalar(select(AccountSettings).order_by(AccountSettings.id).limit(1))
    topology_row = session.scalar(select(Topology).where(Topology.active.is_(True)))
    topology = parse_config(topology_row.config).config if topology_row is not None else None
    agents = _agents(session, sources)
    users = {pid: uid for pid, uid in session.execute(select(User.platform_id, User.id))}
    return RoutingConfiguration(
        channels=channels,
        sources=sources,
        agents=agents,
        topology=topology,
        rules=_rules(session),
        routing_mode=bool(account.routing_mode) if account is not None else False,
        category_names={cid: name for cid, (_pid, name) in categories.items()},
        team_names={tid: name for tid, (_pid, name) in teams.items()},
        category_ids={pid: cid for cid, (pid, _name) in categories.items()},
        team_ids={pid: tid for tid, (pid, _name) in teams.items()},
        user_ids=users,
        channel_ids={c.platform_id: c.id for c in channels.values()},
    )


def _source(source: ContentSource, calendar: BusinessCalendar) -> SourceConfig:
    return SourceConfig(
        id=source.id,
        name=source.name,
        channel_id=source.channel_id,
        active=source.active,
        sla_response=source.sla_response,
        sla_threshold=source.sla_threshold,
        sla_expired_strategy=source.sla_expired_strategy,
        default_task_priority=source.default_task_priority,
        intervention_messages_boost=source.intervention_messages_boost,
        transferred_tasks_boost=source.transferred_tasks_boost,
        default_category_ids=tuple(source.category_ids()),
        platform_id=source.platform_id,
        calendar=calendar,
        community_id=source.community_id,
    )


def source_calendar(session: Session, source_id: int) -> BusinessCalendar:
    """The source's business hours from its active time sheets; none: always open."""
    calendars = calendars_for_source(session, source_id)
    return TimeSheetHours(calendars) if calendars else ALWAYS_OPEN


def _agents(session: Session, sources: dict[int, SourceConfig]) -> dict[int, AgentConfig]:
    receivers = session.scalars(
        select(User)
        .join(RolePermission, RolePermission.role_id == User.role_id)
        .where(RolePermission.permission == Permission.RECEIVE_TASKS.value)
        .order_by(User.id)
    ).all()
    ids = [u.id for u in receivers]
    skills: dict[int, set[int]] = defaultdict(set)
    for user_id, category_id in session.execute(
        select(UserCategory.user_id, UserCategory.category_id).where(UserCategory.user_id.in_(ids))
    ):
        skills[user_id].add(category_id)
    teams: dict[int, set[int]] = defaultdict(set)
    for user_id, team_id in session.execute(
        select(TeamMember.user_id, TeamMember.team_id).where(TeamMember.user_id.in_(ids))
    ):
        teams[user_id].add(team_id)
    allowed: dict[int, set[int]] = defaultdict(set)
    for user_id, source_id in session.execute(
        select(UserSourcePermission.user_id, UserSourcePermission.source_id).where(
            UserSourcePermission.user_id.in_(ids),
            UserSourcePermission.read.is_(True),
            UserSourcePermission.reply.is_(True),
        )
    ):
        allowed[user_id].add(source_id)
    identities = _usable_identities(session, ids)
    community_of = {
        sid: cid for sid, cid in session.execute(select(ContentSource.id, ContentSource.community_id))
    }
    guarded = {
        c for (c,) in session.execute(select(Identity.community_id).where(Identity.controlled.is_(True)))
    }
    capacities: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for user_id, channel_id, default, maximum in session.execute(
        select(
            UserCapacityAssignment.user_id,
            UserCapacityChannel.channel_id,
            UserCapacityChannel.default_capacity,
            UserCapacityChannel.max_capacity,
        ).join(UserCapacityChannel, UserCapacityChannel.capacity_id == UserCapacityAssignment.capacity_id)
    ):
        capacities[user_id][channel_id] = (default, maximum)
    out = {}
    for user in receivers:
        usable = frozenset(
            source_id
            for source_id in allowed[user.id]
            if source_id in sources
            and (community_of[source_id] not in guarded or community_of[source_id] in identities[user.id])
        )
        out[user.id] = AgentConfig(
            user.id,
            user.display_name,
            enabled=user.enabled,
            receive_tasks=True,
            category_ids=frozenset(skills[user.id]),
            team_ids=frozenset(teams[user.id]),
            source_ids=usable,
            capacities=capacities.get(user.id, {}),
            platform_id=user.platform_id,
        )
    return out


def _usable_identities(session: Session, user_ids: list[int]) -> dict[int, set[int]]:
    """Communities where each agent may reply as a controlled identity linked to them."""
    out: dict[int, set[int]] = defaultdict(set)
    for user_id, community_id in session.execute(
        select(IdentityUser.user_id, Identity.community_id)
        .join(Identity, Identity.id == IdentityUser.identity_id)
        .where(IdentityUser.user_id.in_(user_ids), Identity.controlled.is_(True))
    ):
        out[user_id].add(community_id)
    return out


def _rules(session: Session) -> tuple[RuleConfig, ...]:
    out = []
    rows = session.scalars(
        select(RulesEngineRule)
        .where(RulesEngineRule.active.is_(True))
        .order_by(RulesEngineRule.position, RulesEngineRule.id)
    )
    for rule in rows:
        try:
            spec = RuleSpec(
                Trigger(rule.trigger),
                condition_from_dict(rule.conditions),
                tuple(action_from_dict(a) for a in rule.actions or []),
            )
        except (RuleFormatError, ValueError):
            continue  # an unreadable rule never fires (the Rules page says why)
        out.append(RuleConfig(rule.id, rule.name, spec, rule.platform_id))
    return tuple(out)
