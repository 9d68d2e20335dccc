"""Identities (a person on one community) and identity groups (one customer's merged profile).

A *controlled* identity is a company identity agents may reply as; `identity_users` says which.
The list is searched at 100k+ rows: `search_key` holds the folded names, e-mail, screen name and
network id in one column, indexed by trigram (pg_trgm GIN on PostgreSQL, the identities_search
FTS5 table on SQLite), and the sort keys are indexed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject
from engage_desktop.models.users import TRIGRAM_INDEX, User


class IdentityGroup(PlatformObject, Base):
    __tablename__ = "identity_groups"
    # The Digital section's customer profile (revision 0012): searched at 1M rows like identities.
    __table_args__ = (
        Index("ix_identity_groups_name_key", "name_key", "id"),
        Index("ix_identity_groups_updated_at", "updated_at", "id"),
        Index(
            "ix_identity_groups_search_key",
            "search_key",
            postgresql_ops={"search_key": "gin_trgm_ops"},
            **TRIGRAM_INDEX,
        ),
    )

    firstname: Mapped[str] = mapped_column(String(120), default="")
    lastname: Mapped[str] = mapped_column(String(120), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    gender: Mapped[str] = mapped_column(String(16), default="", server_default="")
    emails: Mapped[list[str]] = mapped_column(JSON, default=list)
    home_phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    mobile_phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    avatar_url: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    custom_field_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # What each merged identity brought (identity platform id -> values), so unmerge can take it back.
    merge_contributions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    name_key: Mapped[str] = mapped_column(String(255), default="", server_default="")
    search_key: Mapped[str] = mapped_column(String(1200), default="", server_default="")


class Identity(PlatformObject, Base):
    __tablename__ = "identities"
    __table_args__ = (
        # Each sort's columns then the id (the tie-break): a page at any offset is an index-only scan.
        Index("ix_identities_community_display", "community_id", "display_name_key", "id"),
        Index("ix_identities_display_name_key", "display_name_key", "id"),
        Index("ix_identities_email_key", "email_key", "id"),
        Index("ix_identities_foreign_id", "foreign_id"),
        Index("ix_identities_controlled", "controlled", "display_name_key", "id"),
        Index("ix_identities_updated_at", "updated_at", "id"),
        Index(
            "ix_identities_search_key",
            "search_key",
            postgresql_ops={"search_key": "gin_trgm_ops"},
            **TRIGRAM_INDEX,
        ),
    )

    # Indexed through ix_identities_community_display (community first).
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id"))
    display_name: Mapped[str] = mapped_column(String(255), default="")
    display_name_key: Mapped[str] = mapped_column(String(255), default="")
    screenname: Mapped[str] = mapped_column(String(255), default="")
    firstname: Mapped[str] = mapped_column(String(120), default="")
    lastname: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    email_key: Mapped[str] = mapped_column(String(254), default="")
    company: Mapped[str] = mapped_column(String(120), default="")
    gender: Mapped[str] = mapped_column(String(16), default="")
    mobile_phone: Mapped[str] = mapped_column(String(40), default="")
    home_phone: Mapped[str] = mapped_column(String(40), default="")
    avatar_url: Mapped[str] = mapped_column(String(1000), default="")
    foreign_id: Mapped[str] = mapped_column(String(255), default="")
    uuid: Mapped[str] = mapped_column(String(64), default="")
    identity_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("identity_groups.id", ondelete="SET NULL"), index=True, default=None
    )
    controlled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    extra_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    search_key: Mapped[str] = mapped_column(String(1200), default="")

    identity_group: Mapped[IdentityGroup | None] = relationship(lazy="joined")
    users: Mapped[list[User]] = relationship(
        secondary="identity_users", lazy="selectin", order_by=User.nickname_key
    )


class IdentityUser(Base):
    """An agent allowed to reply as a controlled identity."""

    __tablename__ = "identity_users"

    identity_id: Mapped[int] = mapped_column(
        ForeignKey("identities.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
