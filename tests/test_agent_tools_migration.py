"""Revision 0011 (agent tools): a database at 0010 holding users, categories and sources upgrades to
head, keeps them, and takes reply-assistant entries and e-mail templates; the schema matches the
models; down to 0010 and back."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from test_channels_migration import _not_a_search_table, alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import Base, Category, ReplyAssistantEntry
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data

__all__ = ["bare_db"]


def _fill_0010(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')"))
        run(
            text(
                "INSERT INTO categories (id, platform_id, name, name_key, color, mandatory, multiple, "
                "unselectable) VALUES (1, 'cat1', 'Orders', 'orders', 2, :f, :f, :f)"
            ),
            {"f": False},
        )


def test_0010_database_with_data_upgrades_and_takes_entries(bare_db: Database) -> None:
    upgrade_to(bare_db, "0010")
    _fill_0010(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    with bare_db.session_factory() as session:
        assert session.scalars(select(Category.name)).all() == ["Orders"]
        session.add(ReplyAssistantEntry(label="Refund", label_key="refund", search_key="refund"))
        session.commit()
        assert session.scalars(select(ReplyAssistantEntry.label)).all() == ["Refund"]
    with bare_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_a_search_table})
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_0010_and_back(bare_db: Database) -> None:
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    assert bare_db.current_revision() == "0010"
    with bare_db.engine.connect() as conn:
        assert "reply_assistant_entries" not in inspect(conn).get_table_names()
        assert "categories" in inspect(conn).get_table_names()
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
