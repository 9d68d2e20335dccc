"""Automated export tasks: the trusted SFTP host key gets a column of its own.

Until now the fingerprint sat inside the task's `exports` JSON under the key `@sftp_host_key`.
Upgrading moves it to `sftp_host_key` and removes it from the JSON; downgrading puts it back. The
move runs in Python over the rows, a batch at a time, because the JSON column is TEXT on SQLite
and JSON on PostgreSQL (no SQL JSON function works on both).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 04:05:00.000000
"""

from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ENTRY = "@sftp_host_key"
KEY_LENGTH = 255
BATCH = 500

tasks = sa.table(
    "automatic_export_tasks",
    sa.column("id", sa.Integer),
    sa.column("exports", sa.JSON),
    sa.column("sftp_host_key", sa.String),
)


def _rows(columns: Sequence[sa.ColumnElement[Any]]) -> Iterator[sa.Row[Any]]:
    """Every task, `BATCH` rows per query (keyset on id), so no table is read into memory at once."""
    bind = op.get_bind()
    last = 0
    while True:
        batch = bind.execute(
            sa.select(tasks.c.id, *columns).where(tasks.c.id > last).order_by(tasks.c.id).limit(BATCH)
        ).all()
        yield from batch
        if len(batch) < BATCH:
            return
        last = batch[-1].id


def upgrade() -> None:
    with op.batch_alter_table("automatic_export_tasks") as batch:
        batch.add_column(
            sa.Column("sftp_host_key", sa.String(length=KEY_LENGTH), server_default="", nullable=False)
        )
    bind = op.get_bind()
    for row in _rows([tasks.c.exports]):
        exports = row.exports
        if not isinstance(exports, dict) or OLD_ENTRY not in exports:
            continue
        value = exports[OLD_ENTRY]
        kept = {k: v for k, v in exports.items() if k != OLD_ENTRY}
        # The old reader ignored anything but text; a too-long value never matched a server anyway.
        key = value[:KEY_LENGTH] if isinstance(value, str) else ""
        bind.execute(tasks.update().where(tasks.c.id == row.id).values(exports=kept, sftp_host_key=key))


def downgrade() -> None:
    bind = op.get_bind()
    for row in _rows([tasks.c.exports, tasks.c.sftp_host_key]):
        if not row.sftp_host_key:
            continue
        exports = dict(row.exports) if isinstance(row.exports, dict) else {}
        exports[OLD_ENTRY] = row.sftp_host_key
        bind.execute(tasks.update().where(tasks.c.id == row.id).values(exports=exports))
    with op.batch_alter_table("automatic_export_tasks") as batch:
        batch.drop_column("sftp_host_key")
