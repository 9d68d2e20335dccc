"""What a bundle's checks see once the import has written (`bundle_validation`): the unit of
work, our row ids of every platform id, and each object as it was before the import.

Nothing writes while the checks run, so what many records ask alike is answered once: the
tables the user checks read (`PreloadedLookups`), and the no-escalation verdict on a role,
the same for every user given it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from engage_desktop.models import Role
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.users.form_lookups import PreloadedLookups
from engage_desktop.services.users.lifecycle import refuse_role_escalation


@dataclass
class Written:
    """What the checks see: the unit of work, our row ids of every platform id, and each
    object as it was before the import (by platform id), for rules about what changed."""

    uow: UnitOfWork
    ids: dict[str, dict[str, int]]
    before: dict[str, dict[str, dict[str, Any]]]
    _user_lookups: PreloadedLookups | None = field(default=None, init=False)
    _escalation: dict[int, DomainError | None] = field(default_factory=dict, init=False)

    @property
    def session(self) -> Session:
        return self.uow.session

    @property
    def user_lookups(self) -> PreloadedLookups:
        if self._user_lookups is None:
            self._user_lookups = PreloadedLookups(self.session)
        return self._user_lookups

    def refuse_role_escalation(self, role: Role) -> None:
        if role.id not in self._escalation:
            try:
                refuse_role_escalation(self.uow, role)
                self._escalation[role.id] = None
            except DomainError as exc:
                self._escalation[role.id] = exc
        refused = self._escalation[role.id]
        if refused is not None:
            raise ValidationError("role_id", refused.message) from refused

    def one(self, endpoint: str, value: object) -> int | None:
        return None if value is None else self.ids[endpoint].get(str(value))

    def many(self, endpoint: str, values: Iterable[str]) -> tuple[int, ...]:
        known = self.ids[endpoint]
        return tuple(known[v] for v in values if v in known)
