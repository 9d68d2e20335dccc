"""Settings section objects needed from the start: account, security policy, extensions."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject


class AccountSettings(PlatformObject, Base):
    __tablename__ = "account_settings"

    name: Mapped[str] = mapped_column(String(120), default="Engage")
    locale: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    routing_mode: Mapped[bool] = mapped_column(Boolean, default=False)


class SecuritySettings(PlatformObject, Base):
    __tablename__ = "security_settings"

    password_min_length: Mapped[int] = mapped_column(Integer, default=10)
    password_numbers: Mapped[bool] = mapped_column(Boolean, default=True)
    password_non_word: Mapped[bool] = mapped_column(Boolean, default=False)
    session_timeout: Mapped[int] = mapped_column(Integer, default=60)
    lockout_attempts: Mapped[int] = mapped_column(Integer, default=5)
    lockout_minutes: Mapped[int] = mapped_column(Integer, default=15)


class Extension(PlatformObject, Base):
    __tablename__ = "extensions"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
