"""Agent tools: reply assistant entries, versions, attachments, groups, e-mail templates.

Only new tables: nothing existing is rewritten. An entry's `search_key` is indexed like the users'
(revision 0006): pg_trgm GIN on PostgreSQL; on SQLite a B-tree plus an external-content FTS5
trigram table, `reply_assistant_entries_search`, kept in step by triggers.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 22:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ENTRIES = "reply_assistant_entries"
SEARCH = "reply_assistant_entries_search"


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


def _keys(table: str) -> list[sa.Constraint]:
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("platform_id", name=op.f(f"uq_{table}_platform_id")),
    ]


def _fk(column: str, table: str, referred: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}"), ondelete=ondelete
    )


def _link_table(table: str, owner_column: str, owner: str, other_column: str, other: str) -> None:
    op.create_table(
        table,
        sa.Column(owner_column, sa.Integer(), nullable=False),
        sa.Column(other_column, sa.Integer(), nullable=False),
        _fk(owner_column, table, owner),
        _fk(other_column, table, other),
        sa.PrimaryKeyConstraint(owner_column, other_column, name=op.f(f"pk_{table}")),
    )
    op.create_index(op.f(f"ix_{table}_{other_column}"), table, [other_column], unique=False)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "reply_assistant_groups",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("autocomplete", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        *_platform_columns(),
        *_keys("reply_assistant_groups"),
    )
    op.create_index("uq_reply_assistant_groups_name_key", "reply_assistant_groups", ["name_key"], unique=True)
    op.create_index("ix_reply_assistant_groups_position", "reply_assistant_groups", ["position", "id"])
    op.create_table(
        ENTRIES,
        sa.Column("label", sa.String(length=255), nullable=False),
        sa.Column("label_key", sa.String(length=255), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("foreign_id", sa.String(length=120), server_default="", nullable=False),
        sa.Column("search_key", sa.Text(), server_default="", nullable=False),
        *_platform_columns(),
        _fk("group_id", ENTRIES, "reply_assistant_groups", "SET NULL"),
        *_keys(ENTRIES),
    )
    op.create_index(op.f(f"ix_{ENTRIES}_group_id"), ENTRIES, ["group_id"], unique=False)
    op.create_index(f"ix_{ENTRIES}_label_key", ENTRIES, ["label_key", "id"])
    op.create_index(f"ix_{ENTRIES}_updated_at", ENTRIES, ["updated_at", "id"])
    op.create_index(
        f"ix_{ENTRIES}_search_key",
        ENTRIES,
        ["search_key"],
        postgresql_using="gin",
        postgresql_ops={"search_key": "gin_trgm_ops"},
    )
    op.create_table(
        "reply_assistant_shortcuts",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("shortcut_key", sa.String(length=120), nullable=False),
        sa.Column("shortcut", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        _fk("entry_id", "reply_assistant_shortcuts", ENTRIES),
        sa.PrimaryKeyConstraint("entry_id", "shortcut_key", name=op.f("pk_reply_assistant_shortcuts")),
    )
    op.create_index(
        op.f("ix_reply_assistant_shortcuts_shortcut_key"), "reply_assistant_shortcuts", ["shortcut_key"]
    )
    _link_table("reply_assistant_entry_categories", "entry_id", ENTRIES, "category_id", "categories")
    _link_table("reply_assistant_entry_sources", "entry_id", ENTRIES, "source_id", "content_sources")
    op.create_table(
        "reply_assistant_versions",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), server_default="", nullable=False),
        sa.Column("format", sa.String(length=8), server_default="text", nullable=False),
        sa.Column("body", sa.Text(), server_default="", nullable=False),
        *_platform_columns(),
        _fk("entry_id", "reply_assistant_versions", ENTRIES),
        *_keys("reply_assistant_versions"),
    )
    op.create_index(op.f("ix_reply_assistant_versions_entry_id"), "reply_assistant_versions", ["entry_id"])
    _link_table(
        "reply_assistant_version_sources",
        "version_id",
        "reply_assistant_versions",
        "source_id",
        "content_sources",
    )
    op.create_table(
        "reply_assistant_attachments",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_platform_columns(),
        _fk("version_id", "reply_assistant_attachments", "reply_assistant_versions"),
        *_keys("reply_assistant_attachments"),
    )
    op.create_index(
        op.f("ix_reply_assistant_attachments_version_id"), "reply_assistant_attachments", ["version_id"]
    )
    op.create_table(
        "email_templates",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("subject", sa.String(length=255), server_default="", nullable=False),
        sa.Column("body_html", sa.Text(), server_default="", nullable=False),
        sa.Column("body_text", sa.Text(), server_default="", nullable=False),
        *_platform_columns(),
        *_keys("email_templates"),
    )
    op.create_index("uq_email_templates_name_key", "email_templates", ["name_key"], unique=True)
    _link_table("email_template_sources", "template_id", "email_templates", "source_id", "content_sources")
    if sqlite:
        _create_sqlite_search_table()


def _create_sqlite_search_table() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {SEARCH} USING fts5(search_key, content='{ENTRIES}', content_rowid='id', "
        "tokenize='trigram')"
    )
    add = f"INSERT INTO {SEARCH}(rowid, search_key) VALUES (new.id, new.search_key);"
    remove = f"INSERT INTO {SEARCH}({SEARCH}, rowid, search_key) VALUES ('delete', old.id, old.search_key);"
    op.execute(f"CREATE TRIGGER {SEARCH}_insert AFTER INSERT ON {ENTRIES} BEGIN {add} END")
    op.execute(f"CREATE TRIGGER {SEARCH}_delete AFTER DELETE ON {ENTRIES} BEGIN {remove} END")
    op.execute(
        f"CREATE TRIGGER {SEARCH}_update AFTER UPDATE OF id, search_key ON {ENTRIES} BEGIN {remove} {add} END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {SEARCH}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {SEARCH}")
    for table in (
        "email_template_sources",
        "email_templates",
        "reply_assistant_attachments",
        "reply_assistant_version_sources",
        "reply_assistant_versions",
        "reply_assistant_entry_sources",
        "reply_assistant_entry_categories",
        "reply_assistant_shortcuts",
        ENTRIES,
        "reply_assistant_groups",
    ):
        op.drop_table(table)
