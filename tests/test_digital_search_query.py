"""The platform's search syntax: valid queries give their terms, invalid ones the span at fault;
a rendered query parses back to the same terms whatever the values (property-based)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engage_desktop.services.digital.search_query import (
    KEYWORDS,
    QuerySyntaxError,
    Term,
    parse_query,
    quoted,
    rename_tag_in_query,
    render_term,
)


def terms(text: str) -> list[tuple[str, str, bool]]:
    return [(t.keyword, t.value, t.negated) for t in parse_query(text).terms]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("refund", [("text", "refund", False)]),
        ('"late delivery"', [("text", "late delivery", False)]),
        ("tag:VIP tag:Press", [("tag", "VIP", False), ("tag", "Press", False)]),
        ('-tag:"churn risk" refund', [("tag", "churn risk", True), ("text", "refund", False)]),
        ("TAG:vip", [("tag", "vip", False)]),
        ('text:"say \\"hi\\""', [("text", 'say "hi"', False)]),
        ("has_notes:YES unassigned:0", [("has_notes", "YES", False), ("unassigned", "0", False)]),
        (
            "created_after:2026-01-31 status:open",
            [("created_after", "2026-01-31", False), ("status", "open", False)],
        ),
        ("  email:a@b.c   ", [("email", "a@b.c", False)]),
        ("-refund", [("text", "refund", True)]),
        ("text:a:b", [("text", "a:b", False)]),
    ],
)
def test_valid_queries(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ('tag:"VIP', (4, 8), "query.unclosed_quote"),
        ("refund - tag:VIP", (7, 8), "query.lone_minus"),
        ("tag: VIP", (0, 4), "query.empty_value"),
        ("colour:red", (0, 6), "query.unknown_keyword"),
        ("a :b", (2, 3), "query.empty_keyword"),
        ("has_notes:perhaps", (10, 17), "query.not_boolean"),
        ("created_before:31/12/2026", (15, 25), "query.not_date"),
        ("status:lost", (7, 11), "query.not_status"),
        ('tag:"VIP"x', (9, 10), "query.glued"),
        ("tag:a\x00b", (5, 6), "query.control_character"),
        ('tag:""', (0, 6), "query.empty_value"),
        ("x" * 2001, (2000, 2001), "query.too_long"),
    ],
)
def test_invalid_queries_name_their_span(text: str, span: tuple[int, int], code: str) -> None:
    with pytest.raises(QuerySyntaxError) as bad:
        parse_query(text)
    assert (bad.value.start, bad.value.end) == span
    assert bad.value.code == code
    assert bad.value.field == "query"


def test_rename_tag_keeps_the_rest_of_the_query() -> None:
    text = 'refund  tag:vip -TAG:"VIP"  tag:vipx'
    assert rename_tag_in_query(text, "VIP", "Very important") == (
        'refund  tag:"Very important" -TAG:"Very important"  tag:vipx'
    )
    assert rename_tag_in_query('tag:"unclosed', "unclosed", "x") == 'tag:"unclosed'


values = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(
    lambda v: v.strip() != ""
)
term_strategy = st.builds(
    Term,
    keyword=st.sampled_from([k for k, kind in KEYWORDS.items() if kind.value == "text"]),
    value=values,
    negated=st.booleans(),
    start=st.just(0),
    end=st.just(0),
    value_start=st.just(0),
    value_end=st.just(0),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(term_strategy, max_size=6))
def test_rendered_queries_parse_back(generated: list[Term]) -> None:
    text = " ".join(render_term(t) for t in generated)
    parsed = parse_query(text)
    assert [(t.keyword, t.value, t.negated) for t in parsed.terms] == [
        (t.keyword, t.value, t.negated) for t in generated
    ]
    for term in parsed.terms:
        assert text[term.start : term.end].lstrip("-")


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_parses_or_names_a_span_inside_it(text: str) -> None:
    try:
        parse_query(text)
    except QuerySyntaxError as bad:
        assert 0 <= bad.start < bad.end <= max(len(text), 1)


def test_quoted_values_round_trip() -> None:
    for value in ("plain", "two words", 'a"b', "back\\slash", "-dash", "a:b"):
        assert terms(f"tag:{quoted(value)}") == [("tag", value, False)]
