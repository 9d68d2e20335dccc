"""API access tokens on SQLite and PostgreSQL: the value shown once, only its hash in the database
(never the value in the database, the journal or the logs), the keyring copy, verify_token with
last use, disable and revoke, allowed IP ranges, no escalation through the acting user."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from conftest import Signed
from sqlalchemy import select, text, update
from test_roles_service import journal, user_with_role

from engage_desktop.models import SecuritySettings
from engage_desktop.models.api_tokens import ApiAccessToken
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.api_tokens import (
    ApiTokenService,
    address_allowed,
    hash_token,
    keyring_key,
    verify_token,
)

FIXED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def all_text_of_database(signed: Signed) -> str:
    """Every value of every row of the tables a token touches, as one text."""
    with signed.db.engine.connect() as conn:
        rows = []
        for table in ("api_access_tokens", "audit_events"):
            rows += [repr(tuple(r)) for r in conn.execute(text(f"SELECT * FROM {table}"))]
    return "\n".join(rows)


def test_value_shown_once_only_hash_stored_and_verify_notes_last_use(
    admin: Signed, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore()
    tokens = ApiTokenService(admin.ctx, store)
    created = tokens.create_api_token("Intake robot", admin.user.id)
    value = created.value
    assert value.startswith("edt_") and len(value) > 40 and "***" in repr(created)
    with admin.db.session_factory() as session:
        row = session.scalars(select(ApiAccessToken)).one()
        assert row.token_hash == hash_token(value) and row.last_used_at is None
    everything = all_text_of_database(admin)
    assert value not in everything and value[4:20] not in everything
    assert value not in caplog.text
    assert tokens.stored_value(created.row.id) == value == store.get(keyring_key(created.row.platform_id))

    assert verify_token(admin.ctx, value, now=lambda: FIXED) == admin.user.id
    assert verify_token(admin.ctx, value + "x") is None
    assert verify_token(admin.ctx, "") is None
    assert verify_token(admin.ctx, "\udcff" * 10) is None
    [listed] = tokens.list_api_tokens(ListQuery())
    assert listed.last_used_at is not None and listed.last_used_at.replace(tzinfo=UTC) == FIXED
    assert listed.user_name == "Ada Admin"

    tokens.update_api_token(created.row.id, "Intake robot", False)
    assert verify_token(admin.ctx, value) is None
    tokens.update_api_token(created.row.id, "Intake", True)
    assert verify_token(admin.ctx, value) == admin.user.id
    tokens.delete_api_token(created.row.id)
    assert verify_token(admin.ctx, value) is None
    assert store.get(keyring_key(created.row.platform_id)) is None
    names = [
        e.name
        for e in journal(
            admin, "api_access_token.created", "api_access_token.updated", "api_access_token.destroyed"
        )
    ]
    assert names[::-1] == [
        "api_access_token.created",
        "api_access_token.updated",
        "api_access_token.updated",
        "api_access_token.destroyed",
    ]
    assert value not in all_text_of_database(admin)


def test_token_of_a_disabled_user_stops_working(admin: Signed) -> None:
    agent = user_with_role(admin, "Agents", ["read_user"], "agent")
    value = ApiTokenService(admin.ctx).create_api_token("Agent bot", agent.user.id).value
    assert verify_token(admin.ctx, value) == agent.user.id
    with admin.db.session_factory() as session, session.begin():
        session.execute(
            text("UPDATE users SET enabled = :f WHERE id = :id"), {"f": False, "id": agent.user.id}
        )
    assert verify_token(admin.ctx, value) is None


def test_allowed_ip_ranges_limit_where_a_token_works(admin: Signed) -> None:
    value = ApiTokenService(admin.ctx).create_api_token("Bot", admin.user.id).value
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(SecuritySettings).values(api_allowed_ip_ranges=["10.0.0.0/8", "::1/128"]))
    assert verify_token(admin.ctx, value, "10.1.2.3") == admin.user.id
    assert verify_token(admin.ctx, value, "::1") == admin.user.id
    assert verify_token(admin.ctx, value, "192.168.1.1") is None
    assert verify_token(admin.ctx, value, None) is None
    assert verify_token(admin.ctx, value, "not an address") is None
    assert address_allowed([], None) and not address_allowed(["garbage"], "10.0.0.1")


def test_no_escalation_through_the_acting_user_and_permission_needed(admin: Signed) -> None:
    manager = user_with_role(admin, "Token managers", ["manage_api_access_tokens"], "tokens")
    tokens = ApiTokenService(manager.ctx)
    with pytest.raises(PermissionDenied):
        tokens.create_api_token("Admin bot", admin.user.id)  # Ada holds far more than "tokens"
    assert [name for _id, name in tokens.user_choices()] == ["Sam Tokens"]
    own = tokens.create_api_token("Own bot", manager.user.id)
    assert verify_token(admin.ctx, own.value) == manager.user.id
    with pytest.raises(ValidationError):
        tokens.create_api_token("", manager.user.id)
    with pytest.raises(ValidationError):
        tokens.create_api_token("Nobody", 2**40)
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        ApiTokenService(reader.ctx).list_api_tokens(ListQuery())
    with pytest.raises(PermissionDenied):
        ApiTokenService(reader.ctx).delete_api_token(own.row.id)
