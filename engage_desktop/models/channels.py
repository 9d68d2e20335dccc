"""Channels section: communities and content sources (the "channels" of the UI).

Type-specific, non-secret settings of a source live in the JSON column `settings` (validated per
type by the service); its passwords, tokens and app secrets live in the OS keyring only, the row
records just which of them are set and when they last changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.models.routing import Category, RoutingChannel

# What a category link of a source means: default categories of new threads, or of threads an
# agent opens by hand (`user_thread_default_category_ids` on the platform).
CATEGORY_LINK_DEFAULT = "default"
CATEGORY_LINK_USER_THREAD = "user_thread"


class Community(PlatformObject, Base):
    __tablename__ = "communities"
    # A unique index rather than a constraint: SQLite adds it without copying the table.
    __table_args__ = (Index("uq_communities_name_key", "name_key", unique=True),)

    name: Mapped[str] = mapped_column(String(120))
    # Unique case-insensitively after trimming: the service stores the folded form here.
    name_key: Mapped[str] = mapped_column(String(120), server_default="")
    type: Mapped[str] = mapped_column(String(32), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContentSource(PlatformObject, Base):
    __tablename__ = "content_sources"

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"), index=True)
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("routing_channels.id", ondelete="SET NULL"), index=True, default=None
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # ok | pending (never verified) | error (last connection check failed)
    status: Mapped[str] = mapped_column(String(16), default="ok", server_default="ok")
    status_message: Mapped[str] = mapped_column(String(500), default="", server_default="")
    status_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    color: Mapped[int] = mapped_column(Integer, default=0)
    sla_response: Mapped[int] = mapped_column(Integer, default=3600)
    sla_threshold: Mapped[int] = mapped_column(Integer, default=80)
    sla_expired_strategy: Mapped[str] = mapped_column(String(8), default="max", server_default="max")
    default_task_priority: Mapped[int] = mapped_column(Integer, default=0)
    intervention_messages_boost: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    transferred_tasks_boost: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    content_languages: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    default_content_language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    auto_detect_content_language: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    hidden_from_stats: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    content_archiving: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    content_archiving_period: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # days
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
    secret_fields_set: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    secrets_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    community: Mapped[Community] = relationship(lazy="joined")
    channel: Mapped[RoutingChannel | None] = relationship(lazy="joined")
    category_links: Mapped[list[ContentSourceCategory]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    time_sheets: Mapped[list[TimeSheet]] = relationship(
        secondary="content_source_time_sheets", lazy="selectin"
    )

    def category_ids(self, kind: str = CATEGORY_LINK_DEFAULT) -> list[int]:
        return sorted(link.category_id for link in self.category_links if link.kind == kind)


class ContentSourceCategory(Base):
    __tablename__ = "content_source_categories"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True, default=CATEGORY_LINK_DEFAULT)

    category: Mapped[Category] = relationship(lazy="joined")


class ContentSourceTimeSheet(Base):
    __tablename__ = "content_source_time_sheets"
    __table_args__ = (Index("ix_content_source_time_sheets_time_sheet_id", "time_sheet_id"),)

    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True
    )
    time_sheet_id: Mapped[int] = mapped_column(
        ForeignKey("time_sheets.id", ondelete="CASCADE"), primary_key=True
    )


# Identities belong to the Channels section too; importing them here registers their tables.
from engage_desktop.models.identities import Identity, IdentityGroup, IdentityUser  # noqa: E402

__all__ = [
    "CATEGORY_LINK_DEFAULT",
    "CATEGORY_LINK_USER_THREAD",
    "Community",
    "ContentSource",
    "ContentSourceCategory",
    "ContentSourceTimeSheet",
    "Identity",
    "IdentityGroup",
    "IdentityUser",
]
