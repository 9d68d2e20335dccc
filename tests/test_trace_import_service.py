"""Importing an interaction trace into the live engine from the console: good lines routed, bad
lines named by number, a second import adds nothing, cancel keeps what was done, the engine lock
is respected, and the import is journaled as its user (refusals: tests/hardening)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import Signed
from routing_engine_setup import build_world, message
from sqlalchemy import func, select

from engage_desktop.models import AuditEvent
from engage_desktop.models.interactions import Interaction
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import Conflict, ValidationError
from engage_desktop.services.routing.engine import acquire_engine_lock, write_trace
from engage_desktop.services.routing.engine.trace_import import TraceImportService


def write_mixed_trace(path: Path) -> Path:
    """Lines 1–3 good, 4 malformed JSON, 5 an unknown source, 6 empty, 7 a NUL, 8 good."""
    write_trace(path, [replace(message(n), author=f"cust{n}") for n in (1, 2, 3)])
    bad_source = dict(message(9).as_json(), source="Nowhere")
    nul = dict(message(10).as_json(), text="a\x00b")
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"source": "Web chat", "foreign_id": \n')
        handle.write(json.dumps(bad_source) + "\n")
        handle.write("\n")
        handle.write(json.dumps(nul) + "\n")
        handle.write(json.dumps(message(4).as_json()) + "\n")
    return path


def _interactions(admin: Signed) -> int:
    with admin.db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Interaction)) or 0


def test_good_lines_go_in_bad_ones_are_named_and_a_second_import_adds_nothing(
    sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=2)
    trace = write_mixed_trace(tmp_path / "day.jsonl")
    service = TraceImportService(sqlite_admin.ctx, sqlite_admin.db)
    seen: list[tuple[int, int]] = []

    first = service.import_interactions(trace, lambda done, total: seen.append((done, total)) or True)

    assert (first.lines, first.imported, first.already_known, first.refused) == (7, 4, 0, 3)
    assert [e.line for e in first.errors] == [4, 5, 7]
    assert "Malformed JSON" in first.errors[0].message
    assert first.errors[1].message.code == "routing_engine.unknown_source"
    assert first.errors[2].message.code == "intake.bad_text"
    assert not first.nothing_new and not first.cancelled
    assert seen[-1][0] == seen[-1][1] == trace.stat().st_size
    assert _interactions(sqlite_admin) == 4

    second = service.import_interactions(trace)

    assert (second.imported, second.already_known, second.refused) == (0, 4, 3)
    assert second.nothing_new
    assert _interactions(sqlite_admin) == 4
    with sqlite_admin.db.session_factory() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.name == "interactions.imported")).all()
        assert [e.user_id for e in events] == [sqlite_admin.user.id] * 2
        assert [e.details["imported"] for e in events] == [4, 0]


def test_cancel_stops_between_lines_and_keeps_what_was_imported(sqlite_admin: Signed, tmp_path: Path) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = tmp_path / "day.jsonl"
    write_trace(trace, [message(n) for n in range(1, 11)])
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= 3

    result = TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(trace, progress)

    assert result.cancelled and result.imported == 3
    assert _interactions(sqlite_admin) == 3


def test_refused_while_another_workstation_runs_the_engine(sqlite_admin: Signed, tmp_path: Path) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = tmp_path / "day.jsonl"
    write_trace(trace, [message(1)])
    lock = acquire_engine_lock(sqlite_admin.db, holder="desk-7")
    assert lock is not None
    with lock, pytest.raises(Conflict) as refused:
        TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(trace)
    assert "desk-7" in refused.value.message
    assert _interactions(sqlite_admin) == 0


def test_an_unreadable_file_is_refused_on_its_field(sqlite_admin: Signed, tmp_path: Path) -> None:
    service = TraceImportService(sqlite_admin.ctx, sqlite_admin.db)
    with pytest.raises(ValidationError) as missing:
        service.import_interactions(tmp_path / "absent.jsonl")
    assert missing.value.field == "file"
    assert service.may_import()
