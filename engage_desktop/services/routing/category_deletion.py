"""Deleting a category that has children or is in use: the user chooses, it happens in one unit of work.

Children go to the deleted category's parent, to another category, or with it (the branch). Every
mention of a deleted category (users' skills, sources' default categories, routing channels'
auto-complete categories, and what `EXTRA_REFERENCES` adds: rules, topologies) is removed. One
journal event per object touched: `category.destroyed` per deleted category, `category.updated`
per moved child, `user.updated` / `content_source.updated` / `channel.updated` … per object whose
mention was removed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from engage_desktop.models.base import utcnow
from engage_desktop.models.channels import CATEGORY_LINK_DEFAULT, ContentSource, ContentSourceCategory
from engage_desktop.models.routing import Category, RoutingChannel, RoutingChannelAutoCompleteCategory
from engage_desktop.models.user_profile import UserCategory
from engage_desktop.models.users import User
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ErrorCode, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.routing.categories import (
    category_names,
    descendant_ids,
    load_category,
    lock_tree,
    name_taken,
    sibling_named,
    snapshot,
    usage_counts,
)
from engage_desktop.services.routing.category_references import CategoryReference, extra_references

CHOICE_NEEDED = ErrorCode(
    "category.children_choice_needed",
    QCoreApplication.translate(
        "Errors",
        "“{name}” has %n subcategory(ies): choose whether they move up, move elsewhere or are deleted.",
        None,
        0,
    ),
    plural="count",
)
IN_USE = ErrorCode(
    "category.in_use",
    QT_TRANSLATE_NOOP("Errors", "“{name}” is in use; confirm that its references are removed with it."),
)
TARGET_INSIDE = ErrorCode(
    "category.target_inside",
    QT_TRANSLATE_NOOP("Errors", "The subcategories cannot move into the branch being deleted."),
)
TARGET_REQUIRED = ErrorCode(
    "category.target_required", QT_TRANSLATE_NOOP("Errors", "Choose the category the subcategories move to.")
)


class ChildrenChoice(StrEnum):
    TO_PARENT = "to_parent"
    TO_CATEGORY = "to_category"
    DELETE_BRANCH = "delete_branch"


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting a category touches, so the view asks only what it must."""

    category_id: int
    name: str
    child_count: int
    branch_size: int  # descendants, all levels
    usage: dict[str, int] = field(default_factory=dict)  # the category alone
    branch_usage: dict[str, int] = field(default_factory=dict)  # with its descendants

    @property
    def needs_children_choice(self) -> bool:
        return self.child_count > 0


class CategoryDeletionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def deletion_impact(self, category_id: int) -> DeletionImpact:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            category = load_category(uow.session, category_id)
            branch = descendant_ids(uow.session, category.id)
            children = uow.session.scalar(
                select(func.count(Category.id)).where(Category.parent_id == category.id)
            )
            usage = usage_counts(uow.session, [category.id, *branch])
            return DeletionImpact(
                category.id,
                category.name,
                int(children or 0),
                len(branch),
                usage.get(category.id, {}),
                _summed(usage.values()),
            )

    def delete_category(
        self,
        category_id: int,
        children: ChildrenChoice | None = None,
        *,
        target_id: int | None = None,
        remove_references: bool = False,
        version: int | None = None,
    ) -> None:
        run_operation(
            self.ctx,
            delete_category,
            category_id,
            children,
            target_id=target_id,
            remove_references=remove_references,
            version=version,
        )


def delete_category(
    uow: UnitOfWork,
    category_id: int,
    children: ChildrenChoice | None = None,
    *,
    target_id: int | None = None,
    remove_references: bool = False,
    version: int | None = None,
) -> None:
    uow.require(Permission.MANAGE_CATEGORIES)
    session = uow.session
    lock_tree(session)
    category = load_category(session, category_id)
    before = snapshot(session, category)
    uow.ensure_version(category, version, object_type="category", theirs=before, mine=before)
    kids = list(
        session.scalars(select(Category).where(Category.parent_id == category.id).order_by(Category.id))
    )
    if kids and children is None:
        raise Conflict(CHOICE_NEEDED(name=category.name, count=len(kids)))
    branch = descendant_ids(session, category.id)
    doomed = [category.id, *branch] if kids and children is ChildrenChoice.DELETE_BRANCH else [category.id]
    uses = _summed(usage_counts(session, doomed).values())
    if uses and not remove_references:
        raise Conflict(IN_USE(name=category.name))
    if kids and children is not ChildrenChoice.DELETE_BRANCH:
        _move_children(uow, category, kids, branch, children, target_id)
    for reference in all_references():
        reference.remove(uow, doomed)
    # Deepest first: a parent row goes only once nothing points to it.
    for cid in reversed(doomed):
        _destroy(uow, load_category(session, cid))


def _move_children(
    uow: UnitOfWork,
    category: Category,
    kids: list[Category],
    branch: list[int],
    choice: ChildrenChoice | None,
    target_id: int | None,
) -> None:
    session = uow.session
    if choice is ChildrenChoice.TO_CATEGORY:
        if target_id is None:
            raise ValidationError("target_id", TARGET_REQUIRED())
        target = load_category(session, target_id)
        if target.id == category.id or target.id in branch:
            raise ValidationError("target_id", TARGET_INSIDE())
        new_parent: Category | None = target
    else:
        new_parent = session.get(Category, category.parent_id) if category.parent_id else None
    new_parent_id = new_parent.id if new_parent else None
    for kid in kids:
        if sibling_named(session, new_parent_id, kid.name, exclude_id=kid.id) is not None:
            raise Conflict(name_taken(kid.name, new_parent))
    for kid in kids:
        kid.parent_id = new_parent_id
        session.flush()
        uow.record(
            "category.updated",
            object_type="category",
            object_id=kid.platform_id,
            changes={"parent": {"from": category.name, "to": new_parent.name if new_parent else None}},
        )


def _destroy(uow: UnitOfWork, category: Category) -> None:
    session = uow.session
    gone = field_diff(snapshot(session, category), {})
    platform_id = category.platform_id
    session.delete(category)
    session.flush()
    uow.record("category.destroyed", object_type="category", object_id=platform_id, changes=gone)


def _summed(usages: Collection[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for usage in usages:
        for key, n in usage.items():
            total[key] = total.get(key, 0) + n
    return total


# ---- the built-in references ---------------------------------------------------------------------------
def _counter(link_category: Any, link_owner: Any) -> Any:
    def count(session: Session, category_ids: Collection[int]) -> dict[int, int]:
        stmt = (
            select(link_category, func.count(func.distinct(link_owner)))
            .where(link_category.in_(sorted(category_ids)))
            .group_by(link_category)
        )
        return {cid: int(n) for cid, n in session.execute(stmt)}

    return count


def _owners(
    session: Session, link_category: Any, link_owner: Any, category_ids: Collection[int]
) -> dict[int, set[int]]:
    """{owner id: its category ids among these}."""
    found: dict[int, set[int]] = {}
    stmt = select(link_owner, link_category).where(link_category.in_(sorted(category_ids)))
    for owner, cid in session.execute(stmt):
        found.setdefault(owner, set()).add(cid)
    return found


def _remove_from_users(uow: UnitOfWork, category_ids: Collection[int]) -> None:
    session = uow.session
    owners = _owners(session, UserCategory.category_id, UserCategory.user_id, category_ids)
    names = category_names(session, category_ids)
    session.execute(delete(UserCategory).where(UserCategory.category_id.in_(sorted(category_ids))))
    for user_id, cids in sorted(owners.items()):
        user = session.get(User, user_id)
        if user is None:
            continue
        user.updated_at = utcnow()  # skills are the user's children: the version moves too
        uow.record(
            "user.updated",
            object_type="user",
            object_id=user.platform_id,
            changes={"categories": {"added": [], "removed": sorted(names[c] for c in cids)}},
        )


def _remove_from_sources(uow: UnitOfWork, category_ids: Collection[int]) -> None:
    session = uow.session
    names = category_names(session, category_ids)
    stmt = select(
        ContentSourceCategory.source_id, ContentSourceCategory.kind, ContentSourceCategory.category_id
    )
    removed: dict[int, dict[str, set[str]]] = {}
    for source_id, kind, cid in session.execute(
        stmt.where(ContentSourceCategory.category_id.in_(sorted(category_ids)))
    ):
        key = "default_categories" if kind == CATEGORY_LINK_DEFAULT else "user_thread_default_categories"
        removed.setdefault(source_id, {}).setdefault(key, set()).add(names[cid])
    session.execute(
        delete(ContentSourceCategory).where(ContentSourceCategory.category_id.in_(sorted(category_ids)))
    )
    for source_id, by_kind in sorted(removed.items()):
        source = session.get(ContentSource, source_id)
        if source is None:
            continue
        session.refresh(source, ["category_links"])
        source.updated_at = utcnow()
        uow.record(
            "content_source.updated",
            object_type="content_source",
            object_id=source.platform_id,
            changes={key: {"added": [], "removed": sorted(v)} for key, v in sorted(by_kind.items())},
        )


def _remove_from_channels(uow: UnitOfWork, category_ids: Collection[int]) -> None:
    session = uow.session
    link = RoutingChannelAutoCompleteCategory
    owners = _owners(session, link.category_id, link.channel_id, category_ids)
    names = category_names(session, category_ids)
    session.execute(delete(link).where(link.category_id.in_(sorted(category_ids))))
    for channel_id, cids in sorted(owners.items()):
        channel = session.get(RoutingChannel, channel_id)
        if channel is None:
            continue
        session.refresh(channel, ["auto_complete_links"])
        channel.updated_at = utcnow()
        uow.record(
            "channel.updated",
            object_type="channel",
            object_id=channel.platform_id,
            changes={"auto_complete_categories": {"added": [], "removed": sorted(names[c] for c in cids)}},
        )


BUILT_IN_REFERENCES = (
    CategoryReference("users", _counter(UserCategory.category_id, UserCategory.user_id), _remove_from_users),
    CategoryReference(
        "sources",
        _counter(ContentSourceCategory.category_id, ContentSourceCategory.source_id),
        _remove_from_sources,
    ),
    CategoryReference(
        "channels",
        _counter(
            RoutingChannelAutoCompleteCategory.category_id, RoutingChannelAutoCompleteCategory.channel_id
        ),
        _remove_from_channels,
    ),
)


def all_references() -> list[CategoryReference]:
    return [*BUILT_IN_REFERENCES, *extra_references()]
