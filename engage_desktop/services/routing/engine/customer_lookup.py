"""Known customers for a what-if simulation of the live configuration: the simulator's core has no
database, so the profiles its rules may ask about are read once, up front, into
`RoutingConfiguration.customers`.

Read only when an active rule looks at the customer (tags, custom fields, profile attributes), and
only profiles that carry something a rule could match; capped, since a simulation must start
quickly even on a million identities (beyond the cap an author simulates as a new customer).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.digital import IdentityGroupTag, Tag
from engage_desktop.models.identities import Identity, IdentityGroup
from engage_desktop.services.routing.engine.customer import (
    PROFILE_ATTRIBUTES,
    CustomerProfile,
    build_profile,
    customer_key,
    rule_sees_customers,
)
from engage_desktop.services.routing.engine.model import RoutingConfiguration

MAX_CUSTOMERS = 200_000


def with_known_customers(
    session: Session, configuration: RoutingConfiguration, limit: int = MAX_CUSTOMERS
) -> RoutingConfiguration:
    """The configuration with the customers its rules could tell apart (unchanged when no rule asks)."""
    if not any(rule_sees_customers(r.spec.condition) for r in configuration.rules):
        return configuration
    tags: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for group_id, platform_id, name in session.execute(
        select(IdentityGroupTag.identity_group_id, Tag.platform_id, Tag.name)
        .join(Tag, Tag.id == IdentityGroupTag.tag_id)
        .order_by(IdentityGroupTag.identity_group_id, Tag.id)
    ):
        tags[group_id].append((platform_id, name))
    columns = [getattr(IdentityGroup, name) for name in PROFILE_ATTRIBUTES]
    rows = session.execute(
        select(
            Identity.community_id,
            Identity.foreign_id,
            Identity.id,
            IdentityGroup.id,
            IdentityGroup.custom_field_values,
            *columns,
        )
        .join(IdentityGroup, IdentityGroup.id == Identity.identity_group_id)
        .where(Identity.foreign_id != "", Identity.controlled.is_(False))
        .order_by(Identity.id)
        .limit(limit)
    )
    customers: dict[tuple[int, str], CustomerProfile] = {}
    for community_id, foreign_id, identity_id, group_id, custom, *values in rows:
        profile = build_profile(
            identity_id,
            group_id,
            tags.get(group_id, []),
            custom,
            dict(zip(PROFILE_ATTRIBUTES, values, strict=True)),
        )
        if profile.tag_ids or profile.custom_fields or profile.attributes:
            customers.setdefault(customer_key(community_id, foreign_id), profile)
    return replace(configuration, customers=customers)
