"""Routing: topologies (routing strategies, at most one active) and rules-engine rules.

Two new tables; nothing existing changes. "At most one active topology" is a partial unique index
(SQLite and PostgreSQL both have them), so two workstations activating at once cannot both win.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 19:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _platform_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=24), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "topologies",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        *_platform_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topologies")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_topologies_platform_id")),
    )
    op.create_index("uq_topologies_name_key", "topologies", ["name_key"], unique=True)
    op.create_index(
        "uq_topologies_one_active",
        "topologies",
        ["active"],
        unique=True,
        sqlite_where=sa.text("active"),
        postgresql_where=sa.text("active"),
    )
    op.create_table(
        "rules_engine_rules",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("trigger", sa.String(length=40), nullable=False),
        sa.Column("conditions", sa.JSON(), nullable=False),
        sa.Column("actions", sa.JSON(), nullable=False),
        *_platform_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rules_engine_rules")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_rules_engine_rules_platform_id")),
    )
    op.create_index("uq_rules_engine_rules_name_key", "rules_engine_rules", ["name_key"], unique=True)
    op.create_index("ix_rules_engine_rules_position", "rules_engine_rules", ["position"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_rules_engine_rules_position", table_name="rules_engine_rules")
    op.drop_index("uq_rules_engine_rules_name_key", table_name="rules_engine_rules")
    op.drop_table("rules_engine_rules")
    op.drop_index("uq_topologies_one_active", table_name="topologies")
    op.drop_index("uq_topologies_name_key", table_name="topologies")
    op.drop_table("topologies")
