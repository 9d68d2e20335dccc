"""Where topologies and rules name a category, for the Categories page (usage counts) and for a
category's deletion (category_references.py), which removes the mentions in its own unit of work.

A deleted category can never be on a task again, so what only it could reach is dead and goes:
a queue matching only deleted categories, a step targeting only them (a queue left without steps
goes too). In a rule the category leaves its conditions (a "category is" condition left empty
never matches, as before) and its add/remove actions; a rule left without actions is switched off.
One journal event per topology or rule changed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import Category, RulesEngineRule, Topology
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.unit_of_work import UnitOfWork
from engage_desktop.services.routing.category_references import CategoryReference
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    Condition,
    ConditionKind,
    Group,
    Leaf,
    Not,
    action_from_dict,
    action_to_dict,
    condition_from_dict,
    condition_to_dict,
)
from engage_desktop.services.routing.topology_config import (
    Queue,
    Step,
    TopologyConfig,
    config_to_dict,
    parse_config,
)


def _platform_ids(session: Session, category_ids: Collection[int]) -> dict[int, str]:
    if not category_ids:
        return {}
    stmt = select(Category.id, Category.platform_id).where(Category.id.in_(list(category_ids)))
    return {int(cid): str(pid) for cid, pid in session.execute(stmt)}


# ---- topologies ------------------------------------------------------------------------------------
def topology_category_ids(config: TopologyConfig) -> set[str]:
    found: set[str] = set()
    steps = [s for q in config.queues for s in q.steps] + list(config.default_queue or ())
    for queue in config.queues:
        found.update(queue.match.category_ids or () if queue.match else ())
    for step in steps:
        if isinstance(step.target.categories, tuple):
            found.update(step.target.categories)
    return found


def _steps_without(steps: tuple[Step, ...], gone: set[str]) -> tuple[Step, ...]:
    kept = []
    for step in steps:
        categories = step.target.categories
        if isinstance(categories, tuple) and set(categories) & gone:
            left = tuple(c for c in categories if c not in gone)
            if not left:
                continue  # no agent can hold a deleted category: the step is dead
            step = replace(step, target=replace(step.target, categories=left))
        kept.append(step)
    return tuple(kept)


def config_without_categories(config: TopologyConfig, gone: set[str]) -> TopologyConfig:
    queues = []
    for queue in config.queues:
        match = queue.match
        if match is not None and match.category_ids is not None and set(match.category_ids) & gone:
            left = tuple(c for c in match.category_ids if c not in gone)
            if not left:
                continue  # it took only tasks of deleted categories: none will come
            match = replace(match, category_ids=left)
        steps = _steps_without(queue.steps, gone)
        if queue.steps and not steps:
            continue
        queues.append(Queue(queue.name, steps, queue.channel_id, match, queue.overflow_to))
    default = config.default_queue
    if default is not None:
        default = _steps_without(default, gone) or None
    return TopologyConfig(tuple(queues), default, config.special_queues)


def _count_in_topologies(session: Session, category_ids: Collection[int]) -> dict[int, int]:
    pids = _platform_ids(session, category_ids)
    counts: dict[int, int] = {}
    for config in session.scalars(select(Topology.config)):
        parsed = parse_config(config).config
        used = topology_category_ids(parsed) if parsed else set()
        for cid, pid in pids.items():
            if pid in used:
                counts[cid] = counts.get(cid, 0) + 1
    return counts


def _remove_from_topologies(uow: UnitOfWork, category_ids: Collection[int]) -> None:
    gone = set(_platform_ids(uow.session, category_ids).values())
    for topology in uow.session.scalars(select(Topology).order_by(Topology.id)):
        parsed = parse_config(topology.config).config
        if parsed is None or not topology_category_ids(parsed) & gone:
            continue
        before = {"config": topology.config}
        topology.config = config_to_dict(config_without_categories(parsed, gone))
        uow.session.flush()
        uow.record(
            "topology.updated",
            object_type="topology",
            object_id=topology.platform_id,
            changes=field_diff(before, {"config": topology.config}),
            details={"removed_category_ids": sorted(gone)},
        )


TOPOLOGY_CATEGORIES = CategoryReference("topologies", _count_in_topologies, _remove_from_topologies)


# ---- rules -----------------------------------------------------------------------------------------
def condition_without_categories(condition: Condition, gone: set[str]) -> Condition:
    if isinstance(condition, Group):
        return Group(condition.mode, tuple(condition_without_categories(c, gone) for c in condition.children))
    if isinstance(condition, Not):
        return Not(condition_without_categories(condition.child, gone))
    if condition.kind == ConditionKind.CATEGORY:
        return replace(condition, values=tuple(v for v in condition.values if v not in gone))
    return condition


def rule_category_ids(condition: Condition, actions: Collection[Action]) -> set[str]:
    found = {a.target for a in actions if a.kind in (ActionKind.ADD_CATEGORY, ActionKind.REMOVE_CATEGORY)}

    def walk(node: Condition) -> None:
        if isinstance(node, Group):
            for child in node.children:
                walk(child)
        elif isinstance(node, Not):
            walk(node.child)
        elif isinstance(node, Leaf) and node.kind == ConditionKind.CATEGORY:
            found.update(node.values)

    walk(condition)
    return found


def _read(rule: RulesEngineRule) -> tuple[Condition, list[Action]] | None:
    try:
        return condition_from_dict(rule.conditions), [action_from_dict(a) for a in rule.actions or []]
    except ValueError:
        return None


def _count_in_rules(session: Session, category_ids: Collection[int]) -> dict[int, int]:
    pids = _platform_ids(session, category_ids)
    counts: dict[int, int] = {}
    for rule in session.scalars(select(RulesEngineRule)):
        read = _read(rule)
        used = rule_category_ids(*read) if read else set()
        for cid, pid in pids.items():
            if pid in used:
                counts[cid] = counts.get(cid, 0) + 1
    return counts


def _remove_from_rules(uow: UnitOfWork, category_ids: Collection[int]) -> None:
    gone = set(_platform_ids(uow.session, category_ids).values())
    category_actions = (ActionKind.ADD_CATEGORY, ActionKind.REMOVE_CATEGORY)
    for rule in uow.session.scalars(
        select(RulesEngineRule).order_by(RulesEngineRule.position, RulesEngineRule.id)
    ):
        read = _read(rule)
        if read is None or not rule_category_ids(*read) & gone:
            continue
        condition, actions = read
        before: dict[str, Any] = {
            "conditions": rule.conditions,
            "actions": rule.actions,
            "active": rule.active,
        }
        kept = [a for a in actions if not (a.kind in category_actions and a.target in gone)]
        rule.conditions = condition_to_dict(condition_without_categories(condition, gone))
        rule.actions = [action_to_dict(a) for a in kept]
        rule.active = rule.active and bool(kept)
        uow.session.flush()
        uow.record(
            "rules_engine_rule.updated",
            object_type="rules_engine_rule",
            object_id=rule.platform_id,
            changes=field_diff(
                before, {"conditions": rule.conditions, "actions": rule.actions, "active": rule.active}
            ),
            details={"rules_engine_rule_id": rule.platform_id, "removed_category_ids": sorted(gone)},
        )


RULE_CATEGORIES = CategoryReference("rules", _count_in_rules, _remove_from_rules)
