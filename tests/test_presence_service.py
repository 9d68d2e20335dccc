"""Presence statuses at the service layer, on SQLite and PostgreSQL: validation, order, the last
'available' guard, presence_status.* journal."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.presence import PresenceStatusService


def names(service: PresenceStatusService, query: ListQuery | None = None) -> list[str]:
    return [r.name for r in service.list_statuses(query or ListQuery())]


def test_a_new_database_has_one_available_status(admin: Signed) -> None:
    (row,) = PresenceStatusService(admin.ctx).list_statuses(ListQuery())
    assert (row.name, row.maps_to, row.position) == ("Available", "available", 0)


def test_create_goes_last_and_is_journaled(admin: Signed) -> None:
    statuses = PresenceStatusService(admin.ctx)
    lunch = statuses.create_status("  Lunch   break ", "away")
    assert (lunch.name, lunch.maps_to, lunch.position) == ("Lunch break", "away", 1)
    assert names(statuses) == ["Available", "Lunch break"]
    event = journal(admin, "presence_status.created")[0]
    assert event.object_type == "presence_status" and event.object_id == lunch.platform_id
    assert event.changes == {
        "name": {"from": None, "to": "Lunch break"},
        "maps_to": {"from": None, "to": "away"},
        "position": {"from": None, "to": 1},
    }


def test_update_records_a_field_diff(admin: Signed) -> None:
    statuses = PresenceStatusService(admin.ctx)
    meeting = statuses.create_status("Meeting", "away")
    statuses.update_status(meeting.id, "Team meeting", "available")
    assert journal(admin, "presence_status.updated")[0].changes == {
        "name": {"from": "Meeting", "to": "Team meeting"},
        "maps_to": {"from": "away", "to": "available"},
    }
    statuses.update_status(meeting.id, "Team meeting", "available")
    assert len(journal(admin, "presence_status.updated")) == 1


@pytest.mark.parametrize(
    ("name", "maps_to", "errors"),
    [
        ("", "away", {"name": "Name is required."}),
        ("x" * 121, "away", {"name": "Name is too long (at most 120 characters)."}),
        ("Lunch", "busy", {"maps_to": "Choose whether this status counts as available or away."}),
        (" AVAILABLE ", "away", {"name": "A presence status named “AVAILABLE” already exists."}),
    ],
)
def test_invalid_input_is_a_field_error(
    admin: Signed, name: str, maps_to: str, errors: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        PresenceStatusService(admin.ctx).create_status(name, maps_to)
    assert caught.value.errors == errors


def test_the_last_available_status_cannot_go_or_turn_away(admin: Signed) -> None:
    statuses = PresenceStatusService(admin.ctx)
    available = statuses.list_statuses(ListQuery())[0]
    away = statuses.create_status("Away", "away")
    with pytest.raises(Conflict, match="last status that maps to available"):
        statuses.delete_status(available.id)
    with pytest.raises(Conflict, match="before you map it to away"):
        statuses.update_status(available.id, "Available", "away")
    statuses.delete_status(away.id)  # an away one may always go
    online = statuses.create_status("Online", "available")
    statuses.delete_status(available.id)
    assert names(statuses) == ["Online"]
    event = journal(admin, "presence_status.destroyed")[0]
    assert event.changes["name"] == {"from": "Available", "to": None}
    with pytest.raises(NotFound):
        statuses.delete_status(available.id)
    assert statuses.get_status(online.id).maps_to == "available"


def test_move_swaps_with_the_neighbour(admin: Signed) -> None:
    statuses = PresenceStatusService(admin.ctx)
    lunch = statuses.create_status("Lunch", "away")
    statuses.create_status("Meeting", "away")
    statuses.move_status(lunch.id, +1)
    assert names(statuses) == ["Available", "Meeting", "Lunch"]
    moved = [e for e in journal(admin, "presence_status.updated") if e.object_id == lunch.platform_id]
    assert moved[0].changes == {"position": {"from": 1, "to": 2}}
    statuses.move_status(lunch.id, +1)  # already last: nothing
    statuses.move_status(lunch.id, -1)
    statuses.move_status(lunch.id, -1)
    assert names(statuses) == ["Lunch", "Available", "Meeting"]


def test_list_search_filter_sort(admin: Signed) -> None:
    statuses = PresenceStatusService(admin.ctx)
    for name, maps_to in [("Lunch", "away"), ("Meeting", "away"), ("Back office", "available")]:
        statuses.create_status(name, maps_to)
    assert names(statuses, ListQuery(filters={"maps_to": "available"})) == ["Available", "Back office"]
    assert names(statuses, ListQuery(search="EET")) == ["Meeting"]
    assert names(statuses, ListQuery(sort="name")) == ["Available", "Back office", "Lunch", "Meeting"]
    assert statuses.count_statuses(ListQuery(filters={"maps_to": "away"})) == 2


def test_reading_and_changing_permissions(admin: Signed) -> None:
    viewer = user_with_role(admin, "Presence viewer", ["read_presence"], "vic")
    statuses = PresenceStatusService(viewer.ctx)
    assert names(statuses) == ["Available"]
    with pytest.raises(PermissionDenied):
        statuses.create_status("Lunch", "away")
    with pytest.raises(PermissionDenied):
        statuses.delete_status(statuses.list_statuses(ListQuery())[0].id)
    nobody = user_with_role(admin, "Nothing", [], "nico")
    with pytest.raises(PermissionDenied):
        PresenceStatusService(nobody.ctx).count_statuses(ListQuery())
    settings = user_with_role(admin, "Settings", ["update_settings"], "sal")
    assert PresenceStatusService(settings.ctx).create_status("Lunch", "away").position == 1
