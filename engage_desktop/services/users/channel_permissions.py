"""A user's channel permissions (sources × read / reply / … / approval threshold) and the company
identities they reply as — and the problem the two together can hide: `reply` on a source without
an identity on its community means the agent could not actually reply there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from engage_desktop.models.channels import Community, ContentSource, Identity, IdentityUser
from engage_desktop.models.user_profile import UserSourcePermission
from engage_desktop.services.core.errors import ErrorCode
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.records import (
    APPROVAL_STEPS,
    PERMISSION_FLAGS,
    ReplyProblem,
    SourcePermissions,
    is_id,
)


def _has_identity_on_the_sources_community() -> Any:
    return (
        select(IdentityUser.user_id)
        .join(Identity, Identity.id == IdentityUser.identity_id)
        .where(
            IdentityUser.user_id == UserSourcePermission.user_id,
            Identity.community_id == ContentSource.community_id,
        )
        .exists()
    )


def users_with_reply_problems() -> Any:
    """A subquery of the user ids that hold `reply` on an active source and no identity on its community."""
    return (
        select(UserSourcePermission.user_id)
        .join(ContentSource, ContentSource.id == UserSourcePermission.source_id)
        .where(
            UserSourcePermission.reply.is_(True),
            ContentSource.active.is_(True),
            ~_has_identity_on_the_sources_community(),
        )
    )


def reply_problems(session: Session, user_ids: Sequence[int]) -> dict[int, tuple[ReplyProblem, ...]]:
    """For a page of users at once (one query, whatever the page size)."""
    if not user_ids:
        return {}
    rows = session.execute(
        select(UserSourcePermission.user_id, ContentSource.id, ContentSource.name, Community.name)
        .join(ContentSource, ContentSource.id == UserSourcePermission.source_id)
        .join(Community, Community.id == ContentSource.community_id)
        .where(
            UserSourcePermission.user_id.in_(list(user_ids)),
            UserSourcePermission.reply.is_(True),
            ContentSource.active.is_(True),
            ~_has_identity_on_the_sources_community(),
        )
        .order_by(UserSourcePermission.user_id, ContentSource.name_key)
    )
    found: dict[int, list[ReplyProblem]] = defaultdict(list)
    for user_id, source_id, source_name, community_name in rows:
        found[user_id].append(ReplyProblem(source_id, source_name, community_name))
    return {user_id: tuple(problems) for user_id, problems in found.items()}


def problems_of(
    permissions: Iterable[SourcePermissions],
    sources: dict[int, tuple[str, int, str, bool]],
    identity_communities: Iterable[int],
) -> tuple[ReplyProblem, ...]:
    """The same rule on values not saved yet (the editor's live warning).

    `sources` maps a source id to (name, community id, community name, active).
    """
    covered = set(identity_communities)
    problems = []
    for permission in permissions:
        source = sources.get(permission.source_id)
        if source is None or not permission.normalised().reply:
            continue
        name, community_id, community_name, active = source
        if active and community_id not in covered:
            problems.append(ReplyProblem(permission.source_id, name, community_name))
    return tuple(sorted(problems, key=lambda p: fold(p.source_name)))


PERMISSIONS_NOT_A_LIST = ErrorCode(
    "user.permissions.not_a_list", QT_TRANSLATE_NOOP("Errors", "Channel permissions must be a list.")
)
CHANNELS_GONE = ErrorCode(
    "user.permissions.channels_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these channels no longer exist; reload the editor."),
)
PERMISSIONS_ON_OR_OFF = ErrorCode(
    "user.permissions.on_or_off", QT_TRANSLATE_NOOP("Errors", "Channel permissions are on or off.")
)
APPROVAL_STEPS_ONLY = ErrorCode(
    "user.permissions.approval_steps",
    QT_TRANSLATE_NOOP("Errors", "The approval threshold is a share from 0% to 100% in steps of 10%."),
)
CHANNEL_TWICE = ErrorCode(
    "user.permissions.channel_twice",
    QT_TRANSLATE_NOOP("Errors", "A channel appears twice in the permissions."),
)
IDENTITIES_GONE = ErrorCode(
    "user.identities.gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these identities no longer exist; reload the editor."),
)
NOT_CONTROLLED = ErrorCode(
    "user.identities.not_controlled",
    QT_TRANSLATE_NOOP(
        "Errors", "Only company identities marked as controlled can be used by agents: {names}."
    ),
)


def clean_permissions(
    session: Session, errors: FieldErrors, wanted: object
) -> list[SourcePermissions] | None:
    """Normalised, non-empty entries; None (with a field error) when the matrix cannot be read."""
    field = "source_permissions"
    if not isinstance(wanted, list | tuple):
        errors.add(field, PERMISSIONS_NOT_A_LIST())
        return None
    result: dict[int, SourcePermissions] = {}
    for entry in wanted:
        if not isinstance(entry, SourcePermissions) or not is_id(entry.source_id):
            errors.add(field, CHANNELS_GONE())
            return None
        flags = [getattr(entry, name) for name in PERMISSION_FLAGS]
        if not all(isinstance(flag, bool) for flag in flags):
            errors.add(field, PERMISSIONS_ON_OR_OFF())
            return None
        threshold = entry.approval_threshold
        if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold not in APPROVAL_STEPS:
            errors.add(field, APPROVAL_STEPS_ONLY())
            return None
        if entry.source_id in result:
            errors.add(field, CHANNEL_TWICE())
            return None
        if not entry.is_empty():
            result[entry.source_id] = entry.normalised()
    if result:
        known = set(session.scalars(select(ContentSource.id).where(ContentSource.id.in_(list(result)))))
        if known != set(result):
            errors.add(field, CHANNELS_GONE())
            return None
    return [result[source_id] for source_id in sorted(result)]


def permissions_of(session: Session, user_id: int) -> list[SourcePermissions]:
    rows = session.scalars(
        select(UserSourcePermission)
        .where(UserSourcePermission.user_id == user_id)
        .order_by(UserSourcePermission.source_id)
    )
    return [
        SourcePermissions(
            row.source_id,
            row.read,
            row.reply,
            row.reply_with_html,
            row.initiate_discussion,
            row.destroy,
            row.approval_threshold,
        )
        for row in rows
    ]


def replace_permissions(session: Session, user_id: int, permissions: Iterable[SourcePermissions]) -> None:
    """Writes only when they differ: an unchanged save changes no row (and journals nothing)."""
    permissions = sorted(permissions, key=lambda e: e.source_id)
    if permissions == permissions_of(session, user_id):
        return
    session.execute(delete(UserSourcePermission).where(UserSourcePermission.user_id == user_id))
    for entry in permissions:
        session.add(
            UserSourcePermission(
                user_id=user_id,
                source_id=entry.source_id,
                **{name: getattr(entry, name) for name in PERMISSION_FLAGS},
                approval_threshold=entry.approval_threshold,
            )
        )


def permission_snapshot(session: Session, permissions: Iterable[SourcePermissions]) -> dict[str, str]:
    """Journal keys "permissions.<channel name>" with a readable summary of each channel's grant."""
    entries = list(permissions)
    names = dict(
        session.execute(
            select(ContentSource.id, ContentSource.name).where(
                ContentSource.id.in_([e.source_id for e in entries])
            )
        ).all()
    )
    return {f"permissions.{names.get(e.source_id, e.source_id)}": e.summary() for e in entries}


def clean_identities(
    session: Session, errors: FieldErrors, wanted: object, already: set[int]
) -> list[Identity]:
    """Only controlled identities (company identities) can be given to a user."""
    field = "identity_ids"
    if not isinstance(wanted, list | tuple) or not all(is_id(i) for i in wanted):
        errors.add(field, IDENTITIES_GONE())
        return []
    ids = list(dict.fromkeys(wanted))
    identities = list(session.scalars(select(Identity).where(Identity.id.in_(ids)))) if ids else []
    if len(identities) != len(ids):
        errors.add(field, IDENTITIES_GONE())
    not_controlled = sorted(i.display_name for i in identities if not i.controlled and i.id not in already)
    if not_controlled:
        errors.add(field, NOT_CONTROLLED(names=", ".join(not_controlled)))
    return identities


def identity_ids_of(session: Session, user_id: int) -> list[int]:
    return list(
        session.scalars(
            select(IdentityUser.identity_id)
            .where(IdentityUser.user_id == user_id)
            .order_by(IdentityUser.identity_id)
        )
    )


def replace_identities(session: Session, user_id: int, identity_ids: Iterable[int]) -> None:
    wanted = set(identity_ids)
    current = set(identity_ids_of(session, user_id))
    if current - wanted:
        session.execute(
            delete(IdentityUser).where(
                IdentityUser.user_id == user_id, IdentityUser.identity_id.in_(sorted(current - wanted))
            )
        )
    for identity_id in sorted(wanted - current):
        session.add(IdentityUser(identity_id=identity_id, user_id=user_id))


def identity_labels(session: Session, identity_ids: Iterable[int]) -> frozenset[str]:
    """ "Display name (community)" for the journal."""
    ids = list(identity_ids)
    if not ids:
        return frozenset()
    rows = session.execute(
        select(Identity.display_name, Community.name)
        .join(Community, Community.id == Identity.community_id)
        .where(Identity.id.in_(ids))
    )
    return frozenset(f"{name} ({community})" for name, community in rows)
