"""Pipeline step 1's identity: the author of a message becomes (or is found as) an identity on the
source's community with a customer profile; rules on the customer's tags, custom fields and
profile then match, live and in the simulator; unknown authors are created exactly once."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from routing_engine_setup import START, Clock, World, build_world, message
from sqlalchemy import func, select, text

from engage_desktop.db import Database
from engage_desktop.models import AuditEvent, Community, ContentSource, IdentityGroupTag, RulesEngineRule, Tag
from engage_desktop.models.identities import Identity, IdentityGroup
from engage_desktop.models.interactions import Interaction, Intervention
from engage_desktop.services.channels.identities import build_identity
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.journal import verify_chain
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.digital.identity_group_records import build_identity_group
from engage_desktop.services.routing.engine import LiveRoutingEngine, RoutingCore, run_simulation
from engage_desktop.services.routing.engine.configuration import read_configuration
from engage_desktop.services.routing.engine.customer import CustomerProfile, build_profile, customer_key
from engage_desktop.services.routing.engine.identity_step import IdentityStep
from engage_desktop.services.routing.engine.raw_sql import EngineConnection, engine_of
from engage_desktop.services.routing.simulation_scenarios import SimulationService


def _rule(session: object, name: str, condition: dict[str, object], category_pid: str) -> None:
    session.add(  # type: ignore[attr-defined]
        RulesEngineRule(
            name=name,
            name_key=name.lower(),
            position=1,
            conditions={"all": [condition]},
            actions=[{"kind": "add_category", "target": category_pid}],
        )
    )


def _known_customer(database: Database, world: World, author: str) -> tuple[int, str]:
    """An identity `author` on the world's community whose profile carries the tag VIP and the
    custom value plan=gold; a rule adds the second category on that tag. Returns (identity, tag)."""
    with database.session_factory() as session:
        community_id = session.get(ContentSource, world.source_id).community_id  # type: ignore[union-attr]
        group = build_identity_group(
            firstname="Grace", lastname="Hopper", custom_field_values={"plan": "gold"}
        )
        tag = Tag(name="VIP", name_key="vip")
        session.add_all([group, tag])
        session.flush()
        session.add(IdentityGroupTag(identity_group_id=group.id, tag_id=tag.id))
        identity = build_identity(
            community_id,
            display_name="Grace",
            screenname=author,
            foreign_id=author,
            identity_group_id=group.id,
        )
        session.add(identity)
        _rule(
            session,
            "VIP customers",
            {"kind": "customer_tag", "values": [tag.platform_id]},
            world.category_platform_ids[1],
        )
        session.commit()
        return identity.id, tag.platform_id


def _counts(database: Database) -> tuple[int, int]:
    with database.session_factory() as session:
        identities = session.scalar(select(func.count()).select_from(Identity)) or 0
        groups = session.scalar(select(func.count()).select_from(IdentityGroup)) or 0
        return identities, groups


def test_a_rule_on_the_customers_tag_categorises_a_known_authors_message(db: Database) -> None:
    ctx = ServiceContext(db.session_factory)
    world = build_world(ctx, agents=2)
    identity_id, _tag = _known_customer(db, world, "grace@x")
    before = _counts(db)
    engine = LiveRoutingEngine(ctx, clock=Clock())

    vip = engine.ingest(replace(message(1), author="grace@x"))
    other = engine.ingest(message(2))  # author customer2: unknown, created, no tag

    assert world.category_ids[1] in vip.category_ids
    assert world.category_ids[1] not in other.category_ids
    with db.session_factory() as session:
        row = session.scalar(select(Interaction).where(Interaction.foreign_id == "m1"))
        assert (
            row is not None and row.identity_id == identity_id and world.category_ids[1] in row.category_ids
        )
        intervention = session.get(Intervention, row.intervention_id)
        assert intervention is not None and intervention.identity_id == identity_id
        created = session.scalar(select(Interaction).where(Interaction.foreign_id == "m2"))
        assert created is not None and created.identity_id is not None and created.identity_id != identity_id
        newcomer = session.get(Identity, created.identity_id)
        assert newcomer is not None
        assert (newcomer.foreign_id, newcomer.screenname, newcomer.controlled) == (
            "customer2",
            "customer2",
            False,
        )
        assert newcomer.identity_group_id is not None
        assert verify_chain(session).ok
    assert _counts(db) == (before[0] + 1, before[1] + 1)


def test_rules_on_custom_fields_and_profile_attributes_match_live(db: Database) -> None:
    ctx = ServiceContext(db.session_factory)
    world = build_world(ctx, agents=1)
    _known_customer(db, world, "grace@x")
    with db.session_factory() as session:
        session.execute(RulesEngineRule.__table__.delete())
        _rule(
            session,
            "Gold plan",
            {"kind": "custom_field", "key": "plan", "value": "GOLD"},
            world.category_platform_ids[1],
        )
        _rule(
            session,
            "Hoppers",
            {"kind": "identity_group", "key": "lastname", "value": "hop"},
            world.category_platform_ids[0],
        )
        session.commit()
    engine = LiveRoutingEngine(ctx, clock=Clock())
    outcome = engine.ingest(replace(message(1), author="grace@x"))
    assert set(world.category_ids) <= outcome.category_ids


def test_an_unknown_author_is_created_once_however_often_they_write(db: Database) -> None:
    ctx = ServiceContext(db.session_factory)
    build_world(ctx, agents=1)
    before = _counts(db)
    clock = Clock()
    engine = LiveRoutingEngine(ctx, clock=clock)
    first = replace(message(1), author="newbie")
    engine.ingest(first)
    assert engine.ingest(first).duplicate  # the same message again
    engine.ingest(replace(message(2), author="newbie"))
    # A new engine run (empty cache) finds the identity in the database.
    clock.advance(30)
    again = LiveRoutingEngine(ctx, clock=clock)
    again.ingest(replace(message(3, seconds=40), author="newbie"))

    assert _counts(db) == (before[0] + 1, before[1] + 1)
    with db.session_factory() as session:
        linked = set(session.scalars(select(Interaction.identity_id)))
        assert len(linked) == 1 and None not in linked
        names = list(
            session.scalars(
                select(AuditEvent.name).where(
                    AuditEvent.name.in_(("identity.created", "identity_group.created"))
                )
            )
        )
        assert sorted(names) == ["identity.created", "identity_group.created"]
        event = session.scalar(select(AuditEvent).where(AuditEvent.name == "identity.created"))
        identity = session.scalar(select(Identity).where(Identity.foreign_id == "newbie"))
        assert event is not None and identity is not None and event.object_id == identity.platform_id
        assert event.object_type == "identity"
        # The keys the Identities and Customer profiles lists sort and search on, as their own code makes them.
        expected = build_identity(
            identity.community_id, display_name="newbie", screenname="newbie", foreign_id="newbie"
        )
        assert (identity.display_name_key, identity.search_key) == (
            expected.display_name_key,
            expected.search_key,
        )
        group = session.get(IdentityGroup, identity.identity_group_id)
        assert group is not None
        expected_group = build_identity_group()
        assert (group.name_key, group.search_key) == (expected_group.name_key, expected_group.search_key)


def test_the_same_screen_name_on_another_community_is_another_identity(db: Database) -> None:
    ctx = ServiceContext(db.session_factory)
    world = build_world(ctx, agents=1)
    with db.session_factory() as session:
        source = session.get(ContentSource, world.other_source_id)
        assert source is not None
        community = Community(name="Mail", name_key="mail", type="email")
        session.add(community)
        session.flush()
        source.community_id = community.id
        session.commit()
    before = _counts(db)
    engine = LiveRoutingEngine(ctx, clock=Clock())
    engine.ingest(replace(message(1), author="sam"))
    engine.ingest(replace(message(2, source="Mail"), author="sam"))
    assert _counts(db) == (before[0] + 2, before[1] + 2)


def test_the_simulator_matches_customer_tags_given_as_data(sqlite_db: Database) -> None:
    ctx = ServiceContext(sqlite_db.session_factory)
    world = build_world(ctx, agents=2)
    _known_customer(sqlite_db, world, "grace@x")
    with sqlite_db.session_factory() as session:
        rule = session.scalar(select(RulesEngineRule))
        assert rule is not None
        rule.actions = [{"kind": "ignore"}]  # VIP messages are handled elsewhere: no task here
        session.commit()
        config = read_configuration(session)
    community_id = config.sources[world.source_id].community_id
    tag_pid = next(iter(config.rules[0].spec.condition.children)).values[0]  # type: ignore[union-attr]
    vip = build_profile(1, 1, [(tag_pid, "VIP")], {}, {})
    with_customers = replace(config, customers={customer_key(community_id, "grace@x"): vip})
    trace = [replace(message(n), author="grace@x" if n % 2 else f"c{n}") for n in range(1, 11)]

    plain = run_simulation(config, trace)
    knowing = run_simulation(with_customers, trace)

    assert plain.tasks == 10
    assert knowing.tasks == 5  # the five VIP messages were ignored by the rule
    core = RoutingCore(with_customers)
    outcome = core.ingest("Web chat", "x1", "tx", "Hi", "en", START.timestamp(), "grace@x")
    assert outcome.ignored
    details = core.drain()[0].details
    assert details["identity_id"] == 1
    explicit = RoutingCore(config).ingest(
        "Web chat",
        "x2",
        "ty",
        "Hi",
        "en",
        START.timestamp(),
        "",
        CustomerProfile(7, None, frozenset({tag_pid})),
    )
    assert explicit.ignored


def test_replays_with_customers_give_identical_journals(tmp_path: Path) -> None:
    runs = []
    for name in ("a", "b"):
        database = Database(f"sqlite:///{tmp_path}/{name}.sqlite3")
        database.upgrade()
        ensure_reference_data(ServiceContext(database.session_factory))
        ctx = ServiceContext(database.session_factory)
        world = build_world(ctx, agents=3, soft=1)
        _known_customer(database, world, "grace@x")
        clock = Clock()
        engine = LiveRoutingEngine(ctx, clock=clock)
        for agent in world.agent_ids:
            engine.connect(agent)
        for n in range(1, 21):
            clock.at = (START + timedelta(seconds=5 * n)).timestamp()
            author = "grace@x" if n % 3 == 0 else f"c{n % 7}"
            engine.ingest(replace(message(n, seconds=5 * n, thread=f"t{n % 9}"), author=author))
        with database.session_factory() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.name.like("task.%") | AuditEvent.name.like("content.%"))
                .order_by(AuditEvent.seq)
            )
            runs.append([(e.name, e.object_id, e.details) for e in events])
        database.dispose()
    assert runs[0] == runs[1]
    assert any(d.get("identity_id") for name, _o, d in runs[0] if name == "content.created")


@pytest.mark.postgres
def test_two_writers_racing_for_one_new_author_create_it_once(postgres_server: Any) -> None:
    """Writer A creates the identity and holds its transaction open until writer B is seen waiting
    on the author's lock; B then finds A's identity instead of creating a second one. Two
    different authors at once are two identities, neither waiting for the other."""
    database = Database(postgres_server.new_database())
    database.upgrade()
    ctx = ServiceContext(database.session_factory)
    world = build_world(ctx, agents=1)
    connection = EngineConnection(engine_of(database.session_factory))
    at = START.timestamp()
    a_created = threading.Event()
    results: dict[str, Any] = {}

    def writer_a() -> None:
        with connection.transaction() as sql:
            results["a"] = IdentityStep().resolve(sql, world.source_id, "racer", at)
            a_created.set()
            _wait_for_a_waiting_advisory_lock(database)
            sql.commit()

    def writer_b() -> None:
        a_created.wait(30)
        with connection.transaction() as sql:
            results["b"] = IdentityStep().resolve(sql, world.source_id, "racer", at)
            results["c"] = IdentityStep().resolve(sql, world.source_id, "someone else", at)
            sql.commit()

    threads = [threading.Thread(target=writer_a), threading.Thread(target=writer_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    (a, a_events), (b, b_events), (c, c_events) = results["a"], results["b"], results["c"]
    assert a is not None and b is not None and c is not None
    assert a.identity_id == b.identity_id != c.identity_id
    assert len(a_events) == 2 and b_events == [] and len(c_events) == 2
    with database.session_factory() as session:
        assert (
            session.scalar(select(func.count()).select_from(Identity).where(Identity.foreign_id == "racer"))
            == 1
        )
    database.dispose()


def _wait_for_a_waiting_advisory_lock(database: Database) -> None:
    waiting = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    for _ in range(600):
        with database.engine.connect() as conn:
            if conn.execute(text(waiting)).scalar():
                return
        time.sleep(0.05)
    raise AssertionError("writer B never waited for the author's lock")


def test_simulating_the_live_configuration_knows_its_tagged_customers(sqlite_admin: Any) -> None:
    database = sqlite_admin.db
    world = build_world(ServiceContext(database.session_factory), agents=2)
    _known_customer(database, world, "grace@x")
    with database.session_factory() as session:
        rule = session.scalar(select(RulesEngineRule))
        assert rule is not None
        rule.actions = [{"kind": "ignore"}]
        session.commit()
    service = SimulationService(sqlite_admin.ctx)
    config = service.current_configuration()
    assert [p.identity_id for p in config.customers.values()] == _identity_ids(database, "grace@x")
    trace = [replace(message(n), author="grace@x" if n % 2 else f"c{n}") for n in range(1, 11)]
    assert run_simulation(config, trace).tasks == 5


def _identity_ids(database: Database, foreign_id: str) -> list[int]:
    with database.session_factory() as session:
        return list(session.scalars(select(Identity.id).where(Identity.foreign_id == foreign_id)))
