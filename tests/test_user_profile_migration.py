"""Revision 0004 (user profile): a database at 0003 holding users, teams, channels, identities,
capacities and a journal upgrades to head, keeps it all, and the Users services work on it."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import select, text
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models import TeamMember, User, UserCapacityAssignment
from engage_desktop.models.channels import IdentityUser
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.users.records import SourcePermissions
from engage_desktop.services.users.service import UserService

__all__ = ["bare_db"]

ALL = (
    "read_user",
    "create_user",
    "update_user",
    "manage_roles",
)


def _fill_0003(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')"))
        for permission in ALL:
            run(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, :p)"), {"p": permission})
        run(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Ada', 'Admin', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC'), "
                "(2, 'u2', 'Max', 'Member', 'max', 'max', 'max@x.io', 'max@x.io', 1, :t, :t, 'fr', 'Europe/Paris')"
            ),
            {"t": True, "f": False},
        )
        run(text("INSERT INTO teams (id, platform_id, name, name_key) VALUES (1, 't1', 'Care', 'care')"))
        run(
            text("INSERT INTO team_members (team_id, user_id, is_leader) VALUES (1, 1, :t), (1, 2, :f)"),
            {"t": True, "f": False},
        )
        run(
            text(
                "INSERT INTO communities (id, platform_id, name, name_key, type, active) "
                "VALUES (1, 'c1', 'E-mail', 'e-mail', 'email', :t)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO content_sources (id, platform_id, name, name_key, type, community_id, active, "
                "color, sla_response, sla_threshold, default_task_priority) VALUES "
                "(1, 's1', 'Support', 'support', 'email', 1, :t, 0, 3600, 80, 0)"
            ),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO identities (id, platform_id, community_id, display_name, display_name_key, "
                "screenname, firstname, lastname, email, email_key, company, gender, mobile_phone, home_phone, "
                "avatar_url, foreign_id, uuid, controlled, extra_values, search_key) VALUES "
                "(1, 'i1', 1, 'Acme', 'acme', '', '', '', '', '', '', '', '', '', '', '', '', :t, '{}', 'acme')"
            ),
            {"t": True},
        )
        run(text("INSERT INTO identity_users (identity_id, user_id) VALUES (1, 2)"))
        run(
            text(
                "INSERT INTO routing_channels (id, platform_id, name, label) VALUES (1, 'ch1', 'chat', 'Chat')"
            )
        )
        run(
            text(
                "INSERT INTO user_capacities (id, platform_id, name, name_key) VALUES (1, 'k1', 'Busy', 'busy')"
            )
        )
        run(text("INSERT INTO user_capacity_assignments (user_id, capacity_id) VALUES (2, 1)"))


def test_0003_database_with_data_upgrades_and_keeps_it(bare_db: Database) -> None:
    upgrade_to(bare_db, "0003")
    _fill_0003(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.session_factory() as session:
        users = session.scalars(select(User).order_by(User.id)).all()
        assert [(u.nickname, u.locale, u.timezone, u.invitation_pending) for u in users] == [
            ("ada", "en", "UTC", False),
            ("max", "fr", "Europe/Paris", True),
        ]
        for user in users:
            assert user.spoken_languages == [] and user.invited_at is None and not user.has_handled_work
        assert sorted(session.execute(select(TeamMember.user_id, TeamMember.is_leader)).all()) == [
            (1, True),
            (2, False),
        ]
        assert session.execute(select(IdentityUser.user_id)).scalars().all() == [2]
        assert session.execute(select(UserCapacityAssignment.capacity_id)).scalars().all() == [1]


def test_the_users_services_work_on_an_upgraded_database(bare_db: Database) -> None:
    upgrade_to(bare_db, "0003")
    _fill_0003(bare_db)
    bare_db.upgrade()
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    users = UserService(ServiceContext(bare_db.session_factory).acting_as(1))
    detail = users.get_user(2)
    assert detail.form.identity_ids == (1,) and detail.form.capacity_id == 1 and detail.form.team_ids == (1,)
    row = users.update_user(
        2,
        replace(
            detail.form, spoken_languages=("fr",), source_permissions=(SourcePermissions(1, reply=True),)
        ),
    )
    assert row.problems == ()  # max replies as the identity Acme on the e-mail community
    assert users.get_user(2).form.source_permissions[0].flags() == ("read", "reply")


def test_downgrade_to_0003_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0003")
    _fill_0003(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    assert bare_db.current_revision() == "0003"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar() == 2
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
