"""Setup for the routing engine's actions: a waiting task on the chat source of the shared
context, and a connected agent allowed on that source (the target user, given a receiving role)."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import Signed

from engage_desktop.models import ContentSource, User
from engage_desktop.models.interactions import AgentRoutingState, Intervention, RoutingTask
from engage_desktop.models.user_profile import UserSourcePermission

from .action_context import Context, build_context


def with_waiting_task(admin: Signed) -> Context:
    context = build_context(admin)
    now = datetime.now(UTC)
    with admin.db.session_factory() as session:
        source = session.get(ContentSource, context.chat_source_id)
        assert source is not None
        source.channel_id = context.routing_channel_id
        agent = session.get(User, context.target_user)
        assert agent is not None
        agent.role_id = context.role_id  # "Spare": receive_tasks
        session.add(UserSourcePermission(user_id=agent.id, source_id=source.id, read=True, reply=True))
        session.add(AgentRoutingState(user_id=agent.id, presence="available", connected=True))
        intervention = Intervention(source_id=source.id, thread="hardening", opened_at=now)
        session.add(intervention)
        session.flush()
        task = RoutingTask(
            intervention_id=intervention.id,
            source_id=source.id,
            channel_id=context.routing_channel_id,
            queue="default",
            created_at=now,
            step_since=now,
        )
        session.add(task)
        session.commit()
        context.extra["task_id"] = task.id
    return context
