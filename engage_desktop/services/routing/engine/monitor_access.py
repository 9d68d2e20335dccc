"""Who may watch the queues and act on tasks: `monitor_tasks` everywhere, `monitor_team_tasks` only
for the teams the supervisor belongs to (their agents, and the tasks those agents could take).
The one place this rule lives; the monitor's reads and actions all go through it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from engage_desktop.models import TeamMember
from engage_desktop.models.user_profile import UserSourcePermission
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.errors import PermissionDenied
from engage_desktop.services.core.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class MonitorAccess:
    may_monitor: bool
    team_ids: frozenset[int] | None  # None: every team
    member_ids: frozenset[int] | None = None  # agents of those teams (None: everyone)
    source_ids: frozenset[int] | None = None  # sources those agents serve (None: every source)

    def sees_agent(self, user_id: int) -> bool:
        return self.member_ids is None or user_id in self.member_ids

    def sees_source(self, source_id: int) -> bool:
        return self.source_ids is None or source_id in self.source_ids


def monitor_access(uow: UnitOfWork) -> MonitorAccess:
    held = uow.actor_permissions()
    if Permission.MONITOR_TASKS.value in held:
        return MonitorAccess(True, None)
    if Permission.MONITOR_TEAM_TASKS.value not in held:
        raise PermissionDenied(Permission.MONITOR_TASKS.value)
    actor = uow.actor()
    session = uow.session
    teams = frozenset(session.scalars(select(TeamMember.team_id).where(TeamMember.user_id == actor.id)))
    members = frozenset(session.scalars(select(TeamMember.user_id).where(TeamMember.team_id.in_(teams))))
    sources = frozenset(
        session.scalars(
            select(UserSourcePermission.source_id)
            .where(
                UserSourcePermission.user_id.in_(members),
                UserSourcePermission.read.is_(True),
                UserSourcePermission.reply.is_(True),
            )
            .distinct()
        )
    )
    return MonitorAccess(True, teams, members, sources)
