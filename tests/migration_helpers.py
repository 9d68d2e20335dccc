"""Rows the migration tests put in an old schema before upgrading it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text


def insert_admin(conn: Connection, permissions: Iterable[str]) -> None:
    """Role 1 "Admin" with `permissions` and user 1, Ada, holding it (columns every revision has)."""
    conn.execute(
        text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')")
    )
    for permission in permissions:
        conn.execute(
            text("INSERT INTO role_permissions (role_id, permission) VALUES (1, :p)"), {"p": permission}
        )
    conn.execute(
        text(
            "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
            "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
            "(1, 'u1', 'Ada', 'Admin', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC')"
        ),
        {"t": True, "f": False},
    )
