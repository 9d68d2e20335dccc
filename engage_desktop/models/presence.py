"""Presence statuses agents pick from; each one counts as available or away for routing."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject

PRESENCE_MAPS_TO = ("available", "away")


class PresenceStatus(PlatformObject, Base):
    __tablename__ = "presence_statuses"
    __table_args__ = (CheckConstraint("maps_to IN ('available', 'away')", name="maps_to_known"),)

    name: Mapped[str] = mapped_column(String(120))
    # Unique case-insensitively after trimming: the service stores the folded form here.
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    maps_to: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
