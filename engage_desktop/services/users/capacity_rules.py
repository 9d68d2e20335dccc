"""Checks on an agent capacity: who may define one, its name, its per-channel limits and the users
it goes to.

`valid_user_ids` also checks the users picked for a team.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import User, UserCapacity
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.access.scope import is_team_scoped
from engage_desktop.services.core.errors import ErrorCode, PermissionDenied
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.records import is_id

# Far beyond any agent's workload, and well inside a 32-bit column.
MAX_CAPACITY = 9999

CHANNELS_NOT_A_LIST = ErrorCode(
    "capacity.channels_not_a_list",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Channels must be a list of entries, each with a channel_id, a default_capacity and a max_capacity.",
    ),
)
CHANNEL_ENTRY_INCOMPLETE = ErrorCode(
    "capacity.channel_entry_incomplete",
    QT_TRANSLATE_NOOP("Errors", "Each channel needs a channel_id, a default_capacity and a max_capacity."),
)
CHANNELS_UNKNOWN = ErrorCode(
    "capacity.channels_unknown", QT_TRANSLATE_NOOP("Errors", "Unknown routing channel(s): {channels}.")
)
CHANNEL_TWICE = ErrorCode(
    "capacity.channel_twice", QT_TRANSLATE_NOOP("Errors", "The routing channel {channel} is listed twice.")
)
LIMITS_NOT_WHOLE = ErrorCode(
    "capacity.limits_not_whole",
    QT_TRANSLATE_NOOP("Errors", "The default and the maximum must be whole numbers."),
)
DEFAULT_NEGATIVE = ErrorCode(
    "capacity.default_negative", QT_TRANSLATE_NOOP("Errors", "The default cannot be negative.")
)
DEFAULT_ABOVE_MAXIMUM = ErrorCode(
    "capacity.default_above_maximum",
    QT_TRANSLATE_NOOP("Errors", "The default ({default}) cannot be more than the maximum ({maximum})."),
)
MAXIMUM_TOO_HIGH = ErrorCode(
    "capacity.maximum_too_high", QT_TRANSLATE_NOOP("Errors", "The maximum cannot be more than {maximum}.")
)
CAPACITY_NAME_TAKEN = ErrorCode(
    "capacity.name_taken", QT_TRANSLATE_NOOP("Errors", "A capacity named “{name}” already exists.")
)
CAPACITY_DEFINED_ACROSS_TEAMS = ErrorCode(
    "capacity.defined_across_teams",
    QT_TRANSLATE_NOOP(
        "Errors", "Capacities apply across teams: a team leader can give them but not define them."
    ),
)
PICKED_USERS_NOT_A_LIST = ErrorCode(
    "picked_users.not_a_list", QT_TRANSLATE_NOOP("Errors", "Users are given as a list of their numeric ids.")
)
PICKED_USERS_NOT_NUMERIC = ErrorCode(
    "picked_users.not_numeric", QT_TRANSLATE_NOOP("Errors", "Users are given by their numeric ids.")
)
PICKED_USERS_GONE = ErrorCode(
    "picked_users.gone", QT_TRANSLATE_NOOP("Errors", "Some of these users no longer exist.")
)


@dataclass(frozen=True)
class ChannelLimit:
    """One routing channel's limits as the API spells them."""

    channel_id: int
    default_capacity: int
    max_capacity: int


def channel_field(channel_id: int) -> str:
    """The error key of one channel's limits (the editor shows it under that channel's row)."""
    return f"channels.{channel_id}"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_entry(item: Any) -> tuple[Any, Any, Any] | None:
    if isinstance(item, ChannelLimit):
        return item.channel_id, item.default_capacity, item.max_capacity
    if isinstance(item, Mapping) and {"channel_id", "default_capacity", "max_capacity"} <= set(item):
        return item["channel_id"], item["default_capacity"], item["max_capacity"]
    return None


def require_definer(uow: UnitOfWork) -> User:
    """Defining capacities needs `update_user` without the team-leader limit."""
    actor = uow.require(Permission.UPDATE_USER)
    if is_team_scoped(actor.role.permission_names):
        raise PermissionDenied(Permission.MANAGE_USERS_OF_MY_TEAMS.value, CAPACITY_DEFINED_ACROSS_TEAMS())
    return actor


def valid_capacity(
    session: Session,
    name: str,
    channels: Sequence[ChannelLimit | dict[str, Any]],
    user_ids: Iterable[int],
    exclude_id: int | None = None,
) -> tuple[str, list[ChannelLimit], set[int]]:
    errors = FieldErrors()
    name = errors.required("name", name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(UserCapacity.id).where(UserCapacity.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(UserCapacity.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", CAPACITY_NAME_TAKEN(name=name))
    limits = valid_channels(session, channels, errors)
    users = valid_user_ids(session, user_ids, "assign_user_ids", errors)
    errors.raise_if_any()
    return name, limits, users


def valid_channels(session: Session, channels: Sequence[Any], errors: FieldErrors) -> list[ChannelLimit]:
    """Known channels, each once, with whole numbers 0 ≤ default ≤ max ≤ MAX_CAPACITY."""
    if isinstance(channels, str | bytes | Mapping) or not isinstance(channels, Sequence):
        errors.add("channels", CHANNELS_NOT_A_LIST())
        return []
    limits: list[ChannelLimit] = []
    seen: set[int] = set()
    for item in channels:
        entry = _as_entry(item)
        if entry is None or not _is_int(entry[0]):
            errors.add("channels", CHANNEL_ENTRY_INCOMPLETE())
            continue
        channel_id, default, maximum = entry
        if not is_id(channel_id):
            errors.add("channels", CHANNELS_UNKNOWN(channels=[channel_id]))
            continue
        if channel_id in seen:
            errors.add("channels", CHANNEL_TWICE(channel=channel_id))
            continue
        seen.add(channel_id)
        field = channel_field(channel_id)
        if not _is_int(default) or not _is_int(maximum):
            errors.add(field, LIMITS_NOT_WHOLE())
        elif default < 0:
            errors.add(field, DEFAULT_NEGATIVE())
        elif default > maximum:
            errors.add(field, DEFAULT_ABOVE_MAXIMUM(default=default, maximum=maximum))
        elif maximum > MAX_CAPACITY:
            errors.add(field, MAXIMUM_TOO_HIGH(maximum=MAX_CAPACITY))
        else:
            limits.append(ChannelLimit(channel_id, default, maximum))
    if seen:
        known = set(session.scalars(select(RoutingChannel.id).where(RoutingChannel.id.in_(seen))))
        unknown = sorted(seen - known)
        if unknown:
            errors.add("channels", CHANNELS_UNKNOWN(channels=unknown))
    return sorted(limits, key=lambda limit: limit.channel_id)


def valid_user_ids(session: Session, values: Iterable[Any], field: str, errors: FieldErrors) -> set[int]:
    """Numeric ids of users that exist."""
    ids: set[int] = set()
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        errors.add(field, PICKED_USERS_NOT_A_LIST())
        return ids
    for value in values:
        if not _is_int(value):
            errors.add(field, PICKED_USERS_NOT_NUMERIC())
            return set()
        if not is_id(value):
            errors.add(field, PICKED_USERS_GONE())
            return set()
        ids.add(value)
    if ids:
        found = int(session.scalar(select(func.count(User.id)).where(User.id.in_(ids))) or 0)
        if found != len(ids):
            errors.add(field, PICKED_USERS_GONE())
    return ids
