"""Routing section: categories (the tree agents' skills are drawn from) and routing channels."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, event, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject
from engage_desktop.models.text_keys import search_fold

# The 12 colours of the category palette are indexes 0–11 (the views own the RGB values).
CATEGORY_COLOURS = 12


class Category(PlatformObject, Base):
    __tablename__ = "categories"

    name: Mapped[str] = mapped_column(String(120))
    # search_fold(name): sibling names are unique ignoring case, accents and runs of spaces.
    name_key: Mapped[str] = mapped_column(String(120), default="", server_default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True, default=None)
    color: Mapped[int] = mapped_column(Integer, default=0)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    unselectable: Mapped[bool] = mapped_column(Boolean, default=False)
    post_qualification: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    source_links: Mapped[list[CategorySource]] = relationship(cascade="all, delete-orphan", lazy="selectin")

    @property
    def source_ids(self) -> list[int]:
        """Sources where the category applies; empty means every source."""
        return sorted(link.source_id for link in self.source_links)


# Roots have no parent: coalesce makes them siblings of one another for the unique index (NULLs
# would otherwise all differ), on SQLite and PostgreSQL alike.
Index(
    "uq_categories_sibling_name",
    func.coalesce(Category.parent_id, 0),
    Category.name_key,
    unique=True,
)


@event.listens_for(Category, "before_insert")
@event.listens_for(Category, "before_update")
def _refresh_name_key(_mapper: Any, _connection: Any, category: Category) -> None:
    category.name_key = search_fold(category.name or "")[:120]


class CategorySource(Base):
    """A source where a category applies (`source_ids`); no row at all means every source."""

    __tablename__ = "category_sources"

    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RoutingChannel(PlatformObject, Base):
    """A routing channel (API: `channels`): sources sharing capacity, timeouts and SLA.

    Its sources are the content sources whose `channel_id` points here (a source has one at most).
    `soft_capability` is how many tasks an agent gets pushed, `hard_capability` the bound including
    transfers; `task_auto_complete_seconds` 0 means never; `agent_sla` is in seconds and
    `agent_sla_threshold` a percentage.
    """

    __tablename__ = "routing_channels"

    name: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(120), default="")
    soft_capability: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    hard_capability: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    task_timeout_seconds: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    task_auto_complete_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    agent_sla: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    agent_sla_threshold: Mapped[int] = mapped_column(Integer, default=80, server_default="80")

    auto_complete_links: Mapped[list[RoutingChannelAutoCompleteCategory]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def auto_complete_category_ids(self) -> list[int]:
        return sorted(link.category_id for link in self.auto_complete_links)


class RoutingChannelAutoCompleteCategory(Base):
    """A category whose tasks the channel completes on its own after `task_auto_complete_seconds`."""

    __tablename__ = "routing_channel_auto_complete_categories"

    channel_id: Mapped[int] = mapped_column(
        ForeignKey("routing_channels.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    )
