"""Demo data for Users › Agent capacities and Presence statuses (called at the end of the demo)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import (
    PresenceStatus,
    User,
    UserCapacity,
    UserCapacityAssignment,
    UserCapacityChannel,
)
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.core.listing import fold
from engage_desktop.services.demo.channels import Journal

FALLBACK_CHANNELS = ("Front office", "Social media", "Voice callbacks")
# name -> (default, maximum) for the first, second and third routing channel (None: no override)
CAPACITIES: dict[str, tuple[tuple[int, int] | None, ...]] = {
    "Standard agents": ((2, 4), (3, 6), None),
    "Senior agents": ((4, 8), (5, 10), (2, 3)),
    "Trainees": ((1, 2), None, None),
}
PRESENCE = (
    ("Available", "available"),
    ("Lunch", "away"),
    ("Meeting", "away"),
    ("Training", "away"),
    ("Away", "away"),
)


def add_users_admin_demo(
    session: Session, journal: Journal, start: datetime, admin: User, people: list[User], seed: int
) -> None:
    rng = random.Random(seed + 11)
    when = start + timedelta(hours=9)
    channels = list(session.scalars(select(RoutingChannel).order_by(RoutingChannel.id)))
    if not channels:
        channels = [
            RoutingChannel(name=n, label=n, created_at=start, updated_at=start) for n in FALLBACK_CHANNELS
        ]
        session.add_all(channels)
        session.flush()
    capacities = []
    for name, limits in CAPACITIES.items():
        capacity = UserCapacity(name=name, name_key=fold(name), created_at=start, updated_at=start)
        capacity.channels = [
            UserCapacityChannel(channel_id=channel.id, default_capacity=limit[0], max_capacity=limit[1])
            for channel, limit in zip(channels, limits, strict=False)
            if limit is not None
        ]
        session.add(capacity)
        session.flush()
        capacities.append(capacity)
        journal(
            when,
            "capability_scheme.created",
            admin,
            "capability_scheme",
            capacity.platform_id,
            {"name": {"from": None, "to": name}},
        )
    for user in people:
        if rng.random() < 0.7:
            capacity = rng.choices(capacities, (6, 2, 1))[0]
            session.add(UserCapacityAssignment(user_id=user.id, capacity_id=capacity.id))
    existing = {s.name_key for s in session.scalars(select(PresenceStatus))}
    for position, (name, maps_to) in enumerate(PRESENCE):
        if fold(name) in existing:
            continue
        status = PresenceStatus(
            name=name,
            name_key=fold(name),
            maps_to=maps_to,
            position=position,
            created_at=start,
            updated_at=start,
        )
        session.add(status)
        session.flush()
        journal(
            when,
            "presence_status.created",
            admin,
            "presence_status",
            status.platform_id,
            {"name": {"from": None, "to": name}, "maps_to": {"from": None, "to": maps_to}},
        )
