"""What routing knows of a message's customer: the author's identity, its customer profile's tags,
custom field values and attributes, as plain hashable data.

The live engine reads it from the database (identity_step.py); the simulator takes it from the
configuration (`RoutingConfiguration.customers`, keyed by `customer_key`), so both categorise with
the same rules and the core stays pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engage_desktop.services.routing.rule_conditions import Condition, ConditionKind, Group, Not

# Identity-group attributes the rules' "Customer profile contains" condition may name.
CUSTOMER_KINDS = frozenset(
    {ConditionKind.CUSTOMER_TAG, ConditionKind.CUSTOM_FIELD, ConditionKind.IDENTITY_GROUP}
)
PROFILE_ATTRIBUTES = ("firstname", "lastname", "company", "gender", "emails", "mobile_phones", "home_phones")


@dataclass(frozen=True)
class CustomerProfile:
    identity_id: int
    identity_group_id: int | None = None
    # Tags of the identity group, by platform id and by name (a rule may name either).
    tag_ids: frozenset[str] = frozenset()
    custom_fields: tuple[tuple[str, str], ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()


def customer_key(community_id: int | None, author: str) -> tuple[int, str]:
    """Identities are per community: the same screen name on two networks is two people."""
    return (community_id if community_id is not None else -1, author)


def field_text(value: Any) -> str:
    """A stored custom value or attribute as the rule conditions compare it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(field_text(v) for v in value)
    return str(value)


def build_profile(
    identity_id: int,
    group_id: int | None,
    tags: list[tuple[str, str]],
    custom_values: Mapping[str, Any] | None,
    attributes: Mapping[str, Any],
) -> CustomerProfile:
    """`tags`: (platform id, name) pairs of the group's tags."""
    tag_ids = frozenset(t for pair in tags for t in pair if t)
    fields = tuple(sorted((str(k), field_text(v)) for k, v in (custom_values or {}).items()))
    texts = ((k, field_text(attributes.get(k))) for k in PROFILE_ATTRIBUTES)
    shown = tuple(sorted((k, v) for k, v in texts if v))  # an empty attribute is no attribute
    return CustomerProfile(identity_id, group_id, tag_ids, fields, shown)


def customer_facts(customer: CustomerProfile | None) -> tuple[object, ...] | None:
    """What the rules can see of a customer (the ids aside): the categoriser's cache key."""
    if customer is None:
        return None
    return (customer.tag_ids, customer.custom_fields, customer.attributes)


def customer_sample(customer: CustomerProfile | None) -> dict[str, Any]:
    """The `SampleMessage` fields a customer fills (none without a customer)."""
    if customer is None:
        return {}
    return {
        "customer_tag_ids": customer.tag_ids,
        "custom_fields": dict(customer.custom_fields),
        "identity_group": dict(customer.attributes),
    }


def rule_sees_customers(condition: Condition) -> bool:
    """Whether a condition tree asks about the customer (otherwise customers share cached results)."""
    if isinstance(condition, Group):
        return any(rule_sees_customers(c) for c in condition.children)
    if isinstance(condition, Not):
        return rule_sees_customers(condition.child)
    return condition.kind in CUSTOMER_KINDS


def identity_detail(customer: CustomerProfile | None) -> dict[str, Any]:
    """The journal detail linking a content or intervention to its customer's identity."""
    return {} if customer is None else {"identity_id": customer.identity_id}
