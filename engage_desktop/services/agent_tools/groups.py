"""Reply-assistant groups: named, ordered (drag to reorder), with an autocomplete flag and their
member entries (an entry is in at most one group). Same permission and extension as the entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import ReplyAssistantEntry, ReplyAssistantGroup
from engage_desktop.models.base import utcnow
from engage_desktop.models.text_keys import fold
from engage_desktop.services.agent_tools.entries import require_reply_assistant
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id

GROUP_EVENT = "reply_assistant_group"
GROUP_GONE = ErrorCode(
    "reply_assistant_group.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This group no longer exists (it may have been deleted on another workstation)."
    ),
)
GROUP_NAME_TAKEN = ErrorCode(
    "reply_assistant_group.name_taken", QT_TRANSLATE_NOOP("Errors", "A group named “{name}” already exists.")
)
ENTRIES_GONE = ErrorCode(
    "reply_assistant_group.entries_gone",
    QT_TRANSLATE_NOOP("Errors", "Some of these entries no longer exist."),
)


@dataclass(frozen=True)
class GroupForm:
    name: str
    autocomplete: bool = True
    entry_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class GroupRow:
    id: int
    platform_id: str
    name: str
    position: int
    autocomplete: bool
    entry_count: int
    version: int


@dataclass(frozen=True)
class GroupDetail:
    id: int
    name: str
    autocomplete: bool
    entry_ids: tuple[int, ...]
    version: int

    def form(self) -> GroupForm:
        return GroupForm(self.name, self.autocomplete, self.entry_ids)


class ReplyAssistantGroupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count_groups(self, query: ListQuery) -> int:
        return len(self.list_groups(query, 0, 1_000_000))

    def list_groups(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[GroupRow]:
        """In position order (the order agents see them); the search narrows by name."""
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            counts = dict(
                uow.session.execute(
                    select(ReplyAssistantEntry.group_id, func.count(ReplyAssistantEntry.id)).group_by(
                        ReplyAssistantEntry.group_id
                    )
                ).all()
            )
            stmt = select(ReplyAssistantGroup).order_by(ReplyAssistantGroup.position, ReplyAssistantGroup.id)
            if query.search.strip():
                stmt = stmt.where(ReplyAssistantGroup.name_key.like(like_pattern(query.search), escape="\\"))
            return [
                GroupRow(
                    g.id, g.platform_id, g.name, g.position, g.autocomplete, counts.get(g.id, 0), g.version
                )
                for g in uow.session.scalars(stmt.offset(offset).limit(limit))
            ]

    def get_group(self, group_id: int) -> GroupDetail:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            return _detail(uow.session, _load(uow.session, group_id))

    def entry_choices(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            require_reply_assistant(uow)
            stmt = select(ReplyAssistantEntry.id, ReplyAssistantEntry.label).order_by(
                ReplyAssistantEntry.label_key
            )
            return [(row.id, row.label) for row in uow.session.execute(stmt)]

    def create_group(self, form: GroupForm) -> GroupDetail:
        return run_operation(self.ctx, create_group, form)

    def update_group(self, group_id: int, form: GroupForm, *, version: int | None = None) -> GroupDetail:
        return run_operation(self.ctx, update_group, group_id, form, version=version)

    def delete_group(self, group_id: int) -> None:
        """Its entries stay, without a group."""
        run_operation(self.ctx, delete_group, group_id)

    def move_group(self, group_id: int, position: int) -> GroupDetail:
        """Drag and drop: the group goes to `position` (0 = first), the others close up."""
        return run_operation(self.ctx, move_group, group_id, position)


# ---- operations ----------------------------------------------------------------------------------
def create_group(uow: UnitOfWork, form: GroupForm) -> GroupDetail:
    require_reply_assistant(uow)
    name, entry_ids = _valid(uow.session, form)
    last = uow.session.scalar(select(func.max(ReplyAssistantGroup.position)))
    group = ReplyAssistantGroup(
        name=name,
        name_key=fold(name),
        autocomplete=bool(form.autocomplete),
        position=0 if last is None else last + 1,
    )
    uow.session.add(group)
    uow.session.flush()
    _set_members(uow.session, group, entry_ids)
    _record(uow, "created", group, {})
    return _detail(uow.session, group)


def update_group(
    uow: UnitOfWork, group_id: int, form: GroupForm, *, version: int | None = None
) -> GroupDetail:
    require_reply_assistant(uow)
    session = uow.session
    group = _load(session, group_id)
    name, entry_ids = _valid(session, form, group.id)
    before = _snapshot(session, group)
    mine = {"name": name, "autocomplete": bool(form.autocomplete), "entries": _labels(session, entry_ids)}
    uow.ensure_version(group, version, object_type=GROUP_EVENT, theirs=before, mine=mine)
    group.name, group.name_key, group.autocomplete = name, fold(name), bool(form.autocomplete)
    if _set_members(session, group, entry_ids):
        group.updated_at = utcnow()  # members are children: their change moves the group's version
    _record(uow, "updated", group, before)
    return _detail(session, group)


def delete_group(uow: UnitOfWork, group_id: int) -> None:
    require_reply_assistant(uow)
    session = uow.session
    group = _load(session, group_id)
    before, platform_id = _snapshot(session, group), group.platform_id
    session.execute(
        update(ReplyAssistantEntry).where(ReplyAssistantEntry.group_id == group.id).values(group_id=None)
    )
    session.delete(group)
    session.flush()
    uow.record(
        f"{GROUP_EVENT}.destroyed",
        object_type=GROUP_EVENT,
        object_id=platform_id,
        changes=field_diff(before, {}),
    )


def move_group(uow: UnitOfWork, group_id: int, position: int) -> GroupDetail:
    require_reply_assistant(uow)
    session = uow.session
    group = _load(session, group_id)
    ordered = list(
        session.scalars(
            select(ReplyAssistantGroup).order_by(ReplyAssistantGroup.position, ReplyAssistantGroup.id)
        )
    )
    ordered.remove(group)
    target = max(0, min(len(ordered), int(position) if isinstance(position, int) else 0))
    ordered.insert(target, group)
    for index, each in enumerate(ordered):
        if each.position != index:
            before = _snapshot(session, each)
            each.position = index
            _record(uow, "updated", each, before)
    return _detail(session, group)


# ---- helpers -------------------------------------------------------------------------------------
def _valid(session: Session, form: GroupForm, exclude_id: int | None = None) -> tuple[str, list[int]]:
    errors = FieldErrors()
    name = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(ReplyAssistantGroup.id).where(ReplyAssistantGroup.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(ReplyAssistantGroup.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", GROUP_NAME_TAKEN(name=name))
    ids = form.entry_ids if isinstance(form.entry_ids, list | tuple) else ()
    wanted = sorted({i for i in ids if is_id(i)})
    found = (
        set(session.scalars(select(ReplyAssistantEntry.id).where(ReplyAssistantEntry.id.in_(wanted))))
        if wanted
        else set()
    )
    if len(wanted) != len(set(ids)) or found != set(wanted) or not isinstance(form.entry_ids, list | tuple):
        errors.add("entry_ids", ENTRIES_GONE())
    errors.raise_if_any()
    return name, wanted


def _set_members(session: Session, group: ReplyAssistantGroup, entry_ids: list[int]) -> bool:
    current = set(
        session.scalars(select(ReplyAssistantEntry.id).where(ReplyAssistantEntry.group_id == group.id))
    )
    wanted = set(entry_ids)
    if current == wanted:
        return False
    if current - wanted:
        session.execute(
            update(ReplyAssistantEntry)
            .where(ReplyAssistantEntry.id.in_(sorted(current - wanted)))
            .values(group_id=None)
        )
    if wanted - current:
        session.execute(
            update(ReplyAssistantEntry)
            .where(ReplyAssistantEntry.id.in_(sorted(wanted - current)))
            .values(group_id=group.id)
        )
    return True


def _labels(session: Session, entry_ids: list[int]) -> frozenset[str]:
    if not entry_ids:
        return frozenset()
    return frozenset(
        session.scalars(select(ReplyAssistantEntry.label).where(ReplyAssistantEntry.id.in_(entry_ids)))
    )


def _snapshot(session: Session, group: ReplyAssistantGroup) -> dict[str, Any]:
    members = list(
        session.scalars(select(ReplyAssistantEntry.id).where(ReplyAssistantEntry.group_id == group.id))
    )
    return {
        "name": group.name,
        "autocomplete": group.autocomplete,
        "position": group.position,
        "entries": _labels(session, members),
    }


def _record(uow: UnitOfWork, action: str, group: ReplyAssistantGroup, before: dict[str, Any]) -> None:
    uow.session.flush()
    changes = field_diff(before, _snapshot(uow.session, group))
    if changes or action != "updated":
        uow.record(
            f"{GROUP_EVENT}.{action}", object_type=GROUP_EVENT, object_id=group.platform_id, changes=changes
        )


def _load(session: Session, group_id: int) -> ReplyAssistantGroup:
    group = session.get(ReplyAssistantGroup, group_id) if is_id(group_id) else None
    if group is None:
        raise NotFound(GROUP_GONE())
    return group


def _detail(session: Session, group: ReplyAssistantGroup) -> GroupDetail:
    session.flush()
    members = tuple(
        session.scalars(
            select(ReplyAssistantEntry.id)
            .where(ReplyAssistantEntry.group_id == group.id)
            .order_by(ReplyAssistantEntry.label_key)
        )
    )
    return GroupDetail(group.id, group.name, group.autocomplete, members, group.version)
