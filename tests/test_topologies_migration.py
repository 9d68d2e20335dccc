"""Revision 0008 (topologies and rules): a database at 0007 holding users, teams, categories and
routing channels upgrades to head, keeps it all, and topologies and rules can be written on it;
the one-active index holds in the database itself; down to 0007 and back."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import Category, Team, Topology
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.routing.topologies import TopologyService

__all__ = ["bare_db"]


def _fill_0007(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')"))
        for permission in ("manage_topologies", "manage_rules_engine_rules", "read_user"):
            run(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, :p)"), {"p": permission})
        run(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Ada', 'Admin', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC')"
            ),
            {"t": True, "f": False},
        )
        run(text("INSERT INTO teams (id, platform_id, name, name_key) VALUES (1, 't1', 'Care', 'care')"))
        run(
            text(
                "INSERT INTO categories (id, platform_id, name, name_key, color, mandatory, multiple, "
                "unselectable) VALUES (1, 'cat1', 'Orders', 'orders', 2, :f, :f, :f)"
            ),
            {"f": False},
        )
        run(
            text(
                "INSERT INTO routing_channels (id, platform_id, name, label) VALUES (1, 'ch1', 'chat', 'Chat')"
            )
        )


def test_0007_database_with_data_upgrades_keeps_it_and_takes_topologies(bare_db: Database) -> None:
    upgrade_to(bare_db, "0007")
    _fill_0007(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.session_factory() as session:
        assert session.scalars(select(Team.name)).all() == ["Care"]
        assert session.scalars(select(Category.name)).all() == ["Orders"]
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    topologies = TopologyService(ServiceContext(bare_db.session_factory).acting_as(1))
    config = {
        "queues": [
            {
                "name": "orders",
                "channel_id": "ch1",
                "match": {"category_ids": ["cat1"]},
                "steps": [
                    {"target": {"team_ids": ["t1"]}, "timeout_seconds": 60},
                    {"target": {"any_agent": True}},
                ],
            }
        ],
    }
    created = topologies.create_topology("Weekdays", config)
    assert topologies.activate_topology(created.id).active
    assert topologies.get_topology(created.id).config == config


def test_the_database_refuses_a_second_active_topology(bare_db: Database) -> None:
    bare_db.upgrade()
    with pytest.raises(IntegrityError), bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO topologies (platform_id, name, name_key, config, active) VALUES "
                "('a', 'A', 'a', '{}', :t), ('b', 'B', 'b', '{}', :t)"
            ),
            {"t": True},
        )
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO topologies (platform_id, name, name_key, config, active) VALUES "
                "('a', 'A', 'a', '{}', :t), ('b', 'B', 'b', '{}', :f), ('c', 'C', 'c', '{}', :f)"
            ),
            {"t": True, "f": False},
        )
    with bare_db.session_factory() as session:
        assert session.scalars(select(Topology.name).where(Topology.active)).all() == ["A"]


def test_downgrade_to_0007_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0007")
    _fill_0007(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    assert bare_db.current_revision() == "0007"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM categories")).scalar() == 1
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
