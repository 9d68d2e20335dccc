"""Where custom field values are stored and what a type change does to them: the profiles holding a
value of a field (read a batch at a time, so 1M profiles stay bounded), the impact of a new type,
and the rewrite of every value in the unit of work of the change."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engage_desktop.models.channels import IdentityGroup
from engage_desktop.models.digital import CUSTOM_FIELD_TYPES, CustomField
from engage_desktop.services.core.errors import DomainError, ErrorCode, ValidationError
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.digital.custom_field_values import NotConvertible, convert, shown

STOPPED = ErrorCode(
    "custom_field.conversion_stopped", QT_TRANSLATE_NOOP("Errors", "Stopped: no value was converted.")
)
TYPE_UNKNOWN = ErrorCode(
    "custom_field.type_unknown", QT_TRANSLATE_NOOP("Errors", "“{type}” is not a field type.")
)
SHOWN_BAD = 10
BATCH = 2000


@dataclass(frozen=True)
class TypeChangeImpact:
    values: int  # stored values of the field
    not_convertible: int
    examples: tuple[str, ...] = field(default=())  # the first values that do not convert


def convert_value(value: Any, to_type: str, choices: Sequence[str]) -> Any:
    return convert(value, to_type, choices)


def _holders(session: Session, custom: CustomField) -> Iterator[IdentityGroup]:
    """The groups holding a value of the field, a batch at a time (1M profiles stay bounded)."""
    if custom.associated_type_name != "IdentityGroup":
        return
    has = IdentityGroup.custom_field_values[custom.key].isnot(None)
    last = 0
    while True:
        batch = list(
            session.scalars(
                select(IdentityGroup)
                .where(has, IdentityGroup.id > last)
                .order_by(IdentityGroup.id)
                .limit(BATCH)
            )
        )
        if not batch:
            return
        yield from batch
        last = batch[-1].id


def stored_impact(
    session: Session, custom: CustomField, new_type: str, choices: tuple[str, ...]
) -> TypeChangeImpact:
    if new_type not in CUSTOM_FIELD_TYPES:
        raise ValidationError("type", TYPE_UNKNOWN(type=str(new_type)[:40]))
    values = bad = 0
    examples: list[str] = []
    for group in _holders(session, custom):
        value = (group.custom_field_values or {}).get(custom.key)
        if value is None:
            continue
        values += 1
        try:
            convert(value, new_type, choices)
        except NotConvertible:
            bad += 1
            text = shown(value)[:60]
            if len(examples) < SHOWN_BAD and text not in examples:
                examples.append(text)
    return TypeChangeImpact(values, bad, tuple(examples))


@dataclass(frozen=True)
class Progress:
    """How a long rewrite reports (done, total) and learns it should stop (it raises Stopped)."""

    report: Callable[[int, int], None] | None = None
    stop: Callable[[], bool] | None = None


QUIET = Progress()


class Stopped(DomainError):
    """The user stopped the rewrite: the unit of work rolls back, nothing changed."""


def rewrite_values(
    session: Session,
    custom: CustomField,
    change: Callable[[Any], Any],
    rename: tuple[str, str] | None = None,
    progress: Progress = QUIET,
) -> int:
    """Apply `change` to every stored value (None removes it); returns how many were touched."""
    touched = 0
    total = 0
    if progress.report is not None and custom.associated_type_name == "IdentityGroup":
        has = IdentityGroup.custom_field_values[custom.key].isnot(None)
        total = int(session.scalar(select(func.count(IdentityGroup.id)).where(has)) or 0)
    for group in _holders(session, custom):
        if touched % 500 == 0:
            if progress.stop is not None and progress.stop():
                raise Stopped(STOPPED())
            if progress.report is not None:
                progress.report(touched, total)
        values = dict(group.custom_field_values or {})
        if custom.key not in values:
            continue
        new = change(values.pop(custom.key))
        if new is not None:
            values[rename[1] if rename else custom.key] = new
        session.execute(
            update(IdentityGroup)
            .where(IdentityGroup.id == group.id)
            .values(custom_field_values=values, version=IdentityGroup.version + 1)
            .execution_options(synchronize_session=False)
        )
        touched += 1
    session.expire_all()
    return touched
