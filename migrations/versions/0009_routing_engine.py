"""Routing engine: interactions, interventions, tasks, agent routing states, agent loads and the
one-engine lease. Six new tables; nothing existing changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "routing_engine_leases",
    "agent_channel_loads",
    "agent_routing_states",
    "routing_tasks",
    "interactions",
    "interventions",
)


def upgrade() -> None:
    op.create_table(
        "interventions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("thread", sa.String(length=255), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("category_ids", sa.JSON(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('open', 'closed', 'deferred')", name=op.f("ck_interventions_state_known")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_interventions_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interventions")),
    )
    op.create_index(
        "ix_interventions_thread_state", "interventions", ["source_id", "thread", "state"], unique=False
    )
    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("foreign_id", sa.String(length=255), nullable=False),
        sa.Column("thread", sa.String(length=255), nullable=False),
        sa.Column("author", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("intervention_id", sa.Integer(), nullable=True),
        sa.Column("category_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["intervention_id"],
            ["interventions.id"],
            name=op.f("fk_interactions_intervention_id_interventions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_interactions_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    op.create_index(
        op.f("ix_interactions_intervention_id"), "interactions", ["intervention_id"], unique=False
    )
    op.create_index("ix_interactions_received_at", "interactions", ["received_at"], unique=False)
    op.create_index(
        "ix_interactions_thread", "interactions", ["source_id", "thread", "received_at"], unique=False
    )
    op.create_index(
        "uq_interactions_source_foreign_id", "interactions", ["source_id", "foreign_id"], unique=True
    )
    op.create_table(
        "routing_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intervention_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("queue", sa.String(length=120), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("category_ids", sa.JSON(), nullable=False),
        sa.Column("skipped_agent_ids", sa.JSON(), nullable=False),
        sa.Column("sla_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("step_since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "state IN ('waiting', 'assigned', 'accepted', 'completed', 'undelivered')",
            name=op.f("ck_routing_tasks_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_routing_tasks_agent_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["routing_channels.id"],
            name=op.f("fk_routing_tasks_channel_id_routing_channels"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["intervention_id"],
            ["interventions.id"],
            name=op.f("fk_routing_tasks_intervention_id_interventions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_routing_tasks_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_tasks")),
    )
    op.create_index("ix_routing_tasks_agent_state", "routing_tasks", ["agent_id", "state"], unique=False)
    op.create_index("ix_routing_tasks_completed_at", "routing_tasks", ["completed_at"], unique=False)
    op.create_index("ix_routing_tasks_created_at", "routing_tasks", ["created_at"], unique=False)
    op.create_index(
        op.f("ix_routing_tasks_intervention_id"), "routing_tasks", ["intervention_id"], unique=False
    )
    op.create_index("ix_routing_tasks_state_channel", "routing_tasks", ["state", "channel_id"], unique=False)
    op.create_index(
        "ix_routing_tasks_state_queue", "routing_tasks", ["state", "queue", "priority"], unique=False
    )
    op.create_table(
        "agent_routing_states",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("presence", sa.String(length=16), nullable=False),
        sa.Column("presence_status_id", sa.Integer(), nullable=True),
        sa.Column("connected", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("missed_in_a_row", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "presence IN ('available', 'away')", name=op.f("ck_agent_routing_states_presence_known")
        ),
        sa.ForeignKeyConstraint(
            ["presence_status_id"],
            ["presence_statuses.id"],
            name=op.f("fk_agent_routing_states_presence_status_id_presence_statuses"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_agent_routing_states_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_agent_routing_states")),
    )
    op.create_table(
        "agent_channel_loads",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("load", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint("load >= 0", name=op.f("ck_agent_channel_loads_load_not_negative")),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["routing_channels.id"],
            name=op.f("fk_agent_channel_loads_channel_id_routing_channels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_agent_channel_loads_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "channel_id", name=op.f("pk_agent_channel_loads")),
    )
    op.create_index(
        op.f("ix_agent_channel_loads_channel_id"), "agent_channel_loads", ["channel_id"], unique=False
    )
    op.create_table(
        "routing_engine_leases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=255), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("generation", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_engine_leases")),
    )


def downgrade() -> None:
    for table in TABLES:
        op.drop_table(table)
