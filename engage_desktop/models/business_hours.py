"""Settings > Business hours: time sheets (only the label for now; sources link to them)."""

from __future__ import annotations

from sqlalchemy import Boolean, String, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class TimeSheet(PlatformObject, Base):
    __tablename__ = "time_sheets"

    label: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
