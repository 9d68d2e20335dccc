"""Demo data for the Channels section: routing channels, the sources' settings by type, and a few
thousand identities with identity groups and controlled company identities linked to agents.

Called by demo.load_demo_data inside its transaction, with its own seeded random generator so the
rest of the demo stays as it was. No secret is made up: the demo's sources show "not set".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from engage_desktop.models import User, new_platform_id
from engage_desktop.models.channels import Community, ContentSource, Identity
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.channels.identities import identity_search_key
from engage_desktop.services.channels.source_types import (
    CHAT,
    EMAIL,
    SDK,
    SOCIAL,
    source_type,
    validate_settings,
)
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.digital.identity_group_records import build_identity_group

Journal = Callable[..., None]  # demo._Journal: (when, name, actor, obj_type, obj_id, changes)

ROUTING_CHANNELS = {
    "Front office": ("email", "engage_chat", "engage_messaging", "sms", "whatsapp"),
    "Social media": ("facebook", "twitter", "instagram", "messenger", "google_business"),
}
FIRST = "Alice Amélie Ben Camille Chen Diego Elena Emma Farah Hugo Inès Jonas Karim Lea Maya Noah Omar Priya".split()
LAST = "Martin Bernard Dubois Petit Durand Leroy Smith Nguyen Kim Rossi Silva Müller Haddad Tanaka".split()


def _settings_for(source: ContentSource) -> dict[str, Any]:
    family = source_type(source.type).family
    raw: dict[str, Any]
    if family == EMAIL:
        address = source.name if "@" in source.name else "support@acme.example"
        raw = {
            "imap_host": "imap.acme.example",
            "imap_username": address,
            "smtp_host": "smtp.acme.example",
            "smtp_username": address,
            "from_address": address,
            "from_name": "Acme Support",
        }
    elif family == SOCIAL:
        raw = {"account_id": f"{source.type}-{source.id:06d}"}
    elif family == CHAT:
        raw = {"web_enabled": True, "ios_enabled": source.type == "engage_messaging"}
    elif family == SDK:
        raw = {"endpoint_url": "https://bots.acme.example/engage"}
    else:  # pragma: no cover - every family is listed above
        raw = {}
    errors = FieldErrors()
    settings = validate_settings(source.type, raw, errors)
    errors.raise_if_any()
    return settings


def add_channels_demo(
    session: Session,
    journal: Journal,
    start: datetime,
    admin: User,
    people: list[User],
    seed: int,
    identities: int = 1500,
) -> None:
    rng = random.Random(seed + 5)
    channels = {}
    for name in ROUTING_CHANNELS:
        channel = RoutingChannel(name=name, label=name, created_at=start, updated_at=start)
        session.add(channel)
        channels[name] = channel
    session.flush()
    sources = list(session.scalars(select(ContentSource).order_by(ContentSource.id)))
    for source in sources:
        source.settings = _settings_for(source)
        if source_type(source.type).family == EMAIL:
            source.status, source.status_message = "pending", "Not checked since the last change."
        source.channel_id = next(
            (c.id for n, c in channels.items() if source.type in ROUTING_CHANNELS[n]), None
        )
        source.content_languages = ["en", "fr"]
        source.default_content_language = "en"
        source.updated_at = start

    communities = list(session.scalars(select(Community).order_by(Community.id)))
    groups = [
        build_identity_group(  # with its sort and search keys, as the Digital section makes them
            firstname=rng.choice(FIRST), lastname=rng.choice(LAST), created_at=start, updated_at=start
        )
        for _ in range(identities // 6)
    ]
    session.add_all(groups)
    session.flush()
    rows: list[dict[str, Any]] = []
    for i in range(identities):
        community = communities[i % len(communities)]
        group = groups[i % len(groups)] if i % 3 == 0 else None
        first, last = (group.firstname, group.lastname) if group else (rng.choice(FIRST), rng.choice(LAST))
        handle = f"{fold(first)}.{fold(last)}{i}".replace(" ", "")
        values: dict[str, Any] = {
            "platform_id": new_platform_id(),
            "community_id": community.id,
            "display_name": f"{first} {last}",
            "screenname": "" if community.type == "email" else handle,
            "firstname": first,
            "lastname": last,
            "email": f"{handle}@example.com" if community.type in ("email", "engage_chat") else "",
            "foreign_id": f"{community.type[:3]}-{100000 + i}",
            "identity_group_id": group.id if group else None,
            "extra_values": {},
            "created_at": start,
            "updated_at": start,
        }
        values["display_name_key"] = fold(values["display_name"])
        values["email_key"] = values["email"].lower()
        values["search_key"] = identity_search_key(values)
        rows.append(values)
    session.execute(insert(Identity), rows)

    agents = [p for p in people if p.enabled and p.role.label == "Agent"]
    for community in communities:
        company = Identity(
            community_id=community.id,
            display_name="Acme",
            display_name_key="acme",
            screenname="acme" if community.type != "email" else "",
            company="Acme",
            email="support@acme.example" if community.type == "email" else "",
            email_key="support@acme.example" if community.type == "email" else "",
            foreign_id=f"{community.type[:3]}-acme",
            controlled=True,
            extra_values={},
            created_at=start,
            updated_at=start,
        )
        company.search_key = identity_search_key(
            {"display_name": "Acme", "company": "Acme", "email": company.email}
        )
        company.users = rng.sample(agents, min(len(agents), rng.randint(3, 8)))
        session.add(company)
        session.flush()
        journal(
            start + timedelta(hours=9),
            "identity.updated",
            admin,
            "identity",
            company.platform_id,
            {
                "controlled": {"from": False, "to": True},
                "user_ids": {"added": sorted(u.platform_id for u in company.users), "removed": []},
            },
        )
