"""Digital section: identity tags, the tags on identity groups, custom fields and smart folders.

The customer profile itself is `IdentityGroup` (models/identities.py, extended by revision 0012).
A tag's `group_count` is a counter the services keep in the same unit of work as every tagging
change, so the Tags page reads its numbers without counting 1M rows per paint; the tests compare
it with a real count after every kind of change.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from engage_desktop.models.base import Base, PlatformObject

CUSTOM_FIELD_OWNERS = ("Intervention", "IdentityGroup")
CUSTOM_FIELD_TYPES = (
    "string",
    "text",
    "boolean",
    "integer",
    "float",
    "date",
    "single_choice",
    "multiple_choice",
)


class Tag(PlatformObject, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(120))
    # fold(name): unique ignoring case and runs of spaces.
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    group_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class IdentityGroupTag(Base):
    """A tag carried by a customer profile."""

    __tablename__ = "identity_group_tags"
    __table_args__ = (Index("ix_identity_group_tags_tag", "tag_id", "identity_group_id"),)

    identity_group_id: Mapped[int] = mapped_column(
        ForeignKey("identity_groups.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class CustomField(PlatformObject, Base):
    __tablename__ = "custom_fields"
    __table_args__ = (
        UniqueConstraint("associated_type_name", "key", name="uq_custom_fields_type_key"),
        Index("ix_custom_fields_position", "associated_type_name", "position", "id"),
    )

    associated_type_name: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(120))
    type: Mapped[str] = mapped_column(String(24))
    multiple: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)


class Folder(PlatformObject, Base):
    """A saved search over threads, in a tree, shown to the roles/teams/users it names (none: all)."""

    __tablename__ = "folders"
    __table_args__ = (Index("ix_folders_parent_position", "parent_id", "position", "id"),)

    label: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("folders.id", ondelete="CASCADE"), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    query: Mapped[str] = mapped_column(Text, default="", server_default="")
    render_threads_count: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    # {"only": [ids]} of the platform, kept as the lists of our integer keys.
    role_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    team_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    user_ids: Mapped[list[int]] = mapped_column(JSON, default=list)

    def restriction_lists(self) -> dict[str, list[Any]]:
        return {"role_ids": self.role_ids, "team_ids": self.team_ids, "user_ids": self.user_ids}
