"""Hostile input at the parts that accept outside text: the routing intake (trace lines, the trace
import, the local HTTP intake) and the Digital section's services. Each attack is either refused
with a field-level code or stored and read back as sent; never a crash, a partial write, a formula
reaching an export as a formula, or a file outside the chosen folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Signed
from routing_engine_setup import build_world, message
from sqlalchemy import func, select
from test_routing_engine_http import request, serve

from engage_desktop.models.interactions import Interaction as StoredInteraction
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.routing.engine.intake import InteractionError, parse_line
from engage_desktop.services.routing.engine.trace_import import TraceImportService

FORMULAS = ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)"]
RTL = "\u202eevil\u200f"


def line(**changes: Any) -> str:
    return json.dumps(dict(message(1).as_json(), **changes), ensure_ascii=False)


DEEP_ARRAY = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 100_000 + "1" + "}" * 100_000
HUGE_INT = '{"source": ' + "1" * 5000 + "}"

REFUSED_LINES = {
    "deep array": (DEEP_ARRAY, "intake.bad_json"),
    "deep object": (DEEP_OBJECT, "intake.bad_json"),
    "huge int": (HUGE_INT, "intake.bad_json"),
    "array": ("[1, 2]", "intake.not_an_object"),
    "string": ('"x"', "intake.not_an_object"),
    "null": ("null", "intake.not_an_object"),
    "NaN text": (line(text=float("nan")), "intake.field_required"),
    "Infinity timestamp": (line(timestamp=float("inf")), "intake.field_required"),
    "huge int timestamp": (line(timestamp=10**300), "intake.field_required"),
    "empty source": (line(source=""), "intake.field_required"),
    "blank foreign id": (line(foreign_id="  "), "intake.field_required"),
    "NUL text": (line(text="a\x00b"), "intake.bad_text"),
    "lone surrogate author": (line(author="\ud800"), "intake.bad_text"),
    "lone surrogate escaped": (
        '{"source": "Web chat", "foreign_id": "\\udc00", "thread": "t", "timestamp": "2026-12-01T09:00:00Z"}',
        "intake.bad_text",
    ),
    "text over 1 MB": (line(text="x" * 1_000_001), "intake.too_long"),
    "thread over 255": (line(thread="t" * 256), "intake.too_long"),
    "no zone": (line(timestamp="2026-12-01T09:00:00"), "intake.bad_timestamp"),
    "not a date": (line(timestamp="yesterday"), "intake.bad_timestamp"),
    "year 0": (line(timestamp="0000-01-01T00:00:00Z"), "intake.bad_timestamp"),
    "year 1 east of UTC": (line(timestamp="0001-01-01T00:00:00+01:00"), "intake.timestamp_out_of_range"),
    "year 9999": (line(timestamp="9999-12-31T23:59:59+00:00"), "intake.timestamp_out_of_range"),
    "year 9999 west of UTC": (line(timestamp="9999-12-31T23:59:59-01:00"), "intake.timestamp_out_of_range"),
    "before 1970": (line(timestamp="1969-12-31T23:59:59Z"), "intake.timestamp_out_of_range"),
}


@pytest.mark.parametrize("case", list(REFUSED_LINES))
def test_a_hostile_trace_line_is_refused_with_its_code(case: str) -> None:
    text, code = REFUSED_LINES[case]

    with pytest.raises(InteractionError) as refused:
        parse_line(text)

    assert refused.value.message.code == code


KEPT = {
    "formula author": {"author": FORMULAS[0], "text": "=1+1"},
    "right-to-left marks": {"thread": RTL, "author": RTL, "text": RTL * 3},
    "controls other than NUL": {"foreign_id": "a\nb\rc", "text": "tab\there\x01\x7f"},
    "one million characters": {"text": "é" * 1_000_000},
    "non-BMP": {"author": "🦊" * 255, "text": "𝔘𝔫𝔦"},
    "duplicate keys": {},
}


@pytest.mark.parametrize("case", list(KEPT))
def test_a_hostile_trace_line_that_can_be_kept_is_stored_as_sent(
    admin: Signed, tmp_path: Path, case: str
) -> None:
    build_world(ServiceContext(admin.db.session_factory), agents=1)
    changes = KEPT[case]
    trace = tmp_path / "day.jsonl"
    if case == "duplicate keys":  # JSON's last value wins, as everywhere
        sent = line()[:-1] + ', "text": "second"}'
        changes = {"text": "second"}
    else:
        sent = line(**changes)
    trace.write_text(sent + "\n", encoding="utf-8")

    result = TraceImportService(admin.ctx, admin.db).import_interactions(trace)

    assert (result.imported, result.refused) == (1, 0), result.errors
    with admin.db.session_factory() as session:
        stored = session.scalars(select(StoredInteraction)).one()
        kept = {
            "foreign_id": stored.foreign_id,
            "thread": stored.thread,
            "author": stored.author,
            "text": stored.body,
        }
    for name, value in changes.items():
        assert kept[name] == value


def test_a_trace_of_hostile_lines_refuses_each_by_number_and_keeps_the_good_ones(
    sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = tmp_path / "day.jsonl"
    lines = [text for text, _code in REFUSED_LINES.values()]
    good = json.dumps(message(2).as_json())
    trace.write_text("\n".join([*lines, good]) + "\n", encoding="utf-8", errors="surrogatepass")

    result = TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(trace)

    assert (result.imported, result.refused) == (1, len(lines))
    assert [e.message.code for e in result.errors] == [code for _text, code in REFUSED_LINES.values()]
    assert [e.line for e in result.errors] == list(range(1, len(lines) + 1))
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredInteraction)) == 1


def test_a_trace_with_undecodable_bytes_refuses_that_line_only(sqlite_admin: Signed, tmp_path: Path) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = tmp_path / "day.jsonl"
    trace.write_bytes(
        line(text="\udcff").encode("utf-8", "surrogateescape") + b"\n" + line().encode() + b"\n"
    )

    result = TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(trace)

    assert (result.imported, result.refused) == (1, 1)
    assert result.errors[0].message.code == "intake.bad_text"


def test_the_http_intake_answers_hostile_bodies_instead_of_dropping_the_connection(
    sqlite_admin: Signed,
) -> None:
    answers: dict[str, tuple[int, dict[str, Any]]] = {}
    bodies = {
        "deep array": DEEP_ARRAY.encode(),
        "deep object": DEEP_OBJECT.encode(),
        "huge int": HUGE_INT.encode(),
        "year 9999": line(timestamp="9999-12-31T23:59:59+00:00").encode(),
        "year 1": line(timestamp="0001-01-01T00:00:00+01:00").encode(),
        "not an object": b"[]",
        "lone surrogate": line(author="\\ud800").replace("\\\\", "\\").encode(),
    }

    async def scenario(port: int, token: str) -> None:
        for name, body in bodies.items():
            answers[name] = await request(port, body, token=token)
        answers["after"] = await request(port, line(foreign_id="after").encode(), token=token)

    serve(sqlite_admin, scenario)

    statuses = {name: status for name, (status, _body) in answers.items()}
    assert statuses == {
        "deep array": 400,
        "deep object": 400,
        "huge int": 400,
        "year 9999": 422,
        "year 1": 422,
        "not an object": 422,
        "lone surrogate": 422,
        "after": 201,
    }
    assert answers["huge int"][1]["error"] == "malformed_json"
    assert "too long" in answers["huge int"][1]["message"]
    assert answers["deep array"][1]["message"] == "nested too deeply"
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredInteraction)) == 1
