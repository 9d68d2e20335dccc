"""Pipeline step 1's identity: the author of an incoming message as an identity on the source's
community (matched on its network id, `foreign_id`), created with a new customer profile when
unknown, and read with its profile's tags, custom values and attributes for the rules.

Live only (the simulator takes known customers from the configuration). It runs inside the
engine's transaction, on the same connection, in plain SQL like the rest of the hot path: a known
author costs one indexed lookup the first time (plus its tags), nothing afterwards (cached for the
engine's run, until the Digital section changes it: profile_changes.py reads the journal for
that at most once a second). Creating is safe against a second writer: on PostgreSQL a
transaction-scoped advisory lock on (community, author) serialises the look-again-then-insert;
SQLite has one writer at a time. New identities are cached only once their transaction committed
(`settle`).
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from engage_desktop.models.base import new_platform_id
from engage_desktop.models.identities import IdentityGroup
from engage_desktop.services.channels.identities import identity_search_key
from engage_desktop.services.core.listing import fold
from engage_desktop.services.digital.identity_group_records import refresh_group_keys
from engage_desktop.services.routing.engine.customer import (
    PROFILE_ATTRIBUTES,
    CustomerProfile,
    build_profile,
    customer_key,
)
from engage_desktop.services.routing.engine.model import Transition, as_datetime
from engage_desktop.services.routing.engine.profile_changes import ProfileChanges, Stale
from engage_desktop.services.routing.engine.raw_sql import RawSql

ADVISORY_NAMESPACE = 0x1D3  # pg_advisory_xact_lock(namespace, key): this step's lock space
FIND = (
    "SELECT i.id, i.identity_group_id, g.firstname, g.lastname, g.company, g.gender, g.emails, "
    "g.mobile_phones, g.home_phones, g.custom_field_values FROM identities i "
    "LEFT JOIN identity_groups g ON g.id = i.identity_group_id "
    "WHERE i.community_id = :community_id AND i.foreign_id = :foreign_id ORDER BY i.id LIMIT 1"
)
TAGS = (
    "SELECT t.platform_id, t.name FROM identity_group_tags gt JOIN tags t ON t.id = gt.tag_id "
    "WHERE gt.identity_group_id = :group_id ORDER BY t.id"
)
COMMUNITIES = "SELECT id, community_id FROM content_sources"
LOCK = "SELECT pg_advisory_xact_lock(:namespace, :key)"
INSERT_GROUP = (
    "INSERT INTO identity_groups (platform_id, created_at, updated_at, version, firstname, lastname, "
    "company, gender, emails, home_phones, mobile_phones, notes, avatar_url, custom_field_values, "
    "merge_contributions, name_key, search_key) VALUES (:platform_id, :at, :at, 1, '', '', '', '', "
    ":empty_list, :empty_list, :empty_list, '', '', :empty_map, :empty_map, :name_key, :search_key) "
    "RETURNING id"
)
INSERT_IDENTITY = (
    "INSERT INTO identities (platform_id, created_at, updated_at, version, community_id, display_name, "
    "display_name_key, screenname, firstname, lastname, email, email_key, company, gender, mobile_phone, "
    "home_phone, avatar_url, foreign_id, uuid, identity_group_id, controlled, extra_values, search_key) "
    "VALUES (:platform_id, :at, :at, 1, :community_id, :author, :display_name_key, :author, '', '', '', "
    "'', '', '', '', '', '', :author, '', :group_id, :controlled, :empty_map, :search_key) RETURNING id"
)
MAX_CACHED = 200_000


class IdentityStep:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._communities: dict[int, int] = {}
        self._known: dict[tuple[int, str], CustomerProfile] = {}
        self._new: dict[tuple[int, str], CustomerProfile] = {}
        self._changes = ProfileChanges(clock)  # `clock`: the engine's, paces the journal look

    def resolve(
        self, sql: RawSql, source_id: int, author: str, at: float
    ) -> tuple[CustomerProfile | None, list[Transition]]:
        """The author's customer, and the journal events of what had to be created (none when known).
        No author, or a source the engine no longer knows: no customer."""
        if not author.strip():
            return None, []
        community_id = self._community(sql, source_id)
        if community_id is None:
            return None, []
        stale = self._changes.check(sql, bool(self._known))
        if stale is not None:
            self._drop(stale)
        key = customer_key(community_id, author)
        found = self._known.get(key)
        if found is not None:
            return found, []
        found = self._find(sql, community_id, author)
        events: list[Transition] = []
        if found is None:
            if sql.postgres:
                sql.one(LOCK, {"namespace": ADVISORY_NAMESPACE, "key": _lock_key(community_id, author)})
                found = self._find(sql, community_id, author)  # created meanwhile by another writer
            if found is None:
                found, events = _create(sql, community_id, author, at)
                self._new[key] = found
                return found, events
        self._remember(key, found)
        return found, events

    def settle(self, committed: bool) -> None:
        """After the transaction: keep what it created, or forget it (rolled back, never existed)."""
        if committed:
            for key, profile in self._new.items():
                self._remember(key, profile)
        self._new.clear()

    def forget(self) -> None:
        """Profiles may have changed (the engine reloads): read them again."""
        self._known.clear()
        self._communities.clear()

    def _drop(self, stale: Stale) -> None:
        if stale.everyone:
            self._known.clear()
            return
        for key in stale.keys:
            self._known.pop(key, None)

    def _remember(self, key: tuple[int, str], profile: CustomerProfile) -> None:
        if len(self._known) >= MAX_CACHED:
            self._known.clear()
        self._known[key] = profile

    def _community(self, sql: RawSql, source_id: int) -> int | None:
        if source_id not in self._communities:
            self._communities.clear()
            self._communities.update((int(s), int(c)) for s, c in _rows(sql, COMMUNITIES, {}))
        return self._communities.get(source_id)

    @staticmethod
    def _find(sql: RawSql, community_id: int, author: str) -> CustomerProfile | None:
        row = sql.one(FIND, {"community_id": community_id, "foreign_id": author})
        if row is None:
            return None
        identity_id, group_id = int(row[0]), row[1]
        if group_id is None:
            return CustomerProfile(identity_id)
        tags = [(str(p or ""), str(n or "")) for p, n in _rows(sql, TAGS, {"group_id": group_id})]
        values = (*row[2:6], *(_decoded(v) for v in row[6:9]))
        attributes = dict(zip(PROFILE_ATTRIBUTES, values, strict=True))
        return build_profile(identity_id, int(group_id), tags, _decoded(row[9]) or {}, attributes)


def _create(
    sql: RawSql, community_id: int, author: str, at: float
) -> tuple[CustomerProfile, list[Transition]]:
    when = sql.when(as_datetime(at))
    name_key, group_search_key = _empty_group_keys()
    group_pid = new_platform_id()
    empty_list, empty_map = sql.json([]), sql.json({})
    row = sql.one(
        INSERT_GROUP,
        {
            "platform_id": group_pid,
            "at": when,
            "empty_list": empty_list,
            "empty_map": empty_map,
            "name_key": name_key,
            "search_key": group_search_key,
        },
    )
    assert row is not None
    group_id = int(row[0])
    identity_pid = new_platform_id()
    row = sql.one(
        INSERT_IDENTITY,
        {
            "platform_id": identity_pid,
            "at": when,
            "community_id": community_id,
            "author": author,
            "display_name_key": fold(author)[:255],
            "group_id": group_id,
            "controlled": False,
            "empty_map": empty_map,
            "search_key": identity_search_key(
                {"display_name": author, "screenname": author, "foreign_id": author}
            ),
        },
    )
    assert row is not None
    identity_id = int(row[0])
    events = [
        Transition(
            "identity_group.created", at, details={"platform_id": group_pid, "identity_group_id": group_id}
        ),
        Transition(
            "identity.created",
            at,
            details={
                "platform_id": identity_pid,
                "identity_id": identity_id,
                "community_id": community_id,
                "foreign_id": author,
                "identity_group_id": group_id,
            },
        ),
    ]
    return build_profile(identity_id, group_id, [], {}, {}), events


def _rows(sql: RawSql, statement: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    first = sql.one(statement, params)
    return [] if first is None else [first, *(tuple(r) for r in sql.cursor.fetchall())]


@lru_cache(maxsize=1)
def _empty_group_keys() -> tuple[str, str]:
    """The sort and search keys of a new, empty customer profile (as the Digital section makes them)."""
    group = IdentityGroup(firstname="", lastname="", company="", emails=[], mobile_phones=[], home_phones=[])
    refresh_group_keys(group)
    return group.name_key, group.search_key


def _lock_key(community_id: int, author: str) -> int:
    """A signed 32-bit key (pg_advisory_xact_lock's two-int form) from the community and author."""
    value = zlib.crc32(f"{community_id}\x1f{author}".encode("utf-8", "surrogatepass"))
    return value - (1 << 32) if value >= 1 << 31 else value


def _decoded(value: Any) -> Any:
    """JSON columns arrive as text on SQLite and decoded on PostgreSQL."""
    if isinstance(value, str | bytes):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
