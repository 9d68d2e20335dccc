"""Routing engine: interactions (incoming messages), interventions, tasks, agent routing states and
the one-engine lease (routing.md).

A repeated (source, foreign id) is the same message: the unique index makes intake idempotent even
when two workstations ingest the same trace. Tasks carry the queue and step they wait in; the
monitor and the engine filter on (state, queue), (state, channel) and (agent, state).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, utcnow

TASK_STATES = ("waiting", "assigned", "accepted", "completed", "undelivered")
INTERVENTION_STATES = ("open", "closed", "deferred")
PRESENCES = ("available", "away")


class Interaction(Base):
    """One customer message as it arrived (the platform's *content*)."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index("uq_interactions_source_foreign_id", "source_id", "foreign_id", unique=True),
        Index("ix_interactions_thread", "source_id", "thread", "received_at"),
        Index("ix_interactions_received_at", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("content_sources.id", ondelete="CASCADE"))
    foreign_id: Mapped[str] = mapped_column(String(255))
    thread: Mapped[str] = mapped_column(String(255))
    author: Mapped[str] = mapped_column(String(255), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("interventions.id", ondelete="SET NULL"), index=True, default=None
    )
    category_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The author as an identity (revision 0015); NULL for messages routed before it.
    identity_id: Mapped[int | None] = mapped_column(
        ForeignKey("identities.id", ondelete="SET NULL"), index=True, default=None
    )


class Intervention(Base):
    """The agent work on one thread: opened by the first message, closed or deferred by the agent."""

    __tablename__ = "interventions"
    __table_args__ = (
        CheckConstraint("state IN ('open', 'closed', 'deferred')", name="state_known"),
        Index("ix_interventions_thread_state", "source_id", "thread", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("content_sources.id", ondelete="CASCADE"))
    thread: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(16), default="open")
    category_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # The customer: the author of the message that opened it (revision 0015).
    identity_id: Mapped[int | None] = mapped_column(
        ForeignKey("identities.id", ondelete="SET NULL"), index=True, default=None
    )


class RoutingTask(Base):
    """An intervention pushed to agents: where it waits, who holds it, and its clock."""

    __tablename__ = "routing_tasks"
    __table_args__ = (
        CheckConstraint(
            "state IN ('waiting', 'assigned', 'accepted', 'completed', 'undelivered')", name="state_known"
        ),
        Index("ix_routing_tasks_state_queue", "state", "queue", "priority"),
        Index("ix_routing_tasks_state_channel", "state", "channel_id"),
        Index("ix_routing_tasks_agent_state", "agent_id", "state"),
        Index("ix_routing_tasks_completed_at", "completed_at"),
        Index("ix_routing_tasks_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(
        ForeignKey("interventions.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int] = mapped_column(ForeignKey("content_sources.id", ondelete="CASCADE"))
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("routing_channels.id", ondelete="SET NULL"), default=None
    )
    queue: Mapped[str] = mapped_column(String(120), default="default")
    step: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), default=None)
    category_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    # Agents who let this task's acceptance time out: skipped for it from then on.
    skipped_agent_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    sla_deadline: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    step_since: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    first_assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class AgentRoutingState(Base):
    """An agent's presence and connection as routing sees them (one row per agent who ever connected)."""

    __tablename__ = "agent_routing_states"
    __table_args__ = (CheckConstraint("presence IN ('available', 'away')", name="presence_known"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    presence: Mapped[str] = mapped_column(String(16), default="away")
    presence_status_id: Mapped[int | None] = mapped_column(
        ForeignKey("presence_statuses.id", ondelete="SET NULL"), default=None
    )
    connected: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    missed_in_a_row: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_assigned_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AgentChannelLoad(Base):
    """How many tasks an agent holds on a routing channel (what capacity is compared with)."""

    __tablename__ = "agent_channel_loads"
    __table_args__ = (CheckConstraint("load >= 0", name="load_not_negative"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("routing_channels.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    load: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RoutingEngineLease(Base):
    """Which workstation runs the engine (SQLite; PostgreSQL uses an advisory lock as well), and a
    generation counter supervisors bump so the running engine reloads what they changed."""

    __tablename__ = "routing_engine_leases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(String(255), default="")
    token: Mapped[str] = mapped_column(String(64), default="")
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
