"""Categories: the tree (listing, search keeping ancestors), create, edit, move — no cycle, sibling
names unique ignoring case and accents.

Changes are operations (`create_category(uow, …)`, `update_category`, `move_category`) that bulk
work (the CSV import) composes in one unit of work; deletion lives in category_deletion.py and the
CSV in category_csv.py. `CategoryService` is the thin entry point the views call.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.base import utcnow
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.routing import CATEGORY_COLOURS, Category, CategorySource
from engage_desktop.models.text_keys import search_fold
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.records import is_id

CATEGORY_GONE = ErrorCode(
    "category.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This category no longer exists (it may have been deleted on another workstation)."
    ),
)
PARENT_GONE = ErrorCode(
    "category.parent_not_found", QT_TRANSLATE_NOOP("Errors", "The parent category no longer exists.")
)
NAME_TAKEN_AT_ROOT = ErrorCode(
    "category.name_taken_at_root",
    QT_TRANSLATE_NOOP("Errors", "A top-level category named “{name}” already exists."),
)
NAME_TAKEN_UNDER = ErrorCode(
    "category.name_taken_under",
    QT_TRANSLATE_NOOP("Errors", "“{parent}” already has a category named “{name}”."),
)
NAME_HAS_SEPARATOR = ErrorCode(
    "category.name_separator",
    QT_TRANSLATE_NOOP("Errors", "A category name cannot contain “/” (it separates the levels of a path)."),
)
CYCLE = ErrorCode(
    "category.cycle",
    QT_TRANSLATE_NOOP("Errors", "“{name}” cannot go under “{parent}”: that category is inside it."),
)
COLOUR_OUT_OF_RANGE = ErrorCode(
    "category.colour_range", QT_TRANSLATE_NOOP("Errors", "The colour must be one of the 12 of the palette.")
)
SOURCES_GONE = ErrorCode(
    "category.sources_gone", QT_TRANSLATE_NOOP("Errors", "Some of these channels no longer exist.")
)
NAME_LABEL = QT_TRANSLATE_NOOP("Errors", "Name")
PATH_SEPARATOR = "/"


@dataclass(frozen=True)
class CategoryForm:
    name: str
    parent_id: int | None = None
    color: int = 0
    mandatory: bool = False
    multiple: bool = False
    unselectable: bool = False
    post_qualification: bool = False
    source_ids: tuple[int, ...] = ()  # where it applies; empty = every source


@dataclass(frozen=True)
class CategoryNode:
    """One category as the tree shows it; `usage` counts the objects naming it, by kind."""

    id: int
    platform_id: str
    parent_id: int | None
    name: str
    path: tuple[str, ...]
    color: int
    mandatory: bool
    multiple: bool
    unselectable: bool
    post_qualification: bool
    source_ids: tuple[int, ...]
    version: int
    child_count: int = 0
    usage: dict[str, int] = field(default_factory=dict)
    matches: bool = True  # False: shown only as the ancestor of a match

    @property
    def path_text(self) -> str:
        return PATH_SEPARATOR.join(self.path)

    @property
    def depth(self) -> int:
        return len(self.path) - 1

    @property
    def used(self) -> bool:
        return any(self.usage.values())

    def form(self) -> CategoryForm:
        return CategoryForm(
            self.name,
            self.parent_id,
            self.color,
            self.mandatory,
            self.multiple,
            self.unselectable,
            self.post_qualification,
            self.source_ids,
        )


class CategoryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_tree(self, search: str = "") -> list[CategoryNode]:
        """The whole tree depth-first, siblings by name; with `search`, the categories whose name
        contains it (case and accents ignored) and their ancestors (`matches` False), so a tree
        view can show each match inside its open branch."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            return tree_nodes(uow.session, search, with_usage=True)

    def get_category(self, category_id: int) -> CategoryNode:
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            load_category(uow.session, category_id)
            return node_of(uow.session, category_id)

    def source_choices(self) -> list[tuple[int, str]]:
        """(id, name) of every source, for "where it applies"."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(Permission.MANAGE_CATEGORIES)
            stmt = select(ContentSource.id, ContentSource.name).order_by(ContentSource.name_key)
            return [(row.id, row.name) for row in uow.session.execute(stmt)]

    def create_category(self, form: CategoryForm) -> CategoryNode:
        return run_operation(self.ctx, create_category, form)

    def update_category(
        self, category_id: int, form: CategoryForm, *, version: int | None = None
    ) -> CategoryNode:
        """`version` is the one the editor loaded: a newer saved category raises `Conflict`."""
        return run_operation(self.ctx, update_category, category_id, form, version=version)

    def move_category(
        self, category_id: int, parent_id: int | None, *, version: int | None = None
    ) -> CategoryNode:
        return run_operation(self.ctx, move_category, category_id, parent_id, version=version)


# ---- operations ----------------------------------------------------------------------------------
def create_category(uow: UnitOfWork, form: CategoryForm) -> CategoryNode:
    uow.require(Permission.MANAGE_CATEGORIES)
    category = add_category(uow, valid_form(uow.session, form))
    return node_of(uow.session, category.id)


def add_category(uow: UnitOfWork, form: CategoryForm) -> Category:
    """Insert a validated form and journal it (the CSV import adds many, then reads the tree once)."""
    session = uow.session
    category = Category(
        name=form.name,
        parent_id=form.parent_id,
        color=form.color,
        mandatory=form.mandatory,
        multiple=form.multiple,
        unselectable=form.unselectable,
        post_qualification=form.post_qualification,
        source_links=[CategorySource(source_id=s) for s in sorted(set(form.source_ids))],
    )
    session.add(category)
    session.flush()
    uow.record(
        "category.created",
        object_type="category",
        object_id=category.platform_id,
        changes=field_diff({}, snapshot(session, category)),
    )
    return category


def update_category(
    uow: UnitOfWork, category_id: int, form: CategoryForm, *, version: int | None = None
) -> CategoryNode:
    uow.require(Permission.MANAGE_CATEGORIES)
    session = uow.session
    if form.parent_id != session.scalar(select(Category.parent_id).where(Category.id == category_id)):
        lock_tree(session)
    category = load_category(session, category_id)
    before = snapshot(session, category)
    uow.ensure_version(
        category, version, object_type="category", theirs=before, mine=form_values(session, form)
    )
    form = valid_form(session, form, category)
    category.name, category.parent_id, category.color = form.name, form.parent_id, form.color
    category.mandatory, category.multiple = form.mandatory, form.multiple
    category.unselectable, category.post_qualification = form.unselectable, form.post_qualification
    wanted = set(form.source_ids)
    if wanted != set(category.source_ids):
        category.source_links = [link for link in category.source_links if link.source_id in wanted] + [
            CategorySource(source_id=s) for s in sorted(wanted - set(category.source_ids))
        ]
    changes = field_diff(before, snapshot(session, category))
    if changes:
        category.updated_at = utcnow()  # its sources are children: a change of them moves the version too
        uow.record(
            "category.updated", object_type="category", object_id=category.platform_id, changes=changes
        )
    return node_of(session, category.id)


def move_category(
    uow: UnitOfWork, category_id: int, parent_id: int | None, *, version: int | None = None
) -> CategoryNode:
    """Re-parent (drag and drop): the other settings stay as saved."""
    uow.require(Permission.MANAGE_CATEGORIES)
    category = load_category(uow.session, category_id)
    form = replace(node_of(uow.session, category.id).form(), parent_id=parent_id)
    return update_category(uow, category_id, form, version=version)


# ---- rules -----------------------------------------------------------------------------------------
def valid_form(session: Session, form: CategoryForm, category: Category | None = None) -> CategoryForm:
    """Checks every field, raising them together; returns the form with its name cleaned."""
    errors = FieldErrors()
    name = errors.required("name", form.name, NAME_LABEL)
    if "name" not in errors.errors and PATH_SEPARATOR in name:
        errors.add("name", NAME_HAS_SEPARATOR())
    parent = None
    if form.parent_id is not None:
        parent = session.get(Category, form.parent_id) if is_id(form.parent_id) else None
        if parent is None:
            errors.add("parent_id", PARENT_GONE())
        elif category is not None and category.id in _ancestor_ids(session, parent.id, include_self=True):
            errors.add("parent_id", CYCLE(name=category.name, parent=parent.name))
    if (
        not isinstance(form.color, int)
        or isinstance(form.color, bool)
        or not 0 <= form.color < CATEGORY_COLOURS
    ):
        errors.add("color", COLOUR_OUT_OF_RANGE())
    sources = set(form.source_ids)
    if sources:
        known = set(session.scalars(select(ContentSource.id).where(ContentSource.id.in_(sorted(sources)))))
        if known != sources:
            errors.add("source_ids", SOURCES_GONE())
    if "name" not in errors.errors and "parent_id" not in errors.errors:
        clash = sibling_named(session, form.parent_id, name, exclude_id=category.id if category else None)
        if clash is not None:
            errors.add("name", name_taken(name, parent))
    errors.raise_if_any()
    return replace(form, name=name, source_ids=tuple(sorted(sources)))


def name_taken(name: str, parent: Category | None) -> Any:
    return NAME_TAKEN_UNDER(name=name, parent=parent.name) if parent else NAME_TAKEN_AT_ROOT(name=name)


def sibling_named(
    session: Session, parent_id: int | None, name: str, exclude_id: int | None = None
) -> Category | None:
    stmt = select(Category).where(
        Category.name_key == search_fold(name)[:120],
        Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id,
    )
    if exclude_id is not None:
        stmt = stmt.where(Category.id != exclude_id)
    return session.scalars(stmt).first()


def lock_tree(session: Session) -> None:
    """A move or a deletion reads the tree's shape, then changes it: two at once could each pass the
    cycle check and together make a cycle. On PostgreSQL every category row is locked first (in id
    order, so two lockers cannot deadlock); SQLite already lets one writer at a time."""
    session.execute(select(Category.id).order_by(Category.id).with_for_update()).all()


def _ancestor_ids(session: Session, category_id: int, include_self: bool = False) -> list[int]:
    """Up the branch one parent at a time (a primary-key lookup each, usually in the session
    already): checking a thousand categories must not read the whole tree a thousand times."""

    def parent_of(cid: int) -> int | None:
        category = session.get(Category, cid)
        return category.parent_id if category is not None else None

    found, current = [], category_id if include_self else parent_of(category_id)
    while current is not None and current not in found:
        found.append(current)
        current = parent_of(current)
    return found


def descendant_ids(session: Session, category_id: int) -> list[int]:
    """The category's branch below it, parents before children."""
    children: dict[int | None, list[int]] = {}
    for cid, parent in session.execute(select(Category.id, Category.parent_id).order_by(Category.id)):
        children.setdefault(parent, []).append(cid)
    found, pending = [], list(children.get(category_id, []))
    while pending:
        current = pending.pop(0)
        found.append(current)
        pending.extend(children.get(current, []))
    return found


def load_category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id) if is_id(category_id) else None
    if category is None:
        raise NotFound(CATEGORY_GONE())
    return category


def snapshot(session: Session, category: Category) -> dict[str, Any]:
    """The journaled values of a category (names, not ids)."""
    return form_values(session, form_of(category))


def form_of(category: Category) -> CategoryForm:
    return CategoryForm(
        category.name,
        category.parent_id,
        category.color,
        category.mandatory,
        category.multiple,
        category.unselectable,
        category.post_qualification,
        tuple(category.source_ids),
    )


def form_values(session: Session, form: CategoryForm) -> dict[str, Any]:
    """A form as the journal and a stale-edit conflict show it (names, not ids)."""
    parent = session.get(Category, form.parent_id) if is_id(form.parent_id) else None
    names = session.scalars(select(ContentSource.name).where(ContentSource.id.in_(list(form.source_ids))))
    return {
        "name": " ".join(form.name.split()) if isinstance(form.name, str) else form.name,
        "parent": parent.name if parent else None,
        "color": form.color,
        "mandatory": form.mandatory,
        "multiple": form.multiple,
        "unselectable": form.unselectable,
        "post_qualification": form.post_qualification,
        "sources": frozenset(names),
    }


# ---- the tree ----------------------------------------------------------------------------------------
def tree_nodes(session: Session, search: str = "", *, with_usage: bool = False) -> list[CategoryNode]:
    session.flush()
    categories = list(session.scalars(select(Category)))
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    for siblings in children.values():
        siblings.sort(key=lambda c: (c.name_key, c.id))
    usage = usage_counts(session, [c.id for c in categories]) if with_usage else {}
    nodes: list[CategoryNode] = []

    def walk(parent_id: int | None, path: tuple[str, ...]) -> None:
        for category in children.get(parent_id, []):
            here = (*path, category.name)
            nodes.append(
                _node(category, here, len(children.get(category.id, [])), usage.get(category.id, {}))
            )
            walk(category.id, here)

    walk(None, ())
    folded = search_fold(search)
    if not folded:
        return nodes
    matching = {n.id for n in nodes if folded in search_fold(n.name)}
    parents = {c.id: c.parent_id for c in categories}
    shown = set(matching)
    for cid in matching:
        current = parents.get(cid)
        while current is not None and current not in shown:
            shown.add(current)
            current = parents.get(current)
    return [replace(n, matches=n.id in matching) for n in nodes if n.id in shown]


def node_of(session: Session, category_id: int) -> CategoryNode:
    nodes = {n.id: n for n in tree_nodes(session, with_usage=True)}
    return nodes[category_id]


def _node(category: Category, path: tuple[str, ...], child_count: int, usage: dict[str, int]) -> CategoryNode:
    return CategoryNode(
        category.id,
        category.platform_id,
        category.parent_id,
        category.name,
        path,
        category.color,
        category.mandatory,
        category.multiple,
        category.unselectable,
        category.post_qualification,
        tuple(category.source_ids),
        category.version,
        child_count,
        usage,
    )


def usage_counts(session: Session, category_ids: Collection[int]) -> dict[int, dict[str, int]]:
    """{category id: {"users": n, "sources": n, "channels": n, "rules": n, …}} (zeros left out)."""
    from engage_desktop.services.routing.category_deletion import all_references

    counts: dict[int, dict[str, int]] = {}
    for reference in all_references():
        for cid, n in reference.count(session, category_ids).items():
            if n:
                counts.setdefault(cid, {})[reference.key] = n
    return counts


def category_names(session: Session, category_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(category_ids))
    return dict(session.execute(select(Category.id, Category.name).where(Category.id.in_(ids))).all())
