"""Identity groups (customer profiles): the list searched at 1M rows, the detail with the customer's
identities across communities, tags, custom field values and notes, and their edits.

Merging an identity into a group and taking it back out are in identity_merge.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, tuple_

from engage_desktop.models.base import utcnow
from engage_desktop.models.channels import Identity, IdentityGroup
from engage_desktop.models.digital import CustomField, IdentityGroupTag, Tag
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import (
    ListQuery,
    folded_search,
    is_short_search,
    page_from_first_rows,
)
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import (
    CONTROL_CHARACTERS,
    FieldErrors,
    field_label,
    is_id,
    nfc,
    unstorable,
)
from engage_desktop.services.digital.custom_field_values import NotConvertible, convert
from engage_desktop.services.digital.identity_group_records import (
    GROUP_TABLE,
    LIMITS,
    LIST_FIELDS,
    NOTES_MAX,
    PROFILE_FIELDS,
    CustomFieldValue,
    GroupIdentity,
    GroupRow,
    IdentityGroupDetail,
    build_identity_group,
    group_detail,
    group_label,
    load_group,
    refresh_group_keys,
    tag_names,
)
from engage_desktop.services.digital.tags import tag_groups, untag_groups

__all__ = [
    "GROUP_TABLE",
    "LIST_FIELDS",
    "PROFILE_FIELDS",
    "CustomFieldValue",
    "GroupChanges",
    "GroupIdentity",
    "GroupRow",
    "IdentityGroupDetail",
    "IdentityGroupService",
    "build_identity_group",
    "group_detail",
    "group_label",
    "load_group",
    "refresh_group_keys",
]

GROUP_TAGS_GONE = ErrorCode(
    "identity_group.tags_gone", QT_TRANSLATE_NOOP("Errors", "Some of these tags no longer exist.")
)
GROUP_FIELD_UNKNOWN = ErrorCode(
    "identity_group.custom_field_unknown",
    QT_TRANSLATE_NOOP("Errors", "There is no custom field “{key}” for customer profiles."),
)
GROUP_FIELD_BAD_VALUE = ErrorCode(
    "identity_group.custom_field_bad_value",
    QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid value for {label} ({type})."),
)
GROUP_TEXT_TOO_LONG = ErrorCode(
    "identity_group.too_long", QT_TRANSLATE_NOOP("Errors", "At most {max_length} characters.")
)


@dataclass(frozen=True)
class GroupChanges:
    """The editable profile; None leaves a field as it is."""

    firstname: str | None = None
    lastname: str | None = None
    company: str | None = None
    gender: str | None = None
    notes: str | None = None
    emails: tuple[str, ...] | None = None
    mobile_phones: tuple[str, ...] | None = None
    home_phones: tuple[str, ...] | None = None


SORTABLE: dict[str, tuple[Any, ...]] = {
    "name": (IdentityGroup.name_key,),
    "updated_at": (IdentityGroup.updated_at,),
}


class IdentityGroupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        text = query.search.strip()
        if text:
            stmt = stmt.where(folded_search(IdentityGroup.search_key, IdentityGroup.id, GROUP_TABLE, text))
        tag_id = query.filters.get("tag_id")
        if tag_id is not None:
            stmt = stmt.where(
                IdentityGroup.id.in_(
                    select(IdentityGroupTag.identity_group_id).where(IdentityGroupTag.tag_id == tag_id)
                )
            )
        return stmt

    def count_identity_groups(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            return int(uow.session.scalar(self._filtered(select(func.count(IdentityGroup.id)), query)) or 0)

    def list_identity_groups(
        self, query: ListQuery, offset: int = 0, limit: int = 200, *, after_id: int | None = None
    ) -> list[GroupRow]:
        """A page, its ids chosen from the sort's index first (as the identities list does)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            session = uow.session
            keys = SORTABLE.get(query.sort or "name", SORTABLE["name"])
            order = tuple(func.coalesce(c, c) for c in keys) if query.search.strip() else keys
            desc = query.descending
            by = [
                *(c.desc() if desc else c.asc() for c in order),
                IdentityGroup.id.desc() if desc else IdentityGroup.id.asc(),
            ]
            page = self._filtered(select(IdentityGroup.id), query)
            if is_short_search(query.search) and after_id is None:
                unsearched = self._filtered(select().select_from(IdentityGroup), replace(query, search=""))
                probed = page_from_first_rows(
                    session,
                    unsearched,
                    keys,
                    IdentityGroup.id,
                    IdentityGroup.search_key,
                    query,
                    offset,
                    limit,
                )
                if probed is not None:
                    page, offset = select(IdentityGroup.id).where(IdentityGroup.id.in_(probed)), 0
            elif after_id is not None:
                last = session.execute(
                    select(*keys, IdentityGroup.id).where(IdentityGroup.id == after_id)
                ).one_or_none()
                if last is not None:
                    after = tuple_(*keys, IdentityGroup.id)
                    page = page.where(after < tuple_(*last) if desc else after > tuple_(*last))
                    offset = 0
            ids = page.order_by(*by).offset(offset).limit(limit).subquery()
            count = (
                select(func.count(Identity.id))
                .where(Identity.identity_group_id == IdentityGroup.id)
                .correlate(IdentityGroup)
                .scalar_subquery()
            )
            rows = session.execute(
                select(IdentityGroup, count).join(ids, ids.c.id == IdentityGroup.id).order_by(*by)
            ).all()
            tags = tag_names(session, [g.id for g, _ in rows])
            return [
                GroupRow(
                    g.id,
                    g.platform_id,
                    group_label(g.firstname, g.lastname, "") or g.company or g.platform_id,
                    g.company,
                    (g.emails or [""])[0],
                    int(n or 0),
                    tuple(tags.get(g.id, ())),
                    g.updated_at,
                )
                for g, n in rows
            ]

    def get_identity_group(self, group_id: int) -> IdentityGroupDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.READ_IDENTITY)
            return group_detail(uow.session, load_group(uow.session, group_id))

    # ---- changing ------------------------------------------------------------------------------
    def update_identity_group(
        self, group_id: int, changes: GroupChanges, *, version: int | None = None
    ) -> IdentityGroupDetail:
        return run_operation(self.ctx, update_identity_group, group_id, changes, version=version)

    def set_group_tags(self, group_id: int, tag_ids: Sequence[int]) -> IdentityGroupDetail:
        return run_operation(self.ctx, set_group_tags, group_id, tag_ids)

    def set_custom_field_values(self, group_id: int, values: dict[str, Any]) -> IdentityGroupDetail:
        """`values` maps a field key to what was typed (None clears it)."""
        return run_operation(self.ctx, set_group_custom_values, group_id, values)

    def update_profile(
        self,
        group_id: int,
        changes: GroupChanges,
        tag_ids: Sequence[int],
        custom_values: dict[str, Any],
        *,
        version: int | None = None,
    ) -> IdentityGroupDetail:
        """The detail panel's Save: fields, tags and custom values land together or not at all."""
        with UnitOfWork(self.ctx) as uow:
            update_identity_group(uow, group_id, changes, version=version)
            set_group_tags(uow, group_id, tag_ids)
            detail = set_group_custom_values(uow, group_id, custom_values)
            uow.commit()
            return detail


# ---- operations ----------------------------------------------------------------------------------
def update_identity_group(
    uow: UnitOfWork, group_id: int, changes: GroupChanges, *, version: int | None = None
) -> IdentityGroupDetail:
    uow.require(Permission.UPDATE_IDENTITY)
    group = load_group(uow.session, group_id)
    errors = FieldErrors()
    wanted: dict[str, Any] = {}
    for name in (*PROFILE_FIELDS, "notes"):
        value = getattr(changes, name, None)
        if value is None:
            continue
        cleaned = nfc(str(value)) if name == "notes" else nfc(" ".join(str(value).split()))
        limit = NOTES_MAX if name == "notes" else LIMITS[name]
        if len(cleaned) > limit:
            errors.add(name, GROUP_TEXT_TOO_LONG(max_length=limit))
        elif unstorable(cleaned.replace("\n", "").replace("\t", "")):
            errors.add(name, CONTROL_CHARACTERS(label=field_label(name)))
        wanted[name] = cleaned
    for name in LIST_FIELDS:
        values = getattr(changes, name)
        if values is None:
            continue
        cleaned_list = list(dict.fromkeys(nfc(" ".join(str(v).split())) for v in values if str(v).strip()))
        if any(unstorable(v) or len(v) > 254 for v in cleaned_list):
            errors.add(name, CONTROL_CHARACTERS(label=field_label(name)))
        wanted[name] = cleaned_list
    errors.raise_if_any()
    before = {name: getattr(group, name) for name in wanted}
    uow.ensure_version(group, version, object_type="identity_group", theirs=before, mine=wanted)
    changed = field_diff(before, wanted)
    if changed:  # nothing set, nothing written: saving an untouched profile is no change at all
        for name, value in wanted.items():
            setattr(group, name, value)
        refresh_group_keys(group)
        uow.record(
            "identity_group.updated",
            object_type="identity_group",
            object_id=group.platform_id,
            changes=changed,
        )
    uow.session.flush()
    return group_detail(uow.session, group)


def set_group_tags(uow: UnitOfWork, group_id: int, tag_ids: Sequence[int]) -> IdentityGroupDetail:
    uow.require(Permission.UPDATE_IDENTITY)
    session = uow.session
    group = load_group(session, group_id)
    wanted = {t if is_id(t) else 0 for t in tag_ids}
    tags = {t.id: t for t in session.scalars(select(Tag).where(Tag.id.in_(sorted(wanted))))}
    if set(tags) != wanted:
        raise ValidationError("tag_ids", GROUP_TAGS_GONE())
    held = set(
        session.scalars(select(IdentityGroupTag.tag_id).where(IdentityGroupTag.identity_group_id == group.id))
    )
    names = dict(session.execute(select(Tag.id, Tag.name).where(Tag.id.in_(sorted(held | wanted)))).all())
    for tag_id in sorted(wanted - held):
        tag_groups(session, tag_id, [group.id])
    for tag_id in sorted(held - wanted):
        untag_groups(session, tag_id, [group.id])
    if held != wanted:
        group.updated_at = utcnow()  # tags are children: the profile's version moves
        uow.record(
            "identity_group.updated",
            object_type="identity_group",
            object_id=group.platform_id,
            changes=field_diff(
                {"tags": frozenset(names[t] for t in held)}, {"tags": frozenset(names[t] for t in wanted)}
            ),
        )
    session.flush()
    session.expire_all()
    return group_detail(session, load_group(session, group_id))


def set_group_custom_values(uow: UnitOfWork, group_id: int, values: dict[str, Any]) -> IdentityGroupDetail:
    uow.require(Permission.UPDATE_IDENTITY)
    session = uow.session
    group = load_group(session, group_id)
    fields = {
        f.key: f
        for f in session.scalars(
            select(CustomField).where(CustomField.associated_type_name == "IdentityGroup")
        )
    }
    errors = FieldErrors()
    current = dict(group.custom_field_values or {})
    after = dict(current)
    for key, raw in values.items():
        field = fields.get(key) if isinstance(key, str) else None
        if field is None:
            errors.add(str(key), GROUP_FIELD_UNKNOWN(key=str(key)))
            continue
        if raw is None or raw == "" or raw == []:
            after.pop(key, None)
            continue
        typed = raw if isinstance(raw, list) else [raw]  # a list's items are checked like a text
        if any(isinstance(t, str) and unstorable(t.replace("\n", "").replace("\t", "")) for t in typed):
            errors.add(key, CONTROL_CHARACTERS(label=field_label(field.label)))
            continue
        try:
            after[key] = convert(raw, field.type, field.choices)
        except NotConvertible:
            errors.add(key, GROUP_FIELD_BAD_VALUE(value=str(raw)[:80], label=field.label, type=field.type))
    errors.raise_if_any()
    changed = field_diff(current, after)
    if changed:
        group.custom_field_values = after
        uow.record(
            "identity_group.updated",
            object_type="identity_group",
            object_id=group.platform_id,
            changes={"custom_field_values": changed},
        )
    session.flush()
    return group_detail(session, group)
