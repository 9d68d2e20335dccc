"""Checks of a rules-engine rule before it is saved: each condition (empty values, an unsafe or
invalid pattern, unknown ids), conditions that can never hold together, and each action. Every
problem names the condition (its path in the tree) or the action (its index) it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from engage_desktop.services.core.errors import ErrorCode, Message
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.routing.regex_guard import regex_problem
from engage_desktop.services.routing.rule_conditions import (
    CLOSED,
    KEYED_KINDS,
    LIST_KINDS,
    OPEN,
    ActionKind,
    Condition,
    ConditionKind,
    Group,
    Leaf,
    Not,
    Path,
    RuleSpec,
)

VALUES_REQUIRED = ErrorCode(
    "rule.values_required", QT_TRANSLATE_NOOP("Errors", "Choose at least one value for this condition.")
)
TEXT_REQUIRED = ErrorCode("rule.text_required", QT_TRANSLATE_NOOP("Errors", "Type the text to look for."))
KEY_REQUIRED = ErrorCode("rule.key_required", QT_TRANSLATE_NOOP("Errors", "Choose the field to compare."))
HOURS_VALUE = ErrorCode(
    "rule.business_hours_value", QT_TRANSLATE_NOOP("Errors", "Business hours must be “open” or “closed”.")
)
IMPOSSIBLE = ErrorCode(
    "rule.impossible",
    QT_TRANSLATE_NOOP(
        "Errors", "These conditions can never all hold: a message has one {what}, not {values} at once."
    ),
)
EMPTY_ANY = ErrorCode(
    "rule.empty_any", QT_TRANSLATE_NOOP("Errors", "An “any of” group with no condition never matches.")
)
UNKNOWN_MODE = ErrorCode("rule.unknown_mode", QT_TRANSLATE_NOOP("Errors", "A group is “all” or “any”."))
ACTIONS_REQUIRED = ErrorCode("rule.actions_required", QT_TRANSLATE_NOOP("Errors", "Add at least one action."))
ACTION_TARGET_REQUIRED = ErrorCode(
    "rule.action_target_required", QT_TRANSLATE_NOOP("Errors", "Action {index} needs its {what}.")
)
PRIORITY_RANGE = ErrorCode(
    "rule.priority_range", QT_TRANSLATE_NOOP("Errors", "Action {index}: the priority goes from 0 to 100.")
)
UNKNOWN_RULE_IDS = ErrorCode("rule.unknown_ids", QT_TRANSLATE_NOOP("Errors", "Unknown {what}: {ids}."))

TARGET_WORDS = {
    ActionKind.ADD_CATEGORY: QT_TRANSLATE_NOOP("Errors", "category"),
    ActionKind.REMOVE_CATEGORY: QT_TRANSLATE_NOOP("Errors", "category"),
    ActionKind.ADD_TAG: QT_TRANSLATE_NOOP("Errors", "tag"),
    ActionKind.ROUTE_TO_QUEUE: QT_TRANSLATE_NOOP("Errors", "queue"),
    ActionKind.ROUTE_TO_TEAM: QT_TRANSLATE_NOOP("Errors", "team"),
    ActionKind.AUTO_REPLY: QT_TRANSLATE_NOOP("Errors", "reply-assistant entry"),
}
SINGLE_VALUED = {
    ConditionKind.SOURCE: QT_TRANSLATE_NOOP("Errors", "source"),
    ConditionKind.LANGUAGE: QT_TRANSLATE_NOOP("Errors", "language"),
    ConditionKind.BUSINESS_HOURS: QT_TRANSLATE_NOOP("Errors", "business-hours state"),
    ConditionKind.CUSTOM_FIELD: QT_TRANSLATE_NOOP("Errors", "value per custom field"),
}


def _word(text: str) -> Message:
    return Message("field.label", text, {})


@dataclass(frozen=True)
class RuleProblem:
    """`where` is "condition" (with the tree path) or "action" (with its index) or "rule"."""

    where: str
    path: Path
    message: Message


@dataclass(frozen=True)
class KnownRuleIds:
    category_ids: frozenset[str] | None = None
    source_ids: frozenset[str] | None = None
    tag_ids: frozenset[str] | None = None
    team_ids: frozenset[str] | None = None


def validate_rule(rule: RuleSpec, known: KnownRuleIds | None = None) -> list[RuleProblem]:
    known = known or KnownRuleIds()
    problems: list[RuleProblem] = []
    _check_condition(rule.condition, (), known, problems)
    if not rule.actions:
        problems.append(RuleProblem("rule", (), ACTIONS_REQUIRED()))
    for i, action in enumerate(rule.actions):
        index = i + 1
        if action.kind == ActionKind.SET_PRIORITY:
            if not isinstance(action.priority, int) or not 0 <= action.priority <= 100:
                problems.append(RuleProblem("action", (i,), PRIORITY_RANGE(index=index)))
        elif action.kind != ActionKind.IGNORE and not (
            isinstance(action.target, str) and action.target.strip()
        ):
            what = _word(TARGET_WORDS[action.kind])
            problems.append(RuleProblem("action", (i,), ACTION_TARGET_REQUIRED(index=index, what=what)))
        elif action.kind in (ActionKind.ADD_CATEGORY, ActionKind.REMOVE_CATEGORY):
            _unknown(problems, "action", (i,), "categories", [action.target], known.category_ids)
        elif action.kind == ActionKind.ADD_TAG:
            _unknown(problems, "action", (i,), "tags", [action.target], known.tag_ids)
        elif action.kind == ActionKind.ROUTE_TO_TEAM:
            _unknown(problems, "action", (i,), "teams", [action.target], known.team_ids)
    return problems


def _unknown(
    problems: list[RuleProblem],
    where: str,
    path: Path,
    what: str,
    values: Iterable[str],
    known: frozenset[str] | None,
) -> None:
    missing = [v for v in values if known is not None and v not in known]
    if missing:
        words = {
            "categories": QT_TRANSLATE_NOOP("Errors", "categories"),
            "sources": QT_TRANSLATE_NOOP("Errors", "sources"),
            "tags": QT_TRANSLATE_NOOP("Errors", "tags"),
            "teams": QT_TRANSLATE_NOOP("Errors", "teams"),
        }
        problems.append(RuleProblem(where, path, UNKNOWN_RULE_IDS(what=_word(words[what]), ids=missing)))


def _check_condition(condition: Condition, path: Path, known: KnownRuleIds, out: list[RuleProblem]) -> None:
    def add(message: Message, at: Path = path) -> None:
        out.append(RuleProblem("condition", at, message))

    if isinstance(condition, Not):
        _check_condition(condition.child, (*path, 0), known, out)
        return
    if isinstance(condition, Group):
        if condition.mode not in ("all", "any"):
            add(UNKNOWN_MODE())
        if condition.mode == "any" and not condition.children:
            add(EMPTY_ANY())
        for i, child in enumerate(condition.children):
            _check_condition(child, (*path, i), known, out)
        if condition.mode == "all":
            _check_possible(condition, path, add)
        return
    kind = condition.kind
    if kind in LIST_KINDS and not [v for v in condition.values if v.strip()]:
        add(VALUES_REQUIRED())
    elif kind == ConditionKind.TEXT_CONTAINS and not condition.value.strip():
        add(TEXT_REQUIRED())
    elif kind == ConditionKind.REGEX:
        problem = regex_problem(condition.value) if condition.value else TEXT_REQUIRED()
        if problem is not None:
            add(problem)
    elif kind == ConditionKind.BUSINESS_HOURS and condition.value not in (OPEN, CLOSED):
        add(HOURS_VALUE())
    elif kind in KEYED_KINDS and not condition.key.strip():
        add(KEY_REQUIRED())
    elif kind == ConditionKind.SOURCE:
        _unknown(out, "condition", path, "sources", condition.values, known.source_ids)
    elif kind == ConditionKind.CATEGORY:
        _unknown(out, "condition", path, "categories", condition.values, known.category_ids)
    elif kind == ConditionKind.CUSTOMER_TAG:
        _unknown(out, "condition", path, "tags", condition.values, known.tag_ids)


def _check_possible(group: Group, path: Path, add: Callable[[Message, Path], None]) -> None:
    """In an "all of" group, two leaves asking one single-valued attribute for disjoint values."""
    wanted: dict[tuple[ConditionKind, str], tuple[set[str], list[str]]] = {}
    for child in group.children:
        if not isinstance(child, Leaf) or child.kind not in SINGLE_VALUED:
            continue
        if child.kind in (ConditionKind.SOURCE, ConditionKind.LANGUAGE):
            values = {v.casefold() for v in child.values if v.strip()}
        else:
            values = {child.value.casefold()}
        if not values:
            continue
        key = (child.kind, child.key if child.kind == ConditionKind.CUSTOM_FIELD else "")
        if key not in wanted:
            wanted[key] = (values, sorted(values))
            continue
        allowed, seen = wanted[key]
        seen.extend(sorted(values))
        allowed &= values
        if not allowed:
            add(IMPOSSIBLE(what=_word(SINGLE_VALUED[child.kind]), values=" / ".join(seen)), path)
            wanted[key] = (values, sorted(values))  # report each clash once
