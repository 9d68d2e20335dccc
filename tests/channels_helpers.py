"""Helpers shared by the Channels section tests (communities, sources, identities); `journal` and
`user_with_role` come from the roles tests."""

from __future__ import annotations

from typing import Any

from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.models.channels import Community, Identity
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.secrets import SecretStore
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.channels.sources import ContentSourceService, SourceForm

EMAIL_SETTINGS: dict[str, Any] = {
    "imap_host": "imap.acme.example",
    "imap_port": 993,
    "imap_username": "support@acme.example",
    "imap_tls": "ssl",
    "imap_auth": "password",
    "mailboxes": ["INBOX"],
    "smtp_host": "smtp.acme.example",
    "smtp_port": 587,
    "smtp_username": "support@acme.example",
    "smtp_tls": "starttls",
    "smtp_auth": "password",
    "from_address": "support@acme.example",
    "from_name": "Acme Support",
}


def sources(signed: Signed) -> ContentSourceService:
    return ContentSourceService(signed.ctx, SecretStore())


def community(signed: Signed, name: str, type_key: str) -> int:
    return CommunityService(signed.ctx).create_community(name, type_key).id


def routing_channel(signed: Signed, name: str) -> int:
    with signed.db.session_factory() as session, session.begin():
        channel = RoutingChannel(name=name, label=name)
        session.add(channel)
        session.flush()
        return channel.id


def email_form(community_id: int, name: str = "Support mailbox", **more: Any) -> SourceForm:
    settings = dict(EMAIL_SETTINGS, **more.pop("settings", {}))
    return SourceForm(name=name, community_id=community_id, settings=settings, **more)


def add_identities(signed: Signed, community_id: int, *rows: dict[str, Any]) -> list[int]:
    with signed.db.session_factory() as session, session.begin():
        made: list[Identity] = [build_identity(community_id, **row) for row in rows]
        session.add_all(made)
        session.flush()
        return [i.id for i in made]


def community_row(signed: Signed, community_id: int) -> Community:
    with signed.db.session_factory() as session:
        found = session.get(Community, community_id)
        assert found is not None
        return found


__all__ = ["journal", "user_with_role"]
