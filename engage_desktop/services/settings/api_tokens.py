"""Settings › API access tokens: create (the value shown once), rename, switch on/off, revoke, and
`verify_token` for the local HTTP intake.

A token's value is 256 random bits (`secrets`); the database keeps only its SHA-256 (a slow hash
adds nothing to a random value of that size), the keyring keeps the value so an administrator on
this workstation can copy it again. A token acts as one user: its author must hold every
permission that user's role holds (a token is a way to act as them). The security settings' IP
ranges, when set, limit where a token may be used from.

Operations: `create_api_token`, `update_api_token`, `delete_api_token`; `ApiTokenService` is the
views' entry point.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engage_desktop.models import SecuritySettings, User, utcnow
from engage_desktop.models.api_tokens import ApiAccessToken
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import within_permissions
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id

MANAGE = Permission.MANAGE_API_ACCESS_TOKENS
TOKEN_PREFIX = "edt_"
MAX_TOKEN_LENGTH = 200

TOKEN_GONE = ErrorCode(
    "api_access_token.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This API access token no longer exists (it may have been revoked elsewhere)."
    ),
)
TOKEN_USER_UNKNOWN = ErrorCode(
    "api_access_token.user_unknown",
    QT_TRANSLATE_NOOP("Errors", "Choose an enabled user for the token to act as."),
)
TOKEN_USER_STRONGER = ErrorCode(
    "api_access_token.user_stronger",
    QT_TRANSLATE_NOOP(
        "Errors",
        "“{user}” holds permissions your role lacks; a token acting as them would give you those permissions.",
    ),
)


@dataclass(frozen=True)
class ApiTokenRow:
    id: int
    platform_id: str
    label: str
    user_id: int
    user_name: str
    enabled: bool
    created_at: datetime
    last_used_at: datetime | None
    version: int = 1


@dataclass(frozen=True)
class CreatedToken:
    """`value` exists only here: shown once, then only its hash (and the keyring copy) remain."""

    row: ApiTokenRow
    value: str

    def __repr__(self) -> str:  # never in a log or a traceback
        return f"CreatedToken(row={self.row!r}, value='***')"


def hash_token(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def keyring_key(platform_id: str) -> str:
    return f"api_token:{platform_id}"


SORTABLE = {
    "label": ApiAccessToken.label,
    "enabled": ApiAccessToken.enabled,
    "created_at": ApiAccessToken.created_at,
    "last_used_at": ApiAccessToken.last_used_at,
}


class ApiTokenService:
    def __init__(self, ctx: ServiceContext, secrets_store: SecretStore | None = None) -> None:
        self.ctx = ctx
        self.secrets = secrets_store

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(func.lower(ApiAccessToken.label).like(like_pattern(query.search), escape="\\"))
        if query.filters.get("enabled") is not None:
            stmt = stmt.where(ApiAccessToken.enabled == bool(query.filters["enabled"]))
        return stmt

    def count_api_tokens(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return int(uow.session.scalar(self._filtered(select(func.count(ApiAccessToken.id)), query)) or 0)

    def list_api_tokens(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[ApiTokenRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            order = SORTABLE.get(query.sort or "label", ApiAccessToken.label)
            stmt = self._filtered(select(ApiAccessToken), query).order_by(
                order.desc() if query.descending else order.asc(), ApiAccessToken.id
            )
            return [_row(uow.session, t) for t in uow.session.scalars(stmt.offset(offset).limit(limit))]

    def user_choices(self) -> list[tuple[int, str]]:
        """Enabled users a token may act as (the actor holds all their permissions)."""
        with UnitOfWork(self.ctx) as uow:
            held = uow.require(MANAGE).role.permission_names
            users = uow.session.scalars(
                select(User).where(User.enabled.is_(True)).order_by(User.nickname_key)
            )
            return [
                (u.id, u.display_name) for u in users if within_permissions(held, u.role.permission_names)
            ]

    def stored_value(self, token_id: int) -> str | None:
        """The value kept in this workstation's keyring (None when it is not there)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            platform_id = _load(uow.session, token_id).platform_id
        return self.secrets.get(keyring_key(platform_id)) if self.secrets else None

    def create_api_token(self, label: str, user_id: int) -> CreatedToken:
        created = run_operation(self.ctx, create_api_token, label, user_id)
        if self.secrets is not None:
            self.secrets.set(keyring_key(created.row.platform_id), created.value)
        return created

    def update_api_token(
        self, token_id: int, label: str, enabled: bool, *, version: int | None = None
    ) -> ApiTokenRow:
        return run_operation(self.ctx, update_api_token, token_id, label, enabled, version=version)

    def delete_api_token(self, token_id: int) -> None:
        """Revokes the token: it stops working at once; its keyring copy is removed."""
        platform_id = run_operation(self.ctx, delete_api_token, token_id)
        if self.secrets is not None:
            self.secrets.delete(keyring_key(platform_id))


# ---- operations ----------------------------------------------------------------------------------
def create_api_token(uow: UnitOfWork, label: str, user_id: int) -> CreatedToken:
    held = uow.require(MANAGE).role.permission_names
    clean_label = _valid_label(label)
    user = _acting_user(uow.session, user_id, held)
    value = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiAccessToken(
        label=clean_label, user_id=user.id, token_hash=hash_token(value), created_by_id=uow.actor().id
    )
    uow.session.add(token)
    uow.session.flush()
    uow.record(
        "api_access_token.created",
        object_type="api_access_token",
        object_id=token.platform_id,
        changes=field_diff({}, _snapshot(uow.session, token)),
    )
    return CreatedToken(_row(uow.session, token), value)


def update_api_token(
    uow: UnitOfWork, token_id: int, label: str, enabled: bool, *, version: int | None = None
) -> ApiTokenRow:
    held = uow.require(MANAGE).role.permission_names
    token = _load(uow.session, token_id)
    clean_label = _valid_label(label)
    if enabled and not token.enabled:
        _acting_user(uow.session, token.user_id, held)  # switching it back on hands out that user again
    uow.ensure_version(
        token,
        version,
        object_type="api_access_token",
        theirs={"label": token.label, "enabled": token.enabled},
        mine={"label": clean_label, "enabled": bool(enabled)},
    )
    before = _snapshot(uow.session, token)
    token.label, token.enabled = clean_label, bool(enabled)
    changes = field_diff(before, _snapshot(uow.session, token))
    if changes:
        uow.session.flush()
        uow.record(
            "api_access_token.updated",
            object_type="api_access_token",
            object_id=token.platform_id,
            changes=changes,
        )
    return _row(uow.session, token)


def delete_api_token(uow: UnitOfWork, token_id: int) -> str:
    uow.require(MANAGE)
    token = _load(uow.session, token_id)
    before, platform_id = _snapshot(uow.session, token), token.platform_id
    uow.session.delete(token)
    uow.session.flush()
    uow.record(
        "api_access_token.destroyed",
        object_type="api_access_token",
        object_id=platform_id,
        changes=field_diff(before, {}),
    )
    return platform_id


# ---- for the HTTP intake (no actor) --------------------------------------------------------------
def verify_token(
    ctx: ServiceContext,
    value: str,
    remote_address: str | None = None,
    *,
    now: Callable[[], datetime] = utcnow,
) -> int | None:
    """The user id an enabled token acts as, or None (unknown, disabled, user disabled, or used from
    outside the allowed IP ranges). Notes when it was last used; never logs or stores the value."""
    if not isinstance(value, str) or not value or len(value) > MAX_TOKEN_LENGTH:
        return None
    digest = hash_token(value)
    with UnitOfWork(ctx.acting_as(None)) as uow:
        session = uow.session
        token = session.scalar(select(ApiAccessToken).where(ApiAccessToken.token_hash == digest))
        if token is None or not hmac.compare_digest(token.token_hash, digest) or not token.enabled:
            return None
        user = session.get(User, token.user_id)
        if user is None or not user.enabled:
            return None
        if not address_allowed(allowed_ranges(session), remote_address):
            return None
        session.execute(
            update(ApiAccessToken)
            .where(ApiAccessToken.id == token.id)
            .values(last_used_at=now())
            .execution_options(synchronize_session=False)
        )
        uow.commit(unjournaled="a token's last use is a reading, not a change to the account")
        return user.id


def allowed_ranges(session: Session) -> list[str]:
    policy = session.scalar(select(SecuritySettings).limit(1))
    return list(getattr(policy, "api_allowed_ip_ranges", None) or []) if policy is not None else []


def address_allowed(ranges: list[str], remote_address: str | None) -> bool:
    """No ranges: from anywhere. Otherwise the address must fall in one (unknown address: refused)."""
    if not ranges:
        return True
    if not remote_address:
        return False
    try:
        address = ipaddress.ip_address(remote_address)
    except ValueError:
        return False
    for text in ranges:
        try:
            if address in ipaddress.ip_network(text, strict=False):
                return True
        except ValueError:
            continue
    return False


# ---- helpers -------------------------------------------------------------------------------------
def _valid_label(label: str) -> str:
    errors = FieldErrors()
    clean = errors.required("label", label, QT_TRANSLATE_NOOP("Errors", "Label"))
    errors.raise_if_any()
    return clean


def _acting_user(session: Session, user_id: int, held: set[str]) -> User:
    user = session.get(User, user_id) if is_id(user_id) else None
    if user is None or not user.enabled:
        raise ValidationError("user", TOKEN_USER_UNKNOWN())
    if not within_permissions(held, user.role.permission_names):
        raise PermissionDenied(MANAGE.value, TOKEN_USER_STRONGER(user=user.nickname))
    return user


def _snapshot(session: Session, token: ApiAccessToken) -> dict[str, Any]:
    user = session.get(User, token.user_id)
    return {"label": token.label, "user": user.nickname if user else "", "enabled": token.enabled}


def _load(session: Session, token_id: int) -> ApiAccessToken:
    token = session.get(ApiAccessToken, token_id) if is_id(token_id) else None
    if token is None:
        raise NotFound(TOKEN_GONE())
    return token


def _row(session: Session, token: ApiAccessToken) -> ApiTokenRow:
    session.flush()
    user = session.get(User, token.user_id)
    return ApiTokenRow(
        token.id,
        token.platform_id,
        token.label,
        token.user_id,
        user.display_name if user else "",
        token.enabled,
        token.created_at,
        token.last_used_at,
        token.version,
    )
