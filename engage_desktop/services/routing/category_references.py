"""What else names a category, so the Categories page can count its uses and a deletion can remove them.

Each `CategoryReference` counts, per category, the objects naming it and removes those mentions
inside the deleting unit of work, journaling one event per object it touches. Users (skills),
sources (default categories) and routing channels (auto-complete categories) are built in
(categories.py); other sections add theirs to `EXTRA_REFERENCES` as "module:attribute" (imported
only when a count or a deletion needs them), e.g. the rules engine and the topologies.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from engage_desktop.services.core.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CategoryReference:
    key: str  # the usage column: "users", "sources", "channels", "rules", "topologies"…
    # {category id: number of objects naming it}, for the ids given
    count: Callable[[Session, Collection[int]], dict[int, int]]
    # Drop every mention of these categories; one journal event per object changed.
    remove: Callable[[UnitOfWork, Collection[int]], None]


# "module:attribute" of a CategoryReference each, e.g. "engage_desktop.services.routing.rules:CATEGORY_REFERENCE".
EXTRA_REFERENCES: tuple[str, ...] = (
    "engage_desktop.services.routing.category_mentions:TOPOLOGY_CATEGORIES",
    "engage_desktop.services.routing.category_mentions:RULE_CATEGORIES",
)


def extra_references() -> list[CategoryReference]:
    found = []
    for spec in EXTRA_REFERENCES:
        module, _, attribute = spec.partition(":")
        found.append(getattr(importlib.import_module(module), attribute))
    return found
