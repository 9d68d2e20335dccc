"""What every CSV/XLSX export shares: cells a spreadsheet cannot run, files never seen half-written.

Cells (OWASP's CSV-injection rule): a value starting with `=`, `+`, `-`, `@`, tab or carriage
return gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text. A value that
already starts with an apostrophe gets one too, which makes the rule reversible: `restore_cell`
removes exactly one apostrophe when the next character is one of those or another apostrophe, so
`restore_cell(neutralise_cell(v)) == v` for every `v`. An apostrophe followed by anything else was
typed by a person and is kept.

Files: an export is written to `.engage-export-<random>.partial` in the target's own folder, flushed
to disk (fsync), then renamed over the target; a cancel or an error removes it. The writer holds a
lock on it (POSIX), so `clean_partial_exports(folder)` — called where an export folder is known, and
at the next start — removes only what a killed export left behind, never a running one's file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

try:  # POSIX; on Windows an open file cannot be deleted anyway
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

FORMULA_STARTS = frozenset("=+-@\t\r")
APOSTROPHE = "'"
PARTIAL_PREFIX = ".engage-export-"
PARTIAL_SUFFIX = ".partial"


def neutralise_cell(value: object) -> str:
    """The text to write for one cell; anything not a string is written as its `str`."""
    text = value if isinstance(value, str) else str(value)
    if text[:1] in FORMULA_STARTS or text[:1] == APOSTROPHE:
        return APOSTROPHE + text
    return text


def restore_cell(text: str) -> str:
    """The value `neutralise_cell` was given (exactly the apostrophe it added is removed)."""
    if text[:1] == APOSTROPHE and (text[1:2] in FORMULA_STARTS or text[1:2] == APOSTROPHE):
        return text[1:]
    return text


class SafeCsvWriter:
    """`csv.writer` whose every cell goes through `neutralise_cell`: exports write through this."""

    def __init__(self, stream: IO[str], delimiter: str = ",", lineterminator: str = "\r\n") -> None:
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator=lineterminator)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow(_neutralised(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        self._writer.writerows(map(_neutralised, rows))


_RISKY_STARTS = FORMULA_STARTS | {APOSTROPHE}


def _neutralised(row: Iterable[Any]) -> list[str]:
    """`neutralise_cell` over a row, inlined: exports call it for every cell of millions of rows."""
    cells: list[str] = []
    append = cells.append
    risky = _RISKY_STARTS
    for cell in row:
        text = cell if cell.__class__ is str else str(cell)
        append(APOSTROPHE + text if text and text[0] in risky else text)
    return cells


def is_partial_export(path: Path) -> bool:
    return path.name.startswith(PARTIAL_PREFIX) and path.name.endswith(PARTIAL_SUFFIX)


@contextmanager
def atomic_export(target: Path, encoding: str) -> Iterator[IO[str]]:
    """A text stream whose content replaces `target` only if the block ends without an error.

    Raises OSError (the caller words it); the partial file is gone whatever happens.
    """
    handle, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=PARTIAL_SUFFIX, dir=target.parent)
    temporary = Path(name)
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
            os.replace(temporary, target)
        _sync_folder(target.parent)
    finally:
        if temporary.exists():
            temporary.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def clean_partial_exports(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove what killed exports left in `folder`; returns the files removed.

    A file still locked by a running export (here or in another process) is left alone.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in Path(folder).iterdir() if is_partial_export(p) and p.is_file()]
    except OSError:
        return removed
    for path in candidates:
        try:
            with open(path, "rb") as probe:
                if fcntl is not None:
                    fcntl.flock(probe.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink()
            removed.append(path)
        except OSError:  # locked by a running export, or already gone
            continue
    return removed
