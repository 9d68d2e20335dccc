"""Communities at the service layer, on SQLite and PostgreSQL: CRUD, types, guards, journal."""

from __future__ import annotations

import pytest
from channels_helpers import add_identities, community, email_form, journal, sources, user_with_role
from conftest import Signed

from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.source_types import TYPE_KEYS
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery


def test_every_platform_type_can_have_a_community(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    for key in TYPE_KEYS:
        service.create_community(f"Community {key}", key)
    assert service.count_communities(ListQuery()) == len(TYPE_KEYS) >= 17
    assert {"facebook", "twitter", "email", "engage_chat", "wechat", "source_sdk"} <= set(TYPE_KEYS)
    rows = service.list_communities(ListQuery(filters={"type": "email"}))
    assert [r.type_label for r in rows] == ["E-mail"]


def test_create_is_journaled_with_its_fields(admin: Signed) -> None:
    created = CommunityService(admin.ctx).create_community("  Acme   Facebook ", "facebook")
    assert created.name == "Acme Facebook" and created.active
    event = journal(admin, "community.created")[0]
    assert event.object_id == created.platform_id and event.user_id == admin.user.id
    assert event.changes == {
        "name": {"from": None, "to": "Acme Facebook"},
        "type": {"from": None, "to": "facebook"},
        "active": {"from": None, "to": True},
    }


@pytest.mark.parametrize(
    ("name", "type_key", "field"),
    [("", "facebook", "name"), ("x" * 121, "email", "name"), ("Odd", "myspace", "type"), ("Odd", "", "type")],
)
def test_invalid_input_is_a_field_error(admin: Signed, name: str, type_key: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CommunityService(admin.ctx).create_community(name, type_key)
    assert field in caught.value.errors


def test_names_are_unique_case_insensitively(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    service.create_community("E-mail", "email")
    with pytest.raises(ValidationError) as caught:
        service.create_community(" e-MAIL ", "email")
    assert "already exists" in caught.value.errors["name"]
    other = service.create_community("Other", "email")
    with pytest.raises(ValidationError):
        service.update_community(other.id, "E-MAIL", "email", True)


def test_update_diff_and_no_event_without_change(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    created = service.create_community("Chat", "engage_chat")
    service.update_community(created.id, "Chat", "engage_chat", True)
    assert journal(admin, "community.updated") == []
    service.update_community(created.id, "Web chat", "engage_chat", False)
    (event,) = journal(admin, "community.updated")
    assert event.changes == {
        "name": {"from": "Chat", "to": "Web chat"},
        "active": {"from": True, "to": False},
    }


def test_in_use_community_cannot_be_deleted_and_says_by_whom(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    mail = community(admin, "Mail", "email")
    sources(admin).create_source("email", email_form(mail, "Support mailbox"))
    sources(admin).create_source("email", email_form(mail, "Billing mailbox"))
    with pytest.raises(Conflict) as caught:
        service.delete_community(mail)
    assert "Billing mailbox, Support mailbox" in caught.value.message
    assert service.get_community(mail).source_names == ("Billing mailbox", "Support mailbox")


def test_type_cannot_change_while_sources_use_it(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    mail = community(admin, "Mail", "email")
    sources(admin).create_source("email", email_form(mail))
    with pytest.raises(Conflict) as caught:
        service.update_community(mail, "Mail", "sms", True)
    assert "Support mailbox" in caught.value.message
    unused = community(admin, "Spare", "email")
    assert service.update_community(unused, "Spare", "sms", True).type == "sms"


def test_deactivating_needs_its_sources_deactivated_first(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    mail = community(admin, "Mail", "email")
    source = sources(admin).create_source("email", email_form(mail))
    with pytest.raises(Conflict, match="Support mailbox"):
        service.update_community(mail, "Mail", "email", False)
    sources(admin).set_active(source.id, False)
    assert not service.update_community(mail, "Mail", "email", False).active


def test_community_with_identities_is_not_deleted(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    fb = community(admin, "Facebook", "facebook")
    add_identities(admin, fb, {"display_name": "Jane Doe"})
    with pytest.raises(Conflict, match="1 identity"):
        service.delete_community(fb)


def test_unused_community_is_deleted_and_journaled(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    spare = service.create_community("Spare", "line")
    service.delete_community(spare.id)
    with pytest.raises(NotFound):
        service.get_community(spare.id)
    event = journal(admin, "community.destroyed")[0]
    assert event.object_id == spare.platform_id
    assert event.changes["name"] == {"from": "Spare", "to": None}


def test_permissions_are_checked_by_the_service(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    reader = user_with_role(admin, "Community readers", ["read_community"], "reader")
    service = CommunityService(reader.ctx)
    assert service.count_communities(ListQuery()) == 1
    with pytest.raises(PermissionDenied):
        service.create_community("Nope", "facebook")
    with pytest.raises(PermissionDenied):
        service.update_community(fb, "Renamed", "facebook", True)
    with pytest.raises(PermissionDenied):
        service.delete_community(fb)
    nobody = user_with_role(admin, "Nothing", [], "nobody")
    with pytest.raises(PermissionDenied):
        CommunityService(nobody.ctx).list_communities(ListQuery())
    creator = user_with_role(admin, "Creators", ["create_community"], "creator")
    CommunityService(creator.ctx).create_community("Made", "sms")
    with pytest.raises(PermissionDenied):
        CommunityService(creator.ctx).update_community(fb, "Renamed", "facebook", True)


def test_communities_of_type_lists_active_ones_for_the_wizard(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    a = service.create_community("WhatsApp EU", "whatsapp")
    b = service.create_community("WhatsApp US", "whatsapp")
    service.update_community(b.id, "WhatsApp US", "whatsapp", False)
    service.create_community("SMS", "sms")
    assert [c.id for c in service.communities_of_type("whatsapp")] == [a.id]
    assert service.communities_of_type("viber") == []
    with pytest.raises(ValidationError):
        service.communities_of_type("carrier_pigeon")
    # A source creator without read_community still gets the wizard's list.
    creator = user_with_role(admin, "Channel makers", ["create_content_source"], "maker")
    assert len(CommunityService(creator.ctx).communities_of_type("whatsapp")) == 1


def test_list_search_sort_paging(admin: Signed) -> None:
    service = CommunityService(admin.ctx)
    for i in range(15):
        service.create_community(f"Zone {i:02d}", "sms" if i % 3 else "email")
    assert service.count_communities(ListQuery(search="zone")) == 15
    assert service.count_communities(ListQuery(search="zone", filters={"type": "email"})) == 5
    page = service.list_communities(
        ListQuery(search="zone", sort="name", descending=True), offset=10, limit=10
    )
    assert [r.name for r in page] == [f"Zone {i:02d}" for i in range(4, -1, -1)]
    assert service.count_communities(ListQuery(search="_")) == 0
