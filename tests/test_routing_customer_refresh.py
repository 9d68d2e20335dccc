"""A running engine follows the Digital section: when an administrator tags a customer, edits a
custom value, merges identities or merges a tag — on this workstation or another — the next
message of that customer past the engine's once-a-second journal look routes on the new profile."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from conftest import Signed
from routing_engine_setup import Clock, World, build_world, message
from sqlalchemy import select

from engage_desktop.db import Database
from engage_desktop.models import RulesEngineRule
from engage_desktop.models.identities import Identity
from engage_desktop.models.interactions import RoutingTask
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.digital.custom_fields import CustomFieldForm, CustomFieldService
from engage_desktop.services.digital.identity_groups import IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.tags import TagService
from engage_desktop.services.routing.engine import LiveRoutingEngine
from engage_desktop.services.routing.engine.customer import customer_key
from engage_desktop.services.routing.engine.profile_changes import (
    EVERYONE_CHANGES,
    GROUP_CHANGES,
    REFRESH_SECONDS,
    UNSEEN_CHANGES,
    ProfileChanges,
    Stale,
)
from engage_desktop.services.routing.engine.raw_sql import EngineConnection, engine_of

VIP_PRIORITY = 90
SERVICES = Path(__file__).resolve().parent.parent / "engage_desktop" / "services"


@dataclass
class Setup:
    admin: Signed
    world: World
    clock: Clock
    engine: LiveRoutingEngine
    sent: Iterator[int]

    def send(self, author: str = "x") -> tuple[bool, int]:
        """One new message (a new thread, so a new task) from `author`: (matched the rule, priority)."""
        outcome = self.engine.ingest(replace(message(next(self.sent)), author=author))
        with self.admin.db.session_factory() as session:
            task = session.get(RoutingTask, outcome.task_id)
            assert task is not None
            matched = self.world.category_ids[1] in outcome.category_ids
            assert matched == (task.priority == VIP_PRIORITY)  # both actions of the rule, or neither
            return matched, task.priority

    def group_of(self, author: str = "x") -> int:
        with self.admin.db.session_factory() as session:
            identity = session.scalar(select(Identity).where(Identity.foreign_id == author))
            assert identity is not None and identity.identity_group_id is not None
            return identity.identity_group_id

    def identity_of(self, author: str = "x") -> int:
        with self.admin.db.session_factory() as session:
            found = session.scalar(select(Identity.id).where(Identity.foreign_id == author))
            assert found is not None
            return found

    def a_second_later(self) -> None:
        self.clock.advance(REFRESH_SECONDS)


def _start(admin: Signed, condition: dict[str, Any]) -> Setup:
    """A rule: customers matching `condition` get the Orders category and priority 90; the engine
    running with its clock in the test's hand."""
    world = build_world(ServiceContext(admin.db.session_factory), agents=2)
    with admin.db.session_factory() as session:
        session.add(
            RulesEngineRule(
                name="VIP customers",
                name_key="vip customers",
                position=1,
                conditions={"all": [condition]},
                actions=[
                    {"kind": "add_category", "target": world.category_platform_ids[1]},
                    {"kind": "set_priority", "priority": VIP_PRIORITY},
                ],
            )
        )
        session.commit()
    clock = Clock()
    engine = LiveRoutingEngine(ServiceContext(admin.db.session_factory), clock=clock)
    return Setup(admin, world, clock, engine, iter(range(1, 1000)))


def _tag_rule(admin: Signed, name: str = "VIP") -> tuple[Setup, int]:
    tag = TagService(admin.ctx).create_tag(name)
    return _start(admin, {"kind": "customer_tag", "values": [tag.platform_id]}), tag.id


def test_tagging_a_customer_routes_their_next_message_on_the_tag(admin: Signed) -> None:
    setup, vip = _tag_rule(admin)
    assert setup.send() == (False, 10)  # a new customer, no tag: the source's default priority

    IdentityGroupService(admin.ctx).set_group_tags(setup.group_of(), [vip])
    setup.clock.advance(REFRESH_SECONDS / 2)
    assert setup.send()[0] is False  # within the second: the engine has not looked yet
    setup.clock.advance(REFRESH_SECONDS / 2)

    assert setup.send() == (True, VIP_PRIORITY)
    assert setup.send("someone else")[0] is False


def test_removing_the_tag_stops_the_rule_matching(admin: Signed) -> None:
    setup, vip = _tag_rule(admin)
    setup.send()
    profiles = IdentityGroupService(admin.ctx)
    profiles.set_group_tags(setup.group_of(), [vip])
    setup.a_second_later()
    assert setup.send()[0] is True

    profiles.set_group_tags(setup.group_of(), [])
    setup.a_second_later()

    assert setup.send()[0] is False


def test_a_custom_field_value_routes_the_next_message(admin: Signed) -> None:
    CustomFieldService(admin.ctx).create_custom_field(
        CustomFieldForm("IdentityGroup", "plan", "Plan", "string")
    )
    setup = _start(admin, {"kind": "custom_field", "key": "plan", "value": "gold"})
    assert setup.send()[0] is False

    IdentityGroupService(admin.ctx).set_custom_field_values(setup.group_of(), {"plan": "Gold"})
    setup.a_second_later()
    assert setup.send()[0] is True

    IdentityGroupService(admin.ctx).set_custom_field_values(setup.group_of(), {"plan": "silver"})
    setup.a_second_later()
    assert setup.send()[0] is False


def test_merging_into_a_tagged_profile_and_unmerging_follow(admin: Signed) -> None:
    setup, vip = _tag_rule(admin)
    setup.send("vip")  # the tagged customer's identity, made by the engine
    profiles = IdentityGroupService(admin.ctx)
    profiles.set_group_tags(setup.group_of("vip"), [vip])
    setup.send()
    setup.a_second_later()
    assert setup.send()[0] is False

    merges = IdentityMergeService(admin.ctx)
    merges.merge_identity(setup.identity_of(), setup.group_of("vip"))
    setup.a_second_later()
    assert setup.send()[0] is True  # x is now the same customer as vip

    merges.remove_identity_from_group(setup.identity_of(), setup.group_of("vip"))
    setup.a_second_later()
    assert setup.send()[0] is False
    assert setup.send("vip")[0] is True


def test_merging_and_deleting_tags_reach_every_cached_customer(admin: Signed) -> None:
    setup, vip = _tag_rule(admin)
    tags = TagService(admin.ctx)
    premium = tags.create_tag("Premium")
    setup.send()
    IdentityGroupService(admin.ctx).set_group_tags(setup.group_of(), [premium.id])
    setup.a_second_later()
    assert setup.send()[0] is False

    tags.merge_tags([premium.id], vip)  # Premium customers are VIP customers now
    setup.a_second_later()
    assert setup.send()[0] is True

    tags.delete_tag(vip)
    setup.a_second_later()
    assert setup.send()[0] is False


def test_a_change_made_on_another_workstation_is_seen(admin: Signed) -> None:
    setup, vip = _tag_rule(admin)
    setup.send()
    elsewhere = Database(admin.db.url)  # its own engine, pool and connections
    try:
        ctx = ServiceContext(elsewhere.session_factory, workstation="desk-2").acting_as(admin.user.id)
        IdentityGroupService(ctx).set_group_tags(setup.group_of(), [vip])
    finally:
        elsewhere.dispose()
    setup.a_second_later()

    assert setup.send() == (True, VIP_PRIORITY)


def test_the_look_names_the_changed_profiles_only_and_skips_the_engines_own_events(admin: Signed) -> None:
    """A profile's change forgets its authors only; a tag's change, everyone; the engine's own
    journal (identities it created, tasks) is no change at all."""
    setup, vip = _tag_rule(admin)
    setup.send()
    setup.send("y")
    connection = EngineConnection(engine_of(admin.db.session_factory))
    clock = Clock()
    changes = ProfileChanges(clock)
    try:
        with connection.transaction() as sql:
            assert changes.check(sql, cached=True) is None  # where the journal stands
            clock.advance(REFRESH_SECONDS)
            setup.send("z")  # the engine creates z, journals it and its task
            assert changes.check(sql, cached=True) is None

        IdentityGroupService(admin.ctx).set_group_tags(setup.group_of(), [vip])
        with connection.transaction() as sql:
            assert changes.check(sql, cached=True) is None  # not due: the same second
            assert changes.check(sql, cached=False) is None  # nothing cached: nothing to look for
            clock.advance(REFRESH_SECONDS)
            community_id = setup.engine.core.config.sources[setup.world.source_id].community_id
            assert changes.check(sql, cached=True) == Stale(
                False, frozenset({customer_key(community_id, "x")})
            )
            clock.advance(REFRESH_SECONDS)
            assert changes.check(sql, cached=True) is None  # seen once

        TagService(admin.ctx).update_tag(vip, "Very important")
        clock.advance(REFRESH_SECONDS)
        with connection.transaction() as sql:
            assert changes.check(sql, cached=True) == Stale(True)
    finally:
        connection.close()


def test_every_profile_change_the_services_journal_is_watched_or_known_harmless() -> None:
    """A new journal name for tags, custom fields, identities or profiles must be sorted here, or a
    live engine would keep routing on the old profile."""
    recorded = set()
    for path in SERVICES.rglob("*.py"):
        if "engine" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        recorded |= set(
            re.findall(
                r"record\(\s*(?:uow,\s*)?\"((?:identity|identity_group|tag|custom_field)\.\w+)\"", text
            )
        )
    assert recorded >= {"identity_group.updated", "tag.destroyed", "identity.merged"}  # the scan sees them
    assert recorded <= {*GROUP_CHANGES, *EVERYONE_CHANGES, *UNSEEN_CHANGES}
