"""A customer profile as the services hand it out (list rows, the detail with identities, tags and
custom values), its folded keys, and how to load one: shared by the profile, merge and folder
count services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.channels import Community, Identity, IdentityGroup
from engage_desktop.models.digital import CustomField, IdentityGroupTag, Tag
from engage_desktop.models.users import SEARCH_TABLES
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.listing import fold, search_fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import is_id

GROUP_GONE = ErrorCode(
    "identity_group.not_found", QT_TRANSLATE_NOOP("Errors", "This customer profile no longer exists.")
)
GROUP_TABLE = SEARCH_TABLES[IdentityGroup.__tablename__]
NOTES_MAX = 100_000
PROFILE_FIELDS = ("firstname", "lastname", "company", "gender", "avatar_url")
LIST_FIELDS = ("emails", "mobile_phones", "home_phones")
LIMITS = {"firstname": 120, "lastname": 120, "company": 120, "gender": 16, "avatar_url": 1000}


def group_label(firstname: str, lastname: str, company: str) -> str:
    return " ".join(p for p in (firstname, lastname) if p.strip()) or company


def refresh_group_keys(group: IdentityGroup) -> None:
    """The folded sort and search keys (importers, demo data, benchmarks, tests use it too)."""
    name = group_label(group.firstname or "", group.lastname or "", group.company or "")
    group.name_key = fold(name)[:255]
    parts = (
        name,
        group.company or "",
        " ".join(group.emails or []),
        " ".join([*(group.mobile_phones or []), *(group.home_phones or [])]),
    )
    group.search_key = " | ".join(search_fold(p) for p in parts)[:1200]


def build_identity_group(**values: Any) -> IdentityGroup:
    group = IdentityGroup(**values)
    for name in LIST_FIELDS:
        setattr(group, name, list(values.get(name) or []))
    refresh_group_keys(group)
    return group


@dataclass(frozen=True)
class GroupRow:
    id: int
    platform_id: str
    name: str
    company: str
    email: str
    identity_count: int
    tags: tuple[str, ...]
    updated_at: datetime


@dataclass(frozen=True)
class GroupIdentity:
    id: int
    platform_id: str
    display_name: str
    community_name: str
    community_type: str
    email: str
    merged: bool  # joined this group by a merge (so an unmerge gives back what it brought)


@dataclass(frozen=True)
class CustomFieldValue:
    key: str
    label: str
    type: str
    choices: tuple[str, ...]
    value: Any  # None: not set


@dataclass(frozen=True)
class IdentityGroupDetail:
    id: int
    platform_id: str
    firstname: str
    lastname: str
    company: str
    gender: str
    emails: tuple[str, ...]
    mobile_phones: tuple[str, ...]
    home_phones: tuple[str, ...]
    notes: str
    avatar_url: str
    tags: tuple[tuple[int, str], ...]
    custom_fields: tuple[CustomFieldValue, ...]
    identities: tuple[GroupIdentity, ...]
    version: int

    @property
    def label(self) -> str:
        return group_label(self.firstname, self.lastname, self.company) or self.platform_id


def load_group(session: Session, group_id: int) -> IdentityGroup:
    group = session.get(IdentityGroup, group_id) if is_id(group_id) else None
    if group is None:
        raise NotFound(GROUP_GONE())
    return group


def tag_names(session: Session, group_ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not group_ids:
        return found
    stmt = (
        select(IdentityGroupTag.identity_group_id, Tag.name)
        .join(Tag, Tag.id == IdentityGroupTag.tag_id)
        .where(IdentityGroupTag.identity_group_id.in_(list(group_ids)))
        .order_by(Tag.name_key)
    )
    for group_id, name in session.execute(stmt):
        found.setdefault(group_id, []).append(name)
    return found


def group_detail(session: Session, group: IdentityGroup) -> IdentityGroupDetail:
    tags = session.execute(
        select(Tag.id, Tag.name)
        .join(IdentityGroupTag, IdentityGroupTag.tag_id == Tag.id)
        .where(IdentityGroupTag.identity_group_id == group.id)
        .order_by(Tag.name_key)
    ).all()
    fields = session.scalars(
        select(CustomField)
        .where(CustomField.associated_type_name == "IdentityGroup")
        .order_by(CustomField.position, CustomField.id)
    )
    values = group.custom_field_values or {}
    merged = set((group.merge_contributions or {}).keys())
    identities = session.execute(
        select(Identity, Community.name, Community.type)
        .join(Community, Community.id == Identity.community_id)
        .where(Identity.identity_group_id == group.id)
        .order_by(Community.name, Identity.display_name_key, Identity.id)
    ).all()
    return IdentityGroupDetail(
        id=group.id,
        platform_id=group.platform_id,
        firstname=group.firstname,
        lastname=group.lastname,
        company=group.company,
        gender=group.gender,
        emails=tuple(group.emails or ()),
        mobile_phones=tuple(group.mobile_phones or ()),
        home_phones=tuple(group.home_phones or ()),
        notes=group.notes,
        avatar_url=group.avatar_url,
        tags=tuple((t.id, t.name) for t in tags),
        custom_fields=tuple(
            CustomFieldValue(f.key, f.label, f.type, tuple(f.choices or ()), values.get(f.key))
            for f in fields
        ),
        identities=tuple(
            GroupIdentity(i.id, i.platform_id, i.display_name, cname, ctype, i.email, i.platform_id in merged)
            for i, cname, ctype in identities
        ),
        version=group.version,
    )
