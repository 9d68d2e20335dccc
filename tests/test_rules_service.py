"""Rules-engine rules service on SQLite and PostgreSQL: CRUD with journal, position moves, the
active flag, validation problems, the test pane, the extension switch and the permission."""

from __future__ import annotations

import pytest
from conftest import Signed
from sqlalchemy import select, update

from engage_desktop.models import AuditEvent, Category, Extension
from engage_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    ConditionKind,
    Group,
    Leaf,
    RuleSpec,
    SampleMessage,
    Trigger,
)
from engage_desktop.services.routing.rules import InvalidRule, RuleForm, RuleService

K = ConditionKind


def form(name: str, *, language: str = "fr", active: bool = True) -> RuleForm:
    spec = RuleSpec(
        Trigger.MESSAGE_RECEIVED,
        Group("all", (Leaf(K.LANGUAGE, (language,)), Leaf(K.TEXT_CONTAINS, value="urgent"))),
        (Action(ActionKind.SET_PRIORITY, priority=90), Action(ActionKind.ROUTE_TO_QUEUE, "vip")),
    )
    return RuleForm(name, spec, active)


def set_extension(signed: Signed, enabled: bool) -> None:
    with signed.db.session_factory() as session:
        session.execute(update(Extension).where(Extension.name == "rules_engine").values(enabled=enabled))
        session.commit()


def event_names(signed: Signed) -> list[str]:
    with signed.db.session_factory() as session:
        return list(
            session.scalars(
                select(AuditEvent.name)
                .where(AuditEvent.name.like("rules_engine_rule.%"))
                .order_by(AuditEvent.seq)
            )
        )


def test_create_edit_move_toggle_delete_in_position_order(admin: Signed) -> None:
    rules = RuleService(admin.ctx)
    a, b, c = (rules.create_rule(form(n)) for n in ("A", "B", "C"))
    assert [r.position for r in (a, b, c)] == [0, 1, 2]
    assert rules.get_rule(b.id).spec == form("B").spec

    rules.move_rule(c.id, -1)
    assert [r.name for r in rules.list_rules(ListQuery())] == ["A", "C", "B"]
    rules.move_rule(a.id, -1)  # already first: nothing moves
    rules.move_rule(a.id, +1)
    assert [r.name for r in rules.list_rules(ListQuery())] == ["C", "A", "B"]

    off = rules.set_rule_active(b.id, False)
    assert not off.active
    assert rules.count_rules(ListQuery(filters={"active": False})) == 1
    updated = rules.update_rule(a.id, form("A+", language="en"), version=rules.get_rule(a.id).version)
    assert updated.name == "A+" and updated.position == 1
    rules.delete_rule(c.id)
    assert [r.name for r in rules.list_rules(ListQuery())] == ["A+", "B"]
    names = event_names(admin)
    assert names[:3] == ["rules_engine_rule.created"] * 3
    assert names[-1] == "rules_engine_rule.destroyed"
    with admin.db.session_factory() as session:
        moved = session.scalars(
            select(AuditEvent).where(AuditEvent.name == "rules_engine_rule.updated").order_by(AuditEvent.seq)
        ).first()
        assert moved is not None and moved.changes == {"position": {"from": 2, "to": 1}}
        assert moved.details["rules_engine_rule_id"] == c.platform_id


def test_invalid_rules_are_refused_with_their_problems(admin: Signed) -> None:
    rules = RuleService(admin.ctx)
    bad = RuleForm(
        "Bad",
        RuleSpec(
            condition=Group(
                "all", (Leaf(K.LANGUAGE, ("fr",)), Leaf(K.LANGUAGE, ("en",)), Leaf(K.REGEX, value="(a+)+"))
            ),
            actions=(Action(ActionKind.ADD_CATEGORY, "no-such-category"),),
        ),
    )
    with pytest.raises(InvalidRule) as refused:
        rules.create_rule(bad)
    assert [(p.message.code, p.where, p.path) for p in refused.value.problems] == [
        ("rule.regex_nested_quantifier", "condition", (2,)),
        ("rule.impossible", "condition", ()),
        ("rule.unknown_ids", "action", (0,)),
    ]
    assert set(refused.value.errors) >= {"conditions", "actions"}
    with admin.db.session_factory() as session:
        category = Category(name="Orders", name_key="orders")
        session.add(category)
        session.commit()
        known = category.platform_id
    ok = RuleForm("Good", RuleSpec(actions=(Action(ActionKind.ADD_CATEGORY, known),)))
    assert rules.create_rule(ok).spec.actions[0].target == known
    with pytest.raises(ValidationError) as taken:
        rules.create_rule(RuleForm(" good", ok.spec))
    assert taken.value.errors["name"].code == "rules_engine_rule.name_taken"


def test_the_test_pane_evaluates_the_unsaved_form(admin: Signed) -> None:
    rules = RuleService(admin.ctx)
    result = rules.test_rule(form("Try"), SampleMessage(text="URGENT please", language="fr", priority=10))
    assert result.evaluation.fired and result.problems == ()
    assert [r.matched for r in result.evaluation.results] == [True, True, True]
    assert (
        result.outcome is not None and result.outcome.queue == "vip" and result.outcome.message.priority == 90
    )
    missed = rules.test_rule(form("Try"), SampleMessage(text="hello", language="fr"))
    assert not missed.evaluation.fired and missed.outcome is None
    assert [r.matched for r in missed.evaluation.results] == [False, True, False]
    assert event_names(admin) == []  # nothing written


def test_two_sessions_editing_one_rule_conflict(admin: Signed) -> None:
    rules = RuleService(admin.ctx)
    made = rules.create_rule(form("Shared"))
    rules.update_rule(made.id, form("Shared", language="en"), version=made.version)
    with pytest.raises(Conflict) as stale:
        rules.update_rule(made.id, form("Shared", language="de"), version=made.version)
    assert stale.value.is_stale_edit and stale.value.fields == ("conditions",)


def test_with_the_extension_off_every_call_is_refused(admin: Signed) -> None:
    rules = RuleService(admin.ctx)
    made = rules.create_rule(form("R"))
    assert rules.is_enabled() and "manage_rules_engine_rules" not in rules.hidden_permissions()
    set_extension(admin, False)
    assert not rules.is_enabled()
    assert "manage_rules_engine_rules" in rules.hidden_permissions()
    calls = (
        lambda: rules.list_rules(ListQuery()),
        lambda: rules.count_rules(ListQuery()),
        lambda: rules.get_rule(made.id),
        lambda: rules.create_rule(form("S")),
        lambda: rules.update_rule(made.id, form("R2")),
        lambda: rules.move_rule(made.id, 1),
        lambda: rules.set_rule_active(made.id, False),
        lambda: rules.delete_rule(made.id),
        lambda: rules.test_rule(form("R"), SampleMessage()),
    )
    for call in calls:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.code == "rules_engine.extension_off"
    set_extension(admin, True)
    assert rules.get_rule(made.id).name == "R"


def test_every_rule_action_needs_manage_rules_engine_rules(admin: Signed) -> None:
    from engage_desktop.models import Role, RolePermission

    rules = RuleService(admin.ctx)
    made = rules.create_rule(form("R"))
    with admin.db.session_factory() as session:
        role_id = session.scalar(select(Role.id).join(Role.permissions).limit(1))
        session.execute(
            RolePermission.__table__.delete().where(
                RolePermission.role_id == role_id, RolePermission.permission == "manage_rules_engine_rules"
            )
        )
        session.commit()
    calls = {
        "list": lambda: rules.list_rules(ListQuery()),
        "get": lambda: rules.get_rule(made.id),
        "create": lambda: rules.create_rule(form("S")),
        "update": lambda: rules.update_rule(made.id, form("R2")),
        "move": lambda: rules.move_rule(made.id, 1),
        "set_active": lambda: rules.set_rule_active(made.id, False),
        "delete": lambda: rules.delete_rule(made.id),
        "test": lambda: rules.test_rule(form("R"), SampleMessage()),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.permission == "manage_rules_engine_rules", name
    assert event_names(admin) == ["rules_engine_rule.created"]
