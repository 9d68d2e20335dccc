"""Settings > Business hours: time sheets (weekly open ranges per day, holidays, IANA zone).

Hours are kept as the platform writes them (`"0900-1230,1400-1800"`, empty = closed); holidays are
a JSON list of `{"date": "YYYY-MM-DD", "name": …}`. Sources link to sheets through
`content_source_time_sheets` (models/channels.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, String, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class TimeSheet(PlatformObject, Base):
    __tablename__ = "time_sheets"

    label: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC", server_default=text("'UTC'"))
    monday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    tuesday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    wednesday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    thursday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    friday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    saturday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    sunday_hours: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    holidays: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
