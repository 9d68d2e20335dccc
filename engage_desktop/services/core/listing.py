"""What a list panel asks of a service: search text, column filters, sort, and a page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, column, literal_column, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from engage_desktop.models.text_keys import fold as fold  # re-exported: services import it from here
from engage_desktop.models.text_keys import search_fold as search_fold


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False

    def __post_init__(self) -> None:
        # Typed or pasted text may hold what no database stores (NUL, a lone surrogate): such a
        # character matches nothing, so it searches as U+FFFD instead of failing in the driver.
        if isinstance(self.search, str) and UNSTORABLE.search(self.search):
            object.__setattr__(self, "search", UNSTORABLE.sub("\ufffd", self.search))


UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def like_pattern(text: str) -> str:
    """A case-insensitive contains pattern with LIKE wildcards escaped (escape char '\\')."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Trigram indexes (SQLite FTS5 trigram, PostgreSQL pg_trgm) need three characters to look up.
TRIGRAM = 3


class FoldedSearch(ColumnElement[bool]):
    """A LIKE on a folded key, written as an FTS5 lookup when compiled for SQLite (see below)."""

    inherit_cache = False  # compiled per dialect from the two forms it holds
    type = Boolean()

    def __init__(self, like: ColumnElement[bool], fts: ColumnElement[bool] | None) -> None:
        self.like_form, self.fts_form = like, fts

    def self_group(self, against: Any = None) -> ColumnElement[bool]:
        return self  # already a condition: no "= 1" after it in WHERE (SQLite would not use the index)


@compiles(FoldedSearch)
def _folded_search_like(element: FoldedSearch, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.like_form, **kw))


@compiles(FoldedSearch, "sqlite")
def _folded_search_fts(element: FoldedSearch, compiler: Any, **kw: Any) -> str:
    return str(
        compiler.process(element.fts_form if element.fts_form is not None else element.like_form, **kw)
    )


def folded_search(key: Any, row_id: Any, search_table: str | None, text: str) -> ColumnElement[bool]:
    """Rows whose folded search key contains the folded text, through an index.

    `key` holds `search_fold` of the searched fields: PostgreSQL finds a LIKE on it with its
    pg_trgm GIN index; SQLite looks the text up in `search_table`, an FTS5 trigram table over the
    same column whose rowid is `row_id`. Texts under three characters have no trigram: they scan
    the key's B-tree index (SQLite) or the table (PostgreSQL), both narrow enough at 100k rows.
    """
    folded = search_fold(text)
    like = key.like(like_pattern(folded), escape="\\")
    fts = None
    if search_table is not None and len(folded) >= TRIGRAM:
        phrase = '"' + folded.replace('"', '""') + '"'
        fts = row_id.in_(
            select(column("rowid"))
            .select_from(table(search_table))
            .where(literal_column(search_table).op("MATCH")(phrase))
        )
    return FoldedSearch(like, fts)


# How far a one- or two-letter search looks down the list's own order for its page (see below).
PROBE_ROWS = 5000


def is_short_search(text: str) -> bool:
    return 0 < len(search_fold(text)) < TRIGRAM


def page_from_first_rows(
    session: Session,
    unsearched: Select[Any],
    sort_columns: Sequence[Any],
    row_id: Any,
    key: Any,
    query: ListQuery,
    offset: int,
    limit: int,
) -> list[int] | None:
    """The page's ids for a one- or two-letter search, which no trigram index serves, taken from
    the first PROBE_ROWS rows in the list's order (`unsearched`: the list's query without its search
    and without columns; the sort index makes those rows cheap). A letter or two matches many
    rows, so the first rows usually hold a page of matches, and the first matches are the page.
    None when they hold fewer (a rare letter): the caller scans for the matches and sorts them."""
    wanted = offset + limit
    if wanted > PROBE_ROWS:
        return None
    columns = [*sort_columns, row_id]
    window = (
        unsearched.add_columns(*(c.label(f"k{i}") for i, c in enumerate(columns)), key.label("search_key"))
        .order_by(*(c.desc() if query.descending else c for c in columns))
        .limit(PROBE_ROWS)
        .subquery()
    )
    keys = [window.c[f"k{i}"] for i in range(len(columns))]
    ids = session.scalars(
        select(keys[-1])
        .where(window.c.search_key.like(like_pattern(search_fold(query.search)), escape="\\"))
        .order_by(*(c.desc() if query.descending else c for c in keys))
        .limit(wanted)
    ).all()
    return list(ids[offset:]) if len(ids) == wanted else None
