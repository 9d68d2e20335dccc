"""Revision 0002 (Channels): a database at 0001 holding data upgrades to head and keeps it all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from engage_desktop.config import migrations_dir
from engage_desktop.db import Database
from engage_desktop.models import Base
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.users import SEARCH_TABLES
from engage_desktop.services.core.context import ServiceContext


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def bare_db(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/old.sqlite3"
    else:
        url = request.getfixturevalue("postgres_server").new_database()
    database = Database(url)
    yield database
    database.dispose()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade_to(database: Database, revision: str) -> None:
    cfg = alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_0001_database_with_data_upgrades_and_keeps_it(bare_db: Database) -> None:
    upgrade_to(bare_db, "0001")
    assert bare_db.current_revision() == "0001"
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO communities (id, platform_id, name, type, active) VALUES "
                "(1, 'c00000000000000000000001', 'Facebook', 'facebook', :t), "
                "(2, 'c00000000000000000000002', ' facebook ', 'facebook', :f), "
                "(3, 'c00000000000000000000003', 'E-mail', 'email', :t)"
            ),
            {"t": True, "f": False},
        )
        conn.execute(
            text(
                "INSERT INTO content_sources (id, platform_id, name, name_key, type, community_id, active, "
                "color, sla_response, sla_threshold, default_task_priority) VALUES "
                "(1, 's00000000000000000000001', 'Acme page', 'acme page', 'facebook', 1, :t, 3, 900, 70, 2), "
                "(2, 's00000000000000000000002', 'Support', 'support', 'email', 3, :f, 6, 3600, 80, 0)"
            ),
            {"t": True, "f": False},
        )

    report = bare_db.upgrade()
    assert (report.before, report.after) == ("0001", "0002") or report.after in bare_db.head_revisions()

    with bare_db.session_factory() as session:
        communities = {c.id: c for c in session.query(Community)}
        assert [(c.name, c.type, c.active) for c in communities.values()] == [
            ("Facebook", "facebook", True),
            (" facebook ", "facebook", False),
            ("E-mail", "email", True),
        ]
        # Folded keys; the clash (same name but for case and spaces) keeps both rows, made unique.
        assert [c.name_key for c in communities.values()] == ["facebook", "facebook #2", "e-mail"]
        page, mailbox = session.query(ContentSource).order_by(ContentSource.id)
        assert (page.name, page.color, page.sla_response, page.sla_threshold, page.default_task_priority) == (
            "Acme page",
            3,
            900,
            70,
            2,
        )
        assert page.community.name == "Facebook" and not mailbox.active
        for source in (page, mailbox):
            assert source.status == "ok" and source.status_message == ""
            assert source.sla_expired_strategy == "max"
            assert source.settings == {} and source.secret_fields_set == [] and source.content_languages == []
            assert source.secrets_changed_at is None and source.channel_id is None
            assert not source.hidden_from_stats and not source.content_archiving
            assert source.intervention_messages_boost == 0 and source.content_archiving_period == 0
            assert source.category_links == [] and source.time_sheets == []


def test_head_schema_matches_the_models(bare_db: Database) -> None:
    bare_db.upgrade()
    with bare_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_a_search_table})
        assert compare_metadata(context, Base.metadata) == []


def _not_a_search_table(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and str(name).startswith(tuple(SEARCH_TABLES.values())))


def test_upgraded_database_works_with_the_services(bare_db: Database) -> None:
    """Reference data and a Channels write on a database that came from 0001."""
    from conftest import make_admin

    from engage_desktop.services.channels.communities import CommunityService
    from engage_desktop.services.core.reference_data import ensure_reference_data

    upgrade_to(bare_db, "0001")
    bare_db.upgrade()
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    admin = make_admin(bare_db)
    created = CommunityService(admin.ctx).create_community("Chat", "engage_chat")
    assert created.name == "Chat"


def test_downgrade_to_0001_and_back(bare_db: Database) -> None:
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert bare_db.current_revision() == "0001"
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
