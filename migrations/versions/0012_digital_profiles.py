"""Digital: identity tags, identity groups as customer profiles, custom fields, folders.

`identity_groups` gains the profile of `objects.md` (gender, e-mails, phones, notes, avatar,
custom field values), what each merged identity brought (so an unmerge can take it back), a
folded `name_key` for the sort and a `search_key` searched like identities' (revision 0006):
pg_trgm GIN on PostgreSQL, an FTS5 trigram table kept by triggers on SQLite. Existing groups get
their keys here. New tables: `tags` (with the maintained `group_count`), `identity_group_tags`,
`custom_fields`, `folders`.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 22:00:00.000000
"""

import unicodedata
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEARCH = "identity_groups_search"
BATCH = 5000
JSON_LISTS = ("emails", "home_phones", "mobile_phones")
JSON_DICTS = ("custom_field_values", "merge_contributions")


def _fold(text: str) -> str:
    """The search folding of this revision (a copy: the application's may change later)."""
    folded = " ".join(text.split()).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _fill_keys() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, firstname, lastname, company FROM identity_groups ORDER BY id")
    ).all()
    update = sa.text("UPDATE identity_groups SET name_key = :name, search_key = :search WHERE id = :id")
    for start in range(0, len(rows), BATCH):
        batch = []
        for row_id, first, last, company in rows[start : start + BATCH]:
            name = " ".join(p for p in (str(first or ""), str(last or "")) if p.strip()) or str(company or "")
            search = " | ".join(_fold(p) for p in (name, str(company or ""), "", ""))[:1200]
            batch.append({"id": row_id, "name": _fold(name)[:255], "search": search})
        conn.execute(update, batch)


def _create_sqlite_search_table() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {SEARCH} USING fts5(search_key, content='identity_groups', "
        "content_rowid='id', tokenize='trigram')"
    )
    add = f"INSERT INTO {SEARCH}(rowid, search_key) VALUES (new.id, new.search_key);"
    remove = f"INSERT INTO {SEARCH}({SEARCH}, rowid, search_key) VALUES ('delete', old.id, old.search_key);"
    op.execute(f"CREATE TRIGGER {SEARCH}_insert AFTER INSERT ON identity_groups BEGIN {add} END")
    op.execute(f"CREATE TRIGGER {SEARCH}_delete AFTER DELETE ON identity_groups BEGIN {remove} END")
    op.execute(
        f"CREATE TRIGGER {SEARCH}_update AFTER UPDATE OF id, search_key ON identity_groups "
        f"BEGIN {remove} {add} END"
    )
    op.execute(f"INSERT INTO {SEARCH}({SEARCH}) VALUES ('rebuild')")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, length in (("gender", 16), ("avatar_url", 1000), ("name_key", 255), ("search_key", 1200)):
        op.add_column(
            "identity_groups", sa.Column(name, sa.String(length=length), server_default="", nullable=False)
        )
    op.add_column("identity_groups", sa.Column("notes", sa.Text(), server_default="", nullable=False))
    for name in JSON_LISTS:
        op.add_column("identity_groups", sa.Column(name, sa.JSON(), server_default="[]", nullable=False))
    for name in JSON_DICTS:
        op.add_column("identity_groups", sa.Column(name, sa.JSON(), server_default="{}", nullable=False))
    _fill_keys()
    op.create_index("ix_identity_groups_name_key", "identity_groups", ["name_key", "id"], unique=False)
    op.create_index("ix_identity_groups_updated_at", "identity_groups", ["updated_at", "id"], unique=False)
    op.create_index(
        "ix_identity_groups_search_key",
        "identity_groups",
        ["search_key"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_key": "gin_trgm_ops"},
    )
    if sqlite:
        _create_sqlite_search_table()

    def common() -> tuple[sa.Column[object], ...]:
        return (
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
        )

    def platform_table(name: str, *columns: Any) -> None:
        op.create_table(
            name,
            *common(),
            *columns,
            sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
            sa.UniqueConstraint("platform_id", name=f"uq_{name}_platform_id"),
        )

    platform_table(
        "tags",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("group_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.UniqueConstraint("name_key", name="uq_tags_name_key"),
    )
    op.create_table(
        "identity_group_tags",
        sa.Column("identity_group_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["identity_group_id"],
            ["identity_groups.id"],
            name="fk_identity_group_tags_identity_group_id_identity_groups",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name="fk_identity_group_tags_tag_id_tags", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("identity_group_id", "tag_id", name="pk_identity_group_tags"),
    )
    op.create_index(
        "ix_identity_group_tags_tag", "identity_group_tags", ["tag_id", "identity_group_id"], unique=False
    )
    platform_table(
        "custom_fields",
        sa.Column("associated_type_name", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("multiple", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.UniqueConstraint("associated_type_name", "key", name="uq_custom_fields_type_key"),
    )
    op.create_index(
        "ix_custom_fields_position", "custom_fields", ["associated_type_name", "position", "id"], unique=False
    )
    platform_table(
        "folders",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("query", sa.Text(), server_default="", nullable=False),
        sa.Column("render_threads_count", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("role_ids", sa.JSON(), nullable=False),
        sa.Column("team_ids", sa.JSON(), nullable=False),
        sa.Column("user_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["folders.id"], name="fk_folders_parent_id_folders", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_folders_parent_position", "folders", ["parent_id", "position", "id"], unique=False)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.drop_index("ix_folders_parent_position", table_name="folders")
    op.drop_table("folders")
    op.drop_index("ix_custom_fields_position", table_name="custom_fields")
    op.drop_table("custom_fields")
    op.drop_index("ix_identity_group_tags_tag", table_name="identity_group_tags")
    op.drop_table("identity_group_tags")
    op.drop_table("tags")
    if sqlite:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {SEARCH}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {SEARCH}")
    for index in (
        "ix_identity_groups_search_key",
        "ix_identity_groups_updated_at",
        "ix_identity_groups_name_key",
    ):
        op.drop_index(index, table_name="identity_groups")
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would trip the foreign keys.
    for name in (
        "gender",
        "avatar_url",
        "name_key",
        "search_key",
        "notes",
        *JSON_LISTS,
        *JSON_DICTS,
    ):
        op.execute(f"ALTER TABLE identity_groups DROP COLUMN {name}")
