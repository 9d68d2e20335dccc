"""Routing: categories get post-qualification, sibling-unique folded names and the sources where
they apply; routing channels get capacity, timeouts, SLA and auto-complete categories.

Every change to an existing table is a plain ALTER TABLE ADD COLUMN with a server default (no SQLite
table rebuild, as in 0004/0005) or a new index. `categories.name_key` is filled here with the
folding of this revision; siblings whose names fold alike (possible before this release) get
" (2)", " (3)"… appended so the unique index can be built — the only data this revision changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 19:40:00.000000
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL_COLUMNS = (
    ("soft_capability", "3"),
    ("hard_capability", "5"),
    ("task_timeout_seconds", "60"),
    ("task_auto_complete_seconds", "0"),
    ("agent_sla", "0"),
    ("agent_sla_threshold", "80"),
)


def _fold(text: str) -> str:
    """The folding of this revision (a copy: the application's may change later)."""
    folded = " ".join(text.split()).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))[:120]


def _fill_name_keys() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, parent_id, name FROM categories ORDER BY id")).all()
    taken: set[tuple[int, str]] = set()
    for row_id, parent_id, name in rows:
        original = " ".join(str(name or "").split())
        name, key, n = original, _fold(original), 1
        while (parent_id or 0, key) in taken:
            n += 1
            name = f"{original[:110]} ({n})"
            key = _fold(name)
        taken.add((parent_id or 0, key))
        conn.execute(
            sa.text("UPDATE categories SET name = :name, name_key = :key WHERE id = :id"),
            {"name": name, "key": key, "id": row_id},
        )


def upgrade() -> None:
    op.add_column(
        "categories", sa.Column("name_key", sa.String(length=120), server_default="", nullable=False)
    )
    op.add_column(
        "categories",
        sa.Column("post_qualification", sa.Boolean(), server_default=sa.text("false"), nullable=False),
    )
    _fill_name_keys()
    op.create_index(
        "uq_categories_sibling_name",
        "categories",
        [sa.text("coalesce(parent_id, 0)"), "name_key"],
        unique=True,
    )
    op.create_table(
        "category_sources",
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_category_sources_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["content_sources.id"],
            name=op.f("fk_category_sources_source_id_content_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("category_id", "source_id", name=op.f("pk_category_sources")),
    )
    op.create_index(op.f("ix_category_sources_source_id"), "category_sources", ["source_id"], unique=False)
    for column, default in CHANNEL_COLUMNS:
        op.add_column(
            "routing_channels", sa.Column(column, sa.Integer(), server_default=default, nullable=False)
        )
    op.create_table(
        "routing_channel_auto_complete_categories",
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_routing_channel_auto_complete_categories_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["routing_channels.id"],
            name=op.f("fk_routing_channel_auto_complete_categories_channel_id_routing_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "channel_id", "category_id", name=op.f("pk_routing_channel_auto_complete_categories")
        ),
    )
    op.create_index(
        op.f("ix_routing_channel_auto_complete_categories_category_id"),
        "routing_channel_auto_complete_categories",
        ["category_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_routing_channel_auto_complete_categories_category_id"),
        table_name="routing_channel_auto_complete_categories",
    )
    op.drop_table("routing_channel_auto_complete_categories")
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would trip the foreign keys.
    for column, _default in CHANNEL_COLUMNS:
        op.execute(f"ALTER TABLE routing_channels DROP COLUMN {column}")
    op.drop_index(op.f("ix_category_sources_source_id"), table_name="category_sources")
    op.drop_table("category_sources")
    op.drop_index("uq_categories_sibling_name", table_name="categories")
    op.execute("ALTER TABLE categories DROP COLUMN post_qualification")
    op.execute("ALTER TABLE categories DROP COLUMN name_key")
