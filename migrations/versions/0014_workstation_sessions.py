"""Workstations: the consoles currently using this database (Settings > Workstations).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 22:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workstation_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("workstation", sa.String(length=255), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_label", sa.String(length=255), nullable=False),
        sa.Column("console_version", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstation_sessions")),
        sa.UniqueConstraint("token", name=op.f("uq_workstation_sessions_token")),
    )
    op.create_index("ix_workstation_sessions_last_seen_at", "workstation_sessions", ["last_seen_at"])


def downgrade() -> None:
    op.drop_index("ix_workstation_sessions_last_seen_at", table_name="workstation_sessions")
    op.drop_table("workstation_sessions")
