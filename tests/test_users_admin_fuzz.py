"""Random values into teams, agent capacities and presence statuses (SQLite and PostgreSQL): only
typed domain errors come out, never a crash, and a refused change writes nothing at all."""

from __future__ import annotations

import os
from typing import Any

import pytest
from channels_helpers import routing_channel
from conftest import Signed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from engage_desktop.models import AuditEvent, PresenceStatus, Team, UserCapacity
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.users.capacities import CapacityService
from engage_desktop.services.users.presence import PresenceStatusService
from engage_desktop.services.users.teams import TeamService

FUZZ = settings(
    max_examples=int(os.environ.get("ENGAGE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
scalars = st.one_of(
    st.text(max_size=130),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.sampled_from(["", " ", "x\x00y", "' OR 1=1 --", "available", "away", "ß" * 70]),
)
ids = st.one_of(st.integers(min_value=-3, max_value=12), st.just(2**70), st.text(max_size=3), st.none())
id_lists = st.one_of(st.lists(ids, max_size=4), scalars)
limits = st.one_of(
    st.lists(
        st.one_of(
            st.fixed_dictionaries({"channel_id": ids, "default_capacity": scalars, "max_capacity": scalars}),
            scalars,
        ),
        max_size=3,
    ),
    scalars,
)


def footprint(signed: Signed) -> tuple[int, ...]:
    with signed.db.session_factory() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (AuditEvent, Team, UserCapacity, PresenceStatus)
        )


def try_it(signed: Signed, action: Any) -> None:
    before = footprint(signed)
    try:
        action()
    except DomainError:
        assert footprint(signed) == before  # refused: nothing written, not even the journal


@pytest.fixture
def chat(admin: Signed) -> int:
    return routing_channel(admin, "Chat")


@FUZZ
@given(name=scalars, members=id_lists, leaders=id_lists, team_id=ids)
def test_random_values_into_teams(admin: Signed, name: Any, members: Any, leaders: Any, team_id: Any) -> None:
    teams = TeamService(admin.ctx)
    try_it(admin, lambda: teams.create_team(name, members, leaders))
    try_it(admin, lambda: teams.update_team(team_id, name, members, leaders))
    try_it(admin, lambda: teams.get_team(team_id))


@FUZZ
@given(name=scalars, channels=limits, users=id_lists, capacity_id=ids)
def test_random_values_into_capacities(
    admin: Signed, chat: int, name: Any, channels: Any, users: Any, capacity_id: Any
) -> None:
    capacities = CapacityService(admin.ctx)
    try_it(admin, lambda: capacities.create_capacity(name, channels, users))
    try_it(admin, lambda: capacities.update_capacity(capacity_id, name, channels, users, users))
    try_it(admin, lambda: capacities.assign_users(capacity_id, users))
    try_it(admin, lambda: capacities.delete_capacity(capacity_id))


@FUZZ
@given(name=scalars, maps_to=scalars, status_id=ids, offset=st.integers(min_value=-5, max_value=5))
def test_random_values_into_presence_statuses(
    admin: Signed, name: Any, maps_to: Any, status_id: Any, offset: int
) -> None:
    statuses = PresenceStatusService(admin.ctx)
    try_it(admin, lambda: statuses.create_status(name, maps_to))
    try_it(admin, lambda: statuses.update_status(status_id, name, maps_to))
    try_it(admin, lambda: statuses.move_status(status_id, offset))
