"""Writing a million export rows at close to the database's own speed, byte for byte what
`SafeCsvWriter` would write.

`SafeCsvWriter` turns every cell into text and checks it; here a row goes to `csv.writer` as the
cursor gave it unless one of its cells needs the formula neutraliser, which a generated test finds
with one cheap check per column (the first character against the risky set). The test is written
once per export for its columns, because a Python loop over ten cells of a million rows costs more
than the CSV writing itself. A cell of an unexpected type makes the test fail with TypeError: that
chunk then goes through the neutraliser cell by cell, so the bytes never depend on the fast path.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from typing import IO, Any

from engage_desktop.services.core.spreadsheet_safety import APOSTROPHE, FORMULA_STARTS, neutralise_cell
from engage_desktop.services.digital.export_formats import CellKind

RISKY_STARTS = frozenset(FORMULA_STARTS | {APOSTROPHE})
Row = Sequence[Any]
# Kinds whose cells reach the writer as text (or "" for none); the others may be numbers.
TEXT_KINDS = frozenset({CellKind.TEXT, CellKind.JSON, CellKind.DATETIME, CellKind.BOOLEAN, CellKind.LIST})


def risk_check(kinds: Sequence[CellKind | None]) -> Callable[[Row], bool]:
    """A function telling whether any cell of a row starts with a risky character (a column whose
    kind is None is already safe: SQLite neutralised it)."""
    tests = [
        f"r[{i}][:1] in S" if kind in TEXT_KINDS else f"str(r[{i}])[:1] in S"
        for i, kind in enumerate(kinds)
        if kind is not None
    ]
    check: Callable[[Row], bool] = eval(  # built from column indexes only
        f"lambda r, S=S: {' or '.join(tests) or 'False'}", {"S": RISKY_STARTS}
    )
    return check


def neutralised_row(row: Row) -> list[str]:
    return [neutralise_cell(cell) for cell in row]


class ExportRowWriter:
    """`csv.writer` over `stream` (the export format's delimiter, CRLF) with formula cells made safe."""

    def __init__(self, stream: IO[str], delimiter: str, kinds: Sequence[CellKind | None]) -> None:
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        self._risky = risk_check(kinds)
        self._single = len(kinds) == 1

    def writeheader(self, names: Sequence[str]) -> None:
        self._writer.writerow(neutralised_row(names))

    def writerows(self, rows: Sequence[Row]) -> None:
        risky = self._risky
        try:
            if self._single:
                raise TypeError  # csv quotes a lone empty cell; keep every cell as text, as SafeCsvWriter
            safe: list[Any] = [neutralised_row(r) if risky(r) else r for r in rows]
        except TypeError:
            safe = [neutralised_row(r) for r in rows]
        self._writer.writerows(safe)
