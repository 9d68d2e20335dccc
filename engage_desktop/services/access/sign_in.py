"""First administrator, sign-in with lock-out, sign-out: every attempt journaled."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import func, or_, select, update

from engage_desktop.models import Role, User, utcnow
from engage_desktop.services.access.passwords import check_policy, hash_password, verify_password
from engage_desktop.services.access.permissions import ALL_PERMISSIONS
from engage_desktop.services.access.sign_in_messages import (
    ADMINISTRATOR_EXISTS,
    ALREADY_USED,
    FIRST_NAME,
    LAST_NAME,
    NICKNAME,
    NO_FULL_ROLE,
    PASSWORDS_DIFFER,
    SIGN_IN_FAILED,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import AuthenticationFailed, Conflict, ValidationError
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.reference_data import security_policy
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.settings.password_rules import (
    PASSWORD_EXPIRED,
    PasswordExpired,
    password_expired,
)


@dataclass(frozen=True)
class SignedInUser:
    id: int
    nickname: str
    display_name: str
    email: str
    role_label: str
    permissions: frozenset[str]
    locale: str
    # The session's context carries it (ServiceContext.signed_in_at): a later password change ends it.
    signed_in_at: datetime | None = None


def _signed_in(user: User, signed_in_at: datetime) -> SignedInUser:
    return SignedInUser(
        id=user.id,
        nickname=user.nickname,
        display_name=user.display_name,
        email=user.email,
        role_label=user.role.label,
        permissions=frozenset(user.role.permission_names),
        locale=user.locale,
        signed_in_at=signed_in_at,
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def needs_first_administrator(ctx: ServiceContext) -> bool:
    with ctx.session_factory() as session:
        return not session.scalar(select(func.count(User.id)))


def create_first_administrator(
    ctx: ServiceContext,
    *,
    firstname: str,
    lastname: str,
    email: str,
    nickname: str,
    password: str,
    recovery: bool = False,
    password_confirmation: str | None = None,
    signs_in: bool = False,
) -> SignedInUser:
    """On an empty account; the new user gets a role holding every permission.

    Every field is checked in one go, the password and its confirmation too, so the form shows all
    its problems at once. `signs_in` (the welcome dialog) also opens the new administrator's first
    session: journaled, and their "Last sign-in" is now rather than "Never".
    `recovery` (command line only, by whoever holds the database) adds one more administrator to an
    account whose administrators are lost; the journal says so.
    """
    with UnitOfWork(ctx) as uow:
        session = uow.session
        if not recovery and session.scalar(select(func.count(User.id))):
            raise Conflict(ADMINISTRATOR_EXISTS())
        errors = FieldErrors()
        firstname = errors.required("firstname", firstname, FIRST_NAME)
        lastname = errors.required("lastname", lastname, LAST_NAME)
        nickname = errors.required("nickname", nickname, NICKNAME)
        email = errors.email("email", email)
        for field, key, column in (
            ("nickname", fold(nickname), User.nickname_key),
            ("email", fold(email), User.email_key),
        ):
            if field not in errors.errors and session.scalar(select(User.id).where(column == key)):
                errors.add(field, ALREADY_USED[field]())
        try:
            check_policy(password, security_policy(session))
        except ValidationError as exc:
            for field, message in exc.errors.items():
                errors.add(field, message)
        if password_confirmation is not None and password_confirmation != password:
            errors.add("confirm", PASSWORDS_DIFFER())
        errors.raise_if_any()
        role = _full_role(uow)
        now = utcnow()
        user = User(
            firstname=firstname,
            lastname=lastname,
            nickname=nickname,
            nickname_key=fold(nickname),
            email=email,
            email_key=fold(email),
            role_id=role.id,
            password_hash=hash_password(password),
            password_changed_at=now,
            last_sign_in_at=now if signs_in else None,
        )
        session.add(user)
        session.flush()
        uow.record(
            "user.created",
            object_type="user",
            object_id=user.platform_id,
            actor_id=None,
            changes={
                k: {"from": None, "to": v}
                for k, v in {
                    "firstname": firstname,
                    "lastname": lastname,
                    "nickname": nickname,
                    "email": email,
                    "role": role.label,
                }.items()
            },
            details={"recovery_from_command_line": True} if recovery else {"first_administrator": True},
        )
        if signs_in:
            uow.record("session.created", object_type="user", object_id=user.platform_id, actor_id=user.id)
        session.refresh(user)
        result = _signed_in(user, now)
        uow.commit()
        return result


def _full_role(uow: UnitOfWork) -> Role:
    for role in uow.session.scalars(select(Role).order_by(Role.id)):
        if len(role.permission_names) == len(ALL_PERMISSIONS):
            return role
    raise Conflict(NO_FULL_ROLE())


def sign_in(ctx: ServiceContext, login: str, password: str, *, now: datetime | None = None) -> SignedInUser:
    """E-mail or nickname. The same message for every failure: no account enumeration.
    `now` (tests) replaces the clock of the lock-out and of password expiry."""
    failure = AuthenticationFailed(SIGN_IN_FAILED())
    key = fold(login or "")
    with UnitOfWork(ctx) as uow:
        session = uow.session
        policy = security_policy(session)
        user = session.scalar(select(User).where(or_(User.email_key == key, User.nickname_key == key)))
        now = now or utcnow()
        reason = ""
        if user is None:
            reason = "unknown login"
        elif not user.enabled:
            reason = "account disabled"
        elif user.locked_until is not None and _aware(user.locked_until) > now:
            reason = "account locked"
        if reason or user is None:
            verify_password(_dummy_hash(), password)  # as long as a wrong password: timing tells nothing
        elif not verify_password(user.password_hash or _dummy_hash(), password):
            reason = "wrong password"
            if _count_failure(uow, user.id, policy.lockout_attempts):
                locked = now + timedelta(minutes=policy.lockout_minutes)
                uow.session.execute(
                    update(User)
                    .where(User.id == user.id)
                    .values(locked_until=locked, failed_sign_ins=0)
                    .execution_options(synchronize_session=False)
                )
                reason = "wrong password; account locked"
                uow.record(
                    "user.locked",
                    object_type="user",
                    object_id=user.platform_id,
                    actor_id=None,
                    details={"until": locked.isoformat(), "failed_sign_ins": policy.lockout_attempts},
                )
        if reason:
            uow.record(
                "session.failed",
                object_type="user",
                object_id=user.platform_id if user else "",
                actor_id=None,
                details={"login": _journaled_login(login, user), "reason": reason},
            )
            uow.commit()
            raise failure
        assert user is not None
        if password_expired(user, policy, now):
            uow.record(
                "session.failed",
                object_type="user",
                object_id=user.platform_id,
                actor_id=None,
                details={"login": _journaled_login(login, user), "reason": "password expired"},
            )
            uow.commit()
            raise PasswordExpired(PASSWORD_EXPIRED(days=policy.expire_password_after))
        user.failed_sign_ins = 0
        user.locked_until = None
        user.last_sign_in_at = now
        uow.record("session.created", object_type="user", object_id=user.platform_id, actor_id=user.id)
        result = _signed_in(user, now)
        uow.commit()
        return result


@cache
def _dummy_hash() -> str:
    """What a password is verified against when no account has one to verify (unknown, disabled,
    locked, invited): hashed once, on the first such sign-in, not at import (start-up time)."""
    return hash_password(secrets.token_urlsafe(24))


def _count_failure(uow: UnitOfWork, user_id: int, lockout_attempts: int) -> bool:
    """Add one failed sign-in in SQL (parallel attempts all count); True when it reaches the lock."""
    failed = uow.session.execute(
        update(User)
        .where(User.id == user_id)
        .values(failed_sign_ins=User.failed_sign_ins + 1)
        .returning(User.failed_sign_ins)
        .execution_options(synchronize_session=False)
    ).scalar_one()
    return bool(lockout_attempts) and failed >= lockout_attempts


def _journaled_login(login: str, user: User | None) -> str:
    """As typed when it names an account; otherwise masked: people type their password there by
    mistake, and the journal must never keep a password."""
    if user is not None:
        return login[:254]
    return "*" * min(len(login), 64)


def sign_out(ctx: ServiceContext) -> None:
    if ctx.actor_id is None:
        return
    with UnitOfWork(ctx) as uow:
        user = uow.session.get(User, ctx.actor_id)
        if user is None:
            return
        uow.record("session.destroyed", object_type="user", object_id=user.platform_id, actor_id=user.id)
        uow.commit()
