"""Digital: automated export tasks, and the journal indexes the journal panel pages through.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "automatic_export_tasks",
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
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("schedule", sa.String(length=16), nullable=False),
        sa.Column("hour", sa.Integer(), server_default="2", nullable=False),
        sa.Column("window", sa.String(length=16), server_default="complete", nullable=False),
        sa.Column("format", sa.String(length=16), server_default="bi", nullable=False),
        sa.Column("exports", sa.JSON(), nullable=False),
        sa.Column("file_pattern", sa.String(length=255), nullable=False),
        sa.Column("zip_files", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("destination", sa.String(length=8), server_default="folder", nullable=False),
        sa.Column("folder", sa.Text(), server_default="", nullable=False),
        sa.Column("sftp_host", sa.String(length=255), server_default="", nullable=False),
        sa.Column("sftp_port", sa.Integer(), server_default="22", nullable=False),
        sa.Column("sftp_user", sa.String(length=120), server_default="", nullable=False),
        sa.Column("sftp_directory", sa.String(length=1000), server_default="", nullable=False),
        sa.Column("sftp_auth", sa.String(length=8), server_default="password", nullable=False),
        sa.Column("sftp_key_path", sa.String(length=1000), server_default="", nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("last_slot_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_status", sa.String(length=16), server_default="", nullable=False),
        sa.Column("last_error", sa.Text(), server_default="", nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("retry_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["users.id"],
            name=op.f("fk_automatic_export_tasks_owner_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automatic_export_tasks")),
        sa.UniqueConstraint("name_key", name=op.f("uq_automatic_export_tasks_name_key")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_automatic_export_tasks_platform_id")),
    )
    op.create_index("ix_audit_events_user_seq", "audit_events", ["user_id", "seq"])
    op.create_index("ix_audit_events_name_seq", "audit_events", ["name", "seq"])
    op.create_index("ix_audit_events_object_seq", "audit_events", ["object_type", "object_id", "seq"])
    op.create_index("ix_audit_events_user_name_seq", "audit_events", ["user_id", "name", "seq"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_user_name_seq", table_name="audit_events")
    op.drop_index("ix_audit_events_object_seq", table_name="audit_events")
    op.drop_index("ix_audit_events_name_seq", table_name="audit_events")
    op.drop_index("ix_audit_events_user_seq", table_name="audit_events")
    op.drop_table("automatic_export_tasks")
