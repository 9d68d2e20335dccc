"""Rules-engine conditions: evaluation per condition, the laws of all/any/not (Hypothesis),
evaluation never raising, actions, regex guard, impossible conditions, storage round trip."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage_desktop.services.routing.regex_guard import MAX_PATTERN_LENGTH, regex_problem
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    Condition,
    ConditionKind,
    Group,
    Leaf,
    Not,
    RuleFormatError,
    RuleSpec,
    SampleMessage,
    Trigger,
    action_from_dict,
    action_to_dict,
    apply_actions,
    condition_from_dict,
    condition_to_dict,
    evaluate,
    holds,
)
from engage_desktop.services.routing.rule_validation import KnownRuleIds, validate_rule

K = ConditionKind
MESSAGE = SampleMessage(
    text="Bonjour, ma commande n°1234 est en retard !",
    source_id="src-fb",
    language="fr",
    category_ids=frozenset({"cat-orders"}),
    customer_tag_ids=frozenset({"tag-vip"}),
    custom_fields={"contract": "Gold"},
    identity_group={"company": "ACME Europe"},
)


@pytest.mark.parametrize(
    ("leaf", "expected"),
    [
        (Leaf(K.SOURCE, ("src-fb", "src-x")), True),
        (Leaf(K.SOURCE, ("src-x",)), False),
        (Leaf(K.CATEGORY, ("cat-orders",)), True),
        (Leaf(K.CATEGORY, ("cat-other",)), False),
        (Leaf(K.CUSTOMER_TAG, ("tag-vip",)), True),
        (Leaf(K.CUSTOMER_TAG, ("tag-press",)), False),
        (Leaf(K.TEXT_CONTAINS, value="COMMANDE"), True),
        (Leaf(K.TEXT_CONTAINS, value="refund"), False),
        (Leaf(K.REGEX, value=r"n°\d{4}"), True),
        (Leaf(K.REGEX, value=r"^\d+$"), False),
        (Leaf(K.REGEX, value=r"(a+)+$"), False),  # refused pattern: never matches, never hangs
        (Leaf(K.REGEX, value="("), False),
        (Leaf(K.LANGUAGE, ("FR", "en")), True),
        (Leaf(K.LANGUAGE, ("en",)), False),
        (Leaf(K.BUSINESS_HOURS, value="open"), True),
        (Leaf(K.BUSINESS_HOURS, value="closed"), False),
        (Leaf(K.CUSTOM_FIELD, key="contract", value="gold"), True),
        (Leaf(K.CUSTOM_FIELD, key="contract", value="silver"), False),
        (Leaf(K.CUSTOM_FIELD, key="missing", value="gold"), False),
        (Leaf(K.IDENTITY_GROUP, key="company", value="acme"), True),
        (Leaf(K.IDENTITY_GROUP, key="company", value="globex"), False),
    ],
)
def test_each_condition_kind(leaf: Leaf, expected: bool) -> None:
    assert holds(leaf, MESSAGE) is expected


def test_business_hours_come_from_the_callable() -> None:
    closed_now = lambda _m: False  # noqa: E731
    assert holds(Leaf(K.BUSINESS_HOURS, value="closed"), MESSAGE, closed_now)
    assert not holds(Leaf(K.BUSINESS_HOURS, value="open"), MESSAGE, closed_now)

    def broken(_m: SampleMessage) -> bool:
        raise RuntimeError("time sheet unreadable")

    assert not holds(Leaf(K.BUSINESS_HOURS, value="open"), MESSAGE, broken)


def test_evaluate_reports_every_condition_and_the_trigger() -> None:
    rule = RuleSpec(
        Trigger.MESSAGE_RECEIVED,
        Group(
            "all",
            (
                Leaf(K.LANGUAGE, ("fr",)),
                Group("any", (Leaf(K.TEXT_CONTAINS, value="refund"), Leaf(K.CUSTOMER_TAG, ("tag-vip",)))),
                Not(Leaf(K.SOURCE, ("src-x",))),
            ),
        ),
        (Action(ActionKind.SET_PRIORITY, priority=80),),
    )
    result = evaluate(rule, MESSAGE)
    assert result.fired and result.trigger_matched
    assert [(r.path, r.matched) for r in result.results] == [
        ((), True),
        ((0,), True),
        ((1,), True),
        ((1, 0), False),
        ((1, 1), True),
        ((2,), True),
        ((2, 0), False),
    ]
    assert result.matched((1, 0)) is False
    other_trigger = evaluate(RuleSpec(Trigger.TASK_EXPIRED, rule.condition, rule.actions), MESSAGE)
    assert not other_trigger.fired and not other_trigger.trigger_matched


def test_actions_apply_in_order_without_changing_the_message() -> None:
    rule = RuleSpec(
        actions=(
            Action(ActionKind.ADD_CATEGORY, "cat-late"),
            Action(ActionKind.REMOVE_CATEGORY, "cat-orders"),
            Action(ActionKind.ADD_TAG, "tag-angry"),
            Action(ActionKind.SET_PRIORITY, priority=90),
            Action(ActionKind.ROUTE_TO_QUEUE, "triage"),
            Action(ActionKind.ROUTE_TO_QUEUE, "vip"),
            Action(ActionKind.ROUTE_TO_TEAM, "team-care"),
            Action(ActionKind.AUTO_REPLY, "entry-sorry"),
            Action(ActionKind.IGNORE),
        )
    )
    outcome = apply_actions(rule, MESSAGE)
    assert outcome.message.category_ids == {"cat-late"}
    assert outcome.message.customer_tag_ids == {"tag-vip", "tag-angry"}
    assert outcome.message.priority == 90
    assert (outcome.queue, outcome.team) == ("vip", "team-care")
    assert (outcome.reply_entry_ids, outcome.ignored) == (("entry-sorry",), True)
    assert MESSAGE.category_ids == {"cat-orders"} and MESSAGE.priority == 0


# ---- laws (Hypothesis) -----------------------------------------------------------------------------
texts = st.text(max_size=60)
leaves = st.one_of(
    st.builds(Leaf, st.just(K.SOURCE), st.lists(st.sampled_from(["s1", "s2"]), max_size=2).map(tuple)),
    st.builds(Leaf, st.just(K.LANGUAGE), st.lists(st.sampled_from(["fr", "en"]), max_size=2).map(tuple)),
    st.builds(Leaf, st.just(K.CUSTOMER_TAG), st.lists(st.sampled_from(["t1", "t2"]), max_size=2).map(tuple)),
    st.builds(Leaf, st.just(K.TEXT_CONTAINS), value=st.text(max_size=3)),
    st.builds(Leaf, st.just(K.REGEX), value=st.text(max_size=12)),
    st.builds(Leaf, st.just(K.BUSINESS_HOURS), value=st.sampled_from(["open", "closed", "maybe"])),
    st.builds(Leaf, st.just(K.CUSTOM_FIELD), key=st.sampled_from(["k", ""]), value=st.text(max_size=3)),
    st.builds(Leaf, st.just(K.IDENTITY_GROUP), key=st.sampled_from(["company"]), value=st.text(max_size=3)),
)
conditions: st.SearchStrategy[Condition] = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.builds(Group, st.sampled_from(["all", "any"]), st.lists(inner, max_size=3).map(tuple)),
        st.builds(Not, inner),
    ),
    max_leaves=8,
)
messages = st.builds(
    SampleMessage,
    text=texts,
    source_id=st.sampled_from([None, "s1", "s2"]),
    language=st.sampled_from([None, "fr", "en"]),
    customer_tag_ids=st.frozensets(st.sampled_from(["t1", "t2"])),
    custom_fields=st.dictionaries(st.sampled_from(["k"]), st.text(max_size=3)),
    identity_group=st.dictionaries(st.sampled_from(["company"]), st.text(max_size=3)),
)
opens = st.booleans().map(lambda flag: lambda _m: flag)


@settings(max_examples=200, deadline=None)
@given(st.lists(conditions, max_size=4), messages, opens)
def test_any_is_not_all_of_the_negations(children: list[Condition], message: SampleMessage, is_open) -> None:  # type: ignore[no-untyped-def]
    any_of = holds(Group("any", tuple(children)), message, is_open)
    none_fail = holds(Group("all", tuple(Not(c) for c in children)), message, is_open)
    assert any_of == (not none_fail)
    assert any_of == any(holds(c, message, is_open) for c in children)
    assert holds(Group("all", tuple(children)), message, is_open) == all(
        holds(c, message, is_open) for c in children
    )


@settings(max_examples=200, deadline=None)
@given(conditions, conditions, messages, opens)
def test_not_all_any_laws(a: Condition, b: Condition, message: SampleMessage, is_open) -> None:  # type: ignore[no-untyped-def]
    def h(c: Condition) -> bool:
        return holds(c, message, is_open)

    assert h(Not(Not(a))) == h(a)
    assert h(Not(Group("all", (a, b)))) == h(Group("any", (Not(a), Not(b))))  # De Morgan
    assert h(Group("all", (a, b))) == h(Group("all", (b, a)))
    assert h(Group("any", (a, Not(a))))
    assert not h(Group("all", (a, Not(a))))
    assert h(Group("all", ())) and not h(Group("any", ()))
    assert h(Group("all", (a,))) == h(a) == h(Group("any", (a,)))


@settings(max_examples=300, deadline=None)
@given(conditions, messages, st.sampled_from(list(Trigger)))
def test_evaluation_never_raises_and_fires_exactly_when_trigger_and_root_hold(
    condition: Condition, message: SampleMessage, trigger: Trigger
) -> None:
    result = evaluate(RuleSpec(trigger, condition), message)
    assert result.results[0].path == ()
    assert result.fired == (trigger == message.trigger and result.results[0].matched)
    validate_rule(RuleSpec(trigger, condition))  # never raises either


@settings(max_examples=200, deadline=None)
@given(conditions)
def test_conditions_round_trip_through_storage(condition: Condition) -> None:
    assert condition_from_dict(condition_to_dict(condition)) == condition


# ---- regex guard ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pattern", [r"(a+)+$", r"(a*)*b", r"(\w+\s?)*$", r"((ab)*)+", r"(?:x{2,})+y", r"(a|b+)*c"]
)
def test_nested_quantifiers_are_refused(pattern: str) -> None:
    problem = regex_problem(pattern)
    assert problem is not None and problem.code == "rule.regex_nested_quantifier"


@pytest.mark.parametrize(
    "pattern", [r"refund|rembours", r"n°\d{4}", r"^(bonjour|hello)\b", r"(ab)+c", r"[a-z]+@\w+\.com"]
)
def test_ordinary_patterns_pass(pattern: str) -> None:
    assert regex_problem(pattern) is None


def test_invalid_and_too_long_patterns() -> None:
    invalid = regex_problem("(unclosed")
    assert invalid is not None and invalid.code == "rule.regex_invalid" and "missing )" in invalid
    long = regex_problem("a" * (MAX_PATTERN_LENGTH + 1))
    assert long is not None and long.code == "rule.regex_too_long"


def test_a_refused_pattern_does_not_hang_on_a_hostile_text() -> None:
    started = time.monotonic()
    assert not holds(Leaf(K.REGEX, value=r"(a+)+$"), SampleMessage(text="a" * 50_000 + "!"))
    assert time.monotonic() - started < 1


# ---- validation -------------------------------------------------------------------------------------
def problems_of(
    condition: Condition, *actions: Action, known: KnownRuleIds | None = None
) -> list[tuple[str, str, tuple[int, ...]]]:
    rule = RuleSpec(condition=condition, actions=actions or (Action(ActionKind.IGNORE),))
    return [(p.message.code, p.where, p.path) for p in validate_rule(rule, known)]


def test_impossible_conditions_in_an_all_group() -> None:
    assert problems_of(Group("all", (Leaf(K.LANGUAGE, ("fr",)), Leaf(K.LANGUAGE, ("en",))))) == [
        ("rule.impossible", "condition", ())
    ]
    assert problems_of(
        Group("all", (Leaf(K.BUSINESS_HOURS, value="open"), Leaf(K.BUSINESS_HOURS, value="closed")))
    ) == [("rule.impossible", "condition", ())]
    assert problems_of(
        Group(
            "all", (Leaf(K.CUSTOM_FIELD, key="plan", value="a"), Leaf(K.CUSTOM_FIELD, key="plan", value="b"))
        )
    ) == [("rule.impossible", "condition", ())]
    # possible: overlapping values, different custom fields, or "any of"
    assert problems_of(Group("all", (Leaf(K.LANGUAGE, ("fr", "en")), Leaf(K.LANGUAGE, ("en",))))) == []
    assert (
        problems_of(
            Group("all", (Leaf(K.CUSTOM_FIELD, key="a", value="1"), Leaf(K.CUSTOM_FIELD, key="b", value="2")))
        )
        == []
    )
    assert problems_of(Group("any", (Leaf(K.LANGUAGE, ("fr",)), Leaf(K.LANGUAGE, ("en",))))) == []
    impossible = validate_rule(
        RuleSpec(
            condition=Group("all", (Leaf(K.LANGUAGE, ("fr",)), Leaf(K.LANGUAGE, ("en",)))),
            actions=(Action(ActionKind.IGNORE),),
        )
    )[0]
    assert "not fr / en at once" in impossible.message


def test_condition_problems_carry_their_path() -> None:
    condition = Group(
        "all",
        (
            Leaf(K.SOURCE, ()),
            Group("any", ()),
            Not(Leaf(K.REGEX, value="(a+)+")),
            Leaf(K.TEXT_CONTAINS, value="  "),
            Leaf(K.BUSINESS_HOURS, value="sometimes"),
            Leaf(K.CUSTOM_FIELD, value="x"),
            Leaf(K.CATEGORY, ("cat-gone",)),
        ),
    )
    assert problems_of(condition, known=KnownRuleIds(category_ids=frozenset({"cat1"}))) == [
        ("rule.values_required", "condition", (0,)),
        ("rule.empty_any", "condition", (1,)),
        ("rule.regex_nested_quantifier", "condition", (2, 0)),
        ("rule.text_required", "condition", (3,)),
        ("rule.business_hours_value", "condition", (4,)),
        ("rule.key_required", "condition", (5,)),
        ("rule.unknown_ids", "condition", (6,)),
    ]


def test_action_problems() -> None:
    rule = RuleSpec(
        actions=(
            Action(ActionKind.SET_PRIORITY, priority=101),
            Action(ActionKind.AUTO_REPLY),
            Action(ActionKind.ADD_TAG, "tag-gone"),
            Action(ActionKind.SET_PRIORITY),
            Action(ActionKind.IGNORE),
            Action(ActionKind.ROUTE_TO_TEAM, "team-gone"),
            Action(ActionKind.ROUTE_TO_TEAM),
        )
    )
    known = KnownRuleIds(tag_ids=frozenset(), team_ids=frozenset({"team-care"}))
    found = [(p.message.code, p.path) for p in validate_rule(rule, known)]
    assert found == [
        ("rule.priority_range", (0,)),
        ("rule.action_target_required", (1,)),
        ("rule.unknown_ids", (2,)),
        ("rule.priority_range", (3,)),
        ("rule.unknown_ids", (5,)),
        ("rule.action_target_required", (6,)),
    ]
    assert [p.message.code for p in validate_rule(RuleSpec())] == ["rule.actions_required"]


def test_actions_round_trip_and_bad_stored_json_is_refused() -> None:
    for action in (
        Action(ActionKind.SET_PRIORITY, priority=5),
        Action(ActionKind.ADD_TAG, "t"),
        Action(ActionKind.IGNORE),
    ):
        assert action_from_dict(action_to_dict(action)) == action
    for bad in ([], {"kind": "explode"}, {"kind": "set_priority", "priority": "high"}):
        with pytest.raises(RuleFormatError):
            action_from_dict(bad)
    for bad_condition in ("all", {"kind": "astrology"}, {"all": {}}, {"kind": "source", "values": "s1"}):
        with pytest.raises(RuleFormatError):
            condition_from_dict(bad_condition)
