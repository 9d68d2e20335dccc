"""Folders (smart folders): a tree of saved searches in the platform's search syntax, each shown to
the roles, teams and users it names (none named: to everyone).

Visibility: a folder with no restriction is everyone's; otherwise a user sees it when their role is
in its roles, or they belong to one of its teams, or they are one of its users — and they see its
parent. The query is checked by `search_query.parse_query` (the bad span is reported for the
editor to underline) and every `tag:` must name an existing tag.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import Role, Team, TeamMember, User
from engage_desktop.models.digital import Folder, Tag
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import fold
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id
from engage_desktop.services.digital.folder_count import FolderCount, count_matching
from engage_desktop.services.digital.search_query import ParsedQuery, QuerySyntaxError, parse_query

FOLDER_GONE = ErrorCode("folder.not_found", QT_TRANSLATE_NOOP("Errors", "This folder no longer exists."))
FOLDER_PARENT_GONE = ErrorCode(
    "folder.parent_not_found", QT_TRANSLATE_NOOP("Errors", "The parent folder no longer exists.")
)
FOLDER_CYCLE = ErrorCode(
    "folder.cycle",
    QT_TRANSLATE_NOOP("Errors", "“{name}” cannot go inside “{parent}”: that folder is inside it."),
)
FOLDER_TAG_UNKNOWN = ErrorCode(
    "folder.tag_unknown", QT_TRANSLATE_NOOP("Errors", "There is no tag named “{name}” (position {start}).")
)
FOLDER_RESTRICTION_GONE = ErrorCode(
    "folder.restriction_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these roles, teams or users no longer exist."),
)
LABEL = QT_TRANSLATE_NOOP("Errors", "Label")
RESTRICTIONS: dict[str, Any] = {"role_ids": Role.id, "team_ids": Team.id, "user_ids": User.id}


@dataclass(frozen=True)
class FolderForm:
    label: str
    query: str = ""
    parent_id: int | None = None
    render_threads_count: bool = True
    role_ids: tuple[int, ...] = ()
    team_ids: tuple[int, ...] = ()
    user_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class FolderNode:
    id: int
    platform_id: str
    parent_id: int | None
    label: str
    position: int
    query: str
    render_threads_count: bool
    role_ids: tuple[int, ...]
    team_ids: tuple[int, ...]
    user_ids: tuple[int, ...]
    depth: int
    version: int

    @property
    def restricted(self) -> bool:
        return bool(self.role_ids or self.team_ids or self.user_ids)

    def form(self) -> FolderForm:
        return FolderForm(
            self.label,
            self.query,
            self.parent_id,
            self.render_threads_count,
            self.role_ids,
            self.team_ids,
            self.user_ids,
        )


class FolderService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_tree(self) -> list[FolderNode]:
        """Depth-first, siblings by position."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_FOLDERS)
            return tree(uow.session)

    def folders_visible_to(self, user_id: int) -> list[FolderNode]:
        """The tree as that user's inbox shows it (restrictions applied, parents first)."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_FOLDERS)
            return visible_to(uow.session, user_id)

    def get_folder(self, folder_id: int) -> FolderNode:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_FOLDERS)
            load_folder(uow.session, folder_id)
            return {n.id: n for n in tree(uow.session)}[folder_id]

    def count_query(self, query: str) -> FolderCount:
        """The live count of the editor; QuerySyntaxError (with the span) for an invalid query."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_FOLDERS)
            return count_matching(uow.session, checked_query(uow.session, query))

    def restriction_choices(self) -> dict[str, list[tuple[int, str]]]:
        """{"role_ids": [(id, label)], "team_ids": …, "user_ids": …} for the restriction pickers."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_FOLDERS)
            s = uow.session
            return {
                "role_ids": [
                    (r.id, r.label) for r in s.execute(select(Role.id, Role.label).order_by(Role.label))
                ],
                "team_ids": [
                    (t.id, t.name) for t in s.execute(select(Team.id, Team.name).order_by(Team.name_key))
                ],
                "user_ids": [
                    (u.id, u.nickname)
                    for u in s.execute(select(User.id, User.nickname).order_by(User.nickname_key).limit(2000))
                ],
            }

    def create_folder(self, form: FolderForm) -> FolderNode:
        return run_operation(self.ctx, create_folder, form)

    def update_folder(self, folder_id: int, form: FolderForm, *, version: int | None = None) -> FolderNode:
        return run_operation(self.ctx, update_folder, folder_id, form, version=version)

    def move_folder(self, folder_id: int, parent_id: int | None, position: int) -> FolderNode:
        return run_operation(self.ctx, move_folder, folder_id, parent_id, position)

    def delete_folder(self, folder_id: int) -> int:
        """Deletes the folder and the folders inside it; returns how many went."""
        return run_operation(self.ctx, delete_folder, folder_id)


# ---- operations ----------------------------------------------------------------------------------
def create_folder(uow: UnitOfWork, form: FolderForm) -> FolderNode:
    uow.require(Permission.MANAGE_FOLDERS)
    session = uow.session
    form = _valid(session, form)
    folder = Folder(
        label=form.label,
        parent_id=form.parent_id,
        position=_next_position(session, form.parent_id),
        query=form.query,
        render_threads_count=bool(form.render_threads_count),
        role_ids=list(form.role_ids),
        team_ids=list(form.team_ids),
        user_ids=list(form.user_ids),
    )
    session.add(folder)
    session.flush()
    uow.record(
        "folder.created",
        object_type="folder",
        object_id=folder.platform_id,
        changes=field_diff({}, _values(form)),
    )
    return _node_of(session, folder.id)


def update_folder(
    uow: UnitOfWork, folder_id: int, form: FolderForm, *, version: int | None = None
) -> FolderNode:
    uow.require(Permission.MANAGE_FOLDERS)
    session = uow.session
    folder = load_folder(session, folder_id)
    before = _values(_form_of(folder))
    uow.ensure_version(folder, version, object_type="folder", theirs=before, mine=_values(form))
    form = _valid(session, form, folder)
    if form.parent_id != folder.parent_id:
        folder.position = _next_position(session, form.parent_id)
    folder.label, folder.parent_id, folder.query = form.label, form.parent_id, form.query
    folder.render_threads_count = bool(form.render_threads_count)
    folder.role_ids, folder.team_ids, folder.user_ids = (
        list(form.role_ids),
        list(form.team_ids),
        list(form.user_ids),
    )
    changes = field_diff(before, _values(form))
    if changes:
        uow.record("folder.updated", object_type="folder", object_id=folder.platform_id, changes=changes)
    session.flush()
    return _node_of(session, folder.id)


def move_folder(uow: UnitOfWork, folder_id: int, parent_id: int | None, position: int) -> FolderNode:
    """Drag and drop: under `parent_id`, at `position` among its children."""
    uow.require(Permission.MANAGE_FOLDERS)
    session = uow.session
    folder = load_folder(session, folder_id)
    before = {"parent_id": folder.parent_id, "position": folder.position}
    _valid(session, replace(_form_of(folder), parent_id=parent_id), folder)
    siblings = [
        f
        for f in session.scalars(
            select(Folder).where(_parent_is(parent_id)).order_by(Folder.position, Folder.id)
        )
        if f.id != folder.id
    ]
    at = max(0, min(position if isinstance(position, int) else 0, len(siblings)))
    siblings.insert(at, folder)
    folder.parent_id = parent_id
    for index, sibling in enumerate(siblings):
        if sibling.position != index:
            sibling.position = index
    after = {"parent_id": folder.parent_id, "position": folder.position}
    if after != before:
        uow.record(
            "folder.updated",
            object_type="folder",
            object_id=folder.platform_id,
            changes=field_diff(before, after),
        )
    session.flush()
    return _node_of(session, folder.id)


def delete_folder(uow: UnitOfWork, folder_id: int) -> int:
    uow.require(Permission.MANAGE_FOLDERS)
    session = uow.session
    folder = load_folder(session, folder_id)
    branch = [folder.id, *_descendants(session, folder.id)]
    folders = {f.id: f for f in session.scalars(select(Folder).where(Folder.id.in_(branch)))}
    for fid in reversed(branch):  # children before their parent
        gone = folders[fid]
        uow.record(
            "folder.destroyed",
            object_type="folder",
            object_id=gone.platform_id,
            changes=field_diff(_values(_form_of(gone)), {}),
        )
        session.delete(gone)
        session.flush()
    return len(branch)


# ---- rules -----------------------------------------------------------------------------------------
def checked_query(session: Session, query: str) -> ParsedQuery:
    parsed = parse_query(query)
    tags = set(session.scalars(select(Tag.name_key)))
    for term in parsed.terms:
        if term.keyword == "tag" and fold(term.value)[:120] not in tags:
            raise QuerySyntaxError(
                FOLDER_TAG_UNKNOWN(name=term.value, start=term.value_start + 1),
                term.value_start,
                term.value_end,
            )
    return parsed


def _valid(session: Session, form: FolderForm, folder: Folder | None = None) -> FolderForm:
    errors = FieldErrors()
    label = errors.required("label", form.label, LABEL)
    query = form.query if isinstance(form.query, str) else ""
    try:
        checked_query(session, query)
    except QuerySyntaxError as exc:
        errors.add("query", exc.message)
        if len(errors.errors) == 1:
            raise
    if form.parent_id is not None:
        parent = session.get(Folder, form.parent_id) if is_id(form.parent_id) else None
        if parent is None:
            errors.add("parent_id", FOLDER_PARENT_GONE())
        elif folder is not None and (parent.id == folder.id or parent.id in _descendants(session, folder.id)):
            errors.add("parent_id", FOLDER_CYCLE(name=folder.label, parent=parent.label))
    chosen: dict[str, tuple[int, ...]] = {}
    for name, key in RESTRICTIONS.items():
        ids = tuple(sorted({i if is_id(i) else 0 for i in getattr(form, name)}))
        if ids:
            found = session.scalar(select(func.count(key)).where(key.in_(ids)))
            if found != len(ids):
                errors.add(name, FOLDER_RESTRICTION_GONE())
        chosen[name] = ids
    errors.raise_if_any()
    return replace(
        form,
        label=label,
        query=query.strip(),
        role_ids=chosen["role_ids"],
        team_ids=chosen["team_ids"],
        user_ids=chosen["user_ids"],
    )


def _parent_is(parent_id: int | None) -> Any:
    return Folder.parent_id.is_(None) if parent_id is None else Folder.parent_id == parent_id


def _next_position(session: Session, parent_id: int | None) -> int:
    last = session.scalar(select(func.max(Folder.position)).where(_parent_is(parent_id)))
    return (last + 1) if last is not None else 0


def _descendants(session: Session, folder_id: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for fid, parent in session.execute(select(Folder.id, Folder.parent_id).order_by(Folder.id)):
        children.setdefault(parent, []).append(fid)
    found, pending = [], list(children.get(folder_id, []))
    while pending:
        current = pending.pop(0)
        found.append(current)
        pending.extend(children.get(current, []))
    return found


def load_folder(session: Session, folder_id: int) -> Folder:
    folder = session.get(Folder, folder_id) if is_id(folder_id) else None
    if folder is None:
        raise NotFound(FOLDER_GONE())
    return folder


def tree(session: Session) -> list[FolderNode]:
    session.flush()
    folders = list(session.scalars(select(Folder).order_by(Folder.position, Folder.id)))
    children: dict[int | None, list[Folder]] = {}
    for folder in folders:
        children.setdefault(folder.parent_id, []).append(folder)
    nodes: list[FolderNode] = []

    # Depth-first with a stack of its own: a tree deeper than Python's recursion limit still lists.
    pending = [(f, 0) for f in reversed(children.get(None, []))]
    while pending:
        f, depth = pending.pop()
        nodes.append(
            FolderNode(
                f.id,
                f.platform_id,
                f.parent_id,
                f.label,
                f.position,
                f.query,
                f.render_threads_count,
                tuple(f.role_ids or ()),
                tuple(f.team_ids or ()),
                tuple(f.user_ids or ()),
                depth,
                f.version,
            )
        )
        pending.extend((child, depth + 1) for child in reversed(children.get(f.id, [])))
    return nodes


def visible_to(session: Session, user_id: int) -> list[FolderNode]:
    user = session.get(User, user_id) if is_id(user_id) else None
    if user is None:
        return []
    teams = set(session.scalars(select(TeamMember.team_id).where(TeamMember.user_id == user.id)))
    shown: set[int] = set()
    out = []
    for node in tree(session):
        if node.parent_id is not None and node.parent_id not in shown:
            continue
        allowed = not node.restricted or (
            user.role_id in node.role_ids or bool(teams & set(node.team_ids)) or user.id in node.user_ids
        )
        if allowed:
            shown.add(node.id)
            out.append(node)
    return out


def _node_of(session: Session, folder_id: int) -> FolderNode:
    return {n.id: n for n in tree(session)}[folder_id]


def _form_of(folder: Folder) -> FolderForm:
    return FolderForm(
        folder.label,
        folder.query,
        folder.parent_id,
        folder.render_threads_count,
        tuple(folder.role_ids or ()),
        tuple(folder.team_ids or ()),
        tuple(folder.user_ids or ()),
    )


def _values(form: FolderForm) -> dict[str, Any]:
    return {
        "label": form.label,
        "query": form.query,
        "parent_id": form.parent_id,
        "render_threads_count": form.render_threads_count,
        "role_ids": frozenset(form.role_ids),
        "team_ids": frozenset(form.team_ids),
        "user_ids": frozenset(form.user_ids),
    }
