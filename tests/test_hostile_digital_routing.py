"""Hostile input at the parts that accept outside text: the routing intake (trace lines, the trace
import, the local HTTP intake) and the Digital section's services. Each attack is either refused
with a field-level code or stored and read back as sent; never a crash, a partial write, a formula
reaching an export as a formula, or a file outside the chosen folder."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Signed
from digital_helpers import add_group, community, journal
from routing_engine_setup import build_world, message
from sqlalchemy import func, select, update
from test_routing_engine_http import request, serve

from engage_desktop.cli import main
from engage_desktop.db import Database
from engage_desktop.models import AutomaticExportTask
from engage_desktop.models.channels import IdentityGroup
from engage_desktop.models.digital import Folder
from engage_desktop.models.interactions import Interaction as StoredInteraction
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import NotFound, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.spreadsheet_safety import FORMULA_STARTS, restore_cell
from engage_desktop.services.digital.custom_fields import CustomFieldForm, CustomFieldService
from engage_desktop.services.digital.export_schedule import (
    BIDI_CONTROLS,
    UNSAFE_IN_NAMES,
    WINDOWS_DEVICES,
    file_name,
)
from engage_desktop.services.digital.exports import ExportRequest, ExportService
from engage_desktop.services.digital.exports_automated import AutomaticExportService, TaskForm
from engage_desktop.services.digital.exports_runner import AutomaticExportRunner
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import GroupChanges, IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.search_query import MAX_QUERY, QuerySyntaxError, parse_query, quoted
from engage_desktop.services.digital.tags import TagService
from engage_desktop.services.routing.engine.intake import (
    MAX_LINE_BYTES,
    InteractionError,
    parse_line,
    read_trace,
)
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


# ---- Digital: custom field values of customer profiles ---------------------------------------------
def _profile_with_fields(admin: Signed) -> tuple[int, IdentityGroupService]:
    fb = community(admin, "Facebook", "facebook")
    group, _ = add_group(admin, fb, {"display_name": "X"}, firstname="X")
    fields = CustomFieldService(admin.ctx)
    for kind in ("string", "text", "integer", "float", "date"):
        fields.create_custom_field(CustomFieldForm("IdentityGroup", f"f_{kind}", kind.title(), kind))
    fields.create_custom_field(
        CustomFieldForm("IdentityGroup", "f_multi", "Multi", "multiple_choice", ("A", FORMULAS[0]))
    )
    profiles = IdentityGroupService(admin.ctx)
    profiles.set_custom_field_values(group, {"f_string": "before"})
    return group, profiles


def _stored_values(admin: Signed, group: int) -> dict[str, Any]:
    with admin.db.session_factory() as session:
        found = session.get(IdentityGroup, group)
        assert found is not None
        return dict(found.custom_field_values or {})


REFUSED_VALUES: dict[str, tuple[str, Any, str]] = {
    "NUL in a string": ("f_string", "a\x00b", "field.control_characters"),
    "lone surrogate in a string": ("f_string", "\ud800", "field.control_characters"),
    "NUL inside a list for a string": ("f_string", ["a\x00b"], "field.control_characters"),
    "lone surrogate inside a list for a text": ("f_text", ["x", "\ud800"], "field.control_characters"),
    "CR in a text": ("f_text", "a\r\nb", "field.control_characters"),
    "newline in a one-line string": ("f_string", "a\nb", "identity_group.custom_field_bad_value"),
    "1 MB text": ("f_text", "x" * 1_000_000, "identity_group.custom_field_bad_value"),
    "30 digits": ("f_integer", "1" * 30, "identity_group.custom_field_bad_value"),
    "1e300 as an integer": ("f_integer", "1e300", "identity_group.custom_field_bad_value"),
    "10**30 as a Python int": ("f_integer", 10**30, "identity_group.custom_field_bad_value"),
    "past 2**53 with a decimal point": (
        "f_integer",
        "123456789012345678.0",
        "identity_group.custom_field_bad_value",
    ),
    "NaN integer": ("f_integer", float("nan"), "identity_group.custom_field_bad_value"),
    "NaN float": ("f_float", "NaN", "identity_group.custom_field_bad_value"),
    "Infinity float": ("f_float", "Infinity", "identity_group.custom_field_bad_value"),
    "1e400 float": ("f_float", "1e400", "identity_group.custom_field_bad_value"),
    "1e-400 float (would be 0)": ("f_float", "1e-400", "identity_group.custom_field_bad_value"),
    "year 0": ("f_date", "0000-01-01", "identity_group.custom_field_bad_value"),
    "date with a time": ("f_date", "2026-01-01T00:00", "identity_group.custom_field_bad_value"),
    "choice not offered": ("f_multi", ["=B"], "identity_group.custom_field_bad_value"),
}


@pytest.mark.parametrize("case", list(REFUSED_VALUES))
def test_a_hostile_custom_field_value_is_refused_on_its_field_and_nothing_changes(
    admin: Signed, case: str
) -> None:
    group, profiles = _profile_with_fields(admin)
    key, value, code = REFUSED_VALUES[case]
    events = len(journal(admin, "identity_group.updated"))

    with pytest.raises(ValidationError) as refused:
        profiles.set_custom_field_values(group, {"f_float": 1.5, key: value})

    assert refused.value.field == key
    assert refused.value.message.code == code
    assert _stored_values(admin, group) == {"f_string": "before"}  # not even the good f_float
    assert len(journal(admin, "identity_group.updated")) == events


KEPT_VALUES: dict[str, tuple[str, Any, Any]] = {
    "formula string": ("f_string", FORMULAS[0], FORMULAS[0]),
    "signs": ("f_string", "-1", "-1"),
    "right-to-left marks": ("f_string", RTL, RTL),
    "non-BMP text": ("f_text", "🦊\n" * 100, "🦊\n" * 100),
    "18 digits": ("f_integer", "-999999999999999999", -999999999999999999),
    "2**53 written as a float": ("f_integer", "9007199254740992.0", 2**53),
    "largest float": ("f_float", "1.7976931348623157e308", 1.7976931348623157e308),
    "far future date": ("f_date", "9999-12-31", "9999-12-31"),
    "first date": ("f_date", "0001-01-01", "0001-01-01"),
    "formula choice": ("f_multi", [FORMULAS[0].upper()], [FORMULAS[0]]),
}


@pytest.mark.parametrize("case", list(KEPT_VALUES))
def test_a_hostile_custom_field_value_that_fits_is_read_back_as_typed(admin: Signed, case: str) -> None:
    group, profiles = _profile_with_fields(admin)
    key, value, expected = KEPT_VALUES[case]

    detail = profiles.set_custom_field_values(group, {key: value})

    assert _stored_values(admin, group)[key] == expected
    assert next(f.value for f in detail.custom_fields if f.key == key) == expected
    assert next(f.value for f in profiles.get_identity_group(group).custom_fields if f.key == key) == expected


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        (GroupChanges(notes="\ud800"), "notes", "field.control_characters"),
        (GroupChanges(notes="a\x00b"), "notes", "field.control_characters"),
        (GroupChanges(notes="x" * 1_000_000), "notes", "identity_group.too_long"),
        (GroupChanges(firstname="\udfff"), "firstname", "field.control_characters"),
        (GroupChanges(gender="x" * 17), "gender", "identity_group.too_long"),
        (GroupChanges(emails=("a\x00@x.io",)), "emails", "field.control_characters"),
        (GroupChanges(mobile_phones=("1" * 1_000_000,)), "mobile_phones", "field.control_characters"),
    ],
)
def test_a_hostile_profile_field_is_refused_on_its_field(
    admin: Signed, changes: GroupChanges, field: str, code: str
) -> None:
    group, profiles = _profile_with_fields(admin)

    with pytest.raises(ValidationError) as refused:
        profiles.update_identity_group(group, changes)

    assert refused.value.field == field and refused.value.message.code == code
    assert profiles.get_identity_group(group).firstname == "X"


def test_formulas_and_bidi_marks_in_a_profile_are_kept_and_newlines_in_names_become_spaces(
    admin: Signed,
) -> None:
    group, profiles = _profile_with_fields(admin)

    profiles.update_identity_group(
        group,
        GroupChanges(
            firstname=RTL,
            lastname="Dupont\r\nEvil",
            company=FORMULAS[0],
            notes="@SUM(1)\n+1\t-1",
            emails=("=a@x.io",),
        ),
    )

    detail = profiles.get_identity_group(group)
    assert (detail.firstname, detail.lastname, detail.company) == (RTL, "Dupont Evil", FORMULAS[0])
    assert detail.notes == "@SUM(1)\n+1\t-1" and detail.emails == ("=a@x.io",)


@pytest.mark.parametrize("ids", [(2**70, 1), ("1", 1), (True, 1), (-1, 1), (1, 2**31)])
def test_merging_with_hostile_ids_names_no_row(admin: Signed, ids: tuple[Any, Any]) -> None:
    group, _profiles = _profile_with_fields(admin)
    identity, target = ids

    with pytest.raises(NotFound):
        IdentityMergeService(admin.ctx).merge_identity(identity, target if target != 1 else group)


# ---- Digital: tags and folders ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("a\x00b", "field.control_characters"),
        ("\ud800", "field.control_characters"),
        ("x" * 1_000_000, "field.too_long"),
        ("", "field.required"),
        (" \u3000\n", "field.required"),
        ("a\x7f", "field.control_characters"),
    ],
)
def test_a_hostile_tag_name_is_refused(admin: Signed, name: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        TagService(admin.ctx).create_tag(name)

    assert refused.value.field == "name" and refused.value.message.code == code


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        *((formula, formula) for formula in FORMULAS),
        (RTL, RTL),
        ("a\nb\rc", "a b c"),
        ('tag:"x" -y', 'tag:"x" -y'),
        ("🦊" * 120, "🦊" * 120),
    ],
)
def test_a_hostile_tag_name_that_fits_is_kept_and_a_folder_can_name_it(
    admin: Signed, name: str, kept: str
) -> None:
    tag = TagService(admin.ctx).create_tag(name)

    folder = FolderService(admin.ctx).create_folder(FolderForm("By tag", f"tag:{quoted(kept)}"))

    assert TagService(admin.ctx).get_tag(tag.id).name == kept
    assert parse_query(folder.query).values("tag") == [kept]


def test_a_rename_that_would_push_a_folder_query_past_its_limit_is_refused(admin: Signed) -> None:
    tags = TagService(admin.ctx)
    short = tags.create_tag("a")
    other = tags.create_tag("b")
    query = " ".join(["tag:a"] * (MAX_QUERY // 6))
    folder = FolderService(admin.ctx).create_folder(FolderForm("Many", query))

    with pytest.raises(ValidationError) as refused:
        tags.update_tag(short.id, "x" * 120)
    assert refused.value.field == "name"
    assert refused.value.message.code == "tag.folder_query_too_long"
    long_target = tags.update_tag(other.id, "y" * 120)
    with pytest.raises(ValidationError) as merge_refused:
        tags.merge_tags([short.id], long_target.id)
    assert merge_refused.value.field == "source_ids"

    assert FolderService(admin.ctx).get_folder(folder.id).query == query
    assert tags.get_tag(short.id).name == "a"
    with pytest.raises(ValidationError):  # the folder still names it: still protected
        tags.delete_tag(short.id)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("tag:\x00", "query.control_character"),
        ("firstname:\ud800", "query.control_character"),
        ("text:" + "x" * MAX_QUERY, "query.too_long"),
        ("created_after:0000-01-01", "query.not_date"),
        ("created_after:10000-01-01", "query.not_date"),
        ('text:"open', "query.unclosed_quote"),
        ("-", "query.lone_minus"),
        (":x", "query.empty_keyword"),
        ("=cmd:x", "query.unknown_keyword"),
        ("has_notes:NaN", "query.not_boolean"),
        ("tag:nobody", "folder.tag_unknown"),
    ],
)
def test_a_hostile_folder_query_is_refused_with_its_span(admin: Signed, query: str, code: str) -> None:
    folders = FolderService(admin.ctx)

    with pytest.raises(QuerySyntaxError) as refused:
        folders.create_folder(FolderForm("Hostile", query))
    with pytest.raises(QuerySyntaxError) as counted:
        folders.count_query(query)

    assert refused.value.message.code == counted.value.message.code == code
    assert refused.value.field == "query" and 0 <= refused.value.start < refused.value.end
    assert folders.list_tree() == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("created_after:9999-12-31", 0),
        ("created_before:0001-01-01", 0),
        ("created_after:0001-01-01", 1),
        ("created_before:9999-12-31", 1),
        ("email:% firstname:_", 0),
        ('text:"\\"\\\\"', 0),
        (f"company:{quoted(RTL)}", 0),
    ],
)
def test_extreme_folder_queries_count_without_crashing(admin: Signed, query: str, expected: int) -> None:
    _profile_with_fields(admin)
    folders = FolderService(admin.ctx)

    assert folders.count_query(query).count == expected
    assert folders.create_folder(FolderForm("Extreme", query)).query == query


@pytest.mark.parametrize("label", ["a\x00", "\ud800", "x" * 121, "", "\r\n"])
def test_a_hostile_folder_label_is_refused(admin: Signed, label: str) -> None:
    with pytest.raises(ValidationError) as refused:
        FolderService(admin.ctx).create_folder(FolderForm(label))

    assert refused.value.field == "label"


# ---- Digital: exports ----------------------------------------------------------------------------
CELLS = [*FORMULAS, "\t=1+1", "\r=1+1", "'=1+1", "'kept", RTL, '"; =1', "a\nb"]


@pytest.mark.parametrize("fmt", ["bi", "excel-en", "excel-fr"])
def test_no_formula_reaches_an_export_of_profiles_or_identities(
    admin: Signed, tmp_path: Path, fmt: str
) -> None:
    fb = community(admin, "Facebook", "facebook")
    for n, cell in enumerate(CELLS):
        group, _ = add_group(
            admin, fb, {"display_name": cell, "company": cell, "foreign_id": f"f{n}"}, firstname="X"
        )
        IdentityGroupService(admin.ctx).update_identity_group(
            group, GroupChanges(firstname=cell, company=cell)
        )
    service = ExportService(admin.ctx)
    delimiter = ";" if fmt == "excel-fr" else ","

    for export, fields in (
        ("identity_groups", ("firstname", "company")),
        ("identities", ("display_name", "company")),
    ):
        target = tmp_path / f"{export}-{fmt}.csv"
        service.export(ExportRequest(export, fmt, fields), target)

        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=delimiter))
        assert rows[0] == list(fields)
        cells = [cell for row in rows[1:] for cell in row]
        assert all(cell[:1] not in FORMULA_STARTS for cell in cells), cells
        read_back = sorted(restore_cell(cell) for cell in cells)
        expected = sorted(c if export == "identities" else " ".join(c.split()) for c in CELLS for _ in fields)
        assert read_back == expected


@pytest.mark.parametrize(
    ("request_", "field", "code"),
    [
        (
            ExportRequest("roles", window="day", created_after=datetime(2026, 1, 1)),
            "created_after",
            "export.time_without_zone",
        ),
        (
            ExportRequest("roles", created_before=datetime(2026, 1, 1)),
            "created_before",
            "export.time_without_zone",
        ),
        (ExportRequest("roles", fields=(None,)), "fields", "export.unknown_field"),  # type: ignore[arg-type]
        (ExportRequest("roles", fields=("id\x00",)), "fields", "export.unknown_field"),
        (ExportRequest("roles", fields=("x" * 1_000_000,)), "fields", "export.unknown_field"),
        (ExportRequest("roles", fields=()), "fields", "export.no_fields"),
        (ExportRequest("roles", format="../x"), "format", "export.unknown_format"),
        (ExportRequest("\ud800"), "export", "export.unknown_type"),
        (ExportRequest("roles", window="\x00"), "window", "export.unknown_window"),
    ],
)
def test_a_hostile_export_request_is_refused_and_writes_nothing(
    sqlite_admin: Signed, tmp_path: Path, request_: ExportRequest, field: str, code: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        ExportService(sqlite_admin.ctx).export(request_, out / "out.csv")

    assert refused.value.field == field and refused.value.message.code == code
    assert list(out.iterdir()) == []
    assert journal(sqlite_admin, "export.created") == []


@pytest.mark.parametrize("name", ["a\x00b.csv", "\udcff.csv", "tab\there.csv", "bell\x07.csv"])
def test_an_export_file_name_with_control_characters_is_refused(
    sqlite_admin: Signed, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        ExportService(sqlite_admin.ctx).export(ExportRequest("roles"), f"{out}/{name}")

    assert refused.value.field == "file" and refused.value.message.code == "export.bad_file_name"
    assert list(out.iterdir()) == []


# ---- Digital: automated export tasks -----------------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    [
        "../../escape",
        "/etc/passwd",
        "C:\\Windows\\System32\\x",
        "..",
        "...",
        ".hidden",
        "a\x00b",
        "line\nbreak\r",
        "report\u202ecsv.exe",
        "\u2067iso\u2069",
        "CON",
        "nul",
        "Com1.tar",
        "LPT9 ",
        "aux.anything",
        'a:b*c?"<>|',
    ],
)
def test_a_file_name_from_a_hostile_label_stays_one_plain_name(label: str) -> None:
    name = file_name(
        "{label}", label=label, export_name="roles", slot=datetime(2026, 1, 1, tzinfo=UTC), zone=UTC
    )

    assert name and not set(name) & (UNSAFE_IN_NAMES | BIDI_CONTROLS)
    assert not name.startswith(".") and all(ord(c) >= 32 for c in name)
    assert name.split(".")[0].strip().upper() not in WINDOWS_DEVICES
    assert Path(name).name == name


def _task_form(out: Path, **more: Any) -> TaskForm:
    values: dict[str, Any] = {
        "name": "Nightly",
        "exports": {"roles": ("id", "label"), "teams": ()},
        "window": "complete",
        "folder": str(out),
        "file_pattern": "{label}_{export_name}",
    }
    values.update(more)
    return TaskForm(**values)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"file_pattern": "../{export_name}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "/abs/{export_name}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "C:\\x\\{export_name}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "{label}/{export_name}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "{unknown}{export_name}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "{label}"}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": ""}, "file_pattern", "automatic_exports.bad_pattern"),
        ({"file_pattern": "a\x00{export_name}"}, "file_pattern", "automatic_exports.text_invalid"),
        ({"file_pattern": "\ud800{export_name}"}, "file_pattern", "automatic_exports.text_invalid"),
        (
            {"file_pattern": "{export_name}" + "x" * 1_000_000},
            "file_pattern",
            "automatic_exports.text_invalid",
        ),
        (
            {"name": "N" * 120, "file_pattern": "{label}{label}{export_name}"},
            "file_pattern",
            "automatic_exports.file_name_too_long",
        ),
        ({"folder": "out\x00"}, "folder", "automatic_exports.text_invalid"),
        ({"folder": ""}, "folder", "automatic_exports.folder_required"),
        ({"folder": "relative/out"}, "folder", "automatic_exports.folder_not_absolute"),
        ({"folder": "../../out"}, "folder", "automatic_exports.folder_not_absolute"),
        ({"folder": "~no-such-user-here/out"}, "folder", "automatic_exports.folder_not_absolute"),
        ({"name": "a\nb\x00"}, "name", "field.control_characters"),
        ({"name": "\ud800"}, "name", "field.control_characters"),
        ({"hour": 2**70}, "hour", "automatic_exports.hour"),
        ({"sftp_host_key": "SHA256:" + "=" * 43}, "sftp_host_key", "automatic_exports.host_key_invalid"),
        ({"exports": {"roles": ("id\x00",)}}, "exports", "automatic_exports.export_not_allowed"),
        ({"exports": {"../roles": ()}}, "exports", "automatic_exports.export_not_allowed"),
    ],
)
def test_a_hostile_export_task_is_refused_on_its_field(
    sqlite_admin: Signed, tmp_path: Path, changes: dict[str, Any], field: str, code: str
) -> None:
    service = AutomaticExportService(sqlite_admin.ctx, SecretStore(tmp_path / "secrets.json"))

    with pytest.raises(ValidationError) as refused:
        service.create_task(_task_form(tmp_path / "out", **changes))

    assert refused.value.errors.get(field) is not None, refused.value.errors
    assert refused.value.errors[field].code == code
    assert service.count_tasks() == 0


@pytest.mark.parametrize(
    ("name", "zip_files"),
    [("../../escape", False), ("/tmp/abs", False), ("CON", False), ("..", True), ("x\u202egpj.exe", False)],
)
def test_a_task_with_a_hostile_name_writes_only_inside_its_folder(
    admin: Signed, tmp_path: Path, name: str, zip_files: bool
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    out = tmp_path / "deep" / "out"
    pattern = "{label}_{year}" if zip_files else "{label}_{export_name}"
    task_id = AutomaticExportService(admin.ctx, secrets).create_task(
        _task_form(out, name=name, zip_files=zip_files, file_pattern=pattern)
    )
    with admin.db.session_factory() as session, session.begin():
        session.execute(
            update(AutomaticExportTask)
            .where(AutomaticExportTask.id == task_id)
            .values(created_at=datetime(2026, 11, 29, 12, tzinfo=UTC))
        )
    before = {p for p in tmp_path.rglob("*") if p.is_file()}

    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(datetime(2026, 11, 30, 2, 30, tzinfo=UTC))

    assert outcome.ok, outcome.error
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    assert written and all(p.parent == out for p in written)
    assert {Path(f) for f in outcome.files} == written
    for path in written:
        assert path.name.split(".")[0].upper() not in WINDOWS_DEVICES
        assert not set(path.name) & BIDI_CONTROLS


# ---- Digital: custom field definitions ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("form", "field", "code"),
    [
        (CustomFieldForm("IdentityGroup", "a\x00", "L", "string"), "key", "custom_field.key_invalid"),
        (CustomFieldForm("IdentityGroup", "../x", "L", "string"), "key", "custom_field.key_invalid"),
        (CustomFieldForm("IdentityGroup", "ａ", "L", "string"), "key", "custom_field.key_invalid"),
        (CustomFieldForm("IdentityGroup", "a" * 65, "L", "string"), "key", "custom_field.key_invalid"),
        (CustomFieldForm("IdentityGroup", "=cmd", "L", "string"), "key", "custom_field.key_invalid"),
        (CustomFieldForm("IdentityGroup", "k", "\ud800", "string"), "label", "field.control_characters"),
        (CustomFieldForm("IdentityGroup", "k", "x" * 1_000_000, "string"), "label", "field.too_long"),
        (CustomFieldForm("IdentityGroup", "k", "", "string"), "label", "field.required"),
        (CustomFieldForm("IdentityGroup", "k", "L", "string\x00"), "type", "custom_field.type_unknown"),
        (
            CustomFieldForm("../Users", "k", "L", "string"),
            "associated_type_name",
            "custom_field.owner_unknown",
        ),
        (
            CustomFieldForm("IdentityGroup", "k", "L", "single_choice", ("a\x00",)),
            "choices",
            "custom_field.choices_bad",
        ),
        (
            CustomFieldForm("IdentityGroup", "k", "L", "single_choice", ("\udc00",)),
            "choices",
            "custom_field.choices_bad",
        ),
        (
            CustomFieldForm("IdentityGroup", "k", "L", "single_choice", ("x" * 121,)),
            "choices",
            "custom_field.choices_bad",
        ),
        (
            CustomFieldForm("IdentityGroup", "k", "L", "single_choice", ("A", "a")),
            "choices",
            "custom_field.choices_bad",
        ),
        (
            CustomFieldForm("IdentityGroup", "k", "L", "single_choice", (" ",)),
            "choices",
            "custom_field.choices_bad",
        ),
    ],
)
def test_a_hostile_custom_field_definition_is_refused_on_its_field(
    admin: Signed, form: CustomFieldForm, field: str, code: str
) -> None:
    fields = CustomFieldService(admin.ctx)

    with pytest.raises(ValidationError) as refused:
        fields.create_custom_field(form)

    assert refused.value.errors.get(field) is not None, refused.value.errors
    assert refused.value.errors[field].code == code
    assert fields.list_custom_fields(ListQuery()) == []


def test_a_custom_field_keeps_hostile_labels_and_choices_and_clamps_positions(admin: Signed) -> None:
    fields = CustomFieldService(admin.ctx)
    first = fields.create_custom_field(
        CustomFieldForm("IdentityGroup", "first", "=cmd|' /C calc'!A0", "string")
    )
    second = fields.create_custom_field(
        CustomFieldForm("IdentityGroup", "second\n", RTL, "multiple_choice", ("+1", "-1", "@SUM(1)", "a\nb"))
    )

    assert (second.key, second.label, second.choices) == ("second", RTL, ("+1", "-1", "@SUM(1)", "a b"))
    assert fields.move_custom_field(first.id, 2**70).position == 1
    assert fields.move_custom_field(first.id, -(2**70)).position == 0
    with pytest.raises(NotFound):
        fields.move_custom_field(2**70, 0)
    assert [f.label for f in fields.list_custom_fields(ListQuery())] == [FORMULAS[0], RTL]


def test_a_trace_whose_file_name_is_not_utf8_is_imported_and_journaled(
    sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    raw = os.fsencode(tmp_path) + b"/day\xff.jsonl"
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write(line() + "\n")

    result = TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(Path(os.fsdecode(raw)))

    assert result.imported == 1
    [event] = journal(sqlite_admin, "interactions.imported")
    assert event.details["file"] == "day\ufffd.jsonl"


def test_a_folder_tree_deeper_than_the_recursion_limit_still_lists_and_grows(admin: Signed) -> None:
    depth = sys.getrecursionlimit() + 200
    with admin.db.session_factory() as session, session.begin():
        parent = None
        for n in range(depth):
            folder = Folder(label=f"level {n}", parent_id=parent, query="")
            session.add(folder)
            session.flush()
            parent = folder.id
    folders = FolderService(admin.ctx)

    deepest = folders.create_folder(FolderForm("bottom", parent_id=parent))
    tree = folders.list_tree()

    assert [node.depth for node in tree] == list(range(depth + 1))
    assert tree[-1].id == deepest.id and deepest.depth == depth
    assert folders.move_folder(deepest.id, None, 0).depth == 0
    assert [node.label for node in folders.list_tree()[:2]] == ["bottom", "level 0"]


@pytest.mark.parametrize(
    ("search", "keys"),
    [("_", ["a_b"]), ("%", ["pct"]), ("\\", ["slash"]), ("A_", ["a_b"]), ("x", ["axb"]), ("%_", [])],
)
def test_custom_field_search_takes_wildcards_literally(admin: Signed, search: str, keys: list[str]) -> None:
    fields = CustomFieldService(admin.ctx)
    for key, label in (("a_b", "With underscore"), ("axb", "Plain"), ("pct", "100%"), ("slash", "a\\b")):
        fields.create_custom_field(CustomFieldForm("IdentityGroup", key, label, "string"))

    found = fields.list_custom_fields(ListQuery(search=search))

    assert sorted(f.key for f in found) == keys
    assert fields.count_custom_fields(ListQuery(search=search)) == len(keys)


def test_the_http_intake_answers_a_client_that_stops_sending_and_keeps_serving(sqlite_admin: Signed) -> None:
    answers: dict[str, bytes] = {}

    async def stalled(port: int, sent: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(sent)
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 30)  # bounds the test, not the server
        writer.close()
        return answer

    async def scenario(port: int, token: str) -> None:
        answers["half a head"] = await stalled(port, b"POST /interactions HTTP/1.1\r\nContent-Le")
        answers["half a body"] = await stalled(
            port,
            f"POST /interactions HTTP/1.1\r\nAuthorization: Bearer {token}\r\nContent-Length: 100\r\n\r\n{{".encode(),
        )
        status, _body = await request(port, line(foreign_id="after").encode(), token=token)
        answers["after"] = str(status).encode()

    serve(sqlite_admin, scenario, request_timeout=0.3)

    assert answers["half a head"].startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert answers["half a body"].startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert b'"error": "request_timeout"' in answers["half a body"]
    assert answers["after"] == b"201"


def test_an_export_task_folder_under_the_home_is_a_full_path(sqlite_admin: Signed, tmp_path: Path) -> None:
    service = AutomaticExportService(sqlite_admin.ctx, SecretStore(tmp_path / "secrets.json"))

    service.create_task(_task_form(Path("~/engage-exports")))

    assert service.count_tasks() == 1


def _trace_with_a_huge_line(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.write(b'{"text": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}\n')
        handle.write("\x1c\u3000\n".encode())  # blank to str.strip(), not to bytes.strip()
        handle.write(line().encode() + b"\n")
        handle.write(b"[" * (MAX_LINE_BYTES + 1))  # the last line, with no newline
    return path


def test_a_trace_line_over_the_limit_is_refused_by_number_and_the_rest_goes_in(
    sqlite_admin: Signed, tmp_path: Path
) -> None:
    build_world(ServiceContext(sqlite_admin.db.session_factory), agents=1)
    trace = _trace_with_a_huge_line(tmp_path / "huge.jsonl")
    seen: list[int] = []

    result = TraceImportService(sqlite_admin.ctx, sqlite_admin.db).import_interactions(
        trace, lambda done, total: seen.append(done) or True
    )

    assert (result.lines, result.imported, result.refused) == (3, 1, 2)
    assert [(e.line, e.message.code) for e in result.errors] == [
        (1, "intake.line_too_long"),
        (4, "intake.line_too_long"),
    ]
    assert seen[-1] == trace.stat().st_size
    read = read_trace(trace)
    assert (read.lines, [e.line for e in read.errors]) == ([3], [1, 4])


def test_the_cli_ingest_refuses_a_line_over_the_limit_and_routes_the_rest(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_world(ServiceContext(sqlite_db.session_factory), agents=1)
    trace = _trace_with_a_huge_line(tmp_path / "huge.jsonl")

    assert main(["ingest", "--db", sqlite_db.url, str(trace)]) == 1

    out = capsys.readouterr()
    assert "1 interactions routed, 0 already known, 2 refused." in out.out
    assert f"{trace}:1: The line is longer than" in out.err and f"{trace}:4: The line" in out.err


@pytest.mark.parametrize("bad", [2**70, -1, 0, "1", True, None, 1.0])
def test_hostile_ids_in_tag_and_folder_actions_name_no_row(admin: Signed, bad: Any) -> None:
    group, profiles = _profile_with_fields(admin)
    tags = TagService(admin.ctx)
    tag = tags.create_tag("VIP")
    folders = FolderService(admin.ctx)

    with pytest.raises((NotFound, ValidationError)):  # True and 1.0 equal the target's id 1: nothing to merge
        tags.merge_tags([bad], tag.id)
    with pytest.raises(NotFound):
        tags.update_tag(bad, "x")
    with pytest.raises(ValidationError) as tagged:
        profiles.set_group_tags(group, [tag.id, bad])
    assert tagged.value.field == "tag_ids"
    for restriction in ("role_ids", "team_ids", "user_ids"):
        with pytest.raises(ValidationError) as restricted:
            folders.create_folder(FolderForm("Restricted", **{restriction: (bad,)}))
        assert restricted.value.field == restriction
    moving = folders.create_folder(FolderForm("Moved")).id
    if bad is not None:  # None is the root
        with pytest.raises(ValidationError) as moved:
            folders.move_folder(moving, bad, 0)
        assert moved.value.field == "parent_id"

    assert tags.get_tag(tag.id).group_count == 0
    assert [n.label for n in folders.list_tree()] == ["Moved"]


def test_a_saved_task_whose_folder_names_an_unknown_home_fails_its_run_instead_of_the_runner(
    admin: Signed, tmp_path: Path
) -> None:
    secrets = SecretStore(tmp_path / "secrets.json")
    task_id = AutomaticExportService(admin.ctx, secrets).create_task(_task_form(tmp_path / "out"))
    with admin.db.session_factory() as session, session.begin():  # as an older release could save it
        session.execute(
            update(AutomaticExportTask)
            .where(AutomaticExportTask.id == task_id)
            .values(folder="~no-such-user-here/out", created_at=datetime(2026, 11, 29, 12, tzinfo=UTC))
        )

    [outcome] = AutomaticExportRunner(admin.ctx, secrets).run_due(datetime(2026, 11, 30, 2, 30, tzinfo=UTC))

    assert not outcome.ok and "~no-such-user-here/out" in outcome.error
    assert journal(admin, "automatic_exports_task.failed") and journal(admin, "export.created") == []
