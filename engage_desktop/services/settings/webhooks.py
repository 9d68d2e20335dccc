"""Settings › Webhooks: where the account posts its journal events, and "send test".

A webhook's URL is https, or http to this machine only (127.0.0.1, ::1, localhost); its events are
journal event names; its verify token is a secret kept in the keyring (`webhook:<platform_id>`)
and signs every post: header `X-Engage-Signature: sha256=<HMAC-SHA256 of the body>`. Needs
`update_settings`; journaled `webhook.created|updated|destroyed|tested`.

`test_webhook` does network I/O (up to `TIMEOUT_SECONDS`): views call it off the GUI thread.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Webhook, utcnow
from engage_desktop.secrets import SecretStore
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id, unstorable

MANAGE = Permission.UPDATE_SETTINGS
TIMEOUT_SECONDS = 10.0
LOOPBACK_NAMES = {"localhost"}

# The journal's event names a webhook may register (audit-and-exports.md).
EVENT_NAMES: tuple[str, ...] = tuple(
    sorted(
        f"{resource}.{action}"
        for resource, actions in {
            "user": ("created", "updated", "destroyed", "invited", "impersonated", "locked"),
            "role": ("created", "updated", "destroyed"),
            "team": ("created", "updated", "destroyed"),
            "category": ("created", "updated", "destroyed"),
            "content_source": ("created", "updated", "destroyed"),
            "identity": ("merged", "unmerged", "updated", "anonymized"),
            "topology": ("created", "updated", "destroyed", "activated"),
            "rules_engine_rule": ("created", "updated", "destroyed"),
            "time_sheet": ("created", "updated", "destroyed"),
            "settings": ("updated",),
            "security": ("updated",),
            "extension": ("enabled", "disabled", "updated"),
            "api_access_token": ("created", "updated", "destroyed"),
            "webhook": ("created", "updated", "destroyed", "tested"),
            "session": ("created", "destroyed", "failed", "locked"),
            "export": ("requested", "created"),
            "task": ("created", "assigned", "accepted", "completed", "expired"),
            "intervention": ("opened", "closed", "updated"),
            "content": ("imported", "replied"),
        }.items()
        for action in actions
    )
)

URL_NOT_ALLOWED = ErrorCode(
    "webhook.url_not_allowed",
    QT_TRANSLATE_NOOP(
        "Errors", "Use an https:// address (http:// only to this computer: 127.0.0.1, ::1 or localhost)."
    ),
)
EVENTS_REQUIRED = ErrorCode(
    "webhook.events_required", QT_TRANSLATE_NOOP("Errors", "Choose at least one event to send.")
)
EVENT_UNKNOWN = ErrorCode(
    "webhook.event_unknown", QT_TRANSLATE_NOOP("Errors", "“{name}” is not a journal event.")
)
TOKEN_UNSTORABLE = ErrorCode(
    "webhook.token_unstorable",
    QT_TRANSLATE_NOOP("Errors", "The verify token is too long or holds characters it cannot keep."),
)
WEBHOOK_GONE = ErrorCode(
    "webhook.not_found",
    QT_TRANSLATE_NOOP("Errors", "This webhook no longer exists (it may have been deleted elsewhere)."),
)


@dataclass(frozen=True)
class WebhookForm:
    label: str
    url: str
    registered_events: tuple[str, ...] = field(default_factory=tuple)
    active: bool = True
    staging_use: bool = False
    verify_token: str | None = None  # None: keep (or, new, generate one)


@dataclass(frozen=True)
class WebhookRow:
    id: int
    platform_id: str
    label: str
    url: str
    registered_events: tuple[str, ...]
    active: bool
    staging_use: bool
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class TestResult:
    ok: bool
    status: int | None  # HTTP status; None when no answer came
    detail: str  # reason or the error


def sign(body: bytes, verify_token: str) -> str:
    return "sha256=" + hmac.new(verify_token.encode("utf-8"), body, hashlib.sha256).hexdigest()


def url_allowed(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or parts.username or parts.password:
        return False
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def keyring_key(platform_id: str) -> str:
    return f"webhook:{platform_id}"


class WebhookService:
    def __init__(self, ctx: ServiceContext, secrets_store: SecretStore | None = None) -> None:
        self.ctx = ctx
        self.secrets = secrets_store or SecretStore()

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            pattern = like_pattern(query.search)
            stmt = stmt.where(
                func.lower(Webhook.label).like(pattern, escape="\\")
                | func.lower(Webhook.url).like(pattern, escape="\\")
            )
        if query.filters.get("active") is not None:
            stmt = stmt.where(Webhook.active == bool(query.filters["active"]))
        return stmt

    def count_webhooks(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return int(uow.session.scalar(self._filtered(select(func.count(Webhook.id)), query)) or 0)

    def list_webhooks(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[WebhookRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            order = {"label": Webhook.label, "url": Webhook.url, "active": Webhook.active}.get(
                query.sort or "label", Webhook.label
            )
            stmt = self._filtered(select(Webhook), query).order_by(
                order.desc() if query.descending else order.asc(), Webhook.id
            )
            return [_row(w) for w in uow.session.scalars(stmt.offset(offset).limit(limit))]

    def get_webhook(self, webhook_id: int) -> WebhookRow:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return _row(_load(uow.session, webhook_id))

    def verify_token_of(self, webhook_id: int) -> str:
        """The secret that signs its posts (to give to the receiving side)."""
        platform_id = self.get_webhook(webhook_id).platform_id
        return self.secrets.get(keyring_key(platform_id)) or ""

    def create_webhook(self, form: WebhookForm) -> WebhookRow:
        token = form.verify_token or secrets.token_urlsafe(32)
        row = run_operation(self.ctx, create_webhook, form)
        self.secrets.set(keyring_key(row.platform_id), token)
        return row

    def update_webhook(self, webhook_id: int, form: WebhookForm, *, version: int | None = None) -> WebhookRow:
        row = run_operation(self.ctx, update_webhook, webhook_id, form, version=version)
        if form.verify_token:
            self.secrets.set(keyring_key(row.platform_id), form.verify_token)
        return row

    def delete_webhook(self, webhook_id: int) -> None:
        platform_id = run_operation(self.ctx, delete_webhook, webhook_id)
        self.secrets.delete(keyring_key(platform_id))

    def test_webhook(self, webhook_id: int) -> TestResult:
        """Posts a signed sample event and says what the server answered; journaled."""
        row = self.get_webhook(webhook_id)
        token = self.secrets.get(keyring_key(row.platform_id)) or ""
        body = json.dumps(
            {
                "event": "webhook.test",
                "id": secrets.token_hex(12),
                "created_at": utcnow().isoformat(),
                "webhook_id": row.platform_id,
                "data": {"message": "This is a test from Engage Desktop."},
            },
            ensure_ascii=False,
        ).encode("utf-8")
        result = post_signed(row.url, body, token, "webhook.test")
        run_operation(self.ctx, record_test, webhook_id, result)
        return result


def post_signed(url: str, body: bytes, verify_token: str, event: str) -> TestResult:
    if not url_allowed(url):
        return TestResult(False, None, URL_NOT_ALLOWED())
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "EngageDesktop-Webhook/1",
            "X-Engage-Event": event,
            "X-Engage-Signature": sign(body, verify_token),
        },
    )
    try:
        with _opener(url).open(request, timeout=TIMEOUT_SECONDS) as answer:
            return TestResult(200 <= answer.status < 300, int(answer.status), str(answer.reason or ""))
    except urllib.error.HTTPError as exc:
        return TestResult(False, int(exc.code), str(exc.reason or ""))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return TestResult(False, None, str(reason)[:300])


def _opener(url: str) -> urllib.request.OpenerDirector:
    """This computer is reached directly, never through a proxy set in the environment."""
    host = (urlsplit(url).hostname or "").lower()
    loopback = host in LOOPBACK_NAMES
    if not loopback:
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
    return (
        urllib.request.build_opener(urllib.request.ProxyHandler({}))
        if loopback
        else urllib.request.build_opener()
    )


# ---- operations ----------------------------------------------------------------------------------
def create_webhook(uow: UnitOfWork, form: WebhookForm) -> WebhookRow:
    uow.require(MANAGE)
    values = _valid(form)
    webhook = Webhook(**values)
    uow.session.add(webhook)
    uow.session.flush()
    _record(uow, "webhook.created", webhook, {}, token_changed=True)
    return _row(webhook)


def update_webhook(
    uow: UnitOfWork, webhook_id: int, form: WebhookForm, *, version: int | None = None
) -> WebhookRow:
    uow.require(MANAGE)
    webhook = _load(uow.session, webhook_id)
    values = _valid(form)
    uow.ensure_version(webhook, version, object_type="webhook", theirs=_snapshot(webhook), mine=values)
    before = _snapshot(webhook)
    for key, value in values.items():
        setattr(webhook, key, value)
    _record(uow, "webhook.updated", webhook, before, token_changed=bool(form.verify_token))
    return _row(webhook)


def delete_webhook(uow: UnitOfWork, webhook_id: int) -> str:
    uow.require(MANAGE)
    webhook = _load(uow.session, webhook_id)
    before, platform_id = _snapshot(webhook), webhook.platform_id
    uow.session.delete(webhook)
    uow.session.flush()
    uow.record(
        "webhook.destroyed", object_type="webhook", object_id=platform_id, changes=field_diff(before, {})
    )
    return platform_id


def record_test(uow: UnitOfWork, webhook_id: int, result: TestResult) -> None:
    uow.require(MANAGE)
    webhook = _load(uow.session, webhook_id)
    uow.record(
        "webhook.tested",
        object_type="webhook",
        object_id=webhook.platform_id,
        details={"ok": result.ok, "status": result.status, "detail": str(result.detail)[:300]},
    )


# ---- helpers -------------------------------------------------------------------------------------
def _valid(form: WebhookForm) -> dict[str, Any]:
    errors = FieldErrors()
    label = errors.required("label", form.label, QT_TRANSLATE_NOOP("Errors", "Label"))
    url = form.url.strip() if isinstance(form.url, str) else ""
    if not url or len(url) > 2000 or unstorable(url) or not url_allowed(url):
        errors.add("url", URL_NOT_ALLOWED())
    events = [
        str(e) for e in (form.registered_events if isinstance(form.registered_events, list | tuple) else ())
    ]
    unknown = [e for e in events if e not in EVENT_NAMES]
    if unknown:
        errors.add("registered_events", EVENT_UNKNOWN(name=unknown[0][:80]))
    elif not events:
        errors.add("registered_events", EVENTS_REQUIRED())
    token = form.verify_token
    if token is not None and (not isinstance(token, str) or len(token) > 200 or unstorable(token)):
        errors.add(
            "verify_token", QT_TRANSLATE_NOOP("Errors", "The verify token holds characters it cannot keep.")
        )
    errors.raise_if_any()
    return {
        "label": label,
        "url": url,
        "registered_events": sorted(set(events)),
        "active": bool(form.active),
        "staging_use": bool(form.staging_use),
    }


def _snapshot(webhook: Webhook) -> dict[str, Any]:
    return {
        "label": webhook.label,
        "url": webhook.url,
        "registered_events": list(webhook.registered_events or []),
        "active": webhook.active,
        "staging_use": webhook.staging_use,
    }


def _record(
    uow: UnitOfWork, name: str, webhook: Webhook, before: dict[str, Any], *, token_changed: bool
) -> None:
    after = _snapshot(webhook)
    changes = field_diff(before, after)
    if token_changed:
        changes["verify_token"] = "changed"
    if changes:
        uow.session.flush()
        uow.record(name, object_type="webhook", object_id=webhook.platform_id, changes=changes)


def _load(session: Session, webhook_id: int) -> Webhook:
    webhook = session.get(Webhook, webhook_id) if is_id(webhook_id) else None
    if webhook is None:
        raise NotFound(WEBHOOK_GONE())
    return webhook


def _row(webhook: Webhook) -> WebhookRow:
    return WebhookRow(
        webhook.id,
        webhook.platform_id,
        webhook.label,
        webhook.url,
        tuple(webhook.registered_events or ()),
        webhook.active,
        webhook.staging_use,
        webhook.updated_at,
        webhook.version,
    )
