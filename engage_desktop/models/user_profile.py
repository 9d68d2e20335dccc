"""What a user carries besides name and role: skills (categories), per-source permissions and
signatures. Each is its own table keyed by the user, so adding them never rewrote `users`.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject


class UserCategory(Base):
    """A category the agent is skilled for (routing matches it against the work's categories)."""

    __tablename__ = "user_categories"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class UserSourcePermission(Base):
    """One row per user and content source where the user holds at least one permission.

    `approval_threshold` is the share of the user's replies that need approval, 0–100 in steps of
    10 (the platform's `approval_threshold_0` … `approval_threshold_100`; 100 = approval required).
    """

    __tablename__ = "user_source_permissions"
    __table_args__ = (
        CheckConstraint(
            "approval_threshold >= 0 AND approval_threshold <= 100 AND approval_threshold % 10 = 0",
            name="approval_threshold_step",
        ),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    reply: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    reply_with_html: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    initiate_discussion: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    destroy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    approval_threshold: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class UserSignature(PlatformObject, Base):
    """A signature an agent's replies end with, for some sources (none listed = every source)."""

    __tablename__ = "user_signatures"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    source_links: Mapped[list[UserSignatureSource]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="UserSignatureSource.source_id"
    )

    @property
    def source_ids(self) -> list[int]:
        return [link.source_id for link in self.source_links]


class UserSignatureSource(Base):
    __tablename__ = "user_signature_sources"

    signature_id: Mapped[int] = mapped_column(
        ForeignKey("user_signatures.id", ondelete="CASCADE"), primary_key=True
    )
    source_id: Mapped[int] = mapped_column(
        ForeignKey("content_sources.id", ondelete="CASCADE"), primary_key=True, index=True
    )
