"""Settings › Webhooks and Notifications: where journal events are posted, and who is told what."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class Webhook(PlatformObject, Base):
    """`verify_token` is a secret: kept in the keyring (`webhook:<platform_id>`), never here."""

    __tablename__ = "webhooks"

    label: Mapped[str] = mapped_column(String(120))
    url: Mapped[str] = mapped_column(String(2000))
    registered_events: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    staging_use: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class CustomNotification(PlatformObject, Base):
    """Admin-defined: when `event` happens and `condition` holds, tell `recipients` on `channel`."""

    __tablename__ = "custom_notifications"

    label: Mapped[str] = mapped_column(String(120))
    event: Mapped[str] = mapped_column(String(120))
    condition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
    channel: Mapped[str] = mapped_column(String(16), default="in_app")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class NotificationPreference(PlatformObject, Base):
    """One user's choice for one event: in-app and/or e-mail."""

    __tablename__ = "notification_preferences"
    __table_args__ = (UniqueConstraint("user_id", "event", name="uq_notification_preferences_user_event"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(120))
    in_app: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    email: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
