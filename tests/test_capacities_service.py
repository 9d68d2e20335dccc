"""Agent capacities at the service layer, on SQLite and PostgreSQL: validation, assignment,
guarded delete, team scope, capability_scheme.* journal."""

from __future__ import annotations

from typing import Any

import pytest
from channels_helpers import routing_channel
from conftest import Signed
from sqlalchemy import select
from test_roles_service import journal, user_with_role
from test_teams_service import LEADER_PERMISSIONS, plain_user, platform_id

from engage_desktop.models import UserCapacityAssignment
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.capacities import CapacityService, ChannelLimit
from engage_desktop.services.users.capacity_rules import MAX_CAPACITY
from engage_desktop.services.users.teams import TeamService


@pytest.fixture
def chat(admin: Signed) -> int:
    return routing_channel(admin, "Chat")


@pytest.fixture
def mail(admin: Signed) -> int:
    return routing_channel(admin, "E-mail")


def channel_pid(admin: Signed, channel_id: int) -> str:
    with admin.db.session_factory() as session:
        return session.get_one(RoutingChannel, channel_id).platform_id


def holders(admin: Signed) -> dict[int, int]:
    with admin.db.session_factory() as session:
        rows = session.execute(select(UserCapacityAssignment.user_id, UserCapacityAssignment.capacity_id))
        return {uid: cid for uid, cid in rows}


def test_create_with_channel_limits_is_journaled(admin: Signed, chat: int, mail: int) -> None:
    capacities = CapacityService(admin.ctx)
    created = capacities.create_capacity(
        "  Senior   agents ",
        [ChannelLimit(mail, 2, 4), {"channel_id": chat, "default_capacity": 3, "max_capacity": 5}],
    )
    assert created.name == "Senior agents" and created.user_count == 0
    assert [(c.channel_name, c.default_capacity, c.max_capacity) for c in created.channels] == [
        ("Chat", 3, 5),
        ("E-mail", 2, 4),
    ]
    assert [c.name for c in capacities.channel_choices()] == ["Chat", "E-mail"]
    event = journal(admin, "capability_scheme.created")[0]
    assert event.object_type == "capability_scheme" and event.object_id == created.platform_id
    assert event.changes == {
        "name": {"from": None, "to": "Senior agents"},
        "channels": {
            "from": None,
            "to": [
                {"channel_id": channel_pid(admin, chat), "default_capacity": 3, "max_capacity": 5},
                {"channel_id": channel_pid(admin, mail), "default_capacity": 2, "max_capacity": 4},
            ],
        },
    }


def test_update_diffs_name_and_channels_and_no_change_no_event(admin: Signed, chat: int, mail: int) -> None:
    capacities = CapacityService(admin.ctx)
    capacity = capacities.create_capacity("Juniors", [ChannelLimit(chat, 1, 2)])
    updated = capacities.update_capacity(capacity.id, "Junior agents", [ChannelLimit(mail, 1, 1)])
    assert [c.channel_id for c in updated.channels] == [mail]
    changes = journal(admin, "capability_scheme.updated")[0].changes
    assert changes["name"] == {"from": "Juniors", "to": "Junior agents"}
    assert changes["channels"]["to"] == [
        {"channel_id": channel_pid(admin, mail), "default_capacity": 1, "max_capacity": 1}
    ]
    capacities.update_capacity(capacity.id, "Junior agents", [ChannelLimit(mail, 1, 1)])
    assert len(journal(admin, "capability_scheme.updated")) == 1


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"default_capacity": 5, "max_capacity": 3}, "The default (5) cannot be more than the maximum (3)."),
        ({"default_capacity": -1, "max_capacity": 3}, "The default cannot be negative."),
        ({"default_capacity": 1.5, "max_capacity": 3}, "The default and the maximum must be whole numbers."),
        ({"default_capacity": "2", "max_capacity": 3}, "The default and the maximum must be whole numbers."),
        ({"default_capacity": True, "max_capacity": 3}, "The default and the maximum must be whole numbers."),
        (
            {"default_capacity": 1, "max_capacity": MAX_CAPACITY + 1},
            f"The maximum cannot be more than {MAX_CAPACITY}.",
        ),
    ],
)
def test_channel_limits_are_checked_per_channel(
    admin: Signed, chat: int, entry: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        CapacityService(admin.ctx).create_capacity("Bad", [{"channel_id": chat, **entry}])
    assert caught.value.errors == {f"channels.{chat}": message}
    assert journal(admin, "capability_scheme.created") == []


def test_zero_is_a_valid_default_and_maximum(admin: Signed, chat: int) -> None:
    created = CapacityService(admin.ctx).create_capacity("Off chat", [ChannelLimit(chat, 0, 0)])
    assert [(c.default_capacity, c.max_capacity) for c in created.channels] == [(0, 0)]


def test_unknown_and_repeated_channels_and_bad_shapes(admin: Signed, chat: int) -> None:
    capacities = CapacityService(admin.ctx)
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("X", [ChannelLimit(987654, 1, 2)])
    assert caught.value.errors == {"channels": "Unknown routing channel(s): 987654."}
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("X", [ChannelLimit(chat, 1, 2), ChannelLimit(chat, 2, 3)])
    assert caught.value.errors == {"channels": f"The routing channel {chat} is listed twice."}
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("X", [{"channel_id": chat}])
    assert caught.value.field == "channels"
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("X", "chat")  # type: ignore[arg-type]
    assert caught.value.field == "channels"


def test_names_are_required_and_unique_case_insensitively(admin: Signed) -> None:
    capacities = CapacityService(admin.ctx)
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("   ", [])
    assert caught.value.errors == {"name": "Name is required."}
    first = capacities.create_capacity("Seniors", [])
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity(" SENIORS ", [])
    assert caught.value.errors == {"name": "A capacity named “SENIORS” already exists."}
    capacities.update_capacity(first.id, "seniors", [])


def test_assign_from_the_editor_moves_users_and_journals_both_capacities(admin: Signed, chat: int) -> None:
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    capacities = CapacityService(admin.ctx)
    juniors = capacities.create_capacity("Juniors", [ChannelLimit(chat, 1, 2)], assign_user_ids=[ann, bob])
    assert juniors.user_count == 2
    assert journal(admin, "capability_scheme.updated")[0].changes == {
        "user_ids": {"added": sorted([platform_id(admin, ann), platform_id(admin, bob)]), "removed": []}
    }
    seniors = capacities.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    capacities.update_capacity(seniors.id, "Seniors", [ChannelLimit(chat, 3, 5)], assign_user_ids=[bob])
    assert holders(admin) == {ann: juniors.id, bob: seniors.id}
    left, joined = journal(admin, "capability_scheme.updated")[:2][::-1]
    assert left.object_id == juniors.platform_id
    assert left.changes == {"user_ids": {"added": [], "removed": [platform_id(admin, bob)]}}
    assert joined.object_id == seniors.platform_id
    assert [u.nickname for u in capacities.list_capacity_users(seniors.id, ListQuery())] == ["bob"]
    assert capacities.count_capacity_users(juniors.id, ListQuery(search="ANN")) == 1

    capacities.update_capacity(
        juniors.id, "Juniors", [ChannelLimit(chat, 1, 2)], unassign_user_ids=[ann, bob]
    )
    assert holders(admin) == {bob: seniors.id}  # bob has another capacity: untouched
    assert capacities.assign_users(seniors.id, [ann, bob]) == 1
    assert capacities.assign_users(None, [ann]) == 1
    assert holders(admin) == {bob: seniors.id}
    rows = {r.name: r.user_count for r in capacities.list_capacities(ListQuery(sort="user_count"))}
    assert rows == {"Juniors": 0, "Seniors": 1}


def test_assigning_unknown_users_is_refused(admin: Signed) -> None:
    capacities = CapacityService(admin.ctx)
    capacity = capacities.create_capacity("Seniors", [])
    with pytest.raises(ValidationError) as caught:
        capacities.assign_users(capacity.id, [424242])
    assert caught.value.errors == {"user_ids": "Some of these users no longer exist."}
    with pytest.raises(ValidationError) as caught:
        capacities.create_capacity("Others", [], assign_user_ids=["ann"])  # type: ignore[list-item]
    assert caught.value.field == "assign_user_ids"
    with pytest.raises(NotFound):
        capacities.assign_users(987654, [admin.user.id])


def test_a_capacity_in_use_is_deleted_only_with_its_users_unassigned(admin: Signed, chat: int) -> None:
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    capacities = CapacityService(admin.ctx)
    capacity = capacities.create_capacity("Seniors", [ChannelLimit(chat, 3, 5)], assign_user_ids=[ann, bob])
    with pytest.raises(Conflict, match="is given to 2 user"):
        capacities.delete_capacity(capacity.id)
    assert capacities.get_capacity(capacity.id).user_count == 2
    assert capacities.delete_capacity(capacity.id, unassign_users=True) == 2
    assert holders(admin) == {}
    assert capacities.count_capacities(ListQuery()) == 0
    event = journal(admin, "capability_scheme.destroyed")[0]
    assert event.changes["name"] == {"from": "Seniors", "to": None}
    assert event.details == {
        "unassigned_user_ids": sorted([platform_id(admin, ann), platform_id(admin, bob)])
    }
    unused = capacities.create_capacity("Unused", [])
    assert capacities.delete_capacity(unused.id) == 0
    with pytest.raises(NotFound):
        capacities.get_capacity(unused.id)


def test_list_search_filter_by_channel(admin: Signed, chat: int, mail: int) -> None:
    capacities = CapacityService(admin.ctx)
    capacities.create_capacity("Chat heavy", [ChannelLimit(chat, 4, 6), ChannelLimit(mail, 1, 1)])
    capacities.create_capacity("Mail only", [ChannelLimit(mail, 3, 3)])
    rows = capacities.list_capacities(ListQuery())
    assert [(r.name, r.channel_count) for r in rows] == [("Chat heavy", 2), ("Mail only", 1)]
    assert [r.name for r in capacities.list_capacities(ListQuery(search="MAIL"))] == ["Mail only"]
    assert [r.name for r in capacities.list_capacities(ListQuery(filters={"channel_id": chat}))] == [
        "Chat heavy"
    ]
    assert (
        capacities.list_capacities(ListQuery(sort="channel_count", descending=True))[0].name == "Chat heavy"
    )


def test_permissions_and_team_scope(admin: Signed, chat: int) -> None:
    capacity = CapacityService(admin.ctx).create_capacity("Seniors", [ChannelLimit(chat, 3, 5)])
    reader = user_with_role(admin, "Reader", ["read_user"], "rita")
    assert [r.name for r in CapacityService(reader.ctx).list_capacities(ListQuery())] == ["Seniors"]
    with pytest.raises(PermissionDenied):
        CapacityService(reader.ctx).create_capacity("Mine", [])
    with pytest.raises(PermissionDenied):
        CapacityService(reader.ctx).assign_users(capacity.id, [reader.user.id])

    lea = user_with_role(admin, "Leads", LEADER_PERMISSIONS, "lea")
    mia, oscar = plain_user(admin, "mia").user.id, plain_user(admin, "oscar").user.id
    TeamService(admin.ctx).create_team("Care", [lea.user.id, mia], [lea.user.id])
    as_lea = CapacityService(lea.ctx)
    assert as_lea.assign_users(capacity.id, [mia]) == 1
    with pytest.raises(PermissionDenied, match="teams you lead"):
        as_lea.assign_users(capacity.id, [oscar])
    with pytest.raises(PermissionDenied, match="can give them but not define them"):
        as_lea.create_capacity("Leaders' own", [])
    with pytest.raises(PermissionDenied):
        as_lea.update_capacity(capacity.id, "Renamed", [ChannelLimit(chat, 3, 5)])
    with pytest.raises(PermissionDenied):
        as_lea.delete_capacity(capacity.id, unassign_users=True)
    # Same definition, users of her team only: allowed.
    as_lea.update_capacity(capacity.id, "Seniors", [ChannelLimit(chat, 3, 5)], unassign_user_ids=[mia])
    assert holders(admin) == {}
