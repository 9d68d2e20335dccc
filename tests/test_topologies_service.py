"""Topologies service on SQLite and PostgreSQL: CRUD with journal diffs, drafts with problems,
activation (one active, an invalid config refused with its problems), delete of the active one
refused, the two-session conflict, and the permission."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Signed
from sqlalchemy import select

from engage_desktop.models import AuditEvent, Category, Role, RolePermission, Topology
from engage_desktop.models.routing import RoutingChannel
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing import topologies
from engage_desktop.services.routing.topologies import InvalidTopology, TopologyService
from engage_desktop.services.users.teams import TeamService


def seed(signed: Signed) -> dict[str, str]:
    """A category, a routing channel and a team; their platform ids."""
    with signed.db.session_factory() as session:
        category = Category(name="Orders", name_key="orders")
        channel = RoutingChannel(name="chat", label="Chat")
        session.add_all([category, channel])
        session.commit()
        ids = {"category": category.platform_id, "channel": channel.platform_id}
    ids["team"] = TeamService(signed.ctx).create_team("Care").platform_id
    return ids


def good_config(ids: dict[str, str]) -> dict[str, Any]:
    return {
        "queues": [
            {
                "name": "orders",
                "channel_id": ids["channel"],
                "match": {"category_ids": [ids["category"]]},
                "steps": [
                    {"target": {"categories": "task"}, "timeout_seconds": 60},
                    {"target": {"team_ids": [ids["team"]]}, "timeout_seconds": 120},
                    {"target": {"any_agent": True}},
                ],
            }
        ],
        "default_queue": {"steps": [{"target": {"any_agent": True}}]},
    }


def events(signed: Signed, prefix: str = "topology.") -> list[AuditEvent]:
    with signed.db.session_factory() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.name.like(f"{prefix}%")).order_by(AuditEvent.seq)
            )
        )


def test_create_edit_delete_with_journal_diffs(admin: Signed) -> None:
    ids = seed(admin)
    service = TopologyService(admin.ctx)
    created = service.create_topology("Weekdays", good_config(ids))
    assert created.config == good_config(ids) and not created.active and created.problems == ()
    assert [r.name for r in service.list_topologies(ListQuery())] == ["Weekdays"]
    assert service.list_topologies(ListQuery())[0].queue_count == 1
    assert service.count_topologies(ListQuery(search="week")) == 1
    assert service.count_topologies(ListQuery(filters={"active": True})) == 0

    config = good_config(ids)
    config["queues"][0]["steps"][0]["timeout_seconds"] = 30
    updated = service.update_topology(created.id, "Weekdays 2", config, version=created.version)
    assert updated.version > created.version
    service.delete_topology(created.id)
    with pytest.raises(NotFound):
        service.get_topology(created.id)

    names = [(e.name, e.object_id) for e in events(admin)]
    assert names == [
        (n, created.platform_id) for n in ("topology.created", "topology.updated", "topology.destroyed")
    ]
    update = events(admin)[1].changes
    assert update["name"] == {"from": "Weekdays", "to": "Weekdays 2"}
    assert update["config"]["to"]["queues"][0]["steps"][0]["timeout_seconds"] == 30


def test_a_draft_with_problems_is_saved_and_reports_them_but_a_bad_layout_is_refused(admin: Signed) -> None:
    ids = seed(admin)
    service = TopologyService(admin.ctx)
    config = good_config(ids)
    del config["queues"][0]["steps"][0]["timeout_seconds"]
    config["queues"][0]["steps"][1]["target"]["team_ids"] = ["gone"]
    draft = service.create_topology("Draft", config)
    assert [(p.message.code, p.queue_index, p.step_index) for p in draft.problems] == [
        ("topology.timeout_required", 0, 0),
        ("topology.unknown_ids", 0, 1),
    ]
    assert [(r.name, r.problem_count) for r in service.list_topologies(ListQuery())] == [("Draft", 2)]
    with pytest.raises(InvalidTopology) as refused:
        service.create_topology("Broken", {"queues": "none"})
    assert refused.value.problems[0].path == ("queues",)
    with pytest.raises(ValidationError) as named:
        service.create_topology(" draft ", good_config(ids))
    assert named.value.errors["name"].code == "topology.name_taken"
    assert service.check_config(good_config(ids)) == ()


def test_one_active_at_a_time_and_an_invalid_config_is_not_activated(admin: Signed) -> None:
    ids = seed(admin)
    service = TopologyService(admin.ctx)
    first = service.create_topology("First", good_config(ids))
    second = service.create_topology("Second", good_config(ids))
    assert service.activate_topology(second.id).active
    assert service.activate_topology(first.id).active
    assert not service.get_topology(second.id).active
    assert [r.name for r in service.list_topologies(ListQuery(filters={"active": True}))] == ["First"]
    activated = [e for e in events(admin) if e.name == "topology.activated"]
    assert [e.object_id for e in activated] == [second.platform_id, first.platform_id]
    assert activated[1].details["previous_topology_id"] == second.platform_id

    bad = good_config(ids)
    bad["queues"][0]["steps"][2]["target"] = {}
    draft = service.create_topology("Bad", bad)
    with pytest.raises(InvalidTopology) as refused:
        service.activate_topology(draft.id)
    assert refused.value.code == "topology.invalid"
    assert [(p.message.code, p.step_index) for p in refused.value.problems] == [("topology.empty_target", 2)]
    assert service.get_topology(first.id).active  # unchanged

    with pytest.raises(InvalidTopology):  # the live one stays valid
        service.update_topology(first.id, "First", bad)
    with pytest.raises(Conflict) as active_delete:
        service.delete_topology(first.id)
    assert active_delete.value.code == "topology.active_delete"
    assert not service.deactivate_topology(first.id).active
    service.delete_topology(first.id)


def test_activation_and_edit_compose_in_one_unit_of_work(admin: Signed) -> None:
    ids = seed(admin)
    with UnitOfWork(admin.ctx) as uow:
        made = topologies.create_topology(uow, "Night", good_config(ids))
        topologies.activate_topology(uow, made.id)
        uow.commit()
    assert TopologyService(admin.ctx).get_topology(made.id).active


def test_two_sessions_editing_one_topology_conflict(admin: Signed) -> None:
    ids = seed(admin)
    service = TopologyService(admin.ctx)
    made = service.create_topology("Shared", good_config(ids))
    mine, theirs = service.get_topology(made.id), service.get_topology(made.id)
    changed = good_config(ids)
    changed["queues"][0]["name"] = "orders fr"
    service.update_topology(made.id, "Shared", changed, version=theirs.version)
    with pytest.raises(Conflict) as stale:
        service.update_topology(made.id, "Shared (mine)", good_config(ids), version=mine.version)
    assert stale.value.is_stale_edit and stale.value.changed_by == "ada"
    assert set(stale.value.fields) == {"name", "config"}
    kept = service.update_topology(
        made.id, "Shared (mine)", good_config(ids), version=stale.value.current_version
    )
    assert kept.name == "Shared (mine)"


def test_everything_needs_manage_topologies(admin: Signed) -> None:
    ids = seed(admin)
    made = TopologyService(admin.ctx).create_topology("T", good_config(ids))
    with admin.db.session_factory() as session:
        role = session.scalars(select(Role).join(Role.permissions)).first()
        assert role is not None
        session.execute(
            RolePermission.__table__.delete().where(
                RolePermission.role_id == role.id, RolePermission.permission == "manage_topologies"
            )
        )
        session.commit()
    service = TopologyService(admin.ctx)
    for call in (
        lambda: service.list_topologies(ListQuery()),
        lambda: service.get_topology(made.id),
        lambda: service.create_topology("U", good_config(ids)),
        lambda: service.update_topology(made.id, "U", good_config(ids)),
        lambda: service.activate_topology(made.id),
        lambda: service.deactivate_topology(made.id),
        lambda: service.delete_topology(made.id),
        lambda: service.check_config({}),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with admin.db.session_factory() as session:
        assert session.scalar(select(Topology.name)) == "T"
