"""No path gives a permission its author lacks (permissions.md rule 2): roles created, changed or
duplicated, users created, invited, edited, bulk-changed or imported with a role. Each attempt is
refused and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from conftest import Signed
from test_roles_service import user_with_role
from users_helpers import World, add_member, build_world, quick_user

from engage_desktop.services.access.permissions import DEFAULT_ROLES, Permission
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.users.bulk import BulkAction, UserBulkService
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import UserService

from .database_state import fingerprint, journal_length

P = Permission
# Manages roles and every user, but lacks what the Administrator role holds beyond these.
MANAGER = sorted(
    {p.value for p in DEFAULT_ROLES["Agent"]}
    | {p.value for p in (P.MANAGE_ROLES, P.CREATE_USER, P.INVITE_USER, P.UPDATE_USER, P.READ_USER)}
)
LACKED = P.MANAGE_CATEGORIES.value
ENTRY = {p.value for p in (P.MANAGE_ROLES, P.CREATE_USER, P.INVITE_USER, P.UPDATE_USER, P.READ_USER)}
# A Supervisor (team leader) who may also create users and give the Agent role.
LEADER = sorted({p.value for p in (*DEFAULT_ROLES["Supervisor"], *DEFAULT_ROLES["Agent"], P.CREATE_USER)})


class Scene:
    def __init__(self, admin: Signed) -> None:
        self.world: World = build_world(admin)
        self.target = quick_user(admin, self.world, "target")
        self.admin_role = self.world.roles["Administrator"]
        self.mine = RoleService(admin.ctx).create_role("Manager", MANAGER).id
        self.actor = user_with_role(admin, "Manager role", MANAGER, "manager")
        # A team leader (Supervisor who may create users) leading the Care team, where the target is.
        self.leader = user_with_role(admin, "Leader", LEADER, "leader")
        add_member(admin, self.world.teams["Care"], self.leader.user.id, leader=True)
        add_member(admin, self.world.teams["Care"], self.target)


Attempt = Callable[[Scene], Any]
CSV = "firstname,lastname,nickname,email,role,teams\nBea,Brown,bea,bea@example.com,Administrator,Care\n"

PATHS: dict[str, Attempt] = {
    "create a role with a lacked permission": lambda s: RoleService(s.actor.ctx).create_role(
        "Mine too", [*MANAGER, LACKED]
    ),
    "add a lacked permission to a role": lambda s: RoleService(s.actor.ctx).update_role(
        s.mine, "Manager", [*MANAGER, LACKED]
    ),
    "add a lacked permission to one's own role": lambda s: RoleService(s.actor.ctx).update_role(
        s.actor_role_id, "Manager role", [*MANAGER, LACKED]
    ),
    "duplicate a more powerful role": lambda s: RoleService(s.actor.ctx).duplicate_role(
        s.admin_role, "Admin copy"
    ),
    "create a user with a more powerful role": lambda s: UserService(s.actor.ctx).create_user(
        s.world.form("bea", role="Administrator")
    ),
    "invite a user with a more powerful role": lambda s: UserService(s.actor.ctx).invite_user(
        s.world.form("bea", role="Administrator")
    ),
    "edit a user to a more powerful role": lambda s: UserService(s.actor.ctx).update_user(
        s.target, replace(s.world.form("target"), role_id=s.admin_role)
    ),
    "change a user's role to a more powerful one": lambda s: UserService(s.actor.ctx).change_role(
        s.target, s.admin_role
    ),
    "bulk role change to a more powerful role": lambda s: UserBulkService(s.actor.ctx).apply(
        [s.target], BulkAction.CHANGE_ROLE, s.admin_role
    ),
    "import a user with a more powerful role": lambda s: UserImportService(s.actor.ctx).run(
        CSV.encode(), all_or_nothing=True
    ),
    "team leader: create a member with a more powerful role": lambda s: UserService(s.leader.ctx).create_user(
        s.world.form("bea", role="Administrator", team_ids=(s.world.teams["Care"],))
    ),
    "team leader: promote a member": lambda s: UserService(s.leader.ctx).change_role(s.target, s.admin_role),
    "team leader: bulk promote": lambda s: UserBulkService(s.leader.ctx).apply(
        [s.target], BulkAction.CHANGE_ROLE, s.admin_role
    ),
    "team leader: import with a more powerful role": lambda s: UserImportService(s.leader.ctx).run(
        CSV.encode(), all_or_nothing=True
    ),
}


@pytest.fixture
def scene(admin: Signed) -> Scene:
    made = Scene(admin)
    made.actor_role_id = next(
        role_id for role_id, label in UserService(admin.ctx).role_names() if label == "Manager role"
    )
    return made


def test_every_escalation_is_refused_and_writes_nothing(admin: Signed, scene: Scene) -> None:
    before, events = fingerprint(admin), journal_length(admin)
    allowed = []
    for name, attempt in PATHS.items():
        try:
            attempt(scene)
        except PermissionDenied as refused:  # for what is granted, not for lacking the entry permission
            assert refused.permission not in ENTRY, (name, str(refused))
        except ValidationError as refused:  # an all-or-nothing import names the line it refuses
            assert "csv" in name or "import" in name, (name, refused)
            assert "Administrator" in str(refused), (name, refused)
        else:
            allowed.append(name)
        assert journal_length(admin) == events, name
        assert fingerprint(admin) == before, name
    assert not allowed, f"escalation allowed: {allowed}"


def test_a_partial_import_skips_the_escalating_row(admin: Signed, scene: Scene) -> None:
    data = CSV + "Cid,Clark,cid,cid@example.com,Agent,Care\n"
    UserImportService(scene.actor.ctx).run(data.encode(), all_or_nothing=False)
    names = {row.nickname for row in UserService(admin.ctx).list_users(_all())}
    assert "cid" in names and "bea" not in names


def test_the_same_actors_may_grant_what_they_hold(admin: Signed, scene: Scene) -> None:
    """So the refusals above are about escalation, not a broken actor."""
    RoleService(scene.actor.ctx).create_role("Subset", MANAGER[:3])
    UserService(scene.actor.ctx).change_role(scene.target, scene.mine)
    UserService(scene.leader.ctx).create_user(
        scene.world.form("dee", role="Agent", team_ids=(scene.world.teams["Care"],))
    )


def _all() -> Any:
    from engage_desktop.services.core.listing import ListQuery

    return ListQuery()
