"""Consoles currently using this database (Settings > Workstations, issue #16).

A console registers when it opens the database and touches its row every half minute; a row not
touched for a few minutes is a console that went away without saying so (killed, network lost).
Operational state, not configuration: rows change without journal events.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, utcnow


class WorkstationSession(Base):
    __tablename__ = "workstation_sessions"
    __table_args__ = (Index("ix_workstation_sessions_last_seen_at", "last_seen_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    workstation: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)
    user_label: Mapped[str] = mapped_column(String(255), default="")
    console_version: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
