"""Helpers shared by the Digital section tests: customer profiles with identities, and the real
count of a tag's customers to compare with the maintained counter."""

from __future__ import annotations

from typing import Any

from channels_helpers import community, journal, user_with_role
from conftest import Signed
from sqlalchemy import func, select

from engage_desktop.models.channels import Identity
from engage_desktop.models.digital import IdentityGroupTag, Tag
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.digital.identity_groups import build_identity_group

__all__ = ["add_group", "community", "counters_match", "journal", "tag_counts", "user_with_role"]


def add_group(
    signed: Signed, community_id: int, *identities: dict[str, Any], **values: Any
) -> tuple[int, list[int]]:
    """A profile holding these identities (each a dict of identity fields); returns their ids."""
    with signed.db.session_factory() as session, session.begin():
        group = build_identity_group(**values)
        session.add(group)
        session.flush()
        made = [build_identity(community_id, identity_group_id=group.id, **row) for row in identities]
        session.add_all(made)
        session.flush()
        return group.id, [i.id for i in made]


def tag_counts(signed: Signed) -> dict[str, tuple[int, int]]:
    """{tag name: (maintained counter, real count)}."""
    with signed.db.session_factory() as session:
        real = dict(
            session.execute(
                select(IdentityGroupTag.tag_id, func.count()).group_by(IdentityGroupTag.tag_id)
            ).all()
        )
        return {t.name: (t.group_count, int(real.get(t.id, 0))) for t in session.scalars(select(Tag))}


def counters_match(signed: Signed) -> bool:
    return all(kept == real for kept, real in tag_counts(signed).values())


def group_of(signed: Signed, identity_id: int) -> int | None:
    with signed.db.session_factory() as session:
        return session.scalar(select(Identity.identity_group_id).where(Identity.id == identity_id))
