"""Revision 0003 (teams, agent capacities, presence statuses): a database at 0002 holding users,
teams and routing channels upgrades to head, keeps it all and works with the new services."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import PresenceStatus, Team, User, UserCapacityAssignment

__all__ = ["bare_db"]


def _fill_0002(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Agent', 'agent')")
        )
        conn.execute(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Lea', 'Leader', 'lea', 'lea', 'lea@x.io', 'lea@x.io', 1, :t, :f, 'en', 'UTC'), "
                "(2, 'u2', 'Max', 'Member', 'max', 'max', 'max@x.io', 'max@x.io', 1, :t, :f, 'fr', 'UTC')"
            ),
            {"t": True, "f": False},
        )
        conn.execute(
            text("INSERT INTO teams (id, platform_id, name, name_key) VALUES (1, 't1', 'Care', 'care')")
        )
        conn.execute(
            text("INSERT INTO team_members (team_id, user_id, is_leader) VALUES (1, 1, :t), (1, 2, :f)"),
            {"t": True, "f": False},
        )
        conn.execute(
            text(
                "INSERT INTO routing_channels (id, platform_id, name, label) VALUES (1, 'ch1', 'chat', 'Chat')"
            )
        )


def test_0002_database_with_data_upgrades_and_keeps_it(bare_db: Database) -> None:
    upgrade_to(bare_db, "0002")
    _fill_0002(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.session_factory() as session:
        users = session.scalars(select(User).order_by(User.id)).all()
        assert [(u.nickname, u.locale) for u in users] == [("lea", "en"), ("max", "fr")]
        team = session.scalars(select(Team)).one()
        assert sorted((m.user_id, m.is_leader) for m in team.members) == [(1, True), (2, False)]
        assert session.scalars(select(UserCapacityAssignment)).all() == []
        statuses = session.scalars(select(PresenceStatus)).all()
        assert [(s.name, s.name_key, s.maps_to) for s in statuses] == [
            ("Available", "available", "available")
        ]
        assert len(statuses[0].platform_id) == 24


def test_downgrade_to_0002_keeps_the_users(bare_db: Database) -> None:
    upgrade_to(bare_db, "0002")
    _fill_0002(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert bare_db.current_revision() == "0002"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 2
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
