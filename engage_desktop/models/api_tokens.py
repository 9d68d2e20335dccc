"""Settings › API access tokens: who a token acts as, and only the SHA-256 of its value.

The value itself is shown once and kept in the keyring (`api_token:<platform_id>`), never here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class ApiAccessToken(PlatformObject, Base):
    __tablename__ = "api_access_tokens"

    label: Mapped[str] = mapped_column(String(120))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
