"""Settings › Security: the password policy, session timeout, sign-in lock-out, API token IP ranges.

`update_security_settings` needs `update_settings` and is journaled as `security.updated`. A change
that would shut the acting administrator out (their own password already older than a new expiry,
a session timeout under two minutes) is refused with `SecurityWarning` listing what would happen,
until it is submitted again with `acknowledged=True`: never a lock-out without warning.
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from engage_desktop.models import SecuritySettings, User, utcnow
from engage_desktop.services.access.passwords import check_policy, hash_password, verify_password
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import AuthenticationFailed, Conflict, ErrorCode, Message
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.reference_data import security_policy
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.settings.password_rules import (
    password_expired,
    refuse_reused_password,
    remember_old_password,
)

MANAGE = Permission.UPDATE_SETTINGS
SHORT_TIMEOUT_MINUTES = 2

OUT_OF_RANGE = ErrorCode(
    "security.out_of_range", QT_TRANSLATE_NOOP("Errors", "Choose a whole number from {low} to {high}.")
)
BAD_IP_RANGE = ErrorCode(
    "security.bad_ip_range",
    QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not an IP address or range such as 10.0.0.0/8 or 2001:db8::/32."
    ),
)
CONFIRM_NEEDED = ErrorCode(
    "security.confirm_needed",
    QT_TRANSLATE_NOOP("Errors", "This change affects your own access; confirm it to go on: {warnings}"),
)
WARN_OWN_PASSWORD_EXPIRES = ErrorCode(
    "security.warn_own_password_expires",
    QT_TRANSLATE_NOOP(
        "Errors",
        "your own password is older than {days} days: your next sign-in will ask you to change it",
    ),
)
WARN_SHORT_TIMEOUT = ErrorCode(
    "security.warn_short_timeout",
    QT_TRANSLATE_NOOP("Errors", "the console will lock after {minutes} minute(s) without input"),
)
EXPIRED_CHANGE_FAILED = ErrorCode(
    "security.expired_change_failed",
    QT_TRANSLATE_NOOP("Errors", "Wrong e-mail/nickname or current password."),
)

# field: (low, high) for whole numbers
RANGES: dict[str, tuple[int, int]] = {
    "password_min_length": (8, 128),
    "expire_password_after": (1, 3650),
    "password_archivable_size": (1, 24),
    "session_timeout": (0, 1440),
    "lockout_attempts": (0, 100),
    "lockout_minutes": (1, 1440),
}


@dataclass(frozen=True)
class SecurityForm:
    password_min_length: int = 10
    password_numbers: bool = True
    password_non_word: bool = False
    expire_password_enabled: bool = False
    expire_password_after: int = 90
    password_archivable_enabled: bool = False
    password_archivable_size: int = 5
    password_recovery_disabled: bool = False
    session_timeout: int = 60  # minutes without input before the console locks; 0 = never
    lockout_attempts: int = 5  # failed sign-ins before the account locks; 0 = never
    lockout_minutes: int = 15
    disable_password_autocomplete: bool = False
    deny_iframe_integration: bool = False
    api_allowed_ip_ranges: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SecurityDetail:
    form: SecurityForm
    version: int


class SecurityWarning(Conflict):
    """The change is valid but affects the actor's own access; `warnings` say how."""

    def __init__(self, warnings: list[Message]) -> None:
        super().__init__(CONFIRM_NEEDED(warnings=warnings))
        self.warnings = tuple(warnings)


class SecuritySettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get_security_settings(self) -> SecurityDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            policy = security_policy(uow.session)
            return SecurityDetail(_form_of(policy), policy.version or 1)

    def update_security_settings(
        self, form: SecurityForm, *, version: int | None = None, acknowledged: bool = False
    ) -> SecurityDetail:
        return run_operation(
            self.ctx, update_security_settings, form, version=version, acknowledged=acknowledged
        )


def update_security_settings(
    uow: UnitOfWork, form: SecurityForm, *, version: int | None = None, acknowledged: bool = False
) -> SecurityDetail:
    actor = uow.require(MANAGE)
    values = _valid(form)
    policy = uow.session.scalar(select(SecuritySettings).limit(1))
    if policy is None:
        policy = SecuritySettings()
        uow.session.add(policy)
        uow.session.flush()
    before = asdict(_form_of(policy))
    uow.ensure_version(policy, version, object_type="security_settings", theirs=before, mine=values)
    if not acknowledged:
        warnings = _warnings_for(actor, values)
        if warnings:
            raise SecurityWarning(warnings)
    for key, value in values.items():
        setattr(policy, key, list(value) if key == "api_allowed_ip_ranges" else value)
    changes = field_diff(before, asdict(_form_of(policy)))
    if changes:
        uow.session.flush()
        uow.record(
            "security.updated", object_type="security_settings", object_id=policy.platform_id, changes=changes
        )
    return SecurityDetail(_form_of(policy), policy.version)


def _warnings_for(actor: User, values: dict[str, Any]) -> list[Message]:
    warnings: list[Message] = []
    probe = SecuritySettings(
        expire_password_enabled=values["expire_password_enabled"],
        expire_password_after=values["expire_password_after"],
    )
    if password_expired(actor, probe, utcnow()):
        warnings.append(WARN_OWN_PASSWORD_EXPIRES(days=values["expire_password_after"]))
    if 0 < values["session_timeout"] < SHORT_TIMEOUT_MINUTES:
        warnings.append(WARN_SHORT_TIMEOUT(minutes=values["session_timeout"]))
    return warnings


def _valid(form: SecurityForm) -> dict[str, Any]:
    errors = FieldErrors()
    values: dict[str, Any] = {}
    for name, value in asdict(form).items():
        if name in RANGES:
            low, high = RANGES[name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                errors.add(name, OUT_OF_RANGE(low=low, high=high))
            values[name] = value
        elif name == "api_allowed_ip_ranges":
            ranges: list[str] = []
            for text in value if isinstance(value, list | tuple) else ():
                cleaned = str(text).strip()
                if not cleaned:
                    continue
                try:
                    if "%" in cleaned:  # an IPv6 scope id: any text (NUL, 1 MB), and no client has one
                        raise ValueError(cleaned)
                    ranges.append(str(ipaddress.ip_network(cleaned, strict=False)))
                except ValueError:
                    errors.add(name, BAD_IP_RANGE(value=cleaned[:80]))
            values[name] = tuple(dict.fromkeys(ranges))
        else:
            values[name] = bool(value)
    errors.raise_if_any()
    return values


def _form_of(policy: SecuritySettings) -> SecurityForm:
    def number(name: str) -> int:
        value = getattr(policy, name)
        return int(value) if value is not None else int(getattr(SecurityForm, name))

    return SecurityForm(
        password_min_length=number("password_min_length"),
        password_numbers=bool(policy.password_numbers),
        password_non_word=bool(policy.password_non_word),
        expire_password_enabled=bool(policy.expire_password_enabled),
        expire_password_after=number("expire_password_after"),
        password_archivable_enabled=bool(policy.password_archivable_enabled),
        password_archivable_size=number("password_archivable_size"),
        password_recovery_disabled=bool(policy.password_recovery_disabled),
        session_timeout=number("session_timeout"),
        lockout_attempts=number("lockout_attempts"),
        lockout_minutes=number("lockout_minutes"),
        disable_password_autocomplete=bool(policy.disable_password_autocomplete),
        deny_iframe_integration=bool(policy.deny_iframe_integration),
        api_allowed_ip_ranges=tuple(policy.api_allowed_ip_ranges or ()),
    )


def change_expired_password(
    ctx: ServiceContext, login: str, current_password: str, new_password: str, *, now: datetime | None = None
) -> None:
    """Before signing in, a user whose password expired sets a new one (the current one proves who
    they are). The policy and the no-reuse rule apply; journaled as `user.password_changed`."""
    key = fold(login or "")
    with UnitOfWork(ctx.acting_as(None)) as uow:
        session = uow.session
        user = session.scalar(select(User).where(or_(User.email_key == key, User.nickname_key == key)))
        if user is None or not user.enabled or not verify_password(user.password_hash, current_password):
            raise AuthenticationFailed(EXPIRED_CHANGE_FAILED())
        policy = security_policy(session)
        check_policy(new_password, policy, field="new_password")
        refuse_reused_password(session, user, new_password, policy)
        remember_old_password(session, user, policy)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = now or utcnow()
        uow.record(
            "user.password_changed",
            object_type="user",
            object_id=user.platform_id,
            actor_id=user.id,
            details={"reset": False, "expired": True},
        )
        uow.commit()
