"""Deleting a category updates the topologies and rules naming it in the same transaction (pure
transformations, then through the Categories deletion service on SQLite and PostgreSQL)."""

from __future__ import annotations

from conftest import Signed
from sqlalchemy import select

from engage_desktop.models import AuditEvent, Category
from engage_desktop.services.routing.category_deletion import CategoryDeletionService
from engage_desktop.services.routing.category_mentions import (
    condition_without_categories,
    config_without_categories,
)
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    ConditionKind,
    Group,
    Leaf,
    Not,
    RuleSpec,
)
from engage_desktop.services.routing.rules import RuleForm, RuleService
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.routing.topology_config import (
    Match,
    Queue,
    Step,
    Target,
    TopologyConfig,
    validate_config,
)

ANY = Step(Target(any_agent=True))


def test_what_only_deleted_categories_reach_goes_the_rest_stays() -> None:
    config = TopologyConfig(
        queues=(
            Queue("only x", (ANY,), match=Match(category_ids=("x",))),
            Queue(
                "x or y", (Step(Target(categories=("x", "y")), 30), ANY), match=Match(category_ids=("x", "y"))
            ),
            Queue("x agents", (Step(Target(categories=("x",))),), match=Match(languages=("fr",))),
        ),
        default_queue=(Step(Target(categories=("x",)), 30), ANY),
    )
    after = config_without_categories(config, {"x"})
    assert after == TopologyConfig(
        queues=(
            Queue("x or y", (Step(Target(categories=("y",)), 30), ANY), match=Match(category_ids=("y",))),
        ),
        default_queue=(ANY,),
    )
    assert validate_config(after) == []
    condition = Group(
        "all", (Leaf(ConditionKind.CATEGORY, ("x", "y")), Not(Leaf(ConditionKind.CATEGORY, ("x",))))
    )
    assert condition_without_categories(condition, {"x"}) == Group(
        "all", (Leaf(ConditionKind.CATEGORY, ("y",)), Not(Leaf(ConditionKind.CATEGORY, ())))
    )


def test_deleting_a_category_updates_topologies_and_rules_in_one_transaction(admin: Signed) -> None:
    with admin.db.session_factory() as session:
        orders, billing = (
            Category(name="Orders", name_key="orders"),
            Category(name="Billing", name_key="billing"),
        )
        session.add_all([orders, billing])
        session.commit()
        ids = {"orders": (orders.id, orders.platform_id), "billing": (billing.id, billing.platform_id)}
    orders_pid, billing_pid = ids["orders"][1], ids["billing"][1]
    topologies, rules = TopologyService(admin.ctx), RuleService(admin.ctx)
    live = topologies.create_topology(
        "Live",
        {
            "queues": [
                {
                    "name": "orders",
                    "match": {"category_ids": [orders_pid]},
                    "steps": [{"target": {"any_agent": True}}],
                },
                {
                    "name": "billing",
                    "match": {"category_ids": [billing_pid]},
                    "steps": [{"target": {"any_agent": True}}],
                },
            ],
            "default_queue": {
                "steps": [
                    {"target": {"categories": [orders_pid]}, "timeout_seconds": 30},
                    {"target": {"any_agent": True}},
                ]
            },
        },
    )
    topologies.activate_topology(live.id)
    tagging = rules.create_rule(
        RuleForm("Tag orders", RuleSpec(actions=(Action(ActionKind.ADD_CATEGORY, orders_pid),)))
    )
    both = rules.create_rule(
        RuleForm(
            "Orders are urgent",
            RuleSpec(
                condition=Group("all", (Leaf(ConditionKind.CATEGORY, (orders_pid, billing_pid)),)),
                actions=(Action(ActionKind.SET_PRIORITY, priority=80),),
            ),
        )
    )
    deletion = CategoryDeletionService(admin.ctx)
    impact = deletion.deletion_impact(ids["orders"][0])
    assert impact.usage.get("topologies") == 1 and impact.usage.get("rules") == 2

    deletion.delete_category(ids["orders"][0], remove_references=True)

    after = topologies.get_topology(live.id)
    assert after.active and after.problems == ()
    assert [q["name"] for q in after.config["queues"]] == ["billing"]
    assert after.config["default_queue"] == {"steps": [{"target": {"any_agent": True}}]}
    tag_rule = rules.get_rule(tagging.id)
    assert tag_rule.spec.actions == () and not tag_rule.active  # nothing left to do: switched off
    assert rules.get_rule(both.id).spec.condition == Group(
        "all", (Leaf(ConditionKind.CATEGORY, (billing_pid,)),)
    )
    with admin.db.session_factory() as session:
        names = list(session.scalars(select(AuditEvent.name).order_by(AuditEvent.seq)))[-4:]
    assert sorted(names) == [
        "category.destroyed",
        "rules_engine_rule.updated",
        "rules_engine_rule.updated",
        "topology.updated",
    ]
