"""Users at the service layer, on SQLite and PostgreSQL: list and filters, the full editor form,
invitations, deletion of users who never handled work, and the journal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Signed
from sqlalchemy import select, update
from users_helpers import World, add_member, build_world, journal, quick_user

from engage_desktop.models import TeamMember, User
from engage_desktop.models.channels import IdentityUser
from engage_desktop.models.user_profile import UserCategory, UserSourcePermission
from engage_desktop.services.access.permissions import DEFAULT_ROLES
from engage_desktop.services.core.errors import Conflict, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.records import SignatureForm, SourcePermissions
from engage_desktop.services.users.service import UserHasHandledWork, UserService


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def service(signed: Signed) -> UserService:
    return UserService(signed.ctx)


def test_full_form_round_trips_through_create_and_get(admin: Signed, world: World) -> None:
    users = service(admin)
    form = world.form(
        "bea",
        spoken_languages=("fr", "en"),
        team_ids=(world.teams["Care"], world.teams["Billing"]),
        category_ids=(world.categories["Refunds"],),
        source_permissions=(SourcePermissions(world.sources["Support mailbox"], reply_with_html=True),),
        identity_ids=(world.identities["Acme Support"],),
        capacity_id=world.capacities["Part-time"],
        signatures=(
            SignatureForm("Default", "Best regards,\nBea", "en", (world.sources["Support mailbox"],)),
        ),
    )
    row = users.create_user(form)
    assert row.team_names == ("Billing", "Care") and row.problems == ()
    detail = users.get_user(row.id)
    assert detail.form.spoken_languages == ("en", "fr")
    assert set(detail.form.team_ids) == set(form.team_ids)
    assert detail.form.category_ids == (world.categories["Refunds"],)
    # reply_with_html implies reply, and reply implies read
    (permission,) = detail.form.source_permissions
    assert permission.flags() == ("read", "reply", "reply_with_html")
    assert detail.form.identity_ids == (world.identities["Acme Support"],)
    assert detail.form.capacity_id == world.capacities["Part-time"]
    (signature,) = detail.form.signatures
    assert (signature.name, signature.language, signature.source_ids) == (
        "Default",
        "en",
        (world.sources["Support mailbox"],),
    )
    assert not detail.has_handled_work and detail.enabled and not detail.invitation_pending

    created = journal(admin, "user.created")[0]
    assert created.object_id == row.platform_id
    assert created.changes["nickname"] == {"from": None, "to": "bea"}
    assert created.changes["teams"] == {"added": ["Billing", "Care"], "removed": []}
    assert created.changes["permissions.Support mailbox"] == {
        "from": None,
        "to": "read, reply, reply_with_html",
    }
    (added,) = journal(admin, "user.categories_added")
    assert added.changes == {"categories": {"added": ["Refunds"], "removed": []}}


def test_update_journals_a_field_diff_and_category_events(admin: Signed, world: World) -> None:
    users = service(admin)
    row = users.create_user(world.form("carl", category_ids=(world.categories["Refunds"],)))
    before = users.get_user(row.id).form
    after = replace(
        before,
        lastname="Chen",
        timezone="Asia/Tokyo",
        team_ids=(world.teams["Care"],),
        category_ids=(world.categories["Shipping"],),
        source_permissions=(SourcePermissions(world.sources["Acme page"], read=True, approval_threshold=30),),
        capacity_id=world.capacities["Part-time"],
    )
    users.update_user(row.id, after)
    (event,) = journal(admin, "user.updated")
    assert event.changes == {
        "lastname": {"from": "Tester", "to": "Chen"},
        "timezone": {"from": "Europe/Paris", "to": "Asia/Tokyo"},
        "teams": {"added": ["Care"], "removed": []},
        "permissions.Acme page": {"from": None, "to": "read; approval 30%"},
        "capacity": {"from": None, "to": "Part-time"},
    }
    assert journal(admin, "user.categories_added")[0].changes["categories"]["added"] == ["Shipping"]
    assert journal(admin, "user.categories_removed")[0].changes["categories"]["removed"] == ["Refunds"]

    users.update_user(row.id, after)  # the same again: nothing to journal
    assert len(journal(admin, "user.updated")) == 1


def test_team_membership_keeps_the_leader_flag(admin: Signed, world: World) -> None:
    users = service(admin)
    carl = users.create_user(world.form("carl", team_ids=(world.teams["Care"],)))
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(TeamMember).values(is_leader=True))
    form = replace(users.get_user(carl.id).form, team_ids=(world.teams["Care"], world.teams["Billing"]))
    users.update_user(carl.id, form)
    with admin.db.session_factory() as session:
        flags = dict(session.execute(select(TeamMember.team_id, TeamMember.is_leader)).all())
    assert flags == {world.teams["Care"]: True, world.teams["Billing"]: False}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-address"}, "email"),
        ({"email": "ada@EXAMPLE.com "}, "email"),  # taken, case-insensitive
        ({"nickname": " ADA "}, "nickname"),
        ({"firstname": "   "}, "firstname"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"locale": "xx"}, "locale"),
        ({"spoken_languages": ("fr", "klingon")}, "spoken_languages"),
        ({"role_id": 999_999}, "role_id"),
        ({"team_ids": (999_999,)}, "team_ids"),
        ({"category_ids": ("Products",)}, "category_ids"),
        ({"capacity_id": 999_999}, "capacity_id"),
        ({"signatures": (SignatureForm("  "),)}, "signatures"),
    ],
)
def test_invalid_values_are_field_errors_and_nothing_is_written(
    admin: Signed, world: World, changes: dict[str, object], field: str
) -> None:
    users = service(admin)
    with pytest.raises(ValidationError) as caught:
        users.create_user(world.form("dina", **changes))
    assert field in caught.value.errors
    assert users.count_users(ListQuery()) == 1


def test_grouping_categories_non_controlled_identities_and_bad_thresholds_are_refused(
    admin: Signed, world: World
) -> None:
    users = service(admin)
    bad = {
        "category_ids": (world.categories["Products"],),
        "identity_ids": (world.identities["A customer"],),
        "source_permissions": (
            SourcePermissions(world.sources["Acme page"], read=True, approval_threshold=35),
        ),
    }
    with pytest.raises(ValidationError) as caught:
        users.create_user(world.form("dina", **bad))
    assert set(caught.value.errors) == set(bad)


def test_reply_without_identity_is_a_problem_in_the_list_until_an_identity_is_linked(
    admin: Signed, world: World
) -> None:
    users = service(admin)
    mailbox = world.sources["Support mailbox"]
    row = users.create_user(world.form("eve", source_permissions=(SourcePermissions(mailbox, reply=True),)))
    (problem,) = row.problems
    assert (problem.source_name, problem.community_name) == ("Support mailbox", "E-mail")
    assert [r.nickname for r in users.list_users(ListQuery(filters={"enabled": "cannot_reply"}))] == ["eve"]
    assert users.count_users(ListQuery(filters={"enabled": "cannot_reply"})) == 1
    form = replace(users.get_user(row.id).form, identity_ids=(world.identities["Acme Support"],))
    assert users.update_user(row.id, form).problems == ()
    assert users.count_users(ListQuery(filters={"enabled": "cannot_reply"})) == 0


def test_list_filters_search_sort_and_rows(admin: Signed, world: World) -> None:
    users = service(admin)
    users.create_user(
        world.form("bea", team_ids=(world.teams["Care"],), category_ids=(world.categories["Refunds"],))
    )
    users.create_user(world.form("carl", role="Supervisor", team_ids=(world.teams["Billing"],)))
    dina = users.invite_user(world.form("dina", lastname="Zed"))

    def nicks(**filters: object) -> list[str]:
        return [r.nickname for r in users.list_users(ListQuery(filters=filters, sort="nickname"))]

    assert nicks() == ["ada", "bea", "carl", "dina"]
    assert nicks(role_id=world.roles["Supervisor"]) == ["carl"]
    assert nicks(team_id=world.teams["Care"]) == ["bea"]
    assert nicks(category_id=world.categories["Refunds"]) == ["bea"]
    assert nicks(enabled="invited") == ["dina"]
    assert dina.invitation_pending
    users.set_enabled(dina.id, False)
    assert nicks(enabled=False) == ["dina"] and nicks(enabled=True) == ["ada", "bea", "carl"]
    assert [r.nickname for r in users.list_users(ListQuery(search="BEA TES"))] == [
        "bea"
    ]  # "firstname lastname"
    assert [r.nickname for r in users.list_users(ListQuery(search="carl@"))] == ["carl"]
    assert [r.nickname for r in users.list_users(ListQuery(search="100%_"))] == []
    by_name = [r.nickname for r in users.list_users(ListQuery(sort="name", descending=True))]
    assert by_name[0] == "dina"  # Zed
    by_role = [r.role_label for r in users.list_users(ListQuery(sort="role"))]
    assert by_role == sorted(by_role, key=str.casefold)
    page = users.list_users(ListQuery(sort="nickname"), offset=1, limit=2)
    assert [r.nickname for r in page] == ["bea", "carl"] and page[0].team_names == ("Care",)


def test_invitation_pending_then_resent(admin: Signed, world: World) -> None:
    users = service(admin)
    row = users.invite_user(world.form("ivy", password="ignored-Passw0rd"))
    detail = users.get_user(row.id)
    assert detail.invitation_pending and detail.invited_at is not None
    with admin.db.session_factory() as session:
        assert session.scalar(select(User.password_hash).where(User.id == row.id)) is None
    (invited,) = journal(admin, "user.invited")
    assert invited.changes["email"] == {"from": None, "to": "ivy@example.com"}
    users.resend_invitation(row.id)
    assert journal(admin, "user.invited")[0].details == {"resent": True}
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(User).where(User.id == row.id).values(invitation_pending=False))
    with pytest.raises(Conflict):
        users.resend_invitation(row.id)


def test_a_user_who_never_handled_work_is_deleted_with_everything_attached(
    admin: Signed, world: World
) -> None:
    users = service(admin)
    row = users.create_user(
        world.form(
            "tmp",
            team_ids=(world.teams["Care"],),
            category_ids=(world.categories["Refunds"],),
            source_permissions=(SourcePermissions(world.sources["Support mailbox"], reply=True),),
            identity_ids=(world.identities["Acme Support"],),
            capacity_id=world.capacities["Part-time"],
        )
    )
    assert users.deletion_check(row.id).allowed
    users.delete_user(row.id)
    with admin.db.session_factory() as session:
        for model in (TeamMember, UserCategory, UserSourcePermission, IdentityUser):
            assert session.scalars(select(model).where(model.user_id == row.id)).all() == []
    (event,) = journal(admin, "user.destroyed")
    assert event.object_id == row.platform_id
    assert event.changes["nickname"] == {"from": "tmp", "to": None}
    assert event.changes["categories"] == {"added": [], "removed": ["Refunds"]}


def test_a_user_who_handled_work_can_only_be_disabled(admin: Signed, world: World) -> None:
    from test_roles_service import user_with_role

    users = service(admin)
    creator = ["create_user", *(p.value for p in DEFAULT_ROLES["Agent"])]
    worker = user_with_role(admin, "Creators", creator, "worker")  # signs in: session.created
    worker_id = worker.user.id
    assert users.deletion_check(worker_id).allowed  # sign-ins are not work
    UserService(worker.ctx).create_user(world.form("made"))  # acting: work
    check = users.deletion_check(worker_id)
    assert not check.allowed and check.offer_disable and "handled work" in check.reason
    with pytest.raises(UserHasHandledWork):
        users.delete_user(worker_id)
    assert users.get_user(worker_id).has_handled_work

    flagged = quick_user(admin, world, "routed")
    with admin.db.session_factory() as session, session.begin():
        session.execute(update(User).where(User.id == flagged).values(has_handled_work=True))
    with pytest.raises(UserHasHandledWork):
        users.delete_user(flagged)


def test_nobody_deletes_or_disables_themself(admin: Signed, world: World) -> None:
    users = service(admin)
    assert not users.deletion_check(admin.user.id).allowed
    with pytest.raises(Conflict, match="own account"):
        users.delete_user(admin.user.id)
    with pytest.raises(Conflict, match="own account"):
        users.set_enabled(admin.user.id, False)


def test_members_listed_with_their_teams(admin: Signed, world: World) -> None:
    carl = quick_user(admin, world, "carl")
    add_member(admin, world.teams["Billing"], carl)
    add_member(admin, world.teams["Care"], carl, leader=True)
    (row,) = service(admin).list_users(ListQuery(search="carl"))
    assert row.team_names == ("Billing", "Care")
