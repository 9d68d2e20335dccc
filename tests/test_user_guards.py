"""The Users guards on SQLite and PostgreSQL: no escalation (role edit, a user's role, bulk), the
lock-out guard (disable, delete, demote), no self-disable, and the team-leader scope."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Signed
from users_helpers import World, add_member, build_world, count_users, journal, quick_user, user_with_role

from engage_desktop.models import Extension
from engage_desktop.services.access.permissions import DEFAULT_ROLES, Permission
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.records import NewUser
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService

AGENT = sorted(p.value for p in DEFAULT_ROLES["Agent"])
USER_ADMIN = sorted({*AGENT, "read_user", "create_user", "update_user", "invite_user"})


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


# ---- escalation ---------------------------------------------------------------------------------
def test_nobody_gives_a_role_holding_more_than_their_own(admin: Signed, world: World) -> None:
    ops = user_with_role(admin, "User admins", USER_ADMIN, "ops")
    users = UserService(ops.ctx)
    with pytest.raises(PermissionDenied, match="Administrator"):
        users.create_user(world.form("bea", role="Administrator"))
    with pytest.raises(PermissionDenied):
        users.invite_user(world.form("bea", role="Supervisor"))
    bea = users.create_user(world.form("bea"))  # Agent: within ops's own permissions
    with pytest.raises(PermissionDenied):
        users.update_user(bea.id, replace(users.get_user(bea.id).form, role_id=world.roles["Administrator"]))
    with pytest.raises(PermissionDenied):
        users.change_role(bea.id, world.roles["Administrator"])
    carl = users.create_user(world.form("carl"))
    with pytest.raises(PermissionDenied):
        UserBulkService(ops.ctx).apply([bea.id, carl.id], BulkAction.CHANGE_ROLE, world.roles["Auditor"])
    assert {r.role_label for r in UserService(admin.ctx).list_users(ListQuery(search="tester"))} == {"Agent"}
    assert journal(admin, "user.updated") == []


def test_nobody_grants_a_permission_their_role_lacks_in_the_role_editor(admin: Signed) -> None:
    lead = user_with_role(admin, "Role keepers", ["manage_roles", "read_user"], "keeper")
    roles = RoleService(lead.ctx)
    with pytest.raises(PermissionDenied):
        roles.create_role("Sneaky", ["read_user", "update_user"])
    role = roles.create_role("Readers", ["read_user"])
    with pytest.raises(PermissionDenied):
        roles.update_role(role.id, "Readers", ["read_user", "manage_teams"])


def test_permissions_of_an_extension_that_is_off_may_be_preset(admin: Signed, world: World) -> None:
    with admin.db.session_factory() as session, session.begin():
        session.query(Extension).filter(Extension.name == "surveys").update({"enabled": False})
    ops = user_with_role(admin, "User admins", USER_ADMIN, "ops")
    surveys = RoleService(admin.ctx).create_role("Survey agents", [*AGENT, "read_surveys"])
    row = UserService(ops.ctx).create_user(replace(world.form("sue"), role_id=surveys.id))
    assert row.role_label == "Survey agents"


# ---- lock-out -----------------------------------------------------------------------------------
def test_the_last_user_able_to_manage_users_and_roles_stays(admin: Signed, world: World) -> None:
    ops = user_with_role(admin, "User admins", USER_ADMIN, "ops")
    root2 = (
        UserService(admin.ctx)
        .create_user(
            NewUser(
                "Root",
                "Two",
                "root2",
                "root2@example.com",
                world.roles["Administrator"],
                password="s3cret-Passw0rd",
            )
        )
        .id
    )  # with a password: an administrator who cannot sign in does not count
    users = UserService(ops.ctx)
    users.set_enabled(admin.user.id, False)  # root2 still administers the account
    with pytest.raises(Conflict, match="no enabled user able to manage users and roles"):
        users.delete_user(root2)
    with pytest.raises(Conflict, match="no enabled user able to manage users and roles"):
        users.set_enabled(root2, False)
    with pytest.raises(Conflict, match="no enabled user able to manage users and roles"):
        users.change_role(root2, world.roles["Agent"])  # demoting
    with pytest.raises(Conflict, match="no enabled user able to manage users and roles"):
        users.update_user(root2, replace(users.get_user(root2).form, role_id=world.roles["Agent"]))
    with pytest.raises(Conflict, match="no enabled user able to manage users and roles"):
        UserBulkService(ops.ctx).apply([root2], BulkAction.DISABLE)
    assert UserService(admin.ctx.acting_as(root2)).get_user(root2).enabled


def test_nobody_disables_themself_even_in_a_bulk_action(admin: Signed, world: World) -> None:
    bea = quick_user(admin, world, "bea")
    with pytest.raises(Conflict, match="own account"):
        UserBulkService(admin.ctx).apply([bea, admin.user.id], BulkAction.DISABLE)
    assert UserService(admin.ctx).get_user(bea).enabled  # nobody was disabled


# ---- team-leader scope --------------------------------------------------------------------------
@pytest.fixture
def leader(admin: Signed, world: World) -> Signed:
    """Leads Care; may manage users of their teams and create users, but lacks update_user."""
    lead = user_with_role(
        admin, "Team leads", [*AGENT, "manage_users_of_my_teams", "read_user", "create_user"], "lea"
    )
    add_member(admin, world.teams["Care"], lead.user.id, leader=True)
    add_member(admin, world.teams["Care"], quick_user(admin, world, "carl"))
    add_member(admin, world.teams["Billing"], quick_user(admin, world, "bea"))
    return lead


def test_a_team_leader_sees_only_members_of_the_teams_they_lead(leader: Signed, admin: Signed) -> None:
    users = UserService(leader.ctx)
    assert [r.nickname for r in users.list_users(ListQuery(sort="nickname"))] == ["carl", "lea"]
    assert users.count_users(ListQuery()) == 2
    assert users.count_users(ListQuery(search="bea")) == 0
    assert [name for _id, name in users.team_names()] == ["Care"]
    bea = next(r.id for r in UserService(admin.ctx).list_users(ListQuery(search="bea")))
    with pytest.raises(NotFound):
        users.get_user(bea)
    with pytest.raises(NotFound):
        users.deletion_check(bea)


def test_a_team_leader_changes_only_their_members_and_their_teams(
    leader: Signed, admin: Signed, world: World
) -> None:
    users = UserService(leader.ctx)
    everyone = {r.nickname: r.id for r in UserService(admin.ctx).list_users(ListQuery())}
    bea, carl = everyone["bea"], everyone["carl"]
    with pytest.raises(PermissionDenied):
        users.update_user(bea, UserService(admin.ctx).get_user(bea).form)
    with pytest.raises(PermissionDenied):
        users.set_enabled(bea, False)
    with pytest.raises(PermissionDenied):
        UserBulkService(leader.ctx).apply([carl, bea], BulkAction.DISABLE)
    assert UserService(admin.ctx).get_user(carl).enabled  # the bulk action changed nobody

    form = users.get_user(carl).form
    with pytest.raises(PermissionDenied, match="Billing"):
        users.update_user(carl, replace(form, team_ids=(*form.team_ids, world.teams["Billing"])))
    with pytest.raises(PermissionDenied):
        UserBulkService(leader.ctx).apply([carl], BulkAction.ADD_TEAM, world.teams["Billing"])
    users.update_user(carl, replace(form, firstname="Carlos"))
    users.set_enabled(carl, False)
    assert UserService(admin.ctx).get_user(carl).form.firstname == "Carlos"


def test_a_team_leader_creates_users_into_a_team_they_lead(
    leader: Signed, admin: Signed, world: World
) -> None:
    users = UserService(leader.ctx)
    before = count_users(admin)
    with pytest.raises(ValidationError) as caught:
        users.create_user(world.form("nia"))
    assert "team_ids" in caught.value.errors
    with pytest.raises(PermissionDenied):
        users.create_user(world.form("nia", team_ids=(world.teams["Care"], world.teams["Billing"])))
    assert count_users(admin) == before
    row = users.create_user(world.form("nia", team_ids=(world.teams["Care"],)))
    assert users.get_user(row.id).form.team_ids == (world.teams["Care"],)


def test_update_user_does_not_lift_the_team_limit_manage_roles_does(admin: Signed, world: World) -> None:
    """One rule for every page (scope.is_team_scoped): a team leader stays a team leader."""
    lead = user_with_role(
        admin, "Supervisors+", [*AGENT, "manage_users_of_my_teams", "read_user", "update_user"], "sup"
    )
    quick_user(admin, world, "bea")
    assert UserService(lead.ctx).count_users(ListQuery()) == 0  # leads no team: sees nobody
    boss = user_with_role(
        admin,
        "Managers",
        [*AGENT, "manage_users_of_my_teams", "read_user", "update_user", "manage_roles"],
        "boss",
    )
    assert UserService(boss.ctx).count_users(ListQuery()) == 4  # ada, sup, bea, boss


def test_without_any_user_permission_the_list_is_refused(admin: Signed) -> None:
    agent = user_with_role(admin, "Agents only", AGENT, "agent")
    with pytest.raises(PermissionDenied) as caught:
        UserService(agent.ctx).list_users(ListQuery())
    assert caught.value.permission == Permission.READ_USER.value
