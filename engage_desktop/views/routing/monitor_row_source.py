"""Rows read whole (a monitor snapshot, a simulation report) served to the shared list panel: search,
sort and paging in memory, on the panel's worker thread.

The panel asks for a count, then for a page, one after the other on the same worker; the rows read
for the count are kept for that page (per thread) so a live snapshot is read once per refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from engage_desktop.services.core.listing import ListQuery, search_fold


class MemoryRows:
    """`count` and `fetch` for a ListPanel over `read()`; `text(row)` is what the search looks in."""

    def __init__(self, read: Callable[[], Sequence[Any]], text: Callable[[Any], str]) -> None:
        self._read = read
        self._text = text
        self._kept = threading.local()

    def count(self, query: ListQuery) -> int:
        rows = self._select(query)
        self._kept.rows = (query, rows)
        return len(rows)

    def fetch(self, query: ListQuery, offset: int, limit: int) -> list[Any]:
        kept = getattr(self._kept, "rows", None)
        self._kept.rows = None
        rows = kept[1] if kept is not None and kept[0] == query else self._select(query)
        return list(rows[offset : offset + limit])

    def _select(self, query: ListQuery) -> list[Any]:
        rows = list(self._read())
        if query.search:
            needle = search_fold(query.search)
            rows = [r for r in rows if needle in search_fold(self._text(r))]
        for key, value in query.filters.items():
            rows = [r for r in rows if getattr(r, key, None) == value]
        if query.sort:
            key = query.sort
            rows.sort(key=lambda r: _sortable(getattr(r, key, None)), reverse=query.descending)
        return rows


def _sortable(value: Any) -> tuple[int, Any]:
    """None last; text without case; numbers as numbers."""
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    if isinstance(value, (tuple, list)):
        return (0, len(value))
    return (0, value)
