"""Agent capacities (API: `user_capacities`): per routing channel, how many tasks an agent takes."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from engage_desktop.models.base import Base, PlatformObject
from engage_desktop.models.routing import RoutingChannel


class UserCapacity(PlatformObject, Base):
    __tablename__ = "user_capacities"

    name: Mapped[str] = mapped_column(String(120))
    # Unique case-insensitively after trimming: the service stores the folded form here.
    name_key: Mapped[str] = mapped_column(String(120), unique=True)
    channels: Mapped[list[UserCapacityChannel]] = relationship(
        back_populates="capacity",
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="UserCapacityChannel.channel_id",
    )


class UserCapacityChannel(Base):
    """One routing channel's default and maximum inside a capacity (overrides the channel's own)."""

    __tablename__ = "user_capacity_channels"
    __table_args__ = (
        CheckConstraint(
            "default_capacity >= 0 AND default_capacity <= max_capacity", name="default_within_max"
        ),
    )

    capacity_id: Mapped[int] = mapped_column(
        ForeignKey("user_capacities.id", ondelete="CASCADE"), primary_key=True
    )
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("routing_channels.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    default_capacity: Mapped[int] = mapped_column(Integer)
    max_capacity: Mapped[int] = mapped_column(Integer)

    capacity: Mapped[UserCapacity] = relationship(back_populates="channels")
    channel: Mapped[RoutingChannel] = relationship(lazy="joined")


class UserCapacityAssignment(Base):
    """A user's capacity, kept beside `users` (at most one per user, hence the user as key).

    No ON DELETE on the capacity: deleting one still assigned fails unless the service
    unassigns its users in the same transaction.
    """

    __tablename__ = "user_capacity_assignments"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    capacity_id: Mapped[int] = mapped_column(ForeignKey("user_capacities.id"), index=True)
