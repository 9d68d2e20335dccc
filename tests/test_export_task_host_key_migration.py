"""Revision 0017 gives the trusted SFTP host key of an automated export task its own column: a
0016 database whose tasks keep the key inside their `exports` JSON (`@sftp_host_key`) upgrades, the
key lands in `sftp_host_key` and leaves the JSON, the service reads and checks it; down to 0016 the
key goes back into the JSON, and up again."""

from __future__ import annotations

import json
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from migration_helpers import insert_admin
from sqlalchemy import inspect, text
from test_channels_migration import _not_a_search_table, alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import AutomaticExportTask, Base
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.digital.exports_automated import AutomaticExportService

__all__ = ["bare_db"]

TRUSTED = "SHA256:NNpQHJAGJDwyhLfqxvTioFP+2wGzIImxEFxfG9TOiwg"
OLD_JSON: dict[int, dict[str, Any]] = {
    1: {"agents": ["nickname", "email"], "@sftp_host_key": TRUSTED},  # trusted SFTP server
    2: {"roles": []},  # SFTP, not contacted yet
    3: {"agents": [], "roles": ["label"]},  # folder
    4: {"roles": [], "@sftp_host_key": 42},  # not text: the old reader ignored it
}


def _fill_0016(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        insert_admin(conn, ("manage_automatic_exports_tasks", "read_export", "read_user", "manage_roles"))
        for task_id, exports in OLD_JSON.items():
            sftp = task_id != 3
            run(
                text(
                    "INSERT INTO automatic_export_tasks (id, platform_id, name, name_key, schedule, exports, "
                    "file_pattern, destination, folder, sftp_host, sftp_user, owner_id) VALUES "
                    "(:id, :pid, :name, :key, 'daily', :exports, '{export_name}', :dest, :folder, :host, :user, 1)"
                ),
                {
                    "id": task_id,
                    "pid": f"task{task_id}",
                    "name": f"Task {task_id}",
                    "key": f"task {task_id}",
                    "exports": json.dumps(exports),
                    "dest": "sftp" if sftp else "folder",
                    "folder": "" if sftp else "/tmp/out",
                    "host": "sftp.example.com" if sftp else "",
                    "user": "bob" if sftp else "",
                },
            )


def _stored(database: Database) -> dict[int, tuple[dict[str, Any], str | None]]:
    """Each task's `exports` JSON as the database holds it, and its host key column (None before 0017)."""
    has_column = "sftp_host_key" in {
        c["name"] for c in inspect(database.engine).get_columns("automatic_export_tasks")
    }
    column = "sftp_host_key" if has_column else "NULL"
    with database.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT id, exports, {column} FROM automatic_export_tasks ORDER BY id")
        ).all()
    return {row[0]: (row[1] if isinstance(row[1], dict) else json.loads(row[1]), row[2]) for row in rows}


def _downgrade_to_0016(database: Database) -> None:
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0016")


def test_0016_tasks_upgrade_with_their_host_key_in_its_column(bare_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    upgrade_to(bare_db, "0016")
    _fill_0016(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_a_search_table})
        assert compare_metadata(context, Base.metadata) == []
    assert _stored(bare_db) == {
        1: ({"agents": ["nickname", "email"]}, TRUSTED),
        2: ({"roles": []}, ""),
        3: ({"agents": [], "roles": ["label"]}, ""),
        4: ({"roles": []}, ""),
    }
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    service = AutomaticExportService(
        ServiceContext(bare_db.session_factory).acting_as(1), SecretStore(tmp_path / "s")
    )
    rows = {row.id: row for row in service.list_tasks()}
    assert rows[1].form.sftp_host_key == TRUSTED and rows[1].exports == ("agents",)
    assert rows[1].form.exports == {"agents": ("nickname", "email")}
    assert rows[2].form.sftp_host_key == "" and rows[4].exports == ("roles",)

    # Saving the task keeps its key in the column and its JSON free of it.
    service.update_task(1, rows[1].form, version=rows[1].version)
    with bare_db.session_factory() as session:
        task = session.get(AutomaticExportTask, 1)
        assert task is not None and task.sftp_host_key == TRUSTED and "@sftp_host_key" not in task.exports


def test_downgrade_to_0016_puts_the_key_back_into_the_json_and_up_again(bare_db: Database) -> None:
    upgrade_to(bare_db, "0016")
    _fill_0016(bare_db)
    bare_db.upgrade()
    with bare_db.engine.begin() as conn:
        conn.execute(
            text("UPDATE automatic_export_tasks SET sftp_host_key = :k WHERE id = 2"), {"k": TRUSTED}
        )

    _downgrade_to_0016(bare_db)

    assert bare_db.current_revision() == "0016"
    assert _stored(bare_db) == {
        1: ({"agents": ["nickname", "email"], "@sftp_host_key": TRUSTED}, None),
        2: ({"roles": [], "@sftp_host_key": TRUSTED}, None),
        3: ({"agents": [], "roles": ["label"]}, None),
        4: ({"roles": []}, None),  # the unreadable value was dropped on the way up
    }

    bare_db.upgrade()

    assert {task_id: key for task_id, (_, key) in _stored(bare_db).items()} == {
        1: TRUSTED,
        2: TRUSTED,
        3: "",
        4: "",
    }
    assert all("@sftp_host_key" not in exports for exports, _ in _stored(bare_db).values())


def test_many_tasks_move_in_batches(bare_db: Database) -> None:
    """More tasks than one batch of the data move: every key moves, none is left in the JSON."""
    upgrade_to(bare_db, "0016")
    _fill_0016(bare_db)
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO automatic_export_tasks (id, platform_id, name, name_key, schedule, exports, "
                "file_pattern, owner_id) VALUES (:id, :pid, :name, :name, 'daily', :exports, 'f', 1)"
            ),
            [
                {
                    "id": n,
                    "pid": f"bulk{n}",
                    "name": f"bulk {n}",
                    "exports": json.dumps(
                        {"roles": [], "@sftp_host_key": f"SHA256:{n:043d}"} if n % 2 else {"roles": []}
                    ),
                }
                for n in range(10, 1210)
            ],
        )

    bare_db.upgrade()

    stored = _stored(bare_db)
    assert len(stored) == 1204
    assert all(exports == {"roles": []} for task_id, (exports, _) in stored.items() if task_id >= 10)
    assert {task_id: key for task_id, (_, key) in stored.items() if task_id >= 10} == {
        n: f"SHA256:{n:043d}" if n % 2 else "" for n in range(10, 1210)
    }
