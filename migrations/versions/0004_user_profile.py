"""Users page: spoken languages, invitation time and the "handled work" mark on users; skills
(categories), per-source permissions and signatures of a user in their own tables.

`users` is only given new columns with server defaults (plain ALTER TABLE ADD COLUMN): SQLite
cannot rebuild a table other tables point to inside the app's upgrade transaction, and existing
users keep everything they had.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 18:02:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "users", sa.Column("spoken_languages", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
    )
    op.add_column("users", sa.Column("invited_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column(
        "users", sa.Column("has_handled_work", sa.Boolean(), server_default=sa.text("false"), nullable=False)
    )

    op.create_table(
        "user_categories",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_user_categories_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_categories_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "category_id", name=op.f("pk_user_categories")),
    )
    op.create_index(op.f("ix_user_categories_category_id"), "user_categories", ["category_id"], unique=False)

    op.create_table(
        "user_source_permissions",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("read", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("reply", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("reply_with_html", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("initiate_discussion", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("destroy", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("approval_threshold", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "approval_threshold >= 0 AND approval_threshold <= 100 AND approval_threshold % 10 = 0",
            name=op.f("ck_user_source_permissions_approval_threshold_step"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_user_source_permissions_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_user_source_permissions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", "source_id", name=op.f("pk_user_source_permissions")),
    )
    op.create_index(
        op.f("ix_user_source_permissions_source_id"), "user_source_permissions", ["source_id"], unique=False
    )

    op.create_table(
        "user_signatures",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), server_default="", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.String(length=24), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_signatures_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_signatures")),
        sa.UniqueConstraint("platform_id", name=op.f("uq_user_signatures_platform_id")),
    )
    op.create_index(op.f("ix_user_signatures_user_id"), "user_signatures", ["user_id"], unique=False)

    op.create_table(
        "user_signature_sources",
        sa.Column("signature_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["signature_id"],
            ["user_signatures.id"],
            name=op.f("fk_user_signature_sources_signature_id_user_signatures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_user_signature_sources_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("signature_id", "source_id", name=op.f("pk_user_signature_sources")),
    )
    op.create_index(
        op.f("ix_user_signature_sources_source_id"), "user_signature_sources", ["source_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_user_signature_sources_source_id"), table_name="user_signature_sources")
    op.drop_table("user_signature_sources")
    op.drop_index(op.f("ix_user_signatures_user_id"), table_name="user_signatures")
    op.drop_table("user_signatures")
    op.drop_index(op.f("ix_user_source_permissions_source_id"), table_name="user_source_permissions")
    op.drop_table("user_source_permissions")
    op.drop_index(op.f("ix_user_categories_category_id"), table_name="user_categories")
    op.drop_table("user_categories")
    # Plain ALTER TABLE DROP COLUMN (SQLite 3.35+): no copy of `users`, which others point to.
    op.drop_column("users", "has_handled_work")
    op.drop_column("users", "invited_at")
    op.drop_column("users", "spoken_languages")
