"""Move a configuration to a shared database: copy every table of one database into another.

A team outgrowing one workstation copies its SQLite file into an empty PostgreSQL database that
several consoles then share. The copy is verbatim (ids, versions, the journal rows and their
hashes), so the hash chain still verifies on the target and the journal anchor can move with it.

A copy that stops half-way (killed, cancelled, server gone) must not look like a usable, smaller
configuration: the first thing written to the target is a marker table, removed only once every
table is copied and verified. `Database.upgrade()` refuses a database carrying the marker, and
running the copy again starts over on it without asking.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, DateTime, Table, func, inspect, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from engage_desktop.db import COPY_MARKER_TABLE, Database
from engage_desktop.services.core.errors import StorageError

log = logging.getLogger(__name__)

BATCH_ROWS = 2_000
OWN_FUNCTIONS = """
SELECT p.oid::regprocedure::text FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
"""

Progress = Callable[[int, int, str], bool]
"""(rows copied so far, rows in all, table being copied) -> False to stop."""


class CopyCancelled(Exception):
    """The progress callback asked to stop; the target keeps its marker and can be copied again."""


@dataclass
class CopyReport:
    source: str
    target: str
    rows_per_table: dict[str, int] = field(default_factory=dict)
    journal_events: int = 0
    journal_tip: tuple[int, str] | None = None
    restarted: bool = False

    @property
    def rows(self) -> int:
        return sum(self.rows_per_table.values())


def _tables() -> list[Table]:
    import engage_desktop.models  # noqa: F401  (every model registers its table)
    from engage_desktop.models import Base

    return list(Base.metadata.sorted_tables)


def _existing_tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def _prepare_target(target: Database, replace: bool) -> bool:
    """Empty the target or refuse; True when it held an unfinished copy (started over)."""
    ours = {t.name for t in _tables()} | {"alembic_version", COPY_MARKER_TABLE}
    with target.engine.begin() as conn:
        existing = _existing_tables(conn)
        unfinished = COPY_MARKER_TABLE in existing
        if existing and not (unfinished or replace):
            raise StorageError(
                f"The target database {target.display_url} is not empty ({len(existing)} tables). "
                "Copy into an empty database, or pass --replace to overwrite it."
            )
        foreign = sorted(existing - ours)
        if foreign:
            raise StorageError(
                f"The target database {target.display_url} holds tables that are not Engage Desktop's "
                f"({', '.join(foreign[:5])}); it was left untouched."
            )
        if target.dialect == "postgresql":
            for name in sorted(existing):
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
            # The migrations' own functions (not an extension's): upgrading creates them again.
            for function in conn.execute(text(OWN_FUNCTIONS)).scalars().all():
                conn.execute(text(f"DROP FUNCTION IF EXISTS {function} CASCADE"))
        else:
            for name in sorted(existing):
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}"'))
        conn.execute(
            text(
                f"CREATE TABLE {COPY_MARKER_TABLE} (source VARCHAR(1000) NOT NULL, started_at VARCHAR(40) NOT NULL)"
            )
        )
        conn.execute(
            text(f"INSERT INTO {COPY_MARKER_TABLE} (source, started_at) VALUES (:s, :t)"),
            {"s": "", "t": datetime.now(UTC).isoformat()},
        )
    return unfinished


def _deferred_columns(table: Table, later: set[str]) -> list[Column[Any]]:
    """Foreign keys to the same table or to a table copied later: written once every row exists."""
    return [
        fk.parent
        for fk in table.foreign_keys
        if (fk.column.table is table or fk.column.table.name in later) and fk.parent.nullable
    ]


def _aware(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, DateTime) and c.type.timezone]


def _copy_table(
    source: Connection, target: Connection, table: Table, later: set[str], tick: Callable[[int], None]
) -> tuple[int, list[tuple[dict[str, Any], dict[str, Any]]]]:
    deferred = [c.name for c in _deferred_columns(table, later)]
    aware = _aware(table)
    keys = list(table.primary_key.columns)
    pending: list[tuple[dict[str, Any], dict[str, Any]]] = []
    copied = 0
    result = source.execution_options(stream_results=True, yield_per=BATCH_ROWS).execute(
        select(table).order_by(*keys)
    )
    while batch := result.fetchmany(BATCH_ROWS):
        rows = []
        for row in batch:
            values = dict(row._mapping)
            for name in aware:  # SQLite gives them back naive; they were written in UTC
                value = values[name]
                if isinstance(value, datetime) and value.tzinfo is None:
                    values[name] = value.replace(tzinfo=UTC)
            later_values = {name: values[name] for name in deferred if values[name] is not None}
            if later_values:
                pending.append(({k.name: values[k.name] for k in keys}, later_values))
                values.update(dict.fromkeys(later_values))
            rows.append(values)
        target.execute(table.insert(), rows)
        copied += len(rows)
        tick(len(rows))
    return copied, pending


def _reset_sequences(target: Connection, tables: list[Table]) -> None:
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or keys[0].type.python_type is not int:
            continue
        name = keys[0].name
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": name}
        ).scalar()
        if sequence:
            target.execute(
                text(
                    f'SELECT setval(:s, COALESCE(MAX("{name}"), 1), MAX("{name}") IS NOT NULL) FROM "{table.name}"'
                ),
                {"s": sequence},
            )


def copy_database(
    source: Database,
    target: Database,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    workstation: str = "",
) -> CopyReport:
    """Copy every table of `source` into `target` (empty, or `replace`), then verify it.

    Raises `StorageError` with the reason (non-empty target, a table that differs, a broken
    chain), `CopyCancelled` when `progress` returns False. On any failure the target keeps its
    marker: unusable until copied again. Once verified, the target's journal gets a
    `database.copied` event (the copy is itself part of the history) and loses its marker.
    """
    from engage_desktop.services.core.journal import append_event, verify_chain
    from engage_desktop.services.core.journal_anchor import journal_tip

    if source.current_revision() not in source.head_revisions():
        raise StorageError(
            f"The source database {source.display_url} is not at this console's schema; "
            "open it once with this version (or run `engage-desktop db upgrade`) first."
        )
    tables = _tables()
    report = CopyReport(source.display_url, target.display_url)
    with source.engine.connect() as conn:
        totals = {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in tables}
    total = sum(totals.values())
    report.restarted = _prepare_target(target, replace)
    target.upgrade(copying=True)
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None and progress(done, total, current) is False:
            raise CopyCancelled()

    current = ""
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            for table in tables:  # reference data rows a migration may have written go first
                dst.execute(table.delete())
            remaining = {t.name for t in tables}
            pending_updates: list[tuple[Table, list[tuple[dict[str, Any], dict[str, Any]]]]] = []
            for table in tables:
                current = table.name
                remaining.discard(table.name)
                copied, pending = _copy_table(src, dst, table, remaining, tick)
                report.rows_per_table[table.name] = copied
                if pending:
                    pending_updates.append((table, pending))
            for table, pending in pending_updates:
                for key, values in pending:
                    condition = [table.c[name] == value for name, value in key.items()]
                    dst.execute(update(table).where(*condition).values(**values))
            if target.dialect == "postgresql":
                _reset_sequences(dst, tables)
    except (CopyCancelled, StorageError):
        raise
    except SQLAlchemyError as exc:
        raise StorageError(f"The copy stopped at table {current}: {exc.__class__.__name__}: {exc}") from exc

    _verify(source, target, totals, report)
    with target.session_factory() as session:
        chain = verify_chain(session)
        if not chain.ok:
            raise StorageError(f"The copied journal does not verify: {chain.describe()}")
        report.journal_events = chain.checked
        report.journal_tip = journal_tip(session)
    with source.session_factory() as session:
        if journal_tip(session) != report.journal_tip:
            raise StorageError("The copied journal does not end where the source's does.")
    with target.session_factory.begin() as session:
        event = append_event(
            session,
            "database.copied",
            user_id=None,
            user_label="system",
            workstation=workstation,
            details={
                "source": source.display_url,
                "rows": report.rows,
                "journal_events": report.journal_events,
            },
        )
        session.flush()
        report.journal_tip = (event.seq, event.row_hash)
        session.execute(text(f"DROP TABLE {COPY_MARKER_TABLE}"))
    log.info("Copied %s rows from %s to %s", report.rows, source.display_url, target.display_url)
    return report


def _verify(source: Database, target: Database, totals: dict[str, int], report: CopyReport) -> None:
    with target.engine.connect() as conn:
        for table in _tables():
            count = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            if count != totals[table.name] or report.rows_per_table.get(table.name) != count:
                raise StorageError(
                    f"Table {table.name}: {totals[table.name]} rows in {source.display_url}, "
                    f"{count} in the copy."
                )
