"""Operations that compose in one unit of work, the journal guard on commit, and no lost update
(object versions), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import func, select, text

from engage_desktop.models import AuditEvent, Role, Team
from engage_desktop.services.access import sign_in as auth
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.unit_of_work import UnitOfWork, UnjournaledChange, run_operation
from engage_desktop.services.users import roles
from engage_desktop.services.users.roles import RoleService
from engage_desktop.services.users.service import NewUser, UserService


def event_names(signed: Signed) -> list[str]:
    with signed.db.session_factory() as session:
        return list(session.scalars(select(AuditEvent.name).order_by(AuditEvent.seq)))


def role_labels(signed: Signed) -> set[str]:
    with signed.db.session_factory() as session:
        return set(session.scalars(select(Role.label)))


def test_two_operations_in_one_unit_of_work_land_together_with_one_event_each(admin: Signed) -> None:
    before = event_names(admin)
    with UnitOfWork(admin.ctx) as uow:
        first = roles.create_role(uow, "Night shift", ["read_user"])
        roles.update_role(uow, first.id, "Night shift", ["read_user", "manage_teams"])
        roles.create_role(uow, "Day shift")
        uow.commit()
    assert {"Night shift", "Day shift"} <= role_labels(admin)
    assert event_names(admin)[len(before) :] == ["role.created", "role.updated", "role.created"]
    assert RoleService(admin.ctx).get_role(first.id).permissions == {"read_user", "manage_teams"}


def test_when_the_second_operation_fails_neither_lands(admin: Signed) -> None:
    before_events, before_roles = event_names(admin), role_labels(admin)
    with pytest.raises(ValidationError), UnitOfWork(admin.ctx) as uow:
        roles.create_role(uow, "Night shift")
        roles.create_role(uow, "night SHIFT")  # same label: refused
        uow.commit()
    assert role_labels(admin) == before_roles
    assert event_names(admin) == before_events


def test_commit_refuses_a_change_that_recorded_no_journal_event(admin: Signed) -> None:
    with pytest.raises(UnjournaledChange), UnitOfWork(admin.ctx) as uow:
        uow.session.add(Team(name="Ghosts", name_key="ghosts"))
        uow.commit()
    with admin.db.session_factory() as session:
        assert session.scalar(select(func.count(Team.id)).where(Team.name == "Ghosts")) == 0


def test_commit_refuses_a_bulk_statement_without_journal_event(admin: Signed) -> None:
    from sqlalchemy import update

    with pytest.raises(UnjournaledChange), UnitOfWork(admin.ctx) as uow:
        uow.session.execute(update(Role).values(label_key=Role.label_key))
        uow.commit()


def test_commit_accepts_an_unjournaled_change_that_names_its_reason(admin: Signed) -> None:
    with UnitOfWork(admin.ctx) as uow:
        uow.session.add(Team(name="Cache", name_key="cache"))
        uow.commit(unjournaled="test: a derived row rebuilt from journaled data")
    with admin.db.session_factory() as session:
        assert session.scalar(select(func.count(Team.id)).where(Team.name == "Cache")) == 1


def test_a_read_only_unit_of_work_commits_without_an_event(admin: Signed) -> None:
    with UnitOfWork(admin.ctx) as uow:
        uow.session.scalars(select(Role)).all()
        uow.commit()


def test_run_operation_checks_the_permission_inside_the_operation(admin: Signed) -> None:
    role = RoleService(admin.ctx).create_role("Readers", ["read_user"])
    UserService(admin.ctx).create_user(
        NewUser("Rita", "Reader", "rita", "rita@example.com", role.id, password=ADMIN_PASSWORD)
    )
    rita = auth.sign_in(admin.ctx.acting_as(None), "rita", ADMIN_PASSWORD)
    with pytest.raises(PermissionDenied) as caught:
        run_operation(admin.ctx.acting_as(rita.id), roles.create_role, "Sneaky")
    assert caught.value.permission == Permission.MANAGE_ROLES.value
    assert caught.value.code == "permission.missing"
    assert "Sneaky" not in role_labels(admin)


# ---- no lost update ------------------------------------------------------------------------------
def second_admin(admin: Signed) -> Signed:
    """Another administrator on another workstation, on the same database."""
    admin_role = next(r for r in RoleService(admin.ctx).list_roles(ListQuery()) if r.label == "Administrator")
    UserService(admin.ctx).create_user(
        NewUser("Bo", "Boss", "bo", "bo@example.com", admin_role.id, password=ADMIN_PASSWORD)
    )
    bo = auth.sign_in(admin.ctx.acting_as(None), "bo", ADMIN_PASSWORD)
    from dataclasses import replace

    return Signed(admin.db, replace(admin.ctx, actor_id=bo.id, workstation="bo@desk-2"), bo)


def test_a_stale_role_editor_cannot_bring_back_a_revoked_permission(admin: Signed) -> None:
    ours = RoleService(admin.ctx)
    role = ours.create_role("Leads", ["read_user", "manage_teams", "update_user"])
    loaded = ours.get_role(role.id)  # our editor opens the role

    other = second_admin(admin)
    RoleService(other.ctx).update_role(
        role.id,
        "Leads",
        ["read_user", "manage_teams"],
        version=RoleService(other.ctx).get_role(role.id).version,
    )  # the other admin revokes update_user

    with pytest.raises(Conflict) as caught:  # we save the label change with the stale permission set
        ours.update_role(role.id, "Team leads", sorted(loaded.permissions), version=loaded.version)
    conflict = caught.value
    assert conflict.code == "object.changed_elsewhere"
    assert conflict.changed_by == "bo" and conflict.changed_at is not None
    assert set(conflict.fields) == {"label", "permissions"}
    assert "update_user" not in conflict.theirs["permissions"]
    assert "update_user" in conflict.mine["permissions"]
    assert conflict.current_version == ours.get_role(role.id).version
    assert "bo" in str(conflict.message)

    saved = ours.get_role(role.id)
    assert saved.label == "Leads" and saved.permissions == {"read_user", "manage_teams"}

    # "Take theirs" then saving the label works and keeps the revocation.
    ours.update_role(role.id, "Team leads", sorted(saved.permissions), version=saved.version)
    assert ours.get_role(role.id).permissions == {"read_user", "manage_teams"}


def test_keep_mine_saves_over_the_newer_version(admin: Signed) -> None:
    ours = RoleService(admin.ctx)
    role = ours.create_role("Leads", ["read_user"])
    loaded = ours.get_role(role.id)
    other = second_admin(admin)
    RoleService(other.ctx).update_role(role.id, "Leaders", ["read_user"], version=loaded.version)
    with pytest.raises(Conflict) as caught:
        ours.update_role(role.id, "Team leads", ["read_user"], version=loaded.version)
    ours.update_role(role.id, "Team leads", ["read_user"], version=caught.value.current_version)
    assert ours.get_role(role.id).label == "Team leads"


def test_every_change_of_a_role_moves_its_version(admin: Signed) -> None:
    service = RoleService(admin.ctx)
    role = service.create_role("Leads", ["read_user"])
    v1 = service.get_role(role.id).version
    service.update_role(role.id, "Leads", ["read_user", "manage_teams"], version=v1)  # children only
    v2 = service.get_role(role.id).version
    service.update_role(role.id, "Leaders", ["read_user", "manage_teams"], version=v2)
    assert v1 < v2 < service.get_role(role.id).version


def test_two_saves_racing_on_one_version_give_one_conflict(admin: Signed) -> None:
    """Both units of work read version v; the second UPDATE matches no row and is refused."""
    role = RoleService(admin.ctx).create_role("Leads", ["read_user"])
    other = second_admin(admin)
    first, second = UnitOfWork(admin.ctx), UnitOfWork(other.ctx)
    with pytest.raises(Conflict) as caught, first:
        with second:
            a = first.session.get(Role, role.id)
            b = second.session.get(Role, role.id)
            assert a is not None and b is not None and a.version == b.version
            roles.update_role(second, role.id, "By Bo", ["read_user"], version=b.version)
            second.commit()
        roles.update_role(first, role.id, "By Ada", ["read_user"], version=a.version)
        first.commit()
    assert caught.value.code in {"object.changed_elsewhere", "object.changed_elsewhere_unknown"}
    assert RoleService(admin.ctx).get_role(role.id).label == "By Bo"


def test_versions_start_at_one_in_existing_rows(admin: Signed) -> None:
    with admin.db.engine.connect() as conn:
        assert conn.execute(text("SELECT min(version) FROM roles")).scalar() == 1


def test_reference_data_is_written_and_journaled_as_the_system(admin: Signed) -> None:
    with admin.db.session_factory() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.name.in_(["reference_data.created", "role.created"]))
        ).all()
    seeded = [e for e in events if e.name == "reference_data.created"]
    assert len(seeded) == 1 and seeded[0].user_label == "system" and seeded[0].user_id is None
    assert set(seeded[0].details["settings"]) == {"account_settings", "security_settings"}
    assert any(e.details.get("default_role") and e.user_label == "system" for e in events)
