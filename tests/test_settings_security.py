"""Security settings on SQLite and PostgreSQL: each password rule, the no-reuse history (only
hashes kept), expiry at sign-in and the change of an expired password, the sign-in lock-out timed
with an injected clock, the warning before a change that affects the acting administrator, the
allowed IP ranges, the permission and the journal."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select, update
from test_roles_service import journal, user_with_role

from engage_desktop.models import PasswordHistory, User
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.access.password_change import change_password
from engage_desktop.services.core.errors import AuthenticationFailed, PermissionDenied, ValidationError
from engage_desktop.services.core.unit_of_work import run_operation
from engage_desktop.services.settings.password_rules import PasswordExpired
from engage_desktop.services.settings.security import (
    SecurityForm,
    SecuritySettingsService,
    SecurityWarning,
    change_expired_password,
)
from engage_desktop.services.settings.session_lock import SessionLockService

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def set_policy(admin: Signed, **changes: object) -> None:
    service = SecuritySettingsService(admin.ctx)
    current = service.get_security_settings().form
    service.update_security_settings(replace(current, **changes), acknowledged=True)  # type: ignore[arg-type]


def change_own(signed: Signed, current: str, new: str) -> None:
    run_operation(signed.ctx, change_password, signed.user.id, current, new)


def test_password_rules_follow_the_settings(admin: Signed) -> None:
    agent = user_with_role(admin, "Agents", ["read_user"], "agent")
    set_policy(admin, password_min_length=14, password_numbers=True, password_non_word=True)
    for weak in ("Short1!", "no-digits-in-this-one!", "NoSymbolsAtAll12345"):
        with pytest.raises(ValidationError) as caught:
            change_own(agent, ADMIN_PASSWORD, weak)
        assert set(caught.value.errors) == {"new_password"}
    change_own(agent, ADMIN_PASSWORD, "Quartz-Meadow-42")
    set_policy(admin, password_numbers=False, password_non_word=False, password_min_length=8)
    agent = Signed(
        admin.db,
        admin.ctx.acting_as(agent.user.id),
        auth.sign_in(admin.ctx.acting_as(None), "agent", "Quartz-Meadow-42"),
    )
    change_own(agent, "Quartz-Meadow-42", "quartzmeadowriver")


def test_no_reuse_of_the_last_n_passwords_keeps_only_hashes(admin: Signed) -> None:
    set_policy(admin, password_archivable_enabled=True, password_archivable_size=3)
    agent = user_with_role(admin, "Agents", ["read_user"], "agent")
    passwords = [ADMIN_PASSWORD, "Orchid-River-71", "Copper-Lantern-83", "Velvet-Summit-95"]
    signed = agent
    for old, new in pairwise(passwords):
        change_own(signed, old, new)
        user = auth.sign_in(admin.ctx.acting_as(None), "agent", new)
        signed = Signed(admin.db, admin.ctx.acting_as(user.id), user)
    # The last three (current included) are refused; the fourth back is allowed again.
    for reused in ("Velvet-Summit-95", "Copper-Lantern-83", "Orchid-River-71"):
        with pytest.raises(ValidationError) as caught:
            change_own(signed, "Velvet-Summit-95", reused)
        assert "last 3" in caught.value.errors["new_password"]
    with signed.db.session_factory() as session:
        hashes = session.scalars(
            select(PasswordHistory.password_hash).where(PasswordHistory.user_id == signed.user.id)
        ).all()
    assert len(hashes) == 2 and all(h.startswith("$argon2") for h in hashes)
    assert not any(p in h for h in hashes for p in passwords)
    change_own(signed, "Velvet-Summit-95", ADMIN_PASSWORD)


def test_expired_password_refuses_sign_in_until_changed(admin: Signed) -> None:
    agent = user_with_role(admin, "Agents", ["read_user"], "agent")
    set_policy(admin, expire_password_enabled=True, expire_password_after=30)
    anonymous = admin.ctx.acting_as(None)
    with admin.db.session_factory() as session:
        changed = session.scalar(select(User.password_changed_at).where(User.id == agent.user.id))
    changed = changed if changed.tzinfo else changed.replace(tzinfo=UTC)
    assert (
        auth.sign_in(anonymous, "agent", ADMIN_PASSWORD, now=changed + timedelta(days=29)).id == agent.user.id
    )
    with pytest.raises(PasswordExpired) as caught:
        auth.sign_in(anonymous, "agent", ADMIN_PASSWORD, now=changed + timedelta(days=30))
    assert "30 days" in str(caught.value.message)
    with pytest.raises(AuthenticationFailed):
        change_expired_password(anonymous, "agent", "wrong", "Granite-Harbor-64")
    with pytest.raises(ValidationError):
        change_expired_password(anonymous, "agent", ADMIN_PASSWORD, "short")
    later = changed + timedelta(days=31)
    change_expired_password(anonymous, "agent", ADMIN_PASSWORD, "Granite-Harbor-64", now=later)
    assert (
        auth.sign_in(anonymous, "agent", "Granite-Harbor-64", now=later + timedelta(days=1)).id
        == agent.user.id
    )
    assert any(e.details.get("expired") for e in journal(admin, "user.password_changed"))


def test_lockout_after_n_failures_for_m_minutes_with_an_injected_clock(admin: Signed) -> None:
    user_with_role(admin, "Agents", ["read_user"], "agent")
    set_policy(admin, lockout_attempts=3, lockout_minutes=10)
    anonymous = admin.ctx.acting_as(None)
    for minute in range(3):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(anonymous, "agent", "wrong", now=T0 + timedelta(minutes=minute))
    locked_at = T0 + timedelta(minutes=2)
    # Locked: even the right password fails, until M minutes after the third failure.
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(anonymous, "agent", ADMIN_PASSWORD, now=locked_at + timedelta(minutes=9, seconds=59))
    assert auth.sign_in(anonymous, "agent", ADMIN_PASSWORD, now=locked_at + timedelta(minutes=10, seconds=1))
    [locked] = journal(admin, "user.locked")
    assert locked.details["until"].startswith((locked_at + timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M"))
    reasons = [e.details["reason"] for e in journal(admin, "session.failed")][::-1]
    assert reasons == ["wrong password", "wrong password", "wrong password; account locked", "account locked"]


def test_lockout_off_with_zero_attempts(admin: Signed) -> None:
    user_with_role(admin, "Agents", ["read_user"], "agent")
    set_policy(admin, lockout_attempts=0)
    for minute in range(8):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(admin.ctx.acting_as(None), "agent", "wrong", now=T0 + timedelta(minutes=minute))
    assert auth.sign_in(admin.ctx.acting_as(None), "agent", ADMIN_PASSWORD, now=T0 + timedelta(minutes=9))


def test_a_change_that_affects_the_acting_admin_asks_first(admin: Signed) -> None:
    service = SecuritySettingsService(admin.ctx)
    detail = service.get_security_settings()
    with admin.db.session_factory() as session, session.begin():
        session.execute(
            update(User)
            .where(User.id == admin.user.id)
            .values(password_changed_at=datetime.now(UTC) - timedelta(days=40))
        )
    risky = replace(detail.form, expire_password_enabled=True, expire_password_after=30, session_timeout=1)
    with pytest.raises(SecurityWarning) as caught:
        service.update_security_settings(risky, version=detail.version)
    assert len(caught.value.warnings) == 2 and "30 days" in caught.value.warnings[0]
    assert not journal(admin, "security.updated")
    saved = service.update_security_settings(risky, version=detail.version, acknowledged=True)
    assert saved.form.expire_password_after == 30 and saved.form.session_timeout == 1
    [event] = journal(admin, "security.updated")
    assert event.changes["session_timeout"] == {"from": 60, "to": 1}


def test_security_form_validation_and_ip_ranges(admin: Signed) -> None:
    service = SecuritySettingsService(admin.ctx)
    bad = SecurityForm(password_min_length=3, lockout_minutes=0, api_allowed_ip_ranges=("10.0.0.0/8", "nope"))
    with pytest.raises(ValidationError) as caught:
        service.update_security_settings(bad)
    assert set(caught.value.errors) == {"password_min_length", "lockout_minutes", "api_allowed_ip_ranges"}
    saved = service.update_security_settings(
        SecurityForm(api_allowed_ip_ranges=("10.1.2.3/8", " ", "::1", "10.0.0.0/8")), acknowledged=True
    )
    assert saved.form.api_allowed_ip_ranges == ("10.0.0.0/8", "::1/128")


def test_security_settings_need_update_settings(admin: Signed) -> None:
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        SecuritySettingsService(reader.ctx).get_security_settings()
    with pytest.raises(PermissionDenied):
        SecuritySettingsService(reader.ctx).update_security_settings(SecurityForm(), acknowledged=True)
    assert SessionLockService(reader.ctx).idle_minutes() == 60
