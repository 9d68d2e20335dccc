"""Webhooks on SQLite and PostgreSQL: https only (http to this computer only), events from the
journal's names, the verify token in the keyring (never in the database or journal), and "send
test" posting an HMAC-signed sample to a real local http.server; every change journaled."""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import Signed
from sqlalchemy import text
from test_roles_service import journal, user_with_role

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.webhooks import WebhookForm, WebhookService, url_allowed


class Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]] = []
    answer = 204

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers.items()), body))
        self.send_response(type(self).answer)
        self.end_headers()

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[Receiver]]]:
    handler = type("Handler", (Receiver,), {"received": [], "answer": 204})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_url_rule() -> None:
    assert url_allowed("https://hooks.example.com/x")
    assert (
        url_allowed("http://127.0.0.1:8080/x")
        and url_allowed("http://[::1]/x")
        and url_allowed("http://localhost/")
    )
    for bad in (
        "http://example.com/x",
        "ftp://127.0.0.1/",
        "https://user:pw@example.com/",
        "javascript:alert(1)",
        "",
    ):
        assert not url_allowed(bad), bad


def test_send_test_posts_a_signed_sample(admin: Signed, receiver: tuple[str, type[Receiver]]) -> None:
    url, handler = receiver
    store = SecretStore()
    hooks = WebhookService(admin.ctx, store)
    row = hooks.create_webhook(
        WebhookForm("Local", url, ("time_sheet.created",), verify_token="s3cret-token")
    )
    result = hooks.test_webhook(row.id)
    assert result.ok and result.status == 204
    [(headers, body)] = handler.received
    expected = "sha256=" + hmac.new(b"s3cret-token", body, hashlib.sha256).hexdigest()
    assert headers["X-Engage-Signature"] == expected and headers["X-Engage-Event"] == "webhook.test"
    assert b'"event": "webhook.test"' in body

    handler.answer = 500
    failed = hooks.test_webhook(row.id)
    assert not failed.ok and failed.status == 500
    tested = journal(admin, "webhook.tested")
    assert [e.details["ok"] for e in tested][::-1] == [True, False]
    with admin.db.engine.connect() as conn:
        everything = repr(conn.execute(text("SELECT * FROM webhooks")).all())
        everything += repr(conn.execute(text("SELECT changes, details FROM audit_events")).all())
    assert "s3cret-token" not in everything


def test_unreachable_server_is_a_result_not_a_crash(
    admin: Signed, receiver: tuple[str, type[Receiver]]
) -> None:
    url, _handler = receiver
    hooks = WebhookService(admin.ctx, SecretStore())
    dead = url.replace(url.split(":")[2].split("/")[0], "9")  # port 9 (discard): nothing listens
    row = hooks.create_webhook(WebhookForm("Dead", dead, ("settings.updated",)))
    result = hooks.test_webhook(row.id)
    assert not result.ok and result.status is None and result.detail


def test_validation_crud_and_journal(admin: Signed) -> None:
    hooks = WebhookService(admin.ctx, SecretStore())
    with pytest.raises(ValidationError) as caught:
        hooks.create_webhook(WebhookForm("", "http://example.com/", ("no.such_event",)))
    assert set(caught.value.errors) == {"label", "url", "registered_events"}
    with pytest.raises(ValidationError):
        hooks.create_webhook(WebhookForm("X", "https://x.example", ()))
    row = hooks.create_webhook(
        WebhookForm("CRM", "https://crm.example/hook", ("user.created", "user.created"))
    )
    assert row.registered_events == ("user.created",) and hooks.verify_token_of(row.id)
    updated = hooks.update_webhook(
        row.id,
        WebhookForm("CRM", "https://crm.example/v2", ("user.created", "role.updated"), active=False),
        version=row.version,
    )
    assert not updated.active and hooks.count_webhooks(ListQuery(search="v2")) == 1
    hooks.delete_webhook(row.id)
    names = [e.name for e in journal(admin, "webhook.created", "webhook.updated", "webhook.destroyed")][::-1]
    assert names == ["webhook.created", "webhook.updated", "webhook.destroyed"]
    assert journal(admin, "webhook.created")[0].changes["verify_token"] == "changed"


def test_webhooks_need_update_settings(admin: Signed) -> None:
    row = WebhookService(admin.ctx, SecretStore()).create_webhook(
        WebhookForm("A", "https://a.example", ("user.created",))
    )
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    hooks = WebhookService(reader.ctx, SecretStore())
    for call in (
        lambda: hooks.list_webhooks(ListQuery()),
        lambda: hooks.test_webhook(row.id),
        lambda: hooks.delete_webhook(row.id),
        lambda: hooks.create_webhook(WebhookForm("B", "https://b.example", ("user.created",))),
    ):
        with pytest.raises(PermissionDenied):
            call()
