"""Which cached customer profiles the Digital section changed since the engine last looked.

The identity step keeps each known author's profile for the engine's run; an administrator may
tag a customer, edit its custom values or attributes, merge or unmerge identities, rename, merge or
delete a tag, rename or delete a custom field — here or on another workstation. Every such change
is journaled in its own transaction, so the journal says what changed: at most once per
`REFRESH_SECONDS` of the engine's clock, at its next interaction and inside that interaction's
transaction, the step asks for the watched events past the last sequence number it saw. That is
one seek per name on `ix_audit_events_name_seq` (name, seq), nothing in between. A profile's own
change names its group, so only that group's authors are read again; a tag or a custom field
touches any number of profiles, so they all are.

Journal sequence numbers are handed out under the head row's lock and written in the committing
transaction: an event visible here has every smaller number committed (or rolled back) before it,
so "past the last number seen" misses nothing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engage_desktop.services.routing.engine.customer import customer_key
from engage_desktop.services.routing.engine.raw_sql import RawSql

REFRESH_SECONDS = 1.0
# Journal name → the details keys naming the customer profiles it changed ("" is the object itself).
GROUP_CHANGES: dict[str, tuple[str, ...]] = {
    "identity_group.updated": ("",),  # attributes, tags, custom field values
    "identity.merged": ("identity_group",),  # the group it joined (an absorbed group is gone)
    "identity.unmerged": ("identity_group", "new_identity_group"),
}
# Changes to any number of profiles: every cached profile is read again.
EVERYONE_CHANGES = ("tag.updated", "tag.destroyed", "custom_field.updated", "custom_field.destroyed")
# Recorded by the Digital and Channels sections, but nothing a routing rule sees moves: a new tag
# or field is on nobody yet, and an identity's own contact fields are not its customer profile.
UNSEEN_CHANGES = ("tag.created", "custom_field.created", "identity.updated")
MAX_TARGETED = 200  # more events than this since the last look: read everyone again

CHANGES = (
    " UNION ALL ".join(
        f"SELECT seq, name, object_id, details FROM audit_events WHERE name = '{name}' AND seq > :seq"
        for name in (*GROUP_CHANGES, *EVERYONE_CHANGES)
    )
    + f" LIMIT {MAX_TARGETED + 1}"
)
HEAD = "SELECT seq FROM audit_head WHERE id = 1"
GROUP_AUTHORS = (
    "SELECT i.community_id, i.foreign_id FROM identity_groups g "
    "JOIN identities i ON i.identity_group_id = g.id WHERE g.platform_id = :platform_id"
)


@dataclass(frozen=True)
class Stale:
    """What to forget: every cached profile, or the authors in `keys`."""

    everyone: bool
    keys: frozenset[tuple[int, str]] = frozenset()


class ProfileChanges:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.seq: int | None = None  # the journal's last event reflected in every cached profile
        self.checked_at = float("-inf")

    def check(self, sql: RawSql, cached: bool) -> Stale | None:
        """What changed since the last look, when one is due and there is a cache to correct.
        The first call only notes where the journal stands (nothing is cached before it)."""
        if self.seq is None:
            self.seq = _head(sql)
            self.checked_at = self.clock()
            return None
        if not cached:
            return None
        now = self.clock()
        if self.checked_at <= now < self.checked_at + REFRESH_SECONDS:
            return None
        self.checked_at = now
        return self._since(sql)

    def _since(self, sql: RawSql) -> Stale | None:
        rows = _rows(sql, CHANGES, {"seq": self.seq})
        if not rows:
            return None
        if len(rows) > MAX_TARGETED or any(name in EVERYONE_CHANGES for _s, name, _o, _d in rows):
            # Everyone is read again after this: the head read now bounds what they will reflect.
            self.seq = max(_head(sql), *(int(r[0]) for r in rows))
            return Stale(everyone=True)
        groups: set[str] = set()
        for _seq, name, object_id, details in rows:
            decoded = _decoded(details)
            for key in GROUP_CHANGES[name]:
                value = object_id if not key else decoded.get(key)
                if value:
                    groups.add(str(value))
        keys = {
            customer_key(int(community_id), str(foreign_id))
            for platform_id in sorted(groups)
            for community_id, foreign_id in _rows(sql, GROUP_AUTHORS, {"platform_id": platform_id})
        }
        self.seq = max(int(r[0]) for r in rows)
        return Stale(everyone=False, keys=frozenset(keys))


def _head(sql: RawSql) -> int:
    row = sql.one(HEAD, {})
    return int(row[0]) if row is not None else 0


def _rows(sql: RawSql, statement: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    first = sql.one(statement, params)
    return [] if first is None else [first, *(tuple(r) for r in sql.cursor.fetchall())]


def _decoded(details: Any) -> dict[str, Any]:
    """JSON arrives as text on SQLite and decoded on PostgreSQL."""
    if isinstance(details, str | bytes):
        try:
            details = json.loads(details)
        except ValueError:
            return {}
    return details if isinstance(details, dict) else {}
