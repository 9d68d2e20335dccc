"""Settings section objects needed from the start: account, security policy, extensions."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class AccountSettings(PlatformObject, Base):
    __tablename__ = "account_settings"

    name: Mapped[str] = mapped_column(String(120), default="Engage")
    locale: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    routing_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    beginning_of_week: Mapped[str] = mapped_column(
        String(16), default="monday", server_default=text("'monday'")
    )
    content_languages: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    multi_lang: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    urgent_task_threshold: Mapped[int] = mapped_column(Integer, default=80, server_default=text("80"))
    intervention_closing_period: Mapped[int] = mapped_column(Integer, default=7, server_default=text("7"))
    identity_merge: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    reply_as_any_identity: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    spellchecking: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    activity_tracking: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    activity_presence_threshold: Mapped[int] = mapped_column(Integer, default=5, server_default=text("5"))


class SecuritySettings(PlatformObject, Base):
    __tablename__ = "security_settings"

    password_min_length: Mapped[int] = mapped_column(Integer, default=10)
    password_numbers: Mapped[bool] = mapped_column(Boolean, default=True)
    password_non_word: Mapped[bool] = mapped_column(Boolean, default=False)
    session_timeout: Mapped[int] = mapped_column(Integer, default=60)
    lockout_attempts: Mapped[int] = mapped_column(Integer, default=5)
    lockout_minutes: Mapped[int] = mapped_column(Integer, default=15)
    expire_password_enabled: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    expire_password_after: Mapped[int] = mapped_column(Integer, default=90, server_default=text("90"))
    password_archivable_enabled: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    password_archivable_size: Mapped[int] = mapped_column(Integer, default=5, server_default=text("5"))
    password_recovery_disabled: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    disable_password_autocomplete: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    deny_iframe_integration: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    api_allowed_ip_ranges: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))


class Extension(PlatformObject, Base):
    __tablename__ = "extensions"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
