"""Reading helpers of the reply-assistant editor: the choices it offers and the shortcuts another
entry already uses (a warning: two entries may share a shortcut, but the agent then gets both)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import ReplyAssistantEntry, ReplyAssistantGroup, ReplyAssistantShortcut
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.routing import Category
from engage_desktop.models.text_keys import fold
from engage_desktop.services.agent_tools.entry_rules import remote_images_allowed


@dataclass(frozen=True)
class EntryChoices:
    groups: tuple[tuple[int, str], ...]
    categories: tuple[tuple[int, str], ...]
    sources: tuple[tuple[int, str], ...]
    allow_remote_images: bool = False


def entry_choices(session: Session) -> EntryChoices:
    def pairs(stmt: Any) -> tuple[tuple[int, str], ...]:
        return tuple((row[0], row[1]) for row in session.execute(stmt))

    return EntryChoices(
        pairs(
            select(ReplyAssistantGroup.id, ReplyAssistantGroup.name).order_by(
                ReplyAssistantGroup.position, ReplyAssistantGroup.id
            )
        ),
        pairs(select(Category.id, Category.name).order_by(Category.name_key)),
        pairs(select(ContentSource.id, ContentSource.name).order_by(ContentSource.name_key)),
        remote_images_allowed(session),
    )


def shortcut_clashes(
    session: Session, shortcuts: tuple[str, ...], exclude_id: int | None
) -> dict[str, list[str]]:
    keys = {fold(s): s for s in shortcuts if isinstance(s, str) and s.strip()}
    if not keys:
        return {}
    stmt = (
        select(ReplyAssistantShortcut.shortcut_key, ReplyAssistantEntry.label)
        .join(ReplyAssistantEntry, ReplyAssistantEntry.id == ReplyAssistantShortcut.entry_id)
        .where(ReplyAssistantShortcut.shortcut_key.in_(sorted(keys)))
        .order_by(ReplyAssistantEntry.label_key)
    )
    if exclude_id is not None:
        stmt = stmt.where(ReplyAssistantShortcut.entry_id != exclude_id)
    clashes: dict[str, list[str]] = {}
    for key, label in session.execute(stmt):
        clashes.setdefault(keys[key], []).append(label)
    return clashes
