"""Issue #9, access defects: the lock-out guard (full administrators only, no write skew), the
team-leader subset rule, the lock-out counter under parallel attempts, sign-in timing, and
sessions ended by a password change. On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import select, text, update
from test_roles_service import journal, user_with_role
from users_helpers import World, add_member, build_world

from engage_desktop.db import Database
from engage_desktop.models import SecuritySettings, User, utcnow
from engage_desktop.services.access import guards
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.access.permissions import DEFAULT_ROLES
from engage_desktop.services.core.errors import (
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.unit_of_work import run_operation
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.records import NewUser
from engage_desktop.services.users.service import UserService

AGENT = sorted(p.value for p in DEFAULT_ROLES["Agent"])
USER_ADMIN = sorted({*AGENT, "read_user", "create_user", "update_user", "invite_user"})
NEW_PASSWORD = "n3w-Passw0rd-long"


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def new_user(
    admin: Signed, world: World, nickname: str, role: str = "Agent", password: str | None = None
) -> int:
    new = NewUser(
        nickname.title(), "Tester", nickname, f"{nickname}@example.com", world.roles[role], password=password
    )
    return UserService(admin.ctx).create_user(new).id


def enabled(admin: Signed, user_id: int) -> bool:
    with admin.db.session_factory() as session:
        return bool(session.scalar(select(User.enabled).where(User.id == user_id)))


def run_together(*actions: Callable[[], Any]) -> list[Any]:
    """Each action in its own thread, started together; the result or the exception of each."""
    start = threading.Barrier(len(actions))
    results: list[Any] = [None] * len(actions)

    def run(i: int, action: Callable[[], Any]) -> None:
        start.wait()
        try:
            results[i] = action()
        except Exception as exc:  # the test looks at what each one got
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


# ---- 3. the lock-out guard counts only full administrators able to sign in ---------------------
def test_a_partial_administrator_cannot_disable_or_demote_the_only_full_one(
    admin: Signed, world: World
) -> None:
    kim = user_with_role(admin, "Keepers", [*AGENT, "read_user", "update_user", "manage_roles"], "kim")
    users = UserService(kim.ctx)
    with pytest.raises(Conflict, match="no enabled user"):
        users.set_enabled(admin.user.id, False)
    with pytest.raises(Conflict, match="no enabled user"):
        users.change_role(admin.user.id, world.roles["Agent"])
    with pytest.raises(Conflict, match="no enabled user"):
        UserBulkService(kim.ctx).apply([admin.user.id], BulkAction.DISABLE)
    assert enabled(admin, admin.user.id)
    assert journal(admin, "user.updated") == []


def test_administrators_who_cannot_sign_in_do_not_count(admin: Signed, world: World) -> None:
    ops = user_with_role(admin, "User admins", USER_ADMIN, "ops")
    users = UserService(ops.ctx)
    UserService(admin.ctx).invite_user(world.form("invited", role="Administrator"))
    new_user(admin, world, "nopass", role="Administrator")
    locked = new_user(admin, world, "locked", role="Administrator", password=ADMIN_PASSWORD)
    with admin.db.session_factory() as session, session.begin():
        session.execute(
            update(User).where(User.id == locked).values(locked_until=utcnow() + timedelta(days=3650))
        )
    with pytest.raises(Conflict, match="no enabled user"):
        users.set_enabled(admin.user.id, False)
    assert enabled(admin, admin.user.id)
    new_user(admin, world, "root2", role="Administrator", password=ADMIN_PASSWORD)
    users.set_enabled(admin.user.id, False)  # root2 can sign in and holds every permission
    assert not enabled(admin, admin.user.id)


def test_a_temporary_lock_does_not_stop_an_administrator_counting(admin: Signed, world: World) -> None:
    root2 = new_user(admin, world, "root2", role="Administrator", password=ADMIN_PASSWORD)
    with admin.db.session_factory() as session, session.begin():
        session.execute(
            update(User).where(User.id == root2).values(locked_until=utcnow() + timedelta(minutes=15))
        )
    UserService(admin.ctx.acting_as(root2)).set_enabled(admin.user.id, False)
    assert not enabled(admin, admin.user.id)


# ---- 4. two administrators disabling each other at once: one is refused ------------------------
def test_two_administrators_disabling_each_other_at_once_leave_one(
    admin: Signed, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    bob = new_user(admin, world, "bob", role="Administrator", password=ADMIN_PASSWORD)
    counted = threading.Barrier(2, timeout=3)
    original = guards.administrators_count

    def count_then_wait(session: Any) -> int:
        # Without serialisation both transactions count here before either commits (write skew);
        # with it, the second waits for the first's commit and the barrier times out.
        found = original(session)
        with contextlib.suppress(threading.BrokenBarrierError):
            counted.wait()
        return found

    monkeypatch.setattr(guards, "administrators_count", count_then_wait)
    results = run_together(
        lambda: UserService(admin.ctx).set_enabled(bob, False),
        lambda: UserService(admin.ctx.acting_as(bob)).set_enabled(admin.user.id, False),
    )
    refused = [r for r in results if isinstance(r, Conflict)]
    assert len(refused) == 1, results
    assert results.count(None) == 1, results
    assert enabled(admin, admin.user.id) != enabled(admin, bob)


# ---- 6. a team leader acts only on members no more powerful than themself -----------------------
def test_a_team_leader_cannot_change_a_more_powerful_member(admin: Signed, world: World) -> None:
    sup = user_with_role(
        admin, "Team supervisors", sorted(p.value for p in DEFAULT_ROLES["Supervisor"]), "sup"
    )
    root2 = new_user(admin, world, "root2", role="Administrator", password=ADMIN_PASSWORD)
    carl = new_user(admin, world, "carl", role="Auditor")
    add_member(admin, world.teams["Care"], sup.user.id, leader=True)
    add_member(admin, world.teams["Care"], root2)
    add_member(admin, world.teams["Care"], carl)
    users = UserService(sup.ctx)
    form = users.get_user(root2).form  # seeing a member stays allowed
    with pytest.raises(PermissionDenied):
        users.update_user(root2, replace(form, email="mine@example.com"))
    with pytest.raises(PermissionDenied):
        users.set_enabled(root2, False)
    with pytest.raises(PermissionDenied):
        users.change_role(root2, world.roles["Auditor"])
    with pytest.raises(PermissionDenied):
        UserBulkService(sup.ctx).apply([carl, root2], BulkAction.DISABLE)
    detail = UserService(admin.ctx).get_user(root2)
    assert (detail.form.email, detail.enabled, detail.role_label) == (
        "root2@example.com",
        True,
        "Administrator",
    )
    assert enabled(admin, carl)
    users.set_enabled(carl, False)  # a member within the leader's own permissions
    assert not enabled(admin, carl)


# ---- 7. the lock-out counter under parallel wrong passwords -----------------------------------
def _policy(db: Database, attempts: int) -> None:
    with db.session_factory() as session, session.begin():
        session.execute(update(SecuritySettings).values(lockout_attempts=attempts))


def _failed_sign_ins(admin: Signed) -> tuple[int, bool]:
    with admin.db.session_factory() as session:
        user = session.get(User, admin.user.id)
        assert user is not None
        return user.failed_sign_ins, user.locked_until is not None


def _wrong_passwords_at_once(admin: Signed, monkeypatch: pytest.MonkeyPatch, count: int) -> list[Any]:
    verified = threading.Barrier(count, timeout=20)
    original = auth.verify_password

    def verify_together(password_hash: str | None, password: str) -> bool:
        verified.wait()  # every attempt has read the account before any writes
        return original(password_hash, password)

    monkeypatch.setattr(auth, "verify_password", verify_together)
    ctx = admin.ctx.acting_as(None)
    return run_together(*[lambda: auth.sign_in(ctx, "ada", "Wrong-12345")] * count)


def test_parallel_wrong_passwords_are_all_counted(admin: Signed, monkeypatch: pytest.MonkeyPatch) -> None:
    _policy(admin.db, 100)
    results = _wrong_passwords_at_once(admin, monkeypatch, 8)
    assert all(isinstance(r, AuthenticationFailed) for r in results), results
    assert _failed_sign_ins(admin) == (8, False)


def test_parallel_wrong_passwords_lock_after_the_policys_attempts(
    admin: Signed, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(admin.db, 5)
    _wrong_passwords_at_once(admin, monkeypatch, 8)
    assert _failed_sign_ins(admin) == (3, True)  # locked at the 5th, three more counted since
    reasons = [e.details["reason"] for e in journal(admin, "session.failed")]
    assert reasons.count("wrong password; account locked") == 1


# ---- 8. sign-in spends the same work whether the account exists or not --------------------------
def test_every_failed_sign_in_verifies_one_argon2_hash(
    admin: Signed, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    off = new_user(admin, world, "off", password=ADMIN_PASSWORD)
    UserService(admin.ctx).set_enabled(off, False)
    UserService(admin.ctx).invite_user(world.form("invited"))
    auth.sign_in(admin.ctx.acting_as(None), "ada", ADMIN_PASSWORD)  # any lazy set-up done
    calls: list[int] = []
    original = PasswordHasher.verify

    def counted(self: PasswordHasher, hash: str | bytes, password: str | bytes) -> bool:
        calls.append(1)
        return original(self, hash, password)

    monkeypatch.setattr(PasswordHasher, "verify", counted)
    ctx = admin.ctx.acting_as(None)
    spent = {}
    for login, password in (
        ("nobody@example.com", "Guess-1234"),
        ("off", ADMIN_PASSWORD),
        ("invited", "Guess-1234"),
        ("ada", "Guess-1234"),
    ):
        calls.clear()
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(ctx, login, password)
        spent[login] = len(calls)
    assert spent == {"nobody@example.com": 1, "off": 1, "invited": 1, "ada": 1}


# ---- 14. a password change ends the other sessions; the login box never journals a password ----
def change_password(uow: Any, user_id: int, current: str | None, new: str) -> Any:
    """The operation, imported when called: the other defects' tests run on code without it."""
    from engage_desktop.services.access.password_change import change_password as operation

    return operation(uow, user_id, current, new)


def _signed_in(admin: Signed, login: str, password: str) -> Signed:
    user = auth.sign_in(admin.ctx.acting_as(None), login, password)
    return Signed(admin.db, admin.ctx.acting_as(user.id, signed_in_at=user.signed_in_at), user)


def test_changing_ones_password_ends_the_other_sessions(admin: Signed, world: World) -> None:
    bea_id = new_user(admin, world, "bea", role="Auditor", password=ADMIN_PASSWORD)
    here, there = _signed_in(admin, "bea", ADMIN_PASSWORD), _signed_in(admin, "bea", ADMIN_PASSWORD)
    assert UserService(there.ctx).count_users(ListQuery()) > 0
    with pytest.raises(ValidationError) as wrong:
        run_operation(here.ctx, change_password, bea_id, "not-my-Passw0rd", NEW_PASSWORD)
    assert wrong.value.field == "current_password"
    with pytest.raises(ValidationError) as weak:
        run_operation(here.ctx, change_password, bea_id, ADMIN_PASSWORD, "short")
    assert weak.value.field == "new_password"
    changed_at = run_operation(here.ctx, change_password, bea_id, ADMIN_PASSWORD, NEW_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        UserService(there.ctx).count_users(ListQuery())  # the other session has ended
    renewed = replace(here.ctx, signed_in_at=changed_at)  # the session that changed it goes on
    assert UserService(renewed).count_users(ListQuery()) > 0
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(admin.ctx.acting_as(None), "bea", ADMIN_PASSWORD)
    assert UserService(_signed_in(admin, "bea", NEW_PASSWORD).ctx).count_users(ListQuery()) > 0
    (event,) = journal(admin, "user.password_changed")
    assert event.details == {"reset": False}
    assert NEW_PASSWORD not in str((event.changes, event.details))


def test_an_administrators_reset_ends_the_users_sessions(admin: Signed, world: World) -> None:
    bea_id = new_user(admin, world, "bea", role="Auditor", password=ADMIN_PASSWORD)
    bea = _signed_in(admin, "bea", ADMIN_PASSWORD)
    with pytest.raises(PermissionDenied):
        run_operation(bea.ctx, change_password, admin.user.id, None, NEW_PASSWORD)  # no update_user
    ops = user_with_role(admin, "User admins", USER_ADMIN, "ops")
    with pytest.raises(PermissionDenied):
        run_operation(ops.ctx, change_password, admin.user.id, None, NEW_PASSWORD)  # more powerful
    with pytest.raises(ValidationError):
        run_operation(bea.ctx, change_password, bea_id, None, NEW_PASSWORD)  # one's own: say the current
    run_operation(admin.ctx, change_password, bea_id, None, NEW_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        UserService(bea.ctx).count_users(ListQuery())
    assert auth.sign_in(admin.ctx.acting_as(None), "bea", NEW_PASSWORD).id == bea_id
    (event,) = journal(admin, "user.password_changed")
    assert event.details == {"reset": True} and event.user_id == admin.user.id


def test_a_password_typed_in_the_login_box_is_not_journaled(admin: Signed) -> None:
    typed = "Tr0ub4dor&3-horse"
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(admin.ctx.acting_as(None), typed, "")
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(admin.ctx.acting_as(None), "ADA", "wrong-Passw0rd")
    with admin.db.session_factory() as session:
        dump = " ".join(str(row) for row in session.execute(text("SELECT * FROM audit_events")))
    assert typed not in dump and typed.lower() not in dump
    failed = {e.details["reason"]: e.details for e in journal(admin, "session.failed")}
    assert failed["wrong password"]["login"] == "ADA"  # an account's own login stays as typed
    assert set(failed["unknown login"]["login"]) == {"*"}
