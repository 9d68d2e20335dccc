"""The topology config of routing.md: parse, exact round trip, every validation problem with its
path, the line a problem is on, and which queue a task goes to."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage_desktop.services.routing.topology_config import (
    DEFAULT_QUEUE,
    KnownIds,
    Match,
    Queue,
    Step,
    Target,
    TaskAttributes,
    TopologyConfig,
    choose_queue,
    config_to_dict,
    config_to_text,
    parse_config,
    parse_config_text,
    starter_config,
    validate_config,
)

ROUTING_MD: dict[str, Any] = {
    "queues": [
        {
            "name": "vip",
            "channel_id": "ch1",
            "match": {"tag_ids": ["tag-vip"]},
            "steps": [
                {"target": {"categories": "task"}, "timeout_seconds": 60},
                {"target": {"team_ids": ["team1"]}, "timeout_seconds": 120},
                {"target": {"any_agent": True}},
            ],
        }
    ],
    "default_queue": {
        "steps": [{"target": {"categories": "task"}, "timeout_seconds": 300}, {"target": {"any_agent": True}}]
    },
    "special_queues": ["triage", "undelivered"],
}
KNOWN = KnownIds(
    category_ids=frozenset({"cat1", "cat2"}),
    team_ids=frozenset({"team1"}),
    user_ids=frozenset({"u1"}),
    channel_ids=frozenset({"ch1", "ch2"}),
    tag_ids=frozenset({"tag-vip", "tag-press"}),
    source_ids=frozenset({"src1"}),
)


def parsed(data: dict[str, Any]) -> TopologyConfig:
    result = parse_config(data)
    assert result.config is not None, [p.message for p in result.problems]
    return result.config


def queue(name: str, *steps: Step, match: Match | None = None, **more: Any) -> dict[str, Any]:
    config = TopologyConfig(queues=(Queue(name, steps, match=match, **more),))
    return config_to_dict(config)["queues"][0]


def codes(config: TopologyConfig, known: KnownIds = KNOWN) -> list[tuple[str, tuple[Any, ...]]]:
    return [(p.message.code, p.path) for p in validate_config(config, known)]


ANY = Step(Target(any_agent=True))


# ---- parsing and round trip ---------------------------------------------------------------------
def test_the_example_of_routing_md_parses_validates_and_round_trips_exactly() -> None:
    config = parsed(ROUTING_MD)
    assert config.queues[0].steps[1].target.team_ids == ("team1",)
    assert config.default_queue is not None and config.default_queue[1].target.any_agent
    assert validate_config(config, KNOWN) == []
    assert config_to_dict(config) == ROUTING_MD
    text = json.dumps(ROUTING_MD, indent=2, ensure_ascii=False)
    assert config_to_text(config) == text
    assert parse_config_text(text).config == config


def test_optional_parts_absent_stay_absent_and_empty_lists_stay_empty() -> None:
    data = {"queues": [{"name": "q", "match": {"languages": []}, "steps": []}]}
    assert config_to_dict(parsed(data)) == data
    assert config_to_dict(parsed({"queues": []})) == {"queues": []}


def test_the_starter_config_is_valid() -> None:
    assert validate_config(starter_config(), KNOWN) == []
    assert parsed(config_to_dict(starter_config())) == starter_config()


ids = st.lists(st.sampled_from(["a", "b", "c", "é"]), max_size=3).map(tuple)
targets = st.one_of(
    st.builds(Target, categories=st.one_of(st.just("task"), ids)),
    st.builds(Target, team_ids=ids),
    st.builds(Target, user_ids=ids),
    st.just(Target(any_agent=True)),
)
steps = st.lists(st.builds(Step, targets, st.one_of(st.none(), st.integers(-5, 10_000))), max_size=3).map(
    tuple
)
matches = st.one_of(st.none(), st.builds(Match, *(st.one_of(st.none(), ids) for _ in range(4))))
queues = st.builds(
    Queue,
    st.text(max_size=8),
    steps,
    channel_id=st.one_of(st.none(), st.text(max_size=4)),
    match=matches,
    overflow_to=st.one_of(st.none(), st.text(max_size=4)),
)
configs = st.builds(
    TopologyConfig,
    st.lists(queues, max_size=3).map(tuple),
    st.one_of(st.none(), steps),
    st.one_of(st.none(), ids),
)


@settings(max_examples=150, deadline=None)
@given(configs)
def test_any_config_round_trips_through_dict_and_text(config: TopologyConfig) -> None:
    assert parsed(config_to_dict(config)) == config
    assert parse_config_text(config_to_text(config)).config == config
    validate_config(config, KNOWN)  # never raises


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(
                st.sampled_from(["queues", "name", "steps", "target", "match", "x"]), c, max_size=3
            )
        ),
    )
)
def test_parsing_any_json_value_never_raises(data: Any) -> None:
    result = parse_config(data)
    assert (result.config is None) == bool(result.problems)


# ---- bad types ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "code", "path"),
    [
        ([], "topology.not_an_object", ()),
        ({"queues": {}}, "topology.not_a_list", ("queues",)),
        ({"queues": [], "extra": 1}, "topology.unknown_key", ("extra",)),
        ({}, "topology.missing_key", ()),
        ({"queues": [{"steps": []}]}, "topology.missing_key", ("queues", 0)),
        ({"queues": [{"name": 3, "steps": []}]}, "topology.not_text", ("queues", 0, "name")),
        (
            {"queues": [{"name": "q", "steps": [{"target": {"any_agent": True}, "timeout_seconds": "60"}]}]},
            "topology.not_a_number",
            ("queues", 0, "steps", 0, "timeout_seconds"),
        ),
        (
            {"queues": [{"name": "q", "steps": [{"target": {"any_agent": True}, "timeout_seconds": True}]}]},
            "topology.not_a_number",
            ("queues", 0, "steps", 0, "timeout_seconds"),
        ),
        (
            {"queues": [{"name": "q", "steps": [{"target": {"team_ids": "team1"}}]}]},
            "topology.not_a_list",
            ("queues", 0, "steps", 0, "target", "team_ids"),
        ),
        (
            {"queues": [{"name": "q", "steps": [{"target": {"any_agent": False}}]}]},
            "topology.not_true",
            ("queues", 0, "steps", 0, "target", "any_agent"),
        ),
        (
            {"queues": [{"name": "q", "steps": [{"target": {"anyone": True}}]}]},
            "topology.unknown_key",
            ("queues", 0, "steps", 0, "target", "anyone"),
        ),
    ],
)
def test_bad_types_are_problems_at_their_path(data: Any, code: str, path: tuple[Any, ...]) -> None:
    result = parse_config(data)
    assert result.config is None
    assert (code, path) in [(p.message.code, p.path) for p in result.problems]


def test_a_syntax_error_says_its_line_and_column() -> None:
    result = parse_config_text('{\n  "queues": [\n    {"name": "vip",,}\n  ]\n}')
    (problem,) = result.problems
    assert problem.message.code == "topology.json_syntax"
    assert (problem.line, problem.column) == (3, 20)
    assert "line 3" in problem.message


def test_a_type_problem_in_text_points_at_the_line_of_its_value() -> None:
    data = {
        "queues": [{"name": "q", "steps": [{"target": {"any_agent": True}}, {"target": {"team_ids": 4}}]}]
    }
    text = json.dumps(data, indent=2)
    (problem,) = parse_config_text(text).problems
    line = text.splitlines()[problem.line - 1]  # type: ignore[operator]
    assert '"team_ids": 4' in line
    assert (problem.queue_index, problem.step_index) == (0, 1)


# ---- validation, one test per kind -----------------------------------------------------------------------
def test_unknown_ids_of_every_kind_are_named() -> None:
    config = parsed(
        {
            "queues": [
                {
                    "name": "q",
                    "channel_id": "ch-gone",
                    "match": {"category_ids": ["cat1", "cat-x"], "tag_ids": ["t-x"], "source_ids": ["s-x"]},
                    "steps": [
                        {"target": {"categories": ["cat-y"]}, "timeout_seconds": 5},
                        {"target": {"team_ids": ["team-x"]}, "timeout_seconds": 5},
                        {"target": {"user_ids": ["u-x"]}},
                    ],
                }
            ]
        }
    )
    problems = validate_config(config, KNOWN)
    assert [(p.message.code, p.path) for p in problems] == [
        ("topology.unknown_ids", ("queues", 0, "channel_id")),
        ("topology.unknown_ids", ("queues", 0, "match", "category_ids")),
        ("topology.unknown_ids", ("queues", 0, "match", "tag_ids")),
        ("topology.unknown_ids", ("queues", 0, "match", "source_ids")),
        ("topology.unknown_ids", ("queues", 0, "steps", 0, "target", "categories")),
        ("topology.unknown_ids", ("queues", 0, "steps", 1, "target", "team_ids")),
        ("topology.unknown_ids", ("queues", 0, "steps", 2, "target", "user_ids")),
    ]
    assert "cat-x" in problems[1].message and "cat1" not in problems[1].message
    assert validate_config(config, KnownIds()) == []  # nothing known: nothing checked


def test_a_queue_after_a_broader_one_on_the_same_channel_is_unreachable() -> None:
    config = TopologyConfig(
        queues=(
            Queue("all vip", (ANY,), match=Match(tag_ids=("tag-vip", "tag-press"))),
            Queue("vip fr", (ANY,), match=Match(tag_ids=("tag-vip",), languages=("fr",))),
            Queue("french", (ANY,), match=Match(languages=("fr",))),
            Queue("other channel", (ANY,), channel_id="ch2"),
            Queue("after catch-all on ch2", (ANY,), channel_id="ch2", match=Match(languages=("en",))),
        )
    )
    problems = validate_config(config, KNOWN)
    assert [(p.message.code, p.queue_index) for p in problems] == [
        ("topology.unreachable_shadowed", 1),
        ("topology.unreachable_shadowed", 4),
    ]
    assert "“all vip”" in problems[0].message


def test_an_empty_match_list_makes_a_queue_unreachable() -> None:
    config = TopologyConfig(queues=(Queue("nobody", (ANY,), match=Match(languages=())),))
    assert codes(config) == [("topology.unreachable_empty_match", ("queues", 0, "match", "languages"))]


def test_a_step_without_timeout_before_another_step_is_an_error_but_the_last_may_wait() -> None:
    config = TopologyConfig(
        queues=(Queue("q", (Step(Target(categories="task")), Step(Target(team_ids=("team1",)), 30), ANY)),),
        default_queue=(Step(Target(categories="task"), 0), ANY),
    )
    assert codes(config) == [
        ("topology.timeout_required", ("queues", 0, "steps", 0, "timeout_seconds")),
        ("topology.timeout_positive", ("default_queue", "steps", 0, "timeout_seconds")),
    ]
    problem = validate_config(config, KNOWN)[0]
    assert (problem.queue_index, problem.step_index) == (0, 0)
    assert validate_config(config, KNOWN)[1].in_default_queue


def test_empty_and_double_targets_and_queues_without_steps() -> None:
    config = TopologyConfig(
        queues=(
            Queue(
                "q",
                (
                    Step(Target(), 10),
                    Step(Target(team_ids=()), 10),
                    Step(Target(any_agent=True, user_ids=("u1",))),
                ),
            ),
            Queue("r", ()),
        )
    )
    assert codes(config) == [
        ("topology.empty_target", ("queues", 0, "steps", 0, "target")),
        ("topology.empty_target", ("queues", 0, "steps", 1, "target")),
        ("topology.several_targets", ("queues", 0, "steps", 2, "target")),
        ("topology.unreachable_shadowed", ("queues", 1)),  # "q" takes every task before it
        ("topology.no_steps", ("queues", 1, "steps")),
    ]


def test_queue_names_are_required_unique_and_not_special() -> None:
    config = TopologyConfig(
        queues=(
            Queue(" ", (ANY,), match=Match(languages=("a",))),
            Queue("Vip", (ANY,), match=Match(languages=("b",))),
            Queue("vip", (ANY,), match=Match(languages=("c",))),
            Queue("Triage", (ANY,), match=Match(languages=("d",))),
        ),
        special_queues=("triage",),
    )
    assert codes(config) == [
        ("topology.queue_name_required", ("queues", 0, "name")),
        ("topology.queue_name_taken", ("queues", 2, "name")),
        ("topology.special_queue_taken", ("queues", 3, "name")),
    ]


def test_overflow_to_an_unknown_queue_or_in_a_cycle() -> None:
    def q(name: str, to: str | None, lang: str) -> Queue:
        return Queue(name, (ANY,), match=Match(languages=(lang,)), overflow_to=to)

    config = TopologyConfig(
        queues=(
            q("a", "b", "1"),
            q("b", "c", "2"),
            q("c", "a", "3"),
            q("d", "nowhere", "4"),
            q("e", "triage", "5"),
        ),
        special_queues=("triage",),
    )
    problems = validate_config(config, KNOWN)
    assert [(p.message.code, p.path) for p in problems] == [
        ("topology.overflow_cycle", ("queues", 0, "overflow_to")),
        ("topology.overflow_unknown", ("queues", 3, "overflow_to")),
    ]
    assert "a → b → c → a" in problems[0].message


def test_problems_in_text_carry_the_line_of_the_step() -> None:
    data = {
        "queues": [
            queue("q", Step(Target(categories="task")), ANY),
        ]
    }
    text = json.dumps(data, indent=2)
    result = parse_config_text(text)
    assert result.config is not None
    from engage_desktop.services.routing.topology_problems import locate

    (problem,) = [locate(text, p) for p in validate_config(result.config, KNOWN)]
    assert problem.line is not None
    assert (
        '"categories": "task"' in text.splitlines()[problem.line - 1]
        or "{" in text.splitlines()[problem.line - 1]
    )
    assert problem.where == "queues[0].steps[0].timeout_seconds"


# ---- choosing a queue ----------------------------------------------------------------------------------
def test_a_task_goes_to_the_first_matching_queue_else_the_default_else_nowhere() -> None:
    config = parsed(ROUTING_MD)
    vip = TaskAttributes(channel_id="ch1", tag_ids=frozenset({"tag-vip"}))
    choice = choose_queue(config, vip)
    assert choice is not None and (choice.name, choice.index) == ("vip", 0)
    for other in (
        TaskAttributes(channel_id="ch2", tag_ids=frozenset({"tag-vip"})),
        TaskAttributes(channel_id="ch1", tag_ids=frozenset({"tag-press"})),
    ):
        choice = choose_queue(config, other)
        assert choice is not None and (choice.name, choice.index) == (DEFAULT_QUEUE, None)
    assert choose_queue(TopologyConfig(queues=config.queues), TaskAttributes()) is None


def test_match_is_and_between_lists_or_inside_a_list() -> None:
    config = TopologyConfig(
        queues=(Queue("fr care", (ANY,), match=Match(languages=("fr", "be"), category_ids=("cat1",))),),
    )
    hit = TaskAttributes(language="be", category_ids=frozenset({"cat1", "cat2"}))
    assert choose_queue(config, hit) is not None
    assert choose_queue(config, TaskAttributes(language="be")) is None
    assert choose_queue(config, TaskAttributes(language="en", category_ids=frozenset({"cat1"}))) is None
