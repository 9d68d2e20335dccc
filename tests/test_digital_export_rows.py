"""The fast export row writer writes exactly what `SafeCsvWriter` writes (property-based, any cells),
and a BI export whose cells SQLite neutralises itself gives the same bytes as one built cell by
cell through `SafeCsvWriter`, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from conftest import Signed
from hypothesis import given, settings
from hypothesis import strategies as st

from engage_desktop.models import Category
from engage_desktop.services.core.spreadsheet_safety import SafeCsvWriter
from engage_desktop.services.digital.export_formats import CellKind
from engage_desktop.services.digital.export_rows import ExportRowWriter
from engage_desktop.services.digital.exports import ExportRequest, ExportService

RISKY_TEXT = st.text(alphabet=st.sampled_from(list("=+-@\t\r'\n\",;a é😀 0")), max_size=8)
NUMBERS = st.one_of(st.integers(-(10**12), 10**12), st.floats(allow_nan=False), st.just(-0.0))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[CellKind], list[tuple[object, ...]]]:
    kinds = draw(
        st.lists(st.sampled_from([CellKind.TEXT, CellKind.NUMBER, CellKind.JSON]), min_size=1, max_size=5)
    )
    cell = {
        CellKind.TEXT: RISKY_TEXT,
        CellKind.JSON: RISKY_TEXT,
        CellKind.NUMBER: st.one_of(NUMBERS, st.just("")),
    }
    rows = draw(st.lists(st.tuples(*(cell[k] for k in kinds)), max_size=20))
    return kinds, rows


@settings(max_examples=300, deadline=None)
@given(tables(), st.sampled_from([",", ";"]))
def test_the_fast_writer_writes_what_the_safe_writer_writes(
    table: tuple[list[CellKind], list[tuple[object, ...]]], delimiter: str
) -> None:
    kinds, rows = table
    header = [f"c{i}" for i in range(len(kinds))]
    expected, ours = io.StringIO(newline=""), io.StringIO(newline="")
    safe = SafeCsvWriter(expected, delimiter=delimiter)
    safe.writerow(header)
    safe.writerows(rows)
    fast = ExportRowWriter(ours, delimiter, kinds)
    fast.writeheader(header)
    fast.writerows(rows)
    assert ours.getvalue() == expected.getvalue()


def test_cells_sqlite_neutralises_match_the_cell_by_cell_writer(admin: Signed, tmp_path: Path) -> None:
    names = [
        "=1+1",
        "+33 6",
        "-2",
        "@SUM(A1)",
        "\tTab",
        "\rCR",
        "'quoted",
        "''twice",
        "plain, with comma",
        'a "b"',
    ]
    with admin.db.session_factory() as session, session.begin():
        for i, name in enumerate(names):
            session.add(
                Category(
                    platform_id=f"{'=' if i % 2 else ''}c{i}",
                    name=name,
                    mandatory=bool(i % 2),
                    created_at=datetime(2013, 9, 24, 19, i, tzinfo=UTC),
                )
            )
    target = tmp_path / "categories.csv"
    ExportService(admin.ctx).export(
        ExportRequest("categories", "bi", ("id", "name", "mandatory", "created_at")), target
    )
    expected = io.StringIO(newline="")
    safe = SafeCsvWriter(expected)
    safe.writerow(["id", "name", "mandatory", "created_at"])
    safe.writerows(
        [f"{'=' if i % 2 else ''}c{i}", name, "1" if i % 2 else "0", f"2013-09-24T19:{i:02d}+00:00"]
        for i, name in enumerate(names)
    )
    assert target.read_bytes() == expected.getvalue().encode()
