"""Identity tags (French UI: repères d'identification): the list with the number of customers
carrying each, create, rename, merge, delete.

The number is `Tag.group_count`, kept by `tag_groups`/`untag_groups` in the same unit of work as
the tagging change (set-based SQL, so a merge or a delete at 1M customers is a few statements).
Folders name tags in their query: a rename or a merge rewrites them in the same unit of work, and
a tag that a folder still uses cannot be deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from engage_desktop.models.digital import Folder, IdentityGroupTag, Tag
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, ValidationError
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id
from engage_desktop.services.digital.search_query import MAX_QUERY, query_names_tag, rename_tag_in_query

TAG_GONE = ErrorCode(
    "tag.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This tag no longer exists (it may have been deleted on another workstation)."
    ),
)
TAG_NAME_TAKEN = ErrorCode(
    "tag.name_taken", QT_TRANSLATE_NOOP("Errors", "A tag named “{name}” already exists.")
)
TAG_MERGE_NOTHING = ErrorCode(
    "tag.merge_nothing", QT_TRANSLATE_NOOP("Errors", "Choose at least one other tag to merge into “{name}”.")
)
TAG_USED_BY_FOLDERS = ErrorCode(
    "tag.used_by_folders",
    QT_TRANSLATE_NOOP(
        "Errors", "“{name}” is a condition of these folders: {folders}. Change their query first."
    ),
)
TAG_FOLDER_QUERY_TOO_LONG = ErrorCode(
    "tag.folder_query_too_long",
    QT_TRANSLATE_NOOP(
        "Errors",
        "With this name the query of the folder “{folder}” would pass {max_length} characters; "
        "shorten that query first.",
    ),
)
NAME_LABEL = QT_TRANSLATE_NOOP("Errors", "Name")

SORTABLE: dict[str, Any] = {
    "name": Tag.name_key,
    "group_count": Tag.group_count,
    "updated_at": Tag.updated_at,
}


@dataclass(frozen=True)
class TagRow:
    id: int
    platform_id: str
    name: str
    group_count: int
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class TagDeletionImpact:
    name: str
    customers: int  # identity groups that lose the tag
    folders: tuple[str, ...]  # folders whose query names it (they block the deletion)


class TagService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(Tag.name_key.like(like_pattern(fold(query.search)), escape="\\"))
        return stmt

    def count_tags(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_TAGS, Permission.READ_IDENTITY)
            return int(uow.session.scalar(self._filtered(select(func.count(Tag.id)), query)) or 0)

    def list_tags(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[TagRow]:
        """A page of tags with their customer counts (read from the maintained counter)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_TAGS, Permission.READ_IDENTITY)
            key = SORTABLE.get(query.sort or "name", Tag.name_key)
            order = [key.desc(), Tag.id.desc()] if query.descending else [key.asc(), Tag.id.asc()]
            stmt = self._filtered(select(Tag), query).order_by(*order).offset(offset).limit(limit)
            return [_row(tag) for tag in uow.session.scalars(stmt)]

    def tag_choices(self) -> list[TagRow]:
        """Every tag by name (pickers; an account has hundreds, not millions)."""
        return self.list_tags(ListQuery(sort="name"), limit=10_000)

    def get_tag(self, tag_id: int) -> TagRow:
        with UnitOfWork(self.ctx) as uow:
            uow.require_any(Permission.MANAGE_TAGS, Permission.READ_IDENTITY)
            return _row(load_tag(uow.session, tag_id))

    def deletion_impact(self, tag_id: int) -> TagDeletionImpact:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_TAGS)
            tag = load_tag(uow.session, tag_id)
            return TagDeletionImpact(tag.name, tag.group_count, tuple(_folders_naming(uow.session, tag.name)))

    def create_tag(self, name: str) -> TagRow:
        return run_operation(self.ctx, create_tag, name)

    def update_tag(self, tag_id: int, name: str, *, version: int | None = None) -> TagRow:
        """Rename; folders naming the tag follow."""
        return run_operation(self.ctx, update_tag, tag_id, name, version=version)

    def merge_tags(self, source_ids: Sequence[int], target_id: int) -> TagRow:
        return run_operation(self.ctx, merge_tags, source_ids, target_id)

    def delete_tag(self, tag_id: int) -> int:
        """Returns how many customers lost the tag."""
        return run_operation(self.ctx, delete_tag, tag_id)


# ---- operations ----------------------------------------------------------------------------------
def create_tag(uow: UnitOfWork, name: str) -> TagRow:
    uow.require(Permission.MANAGE_TAGS)
    cleaned = _valid_name(uow.session, name)
    tag = Tag(name=cleaned, name_key=fold(cleaned)[:120], group_count=0)
    uow.session.add(tag)
    uow.session.flush()
    uow.record(
        "tag.created",
        object_type="tag",
        object_id=tag.platform_id,
        changes={"name": {"from": None, "to": cleaned}},
    )
    return _row(tag)


def update_tag(uow: UnitOfWork, tag_id: int, name: str, *, version: int | None = None) -> TagRow:
    uow.require(Permission.MANAGE_TAGS)
    tag = load_tag(uow.session, tag_id)
    uow.ensure_version(tag, version, object_type="tag", theirs={"name": tag.name}, mine={"name": name})
    cleaned = _valid_name(uow.session, name, exclude_id=tag.id)
    old = tag.name
    if cleaned != old:
        tag.name, tag.name_key = cleaned, fold(cleaned)[:120]
        folders = _rewrite_folders(uow, old, cleaned)
        uow.record(
            "tag.updated",
            object_type="tag",
            object_id=tag.platform_id,
            changes={"name": {"from": old, "to": cleaned}},
            details={"folders_rewritten": folders} if folders else None,
        )
        uow.session.flush()
    return _row(tag)


def merge_tags(uow: UnitOfWork, source_ids: Sequence[int], target_id: int) -> TagRow:
    """Every customer carrying a source tag carries the target; the sources go (`tag.destroyed`
    each, then `tag.updated` on the target with how many customers it gained)."""
    uow.require(Permission.MANAGE_TAGS)
    session = uow.session
    target = load_tag(session, target_id)
    sources = [load_tag(session, s) for s in dict.fromkeys(source_ids) if s != target_id]
    if not sources:
        raise ValidationError("source_ids", TAG_MERGE_NOTHING(name=target.name))
    before = target.group_count
    for source in sources:
        carriers = select(IdentityGroupTag.identity_group_id).where(IdentityGroupTag.tag_id == source.id)
        tag_groups(session, target.id, carriers)
        _rewrite_folders(uow, source.name, target.name, "source_ids")
        session.execute(delete(IdentityGroupTag).where(IdentityGroupTag.tag_id == source.id))
        uow.record(
            "tag.destroyed",
            object_type="tag",
            object_id=source.platform_id,
            changes={"name": {"from": source.name, "to": None}},
            details={"merged_into": target.name, "customers": source.group_count},
        )
        session.delete(source)
    session.flush()
    session.refresh(target)
    uow.record(
        "tag.updated",
        object_type="tag",
        object_id=target.platform_id,
        changes={"group_count": {"from": before, "to": target.group_count}},
        details={"merged": [s.name for s in sources]},
    )
    return _row(target)


def delete_tag(uow: UnitOfWork, tag_id: int) -> int:
    uow.require(Permission.MANAGE_TAGS)
    session = uow.session
    tag = load_tag(session, tag_id)
    folders = _folders_naming(session, tag.name)
    if folders:
        raise ValidationError("tag", TAG_USED_BY_FOLDERS(name=tag.name, folders=", ".join(folders)))
    lost = int(
        session.scalar(
            select(func.count()).select_from(IdentityGroupTag).where(IdentityGroupTag.tag_id == tag.id)
        )
        or 0
    )
    session.execute(delete(IdentityGroupTag).where(IdentityGroupTag.tag_id == tag.id))
    uow.record(
        "tag.destroyed",
        object_type="tag",
        object_id=tag.platform_id,
        changes={"name": {"from": tag.name, "to": None}},
        details={"customers": lost},
    )
    session.delete(tag)
    session.flush()
    return lost


# ---- the counter -----------------------------------------------------------------------------------
def tag_groups(session: Session, tag_id: int, group_ids: Iterable[int] | Select[Any]) -> int:
    """Put the tag on these groups (a list of ids or a SELECT of them); the ones already carrying it
    are left alone. Returns how many gained it; the tag's counter moves by as much."""
    already = select(IdentityGroupTag.identity_group_id).where(IdentityGroupTag.tag_id == tag_id)
    if not isinstance(group_ids, Select):
        ids = sorted(set(group_ids))
        if not ids:
            return 0
        held = set(session.scalars(already.where(IdentityGroupTag.identity_group_id.in_(ids))))
        new = [g for g in ids if g not in held]
        if new:
            session.execute(
                insert(IdentityGroupTag), [{"identity_group_id": g, "tag_id": tag_id} for g in new]
            )
        added = len(new)
    else:
        candidates = group_ids.where(group_ids.selected_columns[0].not_in(already))
        added = int(session.scalar(select(func.count()).select_from(candidates.subquery())) or 0)
        if added:
            session.execute(
                insert(IdentityGroupTag).from_select(
                    ["identity_group_id", "tag_id"], candidates.add_columns(literal(tag_id))
                )
            )
    if added:
        session.execute(update(Tag).where(Tag.id == tag_id).values(group_count=Tag.group_count + added))
    return added


def untag_groups(session: Session, tag_id: int, group_ids: Iterable[int]) -> int:
    ids = sorted(set(group_ids))
    if not ids:
        return 0
    removed = session.execute(
        delete(IdentityGroupTag).where(
            IdentityGroupTag.tag_id == tag_id, IdentityGroupTag.identity_group_id.in_(ids)
        )
    )
    n = int(getattr(removed, "rowcount", 0) or 0)
    if n:
        session.execute(update(Tag).where(Tag.id == tag_id).values(group_count=Tag.group_count - n))
    return n


# ---- helpers ---------------------------------------------------------------------------------------
def load_tag(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id) if is_id(tag_id) else None
    if tag is None:
        raise NotFound(TAG_GONE())
    return tag


def tags_named(session: Session, names: Iterable[str]) -> dict[str, Tag]:
    """{fold(name): tag} for the names that exist."""
    keys = sorted({fold(n)[:120] for n in names})
    return {t.name_key: t for t in session.scalars(select(Tag).where(Tag.name_key.in_(keys)))}


def _valid_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    errors = FieldErrors()
    cleaned = errors.required("name", name, NAME_LABEL, max_length=120)
    errors.raise_if_any()
    clash = session.scalar(select(Tag.id).where(Tag.name_key == fold(cleaned)[:120]))
    if clash is not None and clash != exclude_id:
        raise ValidationError("name", TAG_NAME_TAKEN(name=cleaned))
    return cleaned


def _folders_naming(session: Session, name: str) -> list[str]:
    rows = session.execute(select(Folder.label, Folder.query).where(func.lower(Folder.query).like("%tag:%")))
    return sorted(label for label, query in rows if query_names_tag(query, name))


def _rewrite_folders(uow: UnitOfWork, old: str, new: str, field: str = "name") -> list[str]:
    """Refused (the unit of work rolls back) when a rewritten query would no longer parse."""
    rewritten = []
    for folder in uow.session.scalars(select(Folder).where(func.lower(Folder.query).like("%tag:%"))):
        query = rename_tag_in_query(folder.query, old, new)
        if query != folder.query and len(query) > MAX_QUERY:
            raise ValidationError(field, TAG_FOLDER_QUERY_TOO_LONG(folder=folder.label, max_length=MAX_QUERY))
        if query != folder.query:
            uow.record(
                "folder.updated",
                object_type="folder",
                object_id=folder.platform_id,
                changes={"query": {"from": folder.query, "to": query}},
            )
            folder.query = query
            rewritten.append(folder.label)
    return rewritten


def _row(tag: Tag) -> TagRow:
    return TagRow(tag.id, tag.platform_id, tag.name, tag.group_count, tag.version, tag.updated_at)
