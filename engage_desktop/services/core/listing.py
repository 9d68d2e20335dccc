"""What a list panel asks of a service: search text, column filters, sort, and a page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


def like_pattern(text: str) -> str:
    """A case-insensitive contains pattern with LIKE wildcards escaped (escape char '\\')."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fold(text: str) -> str:
    """The comparison key for 'unique, case-insensitive after trimming'."""
    return " ".join(text.split()).casefold()
