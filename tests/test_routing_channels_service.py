"""Routing channels at the service layer (SQLite and PostgreSQL): bounds, a source in one channel,
explicit moves journaled on every object, auto-complete categories, two sessions racing."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role
from test_routing_categories_service import make, source

from engage_desktop.models.capacities import UserCapacity, UserCapacityChannel
from engage_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.routing_channels import RoutingChannelForm, RoutingChannelService


def service(signed: Signed) -> RoutingChannelService:
    return RoutingChannelService(signed.ctx)


def test_create_lists_and_journals_every_field(admin: Signed) -> None:
    billing = make(admin, "Billing")
    mailbox = source(admin, "support@acme")
    created = service(admin).create_channel(
        RoutingChannelForm(
            " Front   office ",
            "Front",
            soft_capability=2,
            hard_capability=4,
            source_ids=(mailbox,),
            auto_complete_category_ids=(billing,),
        )
    )
    assert created.form.name == "Front office"
    assert created.source_names == ("support@acme",)
    (row,) = service(admin).list_channels(ListQuery(search="FRONT"))
    assert (row.source_count, row.soft_capability, row.hard_capability) == (1, 2, 4)
    (event,) = journal(admin, "channel.created")
    assert event.changes["sources"] == {"added": ["support@acme"], "removed": []}
    assert event.changes["auto_complete_categories"] == {"added": ["Billing"], "removed": []}
    (moved,) = journal(admin, "content_source.updated")
    assert moved.changes == {"channel": {"from": None, "to": "Front office"}}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"soft_capability": 5, "hard_capability": 4}, "hard_capability"),
        ({"soft_capability": -1}, "soft_capability"),
        ({"task_timeout_seconds": -5}, "task_timeout_seconds"),
        ({"task_auto_complete_seconds": -1}, "task_auto_complete_seconds"),
        ({"agent_sla": -1}, "agent_sla"),
        ({"agent_sla_threshold": 101}, "agent_sla_threshold"),
        ({"agent_sla_threshold": -1}, "agent_sla_threshold"),
        ({"hard_capability": True}, "hard_capability"),
        ({"name": "  "}, "name"),
        ({"auto_complete_category_ids": (4242,)}, "auto_complete_category_ids"),
        ({"source_ids": (4242,)}, "source_ids"),
    ],
)
def test_bounds_are_refused_next_to_their_field(
    admin: Signed, changes: dict[str, object], field: str
) -> None:
    form = RoutingChannelForm(**{"name": "Chat", **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        service(admin).create_channel(form)
    assert field in caught.value.errors
    assert journal(admin, "channel.created") == []


def test_equal_soft_and_hard_and_zero_are_fine(admin: Signed) -> None:
    detail = service(admin).create_channel(
        RoutingChannelForm("Chat", soft_capability=0, hard_capability=0, agent_sla_threshold=100)
    )
    assert detail.form.hard_capability == 0


def test_names_are_unique_ignoring_case_and_accents(admin: Signed) -> None:
    service(admin).create_channel(RoutingChannelForm("Réseaux"))
    with pytest.raises(ValidationError) as caught:
        service(admin).create_channel(RoutingChannelForm("RESEAUX"))
    assert caught.value.errors["name"].code == "routing_channel.name_taken"


def test_a_source_is_in_one_channel_and_moving_it_is_explicit(admin: Signed) -> None:
    mailbox = source(admin, "support@acme")
    front = service(admin).create_channel(RoutingChannelForm("Front", source_ids=(mailbox,)))
    with pytest.raises(ValidationError) as caught:
        service(admin).create_channel(RoutingChannelForm("Back", source_ids=(mailbox,)))
    assert caught.value.errors["source_ids"].code == "routing_channel.sources_elsewhere"
    assert "support@acme (Front)" in caught.value.errors["source_ids"]
    back = service(admin).create_channel(RoutingChannelForm("Back", source_ids=(mailbox,)), take_sources=True)
    assert back.source_names == ("support@acme",)
    assert service(admin).get_channel(front.id).source_names == ()
    (front_event,) = [e for e in journal(admin, "channel.updated") if e.object_id == front.platform_id]
    assert front_event.changes == {"sources": {"added": [], "removed": ["support@acme"]}}
    last_move = journal(admin, "content_source.updated")[0]
    assert last_move.changes == {"channel": {"from": "Front", "to": "Back"}}
    # Taking it out of a channel leaves it in none.
    emptied = service(admin).update_channel(back.id, back.form.__class__("Back"), version=back.version)
    assert emptied.source_names == ()
    assert journal(admin, "content_source.updated")[0].changes == {"channel": {"from": "Back", "to": None}}


def test_update_diff_and_two_sessions_conflict(admin: Signed) -> None:
    chat = service(admin).create_channel(RoutingChannelForm("Chat"))
    other = user_with_role(admin, "Routing admins", ["manage_topologies"], "router")
    saved = service(other).update_channel(
        chat.id, RoutingChannelForm("Chat", soft_capability=4, hard_capability=6), version=chat.version
    )
    (event,) = journal(admin, "channel.updated")
    assert event.changes == {"hard_capability": {"from": 5, "to": 6}, "soft_capability": {"from": 3, "to": 4}}
    with pytest.raises(Conflict) as caught:
        service(admin).update_channel(
            chat.id, RoutingChannelForm("Chat", task_timeout_seconds=30), version=chat.version
        )
    assert caught.value.is_stale_edit and caught.value.changed_by == "router"
    assert service(admin).get_channel(chat.id).version == saved.version


def test_delete_frees_sources_and_refuses_while_capacities_use_it(admin: Signed) -> None:
    mailbox = source(admin, "support@acme")
    chat = service(admin).create_channel(RoutingChannelForm("Chat", source_ids=(mailbox,)))
    with admin.db.session_factory() as session, session.begin():
        capacity = UserCapacity(name="Seniors", name_key="seniors")
        session.add(capacity)
        session.flush()
        session.add(
            UserCapacityChannel(
                capacity_id=capacity.id, channel_id=chat.id, default_capacity=1, max_capacity=2
            )
        )
    with pytest.raises(Conflict) as caught:
        service(admin).delete_channel(chat.id)
    assert caught.value.code == "routing_channel.used_by_capacities"
    with admin.db.session_factory() as session, session.begin():
        session.query(UserCapacityChannel).delete()
    service(admin).delete_channel(chat.id)
    assert service(admin).count_channels(ListQuery()) == 0
    assert journal(admin, "content_source.updated")[0].changes == {"channel": {"from": "Chat", "to": None}}
    assert len(journal(admin, "channel.destroyed")) == 1


def test_without_manage_topologies_nothing_is_possible(admin: Signed) -> None:
    chat = service(admin).create_channel(RoutingChannelForm("Chat"))
    agent = user_with_role(admin, "Category keepers", ["manage_categories"], "keeper")
    for call in (
        lambda: service(agent).list_channels(ListQuery()),
        lambda: service(agent).create_channel(RoutingChannelForm("X")),
        lambda: service(agent).update_channel(chat.id, RoutingChannelForm("Y")),
        lambda: service(agent).delete_channel(chat.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
