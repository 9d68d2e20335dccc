"""Rules-engine rules: list in `position` order, create, edit, move up/down, switch on/off, delete,
and try a rule on a sample message (the editor's test pane).

Everything here needs `manage_rules_engine_rules` *and* the rules-engine extension switched on:
with the extension off the page is hidden and every call is refused, reading included.

Operations: `create_rule`, `update_rule`, `delete_rule`, `move_rule`, `set_rule_active`;
`RuleService` is the views' entry point.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import RulesEngineRule
from engage_desktop.services.access.permissions import PERMISSION_EXTENSION, Extension, Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, fold, like_pattern
from engage_desktop.services.core.reference_data import disabled_extensions
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP, QCoreApplication
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.routing.rule_conditions import (
    ActionOutcome,
    Evaluation,
    OpenNow,
    RuleFormatError,
    RuleSpec,
    SampleMessage,
    Trigger,
    action_from_dict,
    action_to_dict,
    always_open,
    apply_actions,
    condition_from_dict,
    condition_to_dict,
    evaluate,
)
from engage_desktop.services.routing.rule_validation import KnownRuleIds, RuleProblem, validate_rule
from engage_desktop.services.routing.topologies import RoutingChoices, routing_choices
from engage_desktop.services.users.records import is_id

MANAGE = Permission.MANAGE_RULES_ENGINE_RULES

RULES_ENGINE_OFF = ErrorCode(
    "rules_engine.extension_off",
    QT_TRANSLATE_NOOP("Errors", "The rules engine is switched off for this account (Settings › Extensions)."),
)
RULE_GONE = ErrorCode(
    "rules_engine_rule.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This rule no longer exists (it may have been deleted on another workstation)."
    ),
)
RULE_NAME_TAKEN = ErrorCode(
    "rules_engine_rule.name_taken", QT_TRANSLATE_NOOP("Errors", "A rule named “{name}” already exists.")
)
RULE_INVALID = ErrorCode(
    "rules_engine_rule.invalid",
    QCoreApplication.translate(
        "Errors", "The rule has %n problem(s); see the marked conditions and actions.", None, 0
    ),
    plural="count",
)
RULE_UNREADABLE = ErrorCode(
    "rules_engine_rule.unreadable",
    QT_TRANSLATE_NOOP("Errors", "This rule was stored in a form this version cannot read: {reason}"),
)


class InvalidRule(ValidationError):
    """`problems` say which condition (tree path) or action (index) is wrong."""

    def __init__(self, problems: list[RuleProblem]) -> None:
        first = {"condition": "conditions", "action": "actions", "rule": "actions"}
        errors: dict[str, str] = {}
        for problem in problems:
            errors.setdefault(first[problem.where], problem.message)
        super().__init__("rule", RULE_INVALID(count=len(problems)), **errors)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class RuleForm:
    """What the editor submits."""

    name: str
    spec: RuleSpec
    active: bool = True


@dataclass(frozen=True)
class RuleRow:
    id: int
    platform_id: str
    name: str
    active: bool
    position: int
    trigger: str
    action_count: int
    updated_at: datetime


@dataclass(frozen=True)
class RuleDetail:
    id: int
    platform_id: str
    name: str
    active: bool
    position: int
    spec: RuleSpec
    version: int = 1


@dataclass(frozen=True)
class RuleTest:
    evaluation: Evaluation
    outcome: ActionOutcome | None  # what the actions would do, when the rule fires
    problems: tuple[RuleProblem, ...]


SORTABLE = {
    "position": RulesEngineRule.position,
    "name": RulesEngineRule.name_key,
    "active": RulesEngineRule.active,
    "trigger": RulesEngineRule.trigger,
    "updated_at": RulesEngineRule.updated_at,
}


class RuleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def is_enabled(self) -> bool:
        """Whether the rules-engine extension is on (the page is hidden otherwise)."""
        with UnitOfWork(self.ctx) as uow:
            return Extension.RULES_ENGINE.value not in disabled_extensions(uow.session)

    def hidden_permissions(self) -> frozenset[str]:
        """Permissions whose extension is off: the pages they open are hidden."""
        with UnitOfWork(self.ctx) as uow:
            off = disabled_extensions(uow.session)
            return frozenset(p.value for p, ext in PERMISSION_EXTENSION.items() if ext.value in off)

    # ---- reading -------------------------------------------------------------------------------
    def _filtered(self, stmt: Any, query: ListQuery) -> Any:
        if query.search.strip():
            stmt = stmt.where(RulesEngineRule.name_key.like(like_pattern(query.search), escape="\\"))
        for key in ("active", "trigger"):
            value = query.filters.get(key)
            if value is not None:
                stmt = stmt.where(getattr(RulesEngineRule, key) == value)
        return stmt

    def count_rules(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            require_rules_engine(uow)
            return int(uow.session.scalar(self._filtered(select(func.count(RulesEngineRule.id)), query)) or 0)

    def list_rules(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[RuleRow]:
        with UnitOfWork(self.ctx) as uow:
            require_rules_engine(uow)
            order = SORTABLE.get(query.sort or "position", RulesEngineRule.position)
            stmt = self._filtered(select(RulesEngineRule), query).order_by(
                order.desc() if query.descending else order.asc(),
                RulesEngineRule.position,
                RulesEngineRule.id,
            )
            return [
                RuleRow(
                    r.id,
                    r.platform_id,
                    r.name,
                    r.active,
                    r.position,
                    r.trigger,
                    len(r.actions or []),
                    r.updated_at,
                )
                for r in uow.session.scalars(stmt.offset(offset).limit(limit))
            ]

    def get_rule(self, rule_id: int) -> RuleDetail:
        with UnitOfWork(self.ctx) as uow:
            require_rules_engine(uow)
            return _detail(uow.session, _load(uow.session, rule_id))

    def choices(self) -> RoutingChoices:
        with UnitOfWork(self.ctx) as uow:
            require_rules_engine(uow)
            return routing_choices(uow.session)

    def test_rule(self, form: RuleForm, sample: SampleMessage, is_open: OpenNow = always_open) -> RuleTest:
        """The rule as typed in the editor (not saved) on a sample message; nothing is written."""
        with UnitOfWork(self.ctx) as uow:
            require_rules_engine(uow)
            problems = validate_rule(form.spec, _known(uow.session))
        evaluation = evaluate(form.spec, sample, is_open)
        outcome = apply_actions(form.spec, sample) if evaluation.fired else None
        return RuleTest(evaluation, outcome, tuple(problems))

    # ---- changing ------------------------------------------------------------------------------
    def create_rule(self, form: RuleForm) -> RuleDetail:
        return run_operation(self.ctx, create_rule, form)

    def update_rule(self, rule_id: int, form: RuleForm, *, version: int | None = None) -> RuleDetail:
        return run_operation(self.ctx, update_rule, rule_id, form, version=version)

    def delete_rule(self, rule_id: int) -> None:
        run_operation(self.ctx, delete_rule, rule_id)

    def move_rule(self, rule_id: int, delta: int) -> RuleDetail:
        return run_operation(self.ctx, move_rule, rule_id, delta)

    def set_rule_active(self, rule_id: int, active: bool) -> RuleDetail:
        return run_operation(self.ctx, set_rule_active, rule_id, active)


# ---- operations ----------------------------------------------------------------------------------
def require_rules_engine(uow: UnitOfWork) -> None:
    uow.require(MANAGE)
    if Extension.RULES_ENGINE.value in disabled_extensions(uow.session):
        raise PermissionDenied(MANAGE.value, RULES_ENGINE_OFF())


def create_rule(uow: UnitOfWork, form: RuleForm) -> RuleDetail:
    require_rules_engine(uow)
    name = _valid(uow.session, form)
    last = uow.session.scalar(select(func.max(RulesEngineRule.position)))
    rule = RulesEngineRule(
        name=name,
        name_key=fold(name),
        active=bool(form.active),
        position=(last + 1) if last is not None else 0,
        trigger=form.spec.trigger.value,
        conditions=condition_to_dict(form.spec.condition),
        actions=[action_to_dict(a) for a in form.spec.actions],
    )
    uow.session.add(rule)
    uow.session.flush()
    _record(uow, "rules_engine_rule.created", rule, {})
    return _detail(uow.session, rule)


def update_rule(uow: UnitOfWork, rule_id: int, form: RuleForm, *, version: int | None = None) -> RuleDetail:
    require_rules_engine(uow)
    rule = _load(uow.session, rule_id)
    name = _valid(uow.session, form, exclude_id=rule.id)
    conditions = condition_to_dict(form.spec.condition)
    actions = [action_to_dict(a) for a in form.spec.actions]
    uow.ensure_version(
        rule,
        version,
        object_type="rules_engine_rule",
        theirs=_comparable(rule.name, rule.active, rule.trigger, rule.conditions, rule.actions),
        mine=_comparable(name, form.active, form.spec.trigger.value, conditions, actions),
    )
    before = _snapshot(rule)
    rule.name, rule.name_key, rule.active = name, fold(name), bool(form.active)
    rule.trigger, rule.conditions, rule.actions = form.spec.trigger.value, conditions, actions
    _record(uow, "rules_engine_rule.updated", rule, before)
    return _detail(uow.session, rule)


def delete_rule(uow: UnitOfWork, rule_id: int) -> None:
    require_rules_engine(uow)
    rule = _load(uow.session, rule_id)
    before, platform_id = _snapshot(rule), rule.platform_id
    uow.session.delete(rule)
    uow.session.flush()
    uow.record(
        "rules_engine_rule.destroyed",
        object_type="rules_engine_rule",
        object_id=platform_id,
        changes=field_diff(before, {}),
        details={"rules_engine_rule_id": platform_id},
    )


def move_rule(uow: UnitOfWork, rule_id: int, delta: int) -> RuleDetail:
    """One place up (delta -1) or down (+1); positions are renumbered 0, 1, 2… as they go."""
    require_rules_engine(uow)
    rule = _load(uow.session, rule_id)
    ordered = list(
        uow.session.scalars(select(RulesEngineRule).order_by(RulesEngineRule.position, RulesEngineRule.id))
    )
    index = ordered.index(rule)
    target = max(0, min(len(ordered) - 1, index + delta))
    ordered.insert(target, ordered.pop(index))
    for position, each in enumerate(ordered):
        if each.position != position:
            before = _snapshot(each)
            each.position = position
            _record(uow, "rules_engine_rule.updated", each, before)
    return _detail(uow.session, rule)


def set_rule_active(uow: UnitOfWork, rule_id: int, active: bool) -> RuleDetail:
    require_rules_engine(uow)
    rule = _load(uow.session, rule_id)
    before = _snapshot(rule)
    rule.active = bool(active)
    _record(uow, "rules_engine_rule.updated", rule, before)
    return _detail(uow.session, rule)


# ---- rules and helpers ---------------------------------------------------------------------------
def _record(uow: UnitOfWork, name: str, rule: RulesEngineRule, before: dict[str, Any]) -> None:
    changes = field_diff(before, _snapshot(rule))
    if changes:
        uow.session.flush()
        uow.record(
            name,
            object_type="rules_engine_rule",
            object_id=rule.platform_id,
            changes=changes,
            details={"rules_engine_rule_id": rule.platform_id},
        )


def _known(session: Session) -> KnownRuleIds:
    known = routing_choices(session).known()
    return KnownRuleIds(category_ids=known.category_ids, source_ids=known.source_ids, team_ids=known.team_ids)


def _valid(session: Session, form: RuleForm, exclude_id: int | None = None) -> str:
    errors = FieldErrors()
    name = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))
    if "name" not in errors.errors:
        clash = select(RulesEngineRule.id).where(RulesEngineRule.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(RulesEngineRule.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", RULE_NAME_TAKEN(name=name))
    errors.raise_if_any()
    problems = validate_rule(form.spec, _known(session))
    if problems:
        raise InvalidRule(problems)
    return name


def _comparable(name: str, active: bool, trigger: str, conditions: Any, actions: Any) -> dict[str, Any]:
    return {
        "name": name,
        "active": bool(active),
        "trigger": trigger,
        "conditions": json.dumps(conditions, sort_keys=True, ensure_ascii=False),
        "actions": json.dumps(actions, sort_keys=True, ensure_ascii=False),
    }


def _snapshot(rule: RulesEngineRule) -> dict[str, Any]:
    return {
        "name": rule.name,
        "active": rule.active,
        "position": rule.position,
        "trigger": rule.trigger,
        "conditions": rule.conditions,
        "actions": rule.actions,
    }


def _load(session: Session, rule_id: int) -> RulesEngineRule:
    rule = session.get(RulesEngineRule, rule_id) if is_id(rule_id) else None
    if rule is None:
        raise NotFound(RULE_GONE())
    return rule


def spec_of(rule: RulesEngineRule) -> RuleSpec:
    try:
        return RuleSpec(
            Trigger(rule.trigger),
            condition_from_dict(rule.conditions),
            tuple(action_from_dict(a) for a in rule.actions or []),
        )
    except (RuleFormatError, ValueError) as exc:
        raise ValidationError("conditions", RULE_UNREADABLE(reason=str(exc))) from exc


def _detail(session: Session, rule: RulesEngineRule) -> RuleDetail:
    session.flush()
    return RuleDetail(
        rule.id, rule.platform_id, rule.name, rule.active, rule.position, spec_of(rule), rule.version
    )
