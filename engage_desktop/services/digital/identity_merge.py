"""Merge an identity into a customer profile, and take it back out (unmerge).

On a merge the group's values win: the identity only fills what the group lacks (and adds its
e-mail and phones to the group's lists). When the identity leaves a profile it was the last one of,
that profile folds into the group the same way (its notes, custom values and tags fill the gaps)
and is removed. What the merge brought is kept on the group per identity
(`merge_contributions`), so an unmerge takes back exactly that — unless someone changed it since —
and gives the identity a profile of its own again. Both are journaled (`identity.merged`,
`identity.unmerged`) with the group's field diff.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from engage_desktop.models.base import utcnow
from engage_desktop.models.channels import Identity, IdentityGroup
from engage_desktop.models.digital import IdentityGroupTag, Tag
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.channels.identities import IDENTITY_GONE
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import is_id
from engage_desktop.services.digital.identity_groups import (
    LIST_FIELDS,
    PROFILE_FIELDS,
    IdentityGroupDetail,
    build_identity_group,
    group_detail,
    load_group,
    refresh_group_keys,
)
from engage_desktop.services.digital.tags import tag_groups, untag_groups

ALREADY_IN_GROUP = ErrorCode(
    "identity.already_in_group",
    QT_TRANSLATE_NOOP("Errors", "This identity is already part of this customer profile."),
)
NOT_IN_GROUP = ErrorCode(
    "identity.not_in_group",
    QT_TRANSLATE_NOOP("Errors", "This identity is not part of this customer profile."),
)
LAST_IDENTITY = ErrorCode(
    "identity.last_of_group",
    QT_TRANSLATE_NOOP("Errors", "This is the profile's only identity: there is nothing to unmerge it from."),
)


class IdentityMergeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def merge_identity(self, identity_id: int, group_id: int) -> IdentityGroupDetail:
        """The identity joins the group (the group's values win on conflict)."""
        return run_operation(self.ctx, merge_identity, identity_id, group_id)

    def remove_identity_from_group(self, identity_id: int, group_id: int) -> IdentityGroupDetail:
        """Unmerge: the identity gets a profile of its own back."""
        return run_operation(self.ctx, unmerge_identity, identity_id, group_id)


IDENTITY_LIST_OF = {"emails": "email", "mobile_phones": "mobile_phone", "home_phones": "home_phone"}


def _snapshot(group: IdentityGroup, tags: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(group, name) for name in (*PROFILE_FIELDS, "notes")}
    values.update({name: frozenset(getattr(group, name) or ()) for name in LIST_FIELDS})
    values["custom_field_values"] = dict(group.custom_field_values or {})
    values["tags"] = frozenset(tags)
    return values


def _tag_ids(uow: UnitOfWork, group_id: int) -> list[int]:
    return list(
        uow.session.scalars(
            select(IdentityGroupTag.tag_id)
            .where(IdentityGroupTag.identity_group_id == group_id)
            .order_by(IdentityGroupTag.tag_id)
        )
    )


def _tag_names(uow: UnitOfWork, group_id: int) -> list[str]:
    names = select(Tag.name).join(IdentityGroupTag, IdentityGroupTag.tag_id == Tag.id)
    return list(uow.session.scalars(names.where(IdentityGroupTag.identity_group_id == group_id)))


def _load_identity(uow: UnitOfWork, identity_id: int) -> Identity:
    identity = uow.session.get(Identity, identity_id) if is_id(identity_id) else None
    if identity is None:
        raise NotFound(IDENTITY_GONE())
    return identity


def _fill(group: IdentityGroup, values: dict[str, Any], brought: dict[str, Any]) -> None:
    """Group wins: set only what the group lacks; add to lists what they lack. `brought` notes it."""
    for name in PROFILE_FIELDS:
        value = values.get(name) or ""
        if value and not getattr(group, name):
            setattr(group, name, value)
            brought[name] = value
    for name in LIST_FIELDS:
        current = list(getattr(group, name) or [])
        known = {v.casefold() for v in current}
        added = [v for v in values.get(name, []) if v and v.casefold() not in known]
        if added:
            setattr(group, name, current + added)
            brought[name] = brought.get(name, []) + added
    if values.get("notes") and not group.notes:
        group.notes = brought["notes"] = values["notes"]
    own = dict(group.custom_field_values or {})
    extra = {k: v for k, v in (values.get("custom_field_values") or {}).items() if k not in own}
    if extra:
        group.custom_field_values = {**own, **extra}
        brought["custom_field_values"] = extra


def merge_identity(uow: UnitOfWork, identity_id: int, group_id: int) -> IdentityGroupDetail:
    uow.require(Permission.UPDATE_IDENTITY)
    session = uow.session
    identity = _load_identity(uow, identity_id)
    group = load_group(session, group_id)
    if identity.identity_group_id == group.id:
        raise ValidationError("identity_id", ALREADY_IN_GROUP())
    before = _snapshot(group, _tag_names(uow, group.id))
    brought: dict[str, Any] = {}
    own = {name: getattr(identity, name, "") for name in PROFILE_FIELDS}
    own.update(
        {
            lst: [getattr(identity, one)] if getattr(identity, one) else []
            for lst, one in IDENTITY_LIST_OF.items()
        }
    )
    _fill(group, own, brought)
    old = identity.identity_group
    absorbed = ""
    if old is not None and identity.platform_id in (old.merge_contributions or {}):
        # What it brought there stays there (the group keeps its values); only the record goes.
        old.merge_contributions = {
            k: v for k, v in old.merge_contributions.items() if k != identity.platform_id
        }
    if old is not None:
        others = session.scalar(
            select(func.count(Identity.id)).where(
                Identity.identity_group_id == old.id, Identity.id != identity.id
            )
        )
        if not others:
            absorbed = old.platform_id
            _fill(
                group,
                {
                    **{
                        name: getattr(old, name) for name in (*PROFILE_FIELDS, "notes", "custom_field_values")
                    },
                    **{name: list(getattr(old, name) or []) for name in LIST_FIELDS},
                },
                brought,
            )
            old_tags = _tag_ids(uow, old.id)
            gained = [t for t in old_tags if t not in set(_tag_ids(uow, group.id))]
            for tag_id in gained:
                tag_groups(session, tag_id, [group.id])
            for tag_id in old_tags:
                untag_groups(session, tag_id, [old.id])
            if gained:
                brought["tag_ids"] = gained
    identity.identity_group_id = group.id
    identity.identity_group = group
    if absorbed:
        session.flush()
        session.delete(old)
    group.merge_contributions = {**(group.merge_contributions or {}), identity.platform_id: brought}
    group.updated_at = utcnow()
    refresh_group_keys(group)
    session.flush()
    uow.record(
        "identity.merged",
        object_type="identity",
        object_id=identity.platform_id,
        changes=field_diff(before, _snapshot(group, _tag_names(uow, group.id))),
        details={"identity_group": group.platform_id, **({"absorbed_group": absorbed} if absorbed else {})},
    )
    return group_detail(session, group)


def unmerge_identity(uow: UnitOfWork, identity_id: int, group_id: int) -> IdentityGroupDetail:
    """The identity leaves the group for a profile of its own; the group gives back what the merge
    brought where it still holds it. Returns the group as it is after."""
    uow.require(Permission.UPDATE_IDENTITY)
    session = uow.session
    identity = _load_identity(uow, identity_id)
    group = load_group(session, group_id)
    if identity.identity_group_id != group.id:
        raise ValidationError("identity_id", NOT_IN_GROUP())
    members = session.scalar(select(func.count(Identity.id)).where(Identity.identity_group_id == group.id))
    if (members or 0) < 2:
        raise ValidationError("identity_id", LAST_IDENTITY())
    before = _snapshot(group, _tag_names(uow, group.id))
    contributions = dict(group.merge_contributions or {})
    brought: dict[str, Any] = contributions.pop(identity.platform_id, {})
    values: dict[str, Any] = {name: getattr(identity, name, "") for name in PROFILE_FIELDS}
    values.update(
        {
            lst: [getattr(identity, one)] if getattr(identity, one) else []
            for lst, one in IDENTITY_LIST_OF.items()
        }
    )
    for name in PROFILE_FIELDS:
        if name in brought and getattr(group, name) == brought[name]:
            setattr(group, name, "")
            values[name] = brought[name]
    for name in LIST_FIELDS:
        taken = set(brought.get(name, []))
        if taken:
            setattr(group, name, [v for v in getattr(group, name) or [] if v not in taken])
            values[name] = list(dict.fromkeys([*values[name], *brought[name]]))
    notes = ""
    if brought.get("notes") and group.notes == brought["notes"]:
        group.notes, notes = "", brought["notes"]
    custom = dict(group.custom_field_values or {})
    given_back = {k: v for k, v in (brought.get("custom_field_values") or {}).items() if custom.get(k) == v}
    if given_back:
        group.custom_field_values = {k: v for k, v in custom.items() if k not in given_back}
    own = build_identity_group(
        **{name: values[name] for name in (*PROFILE_FIELDS, *LIST_FIELDS)},
        notes=notes,
        custom_field_values=given_back,
    )
    session.add(own)
    session.flush()
    held = set(_tag_ids(uow, group.id))
    for tag_id in brought.get("tag_ids", []):
        if tag_id in held:
            untag_groups(session, tag_id, [group.id])
        if session.get(Tag, tag_id) is not None:
            tag_groups(session, tag_id, [own.id])
    identity.identity_group_id = own.id
    identity.identity_group = own
    group.merge_contributions = contributions
    group.updated_at = utcnow()
    refresh_group_keys(group)
    session.flush()
    uow.record(
        "identity.unmerged",
        object_type="identity",
        object_id=identity.platform_id,
        changes=field_diff(before, _snapshot(group, _tag_names(uow, group.id))),
        details={"identity_group": group.platform_id, "new_identity_group": own.platform_id},
    )
    return group_detail(session, group)
