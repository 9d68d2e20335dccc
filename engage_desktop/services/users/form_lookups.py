"""Where the user form's checks (`editing.clean_form`) read the database.

The rules live in `clean_form` alone; this module only answers its questions (is this folded
e-mail held by another user, which of these teams exist, …). An editor's save asks them one
query each (`FormLookups`). A bundle import checks up to 100,000 users against a database
that does not change while it checks: `PreloadedLookups` reads each table once and answers
every record from memory, with the same answers the queries would give.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from engage_desktop.models import Category, Role, Team, User, UserCapacity

KeyColumn = Literal["nickname_key", "email_key"]
Model = type[Team] | type[Category]


class FormLookups:
    """One query per question: what a single edit needs."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def key_taken(self, column: KeyColumn, key: str, exclude_id: int | None) -> bool:
        """Another user than `exclude_id` holds the folded nickname or e-mail `key`."""
        stmt = select(User.id).where(getattr(User, column) == key)
        if exclude_id is not None:
            stmt = stmt.where(User.id != exclude_id)
        return self.session.scalar(stmt.limit(1)) is not None

    def role(self, role_id: int) -> Role | None:
        return self.session.get(Role, role_id)

    def capacity(self, capacity_id: int) -> UserCapacity | None:
        return self.session.get(UserCapacity, capacity_id)

    def existing(self, model: Model, ids: list[int]) -> list[Any]:
        """The objects of `ids` that exist, in any order."""
        return list(self.session.scalars(select(model).where(model.id.in_(ids)))) if ids else []


class PreloadedLookups(FormLookups):
    """Every answer from tables read once (each on first use): for checking many forms in a
    row while nothing writes to the database. Teams are loaded without their members, which
    the checks do not read."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._holders: dict[KeyColumn, dict[str, list[int]]] = {}
        self._objects: dict[type[Any], dict[int, Any]] = {}

    def key_taken(self, column: KeyColumn, key: str, exclude_id: int | None) -> bool:
        if column not in self._holders:
            holders: dict[str, list[int]] = defaultdict(list)
            for user_id, value in self.session.execute(select(User.id, getattr(User, column))):
                holders[value].append(user_id)
            self._holders[column] = dict(holders)
        return any(user_id != exclude_id for user_id in self._holders[column].get(key, ()))

    def _all(self, model: type[Any]) -> dict[int, Any]:
        if model not in self._objects:
            stmt = select(model)
            if model is Team:
                stmt = stmt.options(lazyload(Team.members))
            self._objects[model] = {row.id: row for row in self.session.scalars(stmt)}
        return self._objects[model]

    def role(self, role_id: int) -> Role | None:
        found: Role | None = self._all(Role).get(role_id)
        return found

    def capacity(self, capacity_id: int) -> UserCapacity | None:
        found: UserCapacity | None = self._all(UserCapacity).get(capacity_id)
        return found

    def existing(self, model: Model, ids: list[int]) -> list[Any]:
        known = self._all(model)
        return [known[i] for i in ids if i in known]
