"""Object versions: every editable object gets a `version` counter (no lost update).

A plain ALTER TABLE ADD COLUMN with a server default of 1 on each table, so existing rows start at
version 1 and SQLite needs no table rebuild.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 19:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED_TABLES = (
    "account_settings",
    "categories",
    "communities",
    "content_sources",
    "extensions",
    "identities",
    "identity_groups",
    "presence_statuses",
    "roles",
    "routing_channels",
    "security_settings",
    "teams",
    "time_sheets",
    "user_capacities",
    "user_signatures",
    "users",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would trip the foreign keys.
    for table in VERSIONED_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
