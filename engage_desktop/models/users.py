"""Users section: users, roles (label + permission set), teams and their members."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject
from engage_desktop.models.text_keys import search_fold

# A GIN trigram index on PostgreSQL (substring search), a B-tree elsewhere (SQLite scans it for
# one- and two-letter searches and looks longer ones up in the users_search FTS5 table).
TRIGRAM_INDEX: dict[str, Any] = {"postgresql_using": "gin"}
# SQLite's FTS5 trigram tables over search_key (revision 0006): created by the migration, kept by
# triggers, outside the metadata (a virtual table and its shadow tables, all named <name>*).
SEARCH_TABLES = {
    "users": "users_search",
    "identities": "identities_search",
    "identity_groups": "identity_groups_search",  # revision 0012
}
SEARCH_TABLES["reply_assistant_entries"] = "reply_assistant_entries_search"  # revision 0011


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
        # Each sort's columns then the id (the tie-break): a page at any offset is an index-only scan.
        Index("ix_users_lastname_firstname", "lastname", "firstname", "id"),
        Index("ix_users_last_sign_in_at", "last_sign_in_at", "id"),
        Index("ix_users_state", "enabled", "invitation_pending", "id"),
        Index("ix_users_email_order", "email_key", "id"),
        Index("ix_users_nickname_order", "nickname_key", "id"),
        Index("ix_users_role_order", "role_id", "id"),
        Index("ix_users_role_enabled", "role_id", "enabled"),
        Index(
            "ix_users_search_key",
            "search_key",
            postgresql_ops={"search_key": "gin_trgm_ops"},
            **TRIGRAM_INDEX,
        ),
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

    # Folded names, nickname and e-mail (see user_search_key), kept by the listener below.
    search_key: Mapped[str] = mapped_column(String(640), default="", server_default="")

    role: Mapped[Role] = relationship(lazy="joined")
    memberships: Mapped[list[TeamMember]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def display_name(self) -> str:
        full = f"{self.firstname} {self.lastname}".strip()
        return full or self.nickname


def user_search_key(firstname: str, lastname: str, nickname: str, email: str) -> str:
    """'first last | nickname | email', folded: one indexed column for the Users list search."""
    return " | ".join(search_fold(p) for p in (f"{firstname} {lastname}", nickname, email))[:640]


@event.listens_for(User, "before_insert")
@event.listens_for(User, "before_update")
def _refresh_search_key(_mapper: Any, _connection: Any, user: User) -> None:
    """Every ORM write keeps the key; bulk Core inserts must pass it (see user_search_key)."""
    user.search_key = user_search_key(
        user.firstname or "", user.lastname or "", user.nickname or "", user.email or ""
    )


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
    "search_fold",
    "user_search_key",
]
