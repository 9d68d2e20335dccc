"""Routing section: categories (the tree agents' skills are drawn from)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class Category(PlatformObject, Base):
    __tablename__ = "categories"

    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True, default=None)
    color: Mapped[int] = mapped_column(Integer, default=0)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False)
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    unselectable: Mapped[bool] = mapped_column(Boolean, default=False)


class RoutingChannel(PlatformObject, Base):
    """A routing channel (API: `channels`): only its names for now; sources point to it."""

    __tablename__ = "routing_channels"

    name: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(120), default="")
