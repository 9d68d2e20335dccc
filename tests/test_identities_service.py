"""Identities at the service layer, on SQLite and PostgreSQL: list/search, detail, controlled
identities and the agents linked to them, permissions, journal."""

from __future__ import annotations

import pytest
from channels_helpers import add_identities, community, journal, user_with_role
from conftest import Signed
from sqlalchemy import select

from engage_desktop.models import User
from engage_desktop.models.channels import IdentityGroup
from engage_desktop.services.channels.identities import IdentityService, ProfileChanges
from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.service import UserService


def make_group(admin: Signed, **values: str) -> int:
    with admin.db.session_factory() as session, session.begin():
        group = IdentityGroup(**values)
        session.add(group)
        session.flush()
        return group.id


def agent(admin: Signed, nickname: str) -> int:
    return user_with_role(admin, f"Role {nickname}", ["receive_tasks"], nickname).user.id


def test_list_search_filter_sort(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    mail = community(admin, "Mail", "email")
    add_identities(
        admin,
        fb,
        {"display_name": "Zoé Martin", "screenname": "zoe.m", "foreign_id": "fb-100"},
        {"display_name": "acme", "screenname": "acme_official", "company": "Acme", "controlled": True},
    )
    add_identities(admin, mail, {"display_name": "Jean Dupont", "email": "Jean.Dupont@Example.com"})
    service = IdentityService(admin.ctx)
    assert service.count_identities(ListQuery()) == 3
    assert [r.display_name for r in service.list_identities(ListQuery())] == [
        "acme",
        "Jean Dupont",
        "Zoé Martin",
    ]
    assert service.count_identities(ListQuery(search="ZOÉ")) == 1
    assert service.count_identities(ListQuery(search="jean.dupont@example")) == 1
    assert service.count_identities(ListQuery(search="fb-100")) == 1
    assert service.count_identities(ListQuery(search="official")) == 1
    assert service.count_identities(ListQuery(search="%")) == 0
    assert service.count_identities(ListQuery(filters={"community_id": fb})) == 2
    assert service.count_identities(ListQuery(filters={"controlled": True})) == 1
    rows = service.list_identities(ListQuery(sort="community", descending=True))
    assert rows[0].community_name == "Mail"
    assert rows[-1].community_type == "facebook"


def test_detail_shows_the_identity_group(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    group = make_group(admin, firstname="Zoé", lastname="Martin", company="")
    a, b = add_identities(
        admin,
        fb,
        {"display_name": "Zoé M", "identity_group_id": group, "extra_values": {"vip": True}},
        {"display_name": "zoe_m2", "identity_group_id": group},
    )
    detail = IdentityService(admin.ctx).get_identity(a)
    assert detail.group is not None
    assert (detail.group.label, detail.group.identity_count) == ("Zoé Martin", 2)
    assert detail.extra_values == {"vip": True} and detail.community_name == "Facebook"
    assert IdentityService(admin.ctx).get_identity(b).group == detail.group
    with pytest.raises(NotFound):
        IdentityService(admin.ctx).get_identity(999999)


def test_controlled_identity_links_agents_and_is_journaled(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    (page,) = add_identities(admin, fb, {"display_name": "Acme", "company": "Acme"})
    alice, bob = agent(admin, "alice"), agent(admin, "bob")
    service = IdentityService(admin.ctx)
    detail = service.set_controlled(page, True, [bob, alice, alice])
    assert detail.controlled and [a.nickname for a in detail.agents] == ["alice", "bob"]
    with admin.db.session_factory() as session:
        ids = {u.id: u.platform_id for u in session.scalars(select(User))}
    (event,) = journal(admin, "identity.updated")
    assert event.object_id == detail.platform_id
    assert event.changes == {
        "controlled": {"from": False, "to": True},
        "user_ids": {"added": sorted([ids[alice], ids[bob]]), "removed": []},
    }
    # The users page's "Identities" tab asks from the user's side.
    assert [r.display_name for r in service.identities_of_user(alice)] == ["Acme"]
    service.set_controlled(page, True, [bob])
    assert journal(admin, "identity.updated")[0].changes == {
        "user_ids": {"added": [], "removed": [ids[alice]]}
    }
    assert service.identities_of_user(alice) == []
    before = len(journal(admin, "identity.updated"))
    service.set_controlled(page, True, [bob])  # no change, no event
    assert len(journal(admin, "identity.updated")) == before
    released = service.set_controlled(page, False, [])
    assert not released.controlled and released.agents == ()


def test_agents_only_on_controlled_identities_and_only_enabled_users(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    (page,) = add_identities(admin, fb, {"display_name": "Acme"})
    alice = agent(admin, "alice")
    service = IdentityService(admin.ctx)
    with pytest.raises(ValidationError) as caught:
        service.set_controlled(page, False, [alice])
    assert "mark it controlled first" in caught.value.errors["user_ids"]
    with pytest.raises(ValidationError):
        service.set_controlled(page, True, [alice, 999999])
    UserService(admin.ctx).set_enabled(alice, False)
    with pytest.raises(ValidationError) as caught:
        service.set_controlled(page, True, [alice])
    assert "alice" in caught.value.errors["user_ids"]
    assert service.get_identity(page).agents == ()


def test_agent_choices_search(admin: Signed) -> None:
    agent(admin, "alice")
    agent(admin, "bob")
    service = IdentityService(admin.ctx)
    assert [c.nickname for c in service.agent_choices("ali")] == ["alice"]
    assert {c.nickname for c in service.agent_choices()} >= {"ada", "alice", "bob"}


def test_profile_update(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    (person,) = add_identities(admin, fb, {"display_name": "J. Doe"})
    service = IdentityService(admin.ctx)
    updated = service.update_profile(
        person, ProfileChanges(display_name="Jane  Doe", email="jane@example.com")
    )
    assert (updated.display_name, updated.email) == ("Jane Doe", "jane@example.com")
    assert service.count_identities(ListQuery(search="jane@example")) == 1
    assert journal(admin, "identity.updated")[0].changes == {
        "display_name": {"from": "J. Doe", "to": "Jane Doe"},
        "email": {"from": "", "to": "jane@example.com"},
    }
    with pytest.raises(ValidationError) as caught:
        service.update_profile(person, ProfileChanges(email="nope", display_name=""))
    assert set(caught.value.errors) == {"email", "display_name"}


def test_permissions_are_checked_by_the_service(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    (page,) = add_identities(admin, fb, {"display_name": "Acme"})
    reader = IdentityService(user_with_role(admin, "Readers", ["read_identity"], "reader").ctx)
    assert reader.count_identities(ListQuery()) == 1
    with pytest.raises(PermissionDenied):
        reader.set_controlled(page, True, [])
    with pytest.raises(PermissionDenied):
        reader.update_profile(page, ProfileChanges(display_name="X"))
    with pytest.raises(PermissionDenied):
        reader.agent_choices()
    editor = IdentityService(
        user_with_role(admin, "Editors", ["read_identity", "update_identity"], "editor").ctx
    )
    editor.update_profile(page, ProfileChanges(company="Acme Inc"))
    with pytest.raises(PermissionDenied):
        editor.set_controlled(page, True, [])
    nobody = IdentityService(user_with_role(admin, "None", [], "nobody").ctx)
    with pytest.raises(PermissionDenied):
        nobody.list_identities(ListQuery())
