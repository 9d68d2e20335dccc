"""Audit journal: drop ix_audit_events_object, a prefix of ix_audit_events_object_seq.

Every journal write maintained both; any lookup by (object_type, object_id) is answered by the
longer index (it also gives the order by seq the journal reads in). One index fewer per event is
about a tenth of a routed interaction's write cost on SQLite.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 02:25:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_audit_events_object", table_name="audit_events")


def downgrade() -> None:
    op.create_index("ix_audit_events_object", "audit_events", ["object_type", "object_id"], unique=False)
