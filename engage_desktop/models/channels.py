"""Channels section: communities and content sources (the fields the foundation needs)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject


class Community(PlatformObject, Base):
    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(32), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ContentSource(PlatformObject, Base):
    __tablename__ = "content_sources"

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    color: Mapped[int] = mapped_column(Integer, default=0)
    sla_response: Mapped[int] = mapped_column(Integer, default=3600)
    sla_threshold: Mapped[int] = mapped_column(Integer, default=80)
    default_task_priority: Mapped[int] = mapped_column(Integer, default=0)

    community: Mapped[Community] = relationship(lazy="joined")
