"""Revision 0007 (Routing): a database at 0006 with categories (sibling names clashing once folded)
and routing channels upgrades, keeps its rows and gets the new columns' defaults; and back down."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text
from test_channels_migration import alembic_config, bare_db, upgrade_to  # noqa: F401 (fixture)

from engage_desktop.db import Database


def test_0006_database_upgrades_renaming_folded_sibling_clashes(bare_db: Database) -> None:  # noqa: F811
    upgrade_to(bare_db, "0006")
    with bare_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO categories (id, platform_id, name, parent_id, color, mandatory, multiple, "
                "unselectable) VALUES "
                "(1, 'c1', 'Billing', NULL, 1, :f, :f, :f), (2, 'c2', 'BILLING ', NULL, 2, :f, :f, :f), "
                "(3, 'c3', 'Refund', 1, 0, :f, :f, :f), (4, 'c4', 'Réfund', 1, 0, :f, :f, :f), "
                "(5, 'c5', 'Refund', 2, 0, :f, :f, :f)"
            ),
            {"f": False},
        )
        conn.execute(
            text(
                "INSERT INTO routing_channels (id, platform_id, name, label) VALUES (1, 'r1', 'Chat', 'Chat')"
            )
        )
    upgrade_to(bare_db, "0007")
    with bare_db.engine.begin() as conn:
        rows = conn.execute(
            text("SELECT id, name, name_key, post_qualification FROM categories ORDER BY id")
        ).all()
        channel = conn.execute(
            text(
                "SELECT soft_capability, hard_capability, task_timeout_seconds, task_auto_complete_seconds, "
                "agent_sla, agent_sla_threshold FROM routing_channels"
            )
        ).one()
    assert [(r[1], r[2]) for r in rows] == [
        ("Billing", "billing"),
        ("BILLING (2)", "billing (2)"),
        ("Refund", "refund"),
        ("Réfund (2)", "refund (2)"),
        ("Refund", "refund"),
    ]
    assert not any(r[3] for r in rows)
    assert tuple(channel) == (3, 5, 60, 0, 0, 80)
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    upgrade_to(bare_db, "head")
