"""Custom fields of interventions and identity groups: key (snake_case, unique per type), label, type,
choice values, position (the order agents see them in).

Changing a field's type or choices when values are stored first asks (`ConversionNeeded` says how
many values will be converted) and converts them all in the same unit of work, or refuses and names
the values that have no form in the new type. Values live on the identity groups; interventions
keep none yet (the routing engine's interventions have no custom values), so their fields change
freely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.digital import CUSTOM_FIELD_OWNERS, CUSTOM_FIELD_TYPES, CustomField
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import DomainError, ErrorCode, Message, NotFound, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id, nfc, unstorable
from engage_desktop.services.digital.custom_field_storage import (
    QUIET,
    TYPE_UNKNOWN,
    Progress,
    TypeChangeImpact,
    convert_value,
    rewrite_values,
    stored_impact,
)

FIELD_GONE = ErrorCode(
    "custom_field.not_found", QT_TRANSLATE_NOOP("Errors", "This custom field no longer exists.")
)
KEY_INVALID = ErrorCode(
    "custom_field.key_invalid",
    QT_TRANSLATE_NOOP(
        "Errors", "The key must be snake_case: lower-case letters, digits and “_”, starting with a letter."
    ),
)
KEY_TAKEN = ErrorCode(
    "custom_field.key_taken",
    QT_TRANSLATE_NOOP("Errors", "Another field of this type already uses the key “{key}”."),
)
OWNER_UNKNOWN = ErrorCode(
    "custom_field.owner_unknown",
    QT_TRANSLATE_NOOP("Errors", "Custom fields belong to interventions or identity groups."),
)
OWNER_FIXED = ErrorCode(
    "custom_field.owner_fixed",
    QT_TRANSLATE_NOOP("Errors", "A field cannot move to another kind of object; create a new one there."),
)
CHOICES_NEEDED = ErrorCode(
    "custom_field.choices_needed", QT_TRANSLATE_NOOP("Errors", "A choice field needs at least one value.")
)
CHOICES_BAD = ErrorCode(
    "custom_field.choices_bad",
    QT_TRANSLATE_NOOP("Errors", "Choice values must be distinct, non-empty, without control characters."),
)
NOT_CONVERTIBLE = ErrorCode(
    "custom_field.not_convertible",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{count} stored values cannot become {type}; first ones: {values}. Change or clear them first.",
    ),
)
CONVERSION_NEEDED = ErrorCode(
    "custom_field.conversion_needed",
    QT_TRANSLATE_NOOP("Errors", "{count} stored values will be converted to {type}."),
)
KEY_LABEL = QT_TRANSLATE_NOOP("Errors", "Key")
LABEL_LABEL = QT_TRANSLATE_NOOP("Errors", "Label")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class ConversionNeeded(DomainError):
    """Stored values must be converted: ask, then save again with `convert=True`."""

    def __init__(self, message: Message, count: int) -> None:
        super().__init__(message)
        self.count = count


@dataclass(frozen=True)
class CustomFieldForm:
    associated_type_name: str
    key: str
    label: str
    type: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class CustomFieldRow:
    id: int
    platform_id: str
    associated_type_name: str
    key: str
    label: str
    type: str
    multiple: bool
    position: int
    choices: tuple[str, ...]
    version: int

    def form(self) -> CustomFieldForm:
        return CustomFieldForm(self.associated_type_name, self.key, self.label, self.type, self.choices)


class CustomFieldService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        owner = query.filters.get("associated_type_name")
        if owner:
            stmt = stmt.where(CustomField.associated_type_name == owner)
        if query.search.strip():
            text = like_pattern(query.search)  # "_" and "%" are searched for, not wildcards
            stmt = stmt.where(
                func.lower(CustomField.label).like(text, escape="\\")
                | CustomField.key.like(text, escape="\\")
            )
        return stmt

    def count_custom_fields(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_CUSTOM_FIELDS, Permission.READ_IDENTITY)
            return int(uow.session.scalar(self._filtered(select(func.count(CustomField.id)), query)) or 0)

    def list_custom_fields(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[CustomFieldRow]:
        """By type then position (the order agents see)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_CUSTOM_FIELDS, Permission.READ_IDENTITY)
            columns = {"key": CustomField.key, "label": CustomField.label, "type": CustomField.type}
            first = columns.get(query.sort or "", CustomField.position)
            stmt = self._filtered(select(CustomField), query).order_by(
                CustomField.associated_type_name,
                first.desc() if query.descending else first,
                CustomField.id,
            )
            return [_row(f) for f in uow.session.scalars(stmt.offset(offset).limit(limit))]

    def type_change_impact(
        self, field_id: int, new_type: str, choices: Sequence[str] = ()
    ) -> TypeChangeImpact:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CUSTOM_FIELDS)
            return stored_impact(uow.session, load_field(uow.session, field_id), new_type, tuple(choices))

    def create_custom_field(self, form: CustomFieldForm) -> CustomFieldRow:
        return run_operation(self.ctx, create_custom_field, form)

    def update_custom_field(
        self,
        field_id: int,
        form: CustomFieldForm,
        *,
        version: int | None = None,
        convert: bool = False,
        progress: Progress = QUIET,
    ) -> CustomFieldRow:
        """`progress` reports a conversion of many stored values and may stop it (all rolled back)."""
        return run_operation(
            self.ctx, update_custom_field, field_id, form, version=version, convert=convert, progress=progress
        )

    def move_custom_field(self, field_id: int, position: int) -> CustomFieldRow:
        return run_operation(self.ctx, move_custom_field, field_id, position)

    def delete_custom_field(self, field_id: int) -> int:
        """Returns how many stored values went with it."""
        return run_operation(self.ctx, delete_custom_field, field_id)


# ---- operations ----------------------------------------------------------------------------------
def create_custom_field(uow: UnitOfWork, form: CustomFieldForm) -> CustomFieldRow:
    uow.require(Permission.MANAGE_CUSTOM_FIELDS)
    session = uow.session
    form = _valid(session, form)
    last = session.scalar(
        select(func.max(CustomField.position)).where(
            CustomField.associated_type_name == form.associated_type_name
        )
    )
    custom = CustomField(
        associated_type_name=form.associated_type_name,
        key=form.key,
        label=form.label,
        type=form.type,
        multiple=form.type == "multiple_choice",
        position=(last + 1) if last is not None else 0,
        choices=list(form.choices),
    )
    session.add(custom)
    session.flush()
    uow.record(
        "custom_field.created",
        object_type="custom_field",
        object_id=custom.platform_id,
        changes=field_diff({}, _values(form)),
    )
    return _row(custom)


def update_custom_field(
    uow: UnitOfWork,
    field_id: int,
    form: CustomFieldForm,
    *,
    version: int | None = None,
    convert: bool = False,
    progress: Progress = QUIET,
) -> CustomFieldRow:
    uow.require(Permission.MANAGE_CUSTOM_FIELDS)
    session = uow.session
    custom = load_field(session, field_id)
    before = _values(_row(custom).form())
    uow.ensure_version(custom, version, object_type="custom_field", theirs=before, mine=_values(form))
    if form.associated_type_name != custom.associated_type_name:
        raise ValidationError("associated_type_name", OWNER_FIXED())
    form = _valid(session, form, exclude_id=custom.id)
    converted = 0
    if form.type != custom.type or tuple(form.choices) != tuple(custom.choices or ()):
        impact = stored_impact(session, custom, form.type, form.choices)
        if impact.not_convertible:
            raise ValidationError(
                "type",
                NOT_CONVERTIBLE(
                    count=impact.not_convertible, type=form.type, values=", ".join(impact.examples)
                ),
            )
        if impact.values and not convert:
            raise ConversionNeeded(CONVERSION_NEEDED(count=impact.values, type=form.type), impact.values)
        converted = rewrite_values(
            session, custom, lambda v: convert_value(v, form.type, form.choices), progress=progress
        )
    if form.key != custom.key:
        old_key, new_key = custom.key, form.key
        rewrite_values(session, custom, lambda v: v, rename=(old_key, new_key))
    custom.key, custom.label, custom.type = form.key, form.label, form.type
    custom.multiple, custom.choices = form.type == "multiple_choice", list(form.choices)
    changes = field_diff(before, _values(form))
    if changes:
        uow.record(
            "custom_field.updated",
            object_type="custom_field",
            object_id=custom.platform_id,
            changes=changes,
            details={"values_converted": converted} if converted else None,
        )
    session.flush()
    return _row(custom)


def move_custom_field(uow: UnitOfWork, field_id: int, position: int) -> CustomFieldRow:
    """Drag to reorder: the field goes to `position` among its type's fields; the others close up."""
    uow.require(Permission.MANAGE_CUSTOM_FIELDS)
    session = uow.session
    custom = load_field(session, field_id)
    siblings = list(
        session.scalars(
            select(CustomField)
            .where(CustomField.associated_type_name == custom.associated_type_name)
            .order_by(CustomField.position, CustomField.id)
        )
    )
    before = custom.position
    siblings.remove(custom)
    at = max(0, min(int(position) if isinstance(position, int) else 0, len(siblings)))
    siblings.insert(at, custom)
    for index, sibling in enumerate(siblings):
        if sibling.position != index:
            sibling.position = index
    if custom.position != before:
        uow.record(
            "custom_field.updated",
            object_type="custom_field",
            object_id=custom.platform_id,
            changes={"position": {"from": before, "to": custom.position}},
        )
    session.flush()
    return _row(custom)


def delete_custom_field(uow: UnitOfWork, field_id: int) -> int:
    uow.require(Permission.MANAGE_CUSTOM_FIELDS)
    session = uow.session
    custom = load_field(session, field_id)
    removed = rewrite_values(session, custom, lambda v: None)
    uow.record(
        "custom_field.destroyed",
        object_type="custom_field",
        object_id=custom.platform_id,
        changes=field_diff(_values(_row(custom).form()), {}),
        details={"values_removed": removed},
    )
    session.delete(custom)
    session.flush()
    return removed


# ---- helpers ---------------------------------------------------------------------------------------
def load_field(session: Session, field_id: int) -> CustomField:
    custom = session.get(CustomField, field_id) if is_id(field_id) else None
    if custom is None:
        raise NotFound(FIELD_GONE())
    return custom


def _valid(session: Session, form: CustomFieldForm, exclude_id: int | None = None) -> CustomFieldForm:
    errors = FieldErrors()
    if form.associated_type_name not in CUSTOM_FIELD_OWNERS:
        errors.add("associated_type_name", OWNER_UNKNOWN())
    key = form.key.strip() if isinstance(form.key, str) else ""
    if not KEY_RE.match(key):
        errors.add("key", KEY_INVALID())
    label = errors.required("label", form.label, LABEL_LABEL)
    if form.type not in CUSTOM_FIELD_TYPES:
        errors.add("type", TYPE_UNKNOWN(type=str(form.type)[:40]))
    choices: tuple[str, ...] = ()
    if form.type in ("single_choice", "multiple_choice"):
        choices = tuple(nfc(" ".join(str(c).split())) for c in form.choices)
        folded = [c.casefold() for c in choices]
        if not choices:
            errors.add("choices", CHOICES_NEEDED())
        elif any(not c or unstorable(c) or len(c) > 120 for c in choices) or len(set(folded)) != len(folded):
            errors.add("choices", CHOICES_BAD())
    if "key" not in errors.errors and "associated_type_name" not in errors.errors:
        clash = session.scalar(
            select(CustomField.id).where(
                CustomField.associated_type_name == form.associated_type_name, CustomField.key == key
            )
        )
        if clash is not None and clash != exclude_id:
            errors.add("key", KEY_TAKEN(key=key))
    errors.raise_if_any()
    return CustomFieldForm(form.associated_type_name, key, label, form.type, choices)


def _values(form: CustomFieldForm) -> dict[str, Any]:
    return {
        "associated_type_name": form.associated_type_name,
        "key": form.key,
        "label": form.label,
        "type": form.type,
        "choices": list(form.choices),
    }


def _row(custom: CustomField) -> CustomFieldRow:
    return CustomFieldRow(
        custom.id,
        custom.platform_id,
        custom.associated_type_name,
        custom.key,
        custom.label,
        custom.type,
        custom.multiple,
        custom.position,
        tuple(custom.choices or ()),
        custom.version,
    )
