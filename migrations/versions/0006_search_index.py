"""Search at 100k rows: the Users and Identities lists find a substring through a trigram index.

`users.search_key` (new) and `identities.search_key` hold the searched fields folded (case,
accents and runs of spaces removed); both are filled here for existing rows. PostgreSQL indexes
them with pg_trgm GIN (LIKE '%text%' uses it); SQLite keeps a B-tree on them and an external-
content FTS5 trigram table per list (`users_search`, `identities_search`) that triggers keep in
step with every insert, update and delete.

The sort indexes of both lists end with the id (the sort's tie-break), and the e-mail, nickname,
role, state and last sign-in sorts of Users and the last-change sort of Identities get one: a page
at any offset is then an index-only scan. `users` only gets a column with a server default (plain
ALTER TABLE ADD COLUMN), as in 0004.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 19:10:00.000000
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The searched identity fields, in the order identity_search_key joins them.
IDENTITY_FIELDS = ("display_name", "screenname", "firstname", "lastname", "email", "company", "foreign_id")
SEARCH_TABLES = {"users": "users_search", "identities": "identities_search"}
# Sort indexes, (table, name): (columns before, columns now; None = new). Ending with the id (the
# sort's tie-break) makes a page at any offset an index-only scan on PostgreSQL.
SORT_INDEXES: dict[tuple[str, str], tuple[list[str] | None, list[str]]] = {
    ("users", "ix_users_lastname_firstname"): (["lastname", "firstname"], ["lastname", "firstname", "id"]),
    ("users", "ix_users_last_sign_in_at"): (None, ["last_sign_in_at", "id"]),
    ("users", "ix_users_state"): (None, ["enabled", "invitation_pending", "id"]),
    ("users", "ix_users_email_order"): (None, ["email_key", "id"]),
    ("users", "ix_users_nickname_order"): (None, ["nickname_key", "id"]),
    ("users", "ix_users_role_order"): (None, ["role_id", "id"]),
    ("identities", "ix_identities_community_display"): (
        ["community_id", "display_name_key"],
        ["community_id", "display_name_key", "id"],
    ),
    ("identities", "ix_identities_display_name_key"): (["display_name_key"], ["display_name_key", "id"]),
    ("identities", "ix_identities_email_key"): (["email_key"], ["email_key", "id"]),
    ("identities", "ix_identities_controlled"): (
        ["controlled", "display_name_key"],
        ["controlled", "display_name_key", "id"],
    ),
    ("identities", "ix_identities_updated_at"): (None, ["updated_at", "id"]),
}
BATCH = 5000


def _fold(text: str, keep_accents: bool = False) -> str:
    """The folding of this revision (a copy: the application's may change later); 0005 kept accents."""
    folded = " ".join(text.split()).casefold()
    if keep_accents:
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _user_key(row: sa.Row[tuple[object, ...]]) -> str:
    first, last, nickname, email = (str(v or "") for v in row[1:])
    return " | ".join(_fold(p) for p in (f"{first} {last}", nickname, email))[:640]


def _identity_key(row: sa.Row[tuple[object, ...]], keep_accents: bool = False) -> str:
    return " | ".join(_fold(str(v or ""), keep_accents) for v in row[1:])[:1200]


def _rewrite_keys(table: str, columns: Sequence[str], key: object) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table} ORDER BY id")).all()
    update = sa.text(f"UPDATE {table} SET search_key = :key WHERE id = :id")
    for start in range(0, len(rows), BATCH):
        batch = [{"id": r[0], "key": key(r)} for r in rows[start : start + BATCH]]  # type: ignore[operator]
        conn.execute(update, batch)


def _create_sqlite_search_table(table: str, search: str) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE {search} USING fts5(search_key, content='{table}', content_rowid='id', "
        "tokenize='trigram')"
    )
    add = f"INSERT INTO {search}(rowid, search_key) VALUES (new.id, new.search_key);"
    remove = f"INSERT INTO {search}({search}, rowid, search_key) VALUES ('delete', old.id, old.search_key);"
    op.execute(f"CREATE TRIGGER {search}_insert AFTER INSERT ON {table} BEGIN {add} END")
    op.execute(f"CREATE TRIGGER {search}_delete AFTER DELETE ON {table} BEGIN {remove} END")
    op.execute(
        f"CREATE TRIGGER {search}_update AFTER UPDATE OF id, search_key ON {table} BEGIN {remove} {add} END"
    )
    op.execute(f"INSERT INTO {search}({search}) VALUES ('rebuild')")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.add_column("users", sa.Column("search_key", sa.String(length=640), server_default="", nullable=False))
    _rewrite_keys("users", ("firstname", "lastname", "nickname", "email"), _user_key)
    _rewrite_keys("identities", IDENTITY_FIELDS, _identity_key)
    for table in SEARCH_TABLES:
        op.create_index(
            f"ix_{table}_search_key",
            table,
            ["search_key"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"search_key": "gin_trgm_ops"},
        )
        if sqlite:
            _create_sqlite_search_table(table, SEARCH_TABLES[table])
    for (table, name), (before, now) in SORT_INDEXES.items():
        if before is not None:
            op.drop_index(name, table_name=table)
        op.create_index(name, table, now, unique=False)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for (table, name), (before, _now) in SORT_INDEXES.items():
        op.drop_index(name, table_name=table)
        if before is not None:
            op.create_index(name, table, before, unique=False)
    for table, search in SEARCH_TABLES.items():
        if sqlite:
            for trigger in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {search}_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {search}")
        op.drop_index(f"ix_{table}_search_key", table_name=table)
    _rewrite_keys("identities", IDENTITY_FIELDS, lambda row: _identity_key(row, keep_accents=True))
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would trip the foreign keys.
    op.execute("ALTER TABLE users DROP COLUMN search_key")
