"""Users section: users, roles (label + permission set), teams and their members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject


class Role(PlatformObject, Base):
    __tablename__ = "roles"

    label: Mapped[str] = mapped_column(String(120))
    # Unique case-insensitively after trimming: the service stores the folded form here.
    label_key: Mapped[str] = mapped_column(String(120), unique=True)
    permissions: Mapped[list[RolePermission]] = relationship(
        back_populates="role", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def permission_names(self) -> set[str]:
        return {p.permission for p in self.permissions}


class RolePermission(Base):
    __tablename__ = "role_permissions"

    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True)
    permission: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[Role] = relationship(back_populates="permissions")


class User(PlatformObject, Base):
    __tablename__ = "users"
    __table_args__ = (
        Index("ix_users_lastname_firstname", "lastname", "firstname"),
        Index("ix_users_role_enabled", "role_id", "enabled"),
    )

    firstname: Mapped[str] = mapped_column(String(120), default="")
    lastname: Mapped[str] = mapped_column(String(120), default="")
    nickname: Mapped[str] = mapped_column(String(120))
    nickname_key: Mapped[str] = mapped_column(String(120), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    email_key: Mapped[str] = mapped_column(String(254), unique=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"), index=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    invitation_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    locale: Mapped[str] = mapped_column(String(16), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    password_hash: Mapped[str | None] = mapped_column(String(255), default=None)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    spoken_languages: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    invited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # Set once the user has done work others rely on (see services/user_lifecycle.py): such a user
    # is disabled, never deleted, so history keeps its author.
    has_handled_work: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    role: Mapped[Role] = relationship(lazy="joined")
    memberships: Mapped[list[TeamMember]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def display_name(self) -> str:
        full = f"{self.firstname} {self.lastname}".strip()
        return full or self.nickname


class Team(PlatformObject, Base):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", lazy="selectin"
    )


class TeamMember(Base):
    __tablename__ = "team_members"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    team: Mapped[Team] = relationship(back_populates="members")
    user: Mapped[User] = relationship(back_populates="memberships")


# Skills, per-source permissions and signatures: importing them here registers their tables.
from engage_desktop.models.user_profile import (  # noqa: E402
    UserCategory,
    UserSignature,
    UserSignatureSource,
    UserSourcePermission,
)

__all__ = [
    "Role",
    "RolePermission",
    "Team",
    "TeamMember",
    "User",
    "UserCategory",
    "UserSignature",
    "UserSignatureSource",
    "UserSourcePermission",
]
