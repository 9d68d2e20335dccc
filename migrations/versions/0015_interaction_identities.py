"""Interactions: link the message's author to an identity (and through it a customer profile).

Interactions and interventions gain a nullable `identity_id` (the author; for an intervention, the
customer of its first message), indexed so a customer's history is one index range. Existing rows
keep NULL: their author stays readable as text in `interactions.author`.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 00:55:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("interactions", "interventions")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("identity_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(
                f"fk_{table}_identity_id_identities",
                "identities",
                ["identity_id"],
                ["id"],
                ondelete="SET NULL",
            )
            batch.create_index(f"ix_{table}_identity_id", ["identity_id"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_identity_id")
            batch.drop_constraint(f"fk_{table}_identity_id_identities", type_="foreignkey")
            batch.drop_column("identity_id")
