"""A rules-engine rule as plain data: trigger, condition tree, actions; evaluate, apply, validate.

No database and no Qt: the rule editor's test pane and the routing engine (a later issue) evaluate
the same dataclasses. Evaluation never raises: a pattern that cannot run simply does not match, and
`validate_rule` is what tells the administrator why before the rule is saved.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from engage_desktop.services.routing.regex_guard import regex_problem

MAX_MATCHED_TEXT = 20_000  # a regex looks at the first characters only: time stays bounded


class Trigger(StrEnum):
    MESSAGE_RECEIVED = "message_received"
    INTERVENTION_OPENED = "intervention_opened"
    INTERVENTION_CLOSED = "intervention_closed"
    TASK_EXPIRED = "task_expired"


class ConditionKind(StrEnum):
    SOURCE = "source"  # values: source ids
    CATEGORY = "category"  # values: category ids (the message has one of them)
    CUSTOMER_TAG = "customer_tag"  # values: tag ids on the customer's identity group
    TEXT_CONTAINS = "text_contains"  # value: text, case-insensitive
    REGEX = "regex"  # value: pattern
    LANGUAGE = "language"  # values: language codes
    BUSINESS_HOURS = "business_hours"  # value: "open" | "closed"
    CUSTOM_FIELD = "custom_field"  # key + value (equal, case-insensitive)
    IDENTITY_GROUP = "identity_group"  # key (attribute) + value (contained, case-insensitive)


LIST_KINDS = frozenset(
    {ConditionKind.SOURCE, ConditionKind.CATEGORY, ConditionKind.CUSTOMER_TAG, ConditionKind.LANGUAGE}
)
KEYED_KINDS = frozenset({ConditionKind.CUSTOM_FIELD, ConditionKind.IDENTITY_GROUP})
OPEN, CLOSED = "open", "closed"


class ActionKind(StrEnum):
    ADD_CATEGORY = "add_category"
    REMOVE_CATEGORY = "remove_category"
    SET_PRIORITY = "set_priority"
    ADD_TAG = "add_tag"
    ROUTE_TO_QUEUE = "route_to_queue"
    ROUTE_TO_TEAM = "route_to_team"  # target: a team id
    AUTO_REPLY = "auto_reply"  # target: a reply-assistant entry id
    IGNORE = "ignore"


@dataclass(frozen=True)
class Leaf:
    kind: ConditionKind
    values: tuple[str, ...] = ()
    value: str = ""
    key: str = ""


@dataclass(frozen=True)
class Group:
    mode: str  # "all" | "any"
    children: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Not:
    child: Condition


Condition = Leaf | Group | Not


@dataclass(frozen=True)
class Action:
    kind: ActionKind
    target: str = ""  # category, tag, queue name or reply-assistant entry id
    priority: int | None = None


@dataclass(frozen=True)
class RuleSpec:
    """What the engine evaluates; the stored rule adds name, position and the active flag."""

    trigger: Trigger = Trigger.MESSAGE_RECEIVED
    condition: Condition = field(default_factory=lambda: Group("all"))
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class SampleMessage:
    text: str = ""
    source_id: str | None = None
    language: str | None = None
    category_ids: frozenset[str] = frozenset()
    customer_tag_ids: frozenset[str] = frozenset()
    custom_fields: Mapping[str, str] = field(default_factory=dict)
    identity_group: Mapping[str, str] = field(default_factory=dict)
    priority: int = 0
    trigger: Trigger = Trigger.MESSAGE_RECEIVED


# ---- evaluating ------------------------------------------------------------------------------------
Path = tuple[int, ...]
OpenNow = Callable[[SampleMessage], bool]


def always_open(_message: SampleMessage) -> bool:
    return True


@dataclass(frozen=True)
class ConditionResult:
    path: Path  # child indexes from the root; () is the root
    condition: Condition
    matched: bool


@dataclass(frozen=True)
class Evaluation:
    fired: bool
    trigger_matched: bool
    results: tuple[ConditionResult, ...]  # every node, parents before children

    def matched(self, path: Path) -> bool | None:
        return next((r.matched for r in self.results if r.path == path), None)


def evaluate(rule: RuleSpec, message: SampleMessage, is_open: OpenNow = always_open) -> Evaluation:
    """Whether the rule fires on the message, and each condition's own result (all are computed)."""
    results: list[ConditionResult] = []
    matched = _evaluate(rule.condition, message, is_open, (), results)
    trigger_ok = rule.trigger == message.trigger
    return Evaluation(trigger_ok and matched, trigger_ok, tuple(results))


def holds(condition: Condition, message: SampleMessage, is_open: OpenNow = always_open) -> bool:
    return _evaluate(condition, message, is_open, (), [])


def _evaluate(
    condition: Condition, message: SampleMessage, is_open: OpenNow, path: Path, out: list[ConditionResult]
) -> bool:
    slot = len(out)
    out.append(ConditionResult(path, condition, False))
    if isinstance(condition, Group):
        children = [
            _evaluate(child, message, is_open, (*path, i), out) for i, child in enumerate(condition.children)
        ]
        result = all(children) if condition.mode == "all" else any(children)
    elif isinstance(condition, Not):
        result = not _evaluate(condition.child, message, is_open, (*path, 0), out)
    else:
        result = _leaf(condition, message, is_open)
    out[slot] = ConditionResult(path, condition, result)
    return result


def _leaf(leaf: Leaf, message: SampleMessage, is_open: OpenNow) -> bool:
    kind = leaf.kind
    if kind == ConditionKind.SOURCE:
        return message.source_id in leaf.values
    if kind == ConditionKind.CATEGORY:
        return bool(message.category_ids & set(leaf.values))
    if kind == ConditionKind.CUSTOMER_TAG:
        return bool(message.customer_tag_ids & set(leaf.values))
    if kind == ConditionKind.LANGUAGE:
        return message.language is not None and message.language.casefold() in {
            v.casefold() for v in leaf.values
        }
    if kind == ConditionKind.TEXT_CONTAINS:
        return bool(leaf.value) and leaf.value.casefold() in message.text.casefold()
    if kind == ConditionKind.REGEX:
        compiled = _compiled(leaf.value)
        return compiled is not None and compiled.search(message.text[:MAX_MATCHED_TEXT]) is not None
    if kind == ConditionKind.BUSINESS_HOURS:
        try:
            open_now = bool(is_open(message))
        except Exception:
            return False
        return (leaf.value == OPEN) == open_now and leaf.value in (OPEN, CLOSED)
    if kind == ConditionKind.CUSTOM_FIELD:
        value = message.custom_fields.get(leaf.key)
        return value is not None and str(value).casefold() == leaf.value.casefold()
    if kind == ConditionKind.IDENTITY_GROUP:
        value = message.identity_group.get(leaf.key)
        return value is not None and leaf.value.casefold() in str(value).casefold()
    return False


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    """None when the pattern is invalid or could backtrack catastrophically."""
    return None if regex_problem(pattern) is not None else re.compile(pattern, re.IGNORECASE)


# ---- applying actions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionOutcome:
    message: SampleMessage  # with its categories, customer tags and priority changed
    queue: str | None = None
    team: str | None = None
    reply_entry_ids: tuple[str, ...] = ()
    ignored: bool = False


def apply_actions(rule: RuleSpec, message: SampleMessage) -> ActionOutcome:
    """The actions in their order; the last queue (team) named wins. Pure: the message is not mutated."""
    categories, tags = set(message.category_ids), set(message.customer_tag_ids)
    priority, replies, ignored = message.priority, [], False
    queue: str | None = None
    team: str | None = None
    for action in rule.actions:
        if action.kind == ActionKind.ADD_CATEGORY:
            categories.add(action.target)
        elif action.kind == ActionKind.REMOVE_CATEGORY:
            categories.discard(action.target)
        elif action.kind == ActionKind.ADD_TAG:
            tags.add(action.target)
        elif action.kind == ActionKind.SET_PRIORITY and action.priority is not None:
            priority = action.priority
        elif action.kind == ActionKind.ROUTE_TO_QUEUE:
            queue = action.target
        elif action.kind == ActionKind.ROUTE_TO_TEAM:
            team = action.target
        elif action.kind == ActionKind.AUTO_REPLY:
            replies.append(action.target)
        elif action.kind == ActionKind.IGNORE:
            ignored = True
    changed = replace(
        message, category_ids=frozenset(categories), customer_tag_ids=frozenset(tags), priority=priority
    )
    return ActionOutcome(changed, queue, team, tuple(replies), ignored)


# ---- storing ---------------------------------------------------------------------------------------
class RuleFormatError(ValueError):
    """Stored rule JSON that this version cannot read (written by hand or by a newer version)."""


def condition_to_dict(condition: Condition) -> dict[str, Any]:
    if isinstance(condition, Group):
        return {condition.mode: [condition_to_dict(c) for c in condition.children]}
    if isinstance(condition, Not):
        return {"not": condition_to_dict(condition.child)}
    out: dict[str, Any] = {"kind": condition.kind.value}
    if condition.kind in LIST_KINDS:
        out["values"] = list(condition.values)
    else:
        if condition.kind in KEYED_KINDS:
            out["key"] = condition.key
        out["value"] = condition.value
    return out


def condition_from_dict(data: Any) -> Condition:
    if not isinstance(data, dict):
        raise RuleFormatError(f"a condition is an object, not {type(data).__name__}")
    for mode in ("all", "any"):
        if mode in data:
            children = data[mode]
            if not isinstance(children, list):
                raise RuleFormatError(f"“{mode}” holds a list")
            return Group(mode, tuple(condition_from_dict(c) for c in children))
    if "not" in data:
        return Not(condition_from_dict(data["not"]))
    try:
        kind = ConditionKind(str(data.get("kind")))
    except ValueError as exc:
        raise RuleFormatError(f"unknown condition {data.get('kind')!r}") from exc
    values = data.get("values", [])
    if not isinstance(values, list):
        raise RuleFormatError("“values” holds a list")
    return Leaf(kind, tuple(str(v) for v in values), str(data.get("value", "")), str(data.get("key", "")))


def action_to_dict(action: Action) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": action.kind.value}
    if action.kind == ActionKind.SET_PRIORITY:
        out["priority"] = action.priority
    elif action.kind != ActionKind.IGNORE:
        out["target"] = action.target
    return out


def action_from_dict(data: Any) -> Action:
    if not isinstance(data, dict):
        raise RuleFormatError("an action is an object")
    try:
        kind = ActionKind(str(data.get("kind")))
    except ValueError as exc:
        raise RuleFormatError(f"unknown action {data.get('kind')!r}") from exc
    priority = data.get("priority")
    if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int)):
        raise RuleFormatError("“priority” is a whole number")
    return Action(kind, str(data.get("target", "")), priority)
