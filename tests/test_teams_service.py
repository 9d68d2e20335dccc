"""Teams at the service layer, on SQLite and PostgreSQL: CRUD, validation, leader scope, journal."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.models import User
from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.lookup import UserLookupService
from engage_desktop.services.users.teams import TeamService

LEADER_PERMISSIONS = ["read_user", "update_user", "manage_users_of_my_teams"]


def plain_user(admin: Signed, nickname: str) -> Signed:
    return user_with_role(admin, f"Role of {nickname}", [], nickname)


def platform_id(admin: Signed, user_id: int) -> str:
    with admin.db.session_factory() as session:
        return session.get_one(User, user_id).platform_id


def test_create_team_with_members_and_leaders_is_journaled(admin: Signed) -> None:
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    team = TeamService(admin.ctx).create_team("  Social   care ", [ann, bob], [ann])
    assert team.name == "Social care"
    assert team.member_ids == {ann, bob} and team.leader_ids == {ann}
    assert [m.nickname for m in team.members] == ["ann", "bob"]
    event = journal(admin, "team.created")[0]
    assert event.object_id == team.platform_id and event.user_id == admin.user.id
    assert event.changes == {
        "name": {"from": None, "to": "Social care"},
        "user_ids": {"added": sorted([platform_id(admin, ann), platform_id(admin, bob)]), "removed": []},
        "leader_ids": {"added": [platform_id(admin, ann)], "removed": []},
    }


def test_update_records_a_field_diff_and_no_change_no_event(admin: Signed) -> None:
    ann, bob, cy = (plain_user(admin, n).user.id for n in ("ann", "bob", "cy"))
    teams = TeamService(admin.ctx)
    team = teams.create_team("Care", [ann, bob], [ann])
    updated = teams.update_team(team.id, "Care & billing", [ann, cy], [cy])
    assert updated.member_ids == {ann, cy} and updated.leader_ids == {cy}
    assert journal(admin, "team.updated")[0].changes == {
        "name": {"from": "Care", "to": "Care & billing"},
        "user_ids": {"added": [platform_id(admin, cy)], "removed": [platform_id(admin, bob)]},
        "leader_ids": {"added": [platform_id(admin, cy)], "removed": [platform_id(admin, ann)]},
    }
    teams.update_team(team.id, "care &  billing", [cy, ann], [cy])  # same but for the name's case
    assert len(journal(admin, "team.updated")) == 2
    teams.update_team(team.id, "care &  billing", [cy, ann], [cy])
    assert len(journal(admin, "team.updated")) == 2


@pytest.mark.parametrize("name", ["", "   ", "x" * 121, "bad\x07name"])
def test_invalid_names_are_field_errors(admin: Signed, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TeamService(admin.ctx).create_team(name)
    assert caught.value.field == "name"


def test_names_are_unique_case_insensitively_after_trimming(admin: Signed) -> None:
    teams = TeamService(admin.ctx)
    first = teams.create_team("Night shift")
    with pytest.raises(ValidationError) as caught:
        teams.create_team("  NIGHT   shift")
    assert caught.value.errors == {"name": "A team named “NIGHT shift” already exists."}
    other = teams.create_team("Day shift")
    with pytest.raises(ValidationError):
        teams.update_team(other.id, "night shift", [], [])
    teams.update_team(first.id, "Night Shift", [], [])  # itself is no clash


def test_leaders_must_be_members_and_users_must_exist(admin: Signed) -> None:
    ann = plain_user(admin, "ann").user.id
    teams = TeamService(admin.ctx)
    with pytest.raises(ValidationError) as caught:
        teams.create_team("Care", [ann], [admin.user.id])
    assert caught.value.errors == {"leader_ids": "Leaders must be members of the team."}
    with pytest.raises(ValidationError) as caught:
        teams.create_team("Care", [ann, 99999], [])
    assert caught.value.errors == {"user_ids": "Some of these users no longer exist."}
    with pytest.raises(ValidationError) as caught:
        teams.create_team("Care", ["ann"], [True])  # type: ignore[list-item]
    assert set(caught.value.errors) == {"user_ids", "leader_ids"}
    assert journal(admin, "team.created") == []


def test_delete_keeps_the_users_and_is_journaled(admin: Signed) -> None:
    ann = plain_user(admin, "ann").user.id
    teams = TeamService(admin.ctx)
    team = teams.create_team("Care", [ann], [ann])
    teams.delete_team(team.id)
    assert teams.count_teams(ListQuery()) == 0
    assert UserLookupService(admin.ctx).count_users(ListQuery(search="ann")) == 1
    event = journal(admin, "team.destroyed")[0]
    assert event.changes["name"] == {"from": "Care", "to": None}
    assert event.changes["user_ids"] == {"added": [], "removed": [platform_id(admin, ann)]}
    with pytest.raises(NotFound):
        teams.delete_team(team.id)
    with pytest.raises(NotFound):
        teams.get_team(team.id)


def test_list_counts_leaders_search_sort_and_paging(admin: Signed) -> None:
    ann, bob = plain_user(admin, "ann").user.id, plain_user(admin, "bob").user.id
    teams = TeamService(admin.ctx)
    teams.create_team("Care", [ann, bob, admin.user.id], [ann, admin.user.id])
    teams.create_team("Billing", [bob], [])
    teams.create_team("Escalations")
    rows = teams.list_teams(ListQuery())
    assert [(r.name, r.member_count, r.leader_count) for r in rows] == [
        ("Billing", 1, 0),
        ("Care", 3, 2),
        ("Escalations", 0, 0),
    ]
    assert rows[1].leaders == "Ada Admin, Sam Ann"
    assert teams.list_teams(ListQuery(sort="member_count", descending=True))[0].name == "Care"
    assert [r.name for r in teams.list_teams(ListQuery(search="ESC"))] == ["Escalations"]
    assert teams.count_teams(ListQuery(search="a")) == 2
    assert [r.name for r in teams.list_teams(ListQuery(), offset=1, limit=1)] == ["Care"]
    assert [r.name for r in teams.list_teams(ListQuery(filters={"member_id": bob}))] == ["Billing", "Care"]


def test_reading_needs_read_user_and_changing_needs_manage_teams(admin: Signed) -> None:
    TeamService(admin.ctx).create_team("Care")
    reader = user_with_role(admin, "Reader", ["read_user"], "rita")
    teams = TeamService(reader.ctx)
    assert [r.name for r in teams.list_teams(ListQuery())] == ["Care"]
    detail = teams.get_team(teams.list_teams(ListQuery())[0].id)
    assert not (detail.can_rename or detail.can_change_members or detail.can_delete)
    with pytest.raises(PermissionDenied):
        teams.create_team("Mine")
    with pytest.raises(PermissionDenied):
        teams.update_team(detail.id, "Renamed", [], [])
    with pytest.raises(PermissionDenied):
        teams.delete_team(detail.id)
    nobody = user_with_role(admin, "Nothing", [], "nico")
    with pytest.raises(PermissionDenied):
        TeamService(nobody.ctx).count_teams(ListQuery())


# ---- team-leader scope ------------------------------------------------------------------------------
@pytest.fixture
def scoped(admin: Signed) -> dict[str, int]:
    """lea leads Care (with mia); she is a plain member of Sales (with oscar); Billing is not hers."""
    lea = user_with_role(admin, "Leads", LEADER_PERMISSIONS, "lea").user.id
    mia, oscar, zoe = (plain_user(admin, n).user.id for n in ("mia", "oscar", "zoe"))
    teams = TeamService(admin.ctx)
    return {
        "lea": lea,
        "mia": mia,
        "oscar": oscar,
        "zoe": zoe,
        "care": teams.create_team("Care", [lea, mia], [lea]).id,
        "sales": teams.create_team("Sales", [lea, oscar], []).id,
        "billing": teams.create_team("Billing", [zoe], [zoe]).id,
    }


def leader_session(admin: Signed, ids: dict[str, int]) -> TeamService:
    """Teams as lea (a team leader) sees them."""
    return TeamService(admin.ctx.acting_as(ids["lea"]))


def test_a_leader_sees_only_the_teams_they_lead(admin: Signed, scoped: dict[str, int]) -> None:
    teams = leader_session(admin, scoped)
    assert [r.name for r in teams.list_teams(ListQuery())] == ["Care"]
    assert teams.count_teams(ListQuery()) == 1
    with pytest.raises(PermissionDenied):
        teams.get_team(scoped["sales"])
    detail = teams.get_team(scoped["care"])
    assert detail.can_change_members and not detail.can_rename and not detail.can_delete


def test_a_leader_changes_members_of_their_team_only_with_users_they_see(
    admin: Signed, scoped: dict[str, int]
) -> None:
    teams = leader_session(admin, scoped)
    lea, mia, oscar, zoe = (scoped[k] for k in ("lea", "mia", "oscar", "zoe"))
    updated = teams.update_team(scoped["care"], "Care", [lea, mia], [lea, mia])  # a leader more
    assert updated.leader_ids == {lea, mia}
    teams.update_team(scoped["care"], "Care", [lea], [lea])  # remove a member
    with pytest.raises(PermissionDenied, match="teams you lead"):
        teams.update_team(scoped["care"], "Care", [lea, oscar], [lea])  # oscar is not in her teams
    with pytest.raises(PermissionDenied):
        teams.update_team(scoped["billing"], "Billing", [zoe, lea], [zoe])
    with pytest.raises(PermissionDenied):
        teams.update_team(scoped["care"], "Renamed", [lea], [lea])  # renaming needs manage_teams
    with pytest.raises(PermissionDenied):
        teams.delete_team(scoped["care"])
    assert UserLookupService(admin.ctx.acting_as(lea)).count_users(ListQuery()) == 1  # herself only now


def test_a_supervisor_with_manage_teams_is_still_limited_to_their_teams(
    admin: Signed, scoped: dict[str, int]
) -> None:
    sup = user_with_role(admin, "Sup", [*LEADER_PERMISSIONS, "manage_teams"], "sue").user.id
    mia = scoped["mia"]
    TeamService(admin.ctx).update_team(
        scoped["care"], "Care", [scoped["lea"], mia, sup], [scoped["lea"], sup]
    )
    teams = TeamService(admin.ctx.acting_as(sup))
    assert [r.name for r in teams.list_teams(ListQuery())] == ["Care"]
    teams.update_team(scoped["care"], "Customer care", [scoped["lea"], mia, sup], [sup])
    with pytest.raises(ValidationError, match="make yourself one of its leaders"):
        teams.create_team("Night", [mia], [])
    night = teams.create_team("Night", [mia, sup], [sup])
    with pytest.raises(PermissionDenied):
        teams.create_team("Poach", [scoped["zoe"], sup], [sup])
    with pytest.raises(PermissionDenied):
        teams.delete_team(scoped["billing"])
    teams.delete_team(night.id)
    pickable = {u.nickname for u in UserLookupService(admin.ctx.acting_as(sup)).list_users(ListQuery())}
    assert pickable == {"lea", "mia", "sue"}
