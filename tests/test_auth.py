"""First administrator, sign-in, lock-out and the journal of every attempt."""

from __future__ import annotations

import logging

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select, text

from engage_desktop.db import Database
from engage_desktop.models import User
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.core import journal as audit
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import AuthenticationFailed, Conflict, ValidationError


def events(db: Database, name: str) -> list[audit.AuditEvent]:
    with db.session_factory() as session:
        return audit.find_events(session, audit.JournalFilter(names=(name,)))


def test_empty_database_needs_a_first_administrator(db: Database) -> None:
    ctx = ServiceContext(db.session_factory)
    assert auth.needs_first_administrator(ctx)
    user = auth.create_first_administrator(
        ctx,
        firstname="Ada",
        lastname="Admin",
        email="ada@example.com",
        nickname="ada",
        password=ADMIN_PASSWORD,
    )
    assert not auth.needs_first_administrator(ctx)
    assert user.role_label == "Administrator"
    with pytest.raises(Conflict):
        auth.create_first_administrator(
            ctx,
            firstname="Bob",
            lastname="B",
            email="bob@example.com",
            nickname="bob",
            password=ADMIN_PASSWORD,
        )


def test_password_is_hashed_never_stored_or_journaled(
    admin: Signed, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with admin.db.session_factory() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == admin.user.id))
        assert stored and stored.startswith("$argon2") and ADMIN_PASSWORD not in stored
        dump = " ".join(str(row) for row in session.execute(text("SELECT * FROM audit_events")))
    assert ADMIN_PASSWORD not in dump
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(admin.ctx.acting_as(None), "ada", "wrong-" + ADMIN_PASSWORD)
    assert ADMIN_PASSWORD not in caplog.text


@pytest.mark.parametrize(("password", "needs"), [("short1", "characters"), ("no digits at all", "digit")])
def test_password_policy_from_security_settings(db: Database, password: str, needs: str) -> None:
    with pytest.raises(ValidationError) as caught:
        auth.create_first_administrator(
            ServiceContext(db.session_factory),
            firstname="A",
            lastname="B",
            email="a@example.com",
            nickname="a",
            password=password,
        )
    assert caught.value.field == "password" and needs in caught.value.message


def test_first_admin_fields_are_validated_together(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        auth.create_first_administrator(
            ServiceContext(db.session_factory),
            firstname="",
            lastname="",
            email="not-an-email",
            nickname="",
            password=ADMIN_PASSWORD,
        )
    assert set(caught.value.errors) == {"firstname", "lastname", "email", "nickname"}


def test_sign_in_by_email_or_nickname_any_case(admin: Signed) -> None:
    ctx = admin.ctx.acting_as(None)
    assert auth.sign_in(ctx, "ADA@Example.com", ADMIN_PASSWORD).id == admin.user.id
    assert auth.sign_in(ctx, " Ada ", ADMIN_PASSWORD).id == admin.user.id
    assert events(admin.db, "session.created")[0].user_id == admin.user.id


def test_failures_are_journaled_without_the_password(admin: Signed) -> None:
    ctx = admin.ctx.acting_as(None)
    for login in ("ada", "nobody@example.com"):
        with pytest.raises(AuthenticationFailed) as caught:
            auth.sign_in(ctx, login, "Guess-1234")
        assert "Wrong" in caught.value.message  # one message: no account enumeration
    failed = events(admin.db, "session.failed")
    assert [e.details["reason"] for e in failed] == ["unknown login", "wrong password"]
    assert all("Guess-1234" not in str(e.details) for e in failed)


def test_lockout_after_repeated_failures(admin: Signed) -> None:
    ctx = admin.ctx.acting_as(None)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(ctx, "ada", "Wrong-12345")
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(ctx, "ada", ADMIN_PASSWORD)  # right password, but locked
    assert events(admin.db, "session.failed")[0].details["reason"] == "account locked"
