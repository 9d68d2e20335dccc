"""Agent tools section: the reply assistant (entries, their versions and attachments, groups) and
e-mail templates. Signatures live with the user (`user_profile.UserSignature`).

An entry's `search_key` holds its label, shortcuts and version bodies folded (`search_fold`), so
a search over 50,000 entries is one indexed lookup: pg_trgm GIN on PostgreSQL, an FTS5 trigram
table (`reply_assistant_entries_search`, kept in step by triggers) on SQLite — as for users.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject

ENTRY_SEARCH_TABLE = "reply_assistant_entries_search"
SEARCH_KEY_LENGTH = 4000


class ReplyAssistantGroup(PlatformObject, Base):
    __tablename__ = "reply_assistant_groups"
    __table_args__ = (
        Index("uq_reply_assistant_groups_name_key", "name_key", unique=True),
        Index("ix_reply_assistant_groups_position", "position", "id"),
    )

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    autocomplete: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class ReplyAssistantEntry(PlatformObject, Base):
    __tablename__ = "reply_assistant_entries"
    __table_args__ = (
        Index("ix_reply_assistant_entries_label_key", "label_key", "id"),
        Index("ix_reply_assistant_entries_updated_at", "updated_at", "id"),
        Index(
            "ix_reply_assistant_entries_search_key",
            "search_key",
            postgresql_using="gin",
            postgresql_ops={"search_key": "gin_trgm_ops"},
        ),
    )

    label: Mapped[str] = mapped_column(String(255))
    label_key: Mapped[str] = mapped_column(String(255))
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("reply_assistant_groups.id", ondelete="SET NULL"), index=True, nullable=True
    )
    foreign_id: Mapped[str] = mapped_column(String(120), default="", server_default="")
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")
    shortcut_links: Mapped[list[ReplyAssistantShortcut]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ReplyAssistantShortcut.position"
    )
    category_links: Mapped[list[ReplyAssistantEntryCategory]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    source_links: Mapped[list[ReplyAssistantEntrySource]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    versions: Mapped[list[ReplyAssistantVersion]] = relationship(
        cascade="all, delete-orphan", order_by="ReplyAssistantVersion.id"
    )

    @property
    def shortcuts(self) -> list[str]:
        return [link.shortcut for link in self.shortcut_links]

    @property
    def category_ids(self) -> list[int]:
        return sorted(link.category_id for link in self.category_links)

    @property
    def source_ids(self) -> list[int]:
        return sorted(link.source_id for link in self.source_links)


class ReplyAssistantShortcut(Base):
    """One shortcut an agent types to call the entry; `shortcut_key` finds duplicates."""

    __tablename__ = "reply_assistant_shortcuts"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_entries.id", ondelete="CASCADE"), primary_key=True
    )
    shortcut_key: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)
    shortcut: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ReplyAssistantEntryCategory(Base):
    __tablename__ = "reply_assistant_entry_categories"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_entries.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReplyAssistantEntrySource(Base):
    __tablename__ = "reply_assistant_entry_sources"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_entries.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReplyAssistantVersion(PlatformObject, Base):
    """The entry's text in one language and format (`text` or sanitised `html`)."""

    __tablename__ = "reply_assistant_versions"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_entries.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    format: Mapped[str] = mapped_column(String(8), default="text", server_default="text")
    body: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_links: Mapped[list[ReplyAssistantVersionSource]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    attachments: Mapped[list[ReplyAssistantAttachment]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ReplyAssistantAttachment.id"
    )

    @property
    def source_ids(self) -> list[int]:
        return sorted(link.source_id for link in self.source_links)


class ReplyAssistantVersionSource(Base):
    __tablename__ = "reply_assistant_version_sources"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_versions.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReplyAssistantAttachment(PlatformObject, Base):
    """A file sent with a version; the bytes are kept in the database with their SHA-256."""

    __tablename__ = "reply_assistant_attachments"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("reply_assistant_versions.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class EmailTemplate(PlatformObject, Base):
    __tablename__ = "email_templates"
    __table_args__ = (Index("uq_email_templates_name_key", "name_key", unique=True),)

    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    subject: Mapped[str] = mapped_column(String(255), default="", server_default="")
    body_html: Mapped[str] = mapped_column(Text, default="", server_default="")
    body_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_links: Mapped[list[EmailTemplateSource]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def source_ids(self) -> list[int]:
        return sorted(link.source_id for link in self.source_links)


class EmailTemplateSource(Base):
    __tablename__ = "email_template_sources"

    template_id: Mapped[int] = mapped_column(
        ForeignKey("email_templates.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )
