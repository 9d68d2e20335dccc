"""The console's "Verify the journal": the hash chain and this workstation's anchor, in one read.

The CLI's `audit verify` does the same from a terminal; the console runs this on a worker thread,
so it opens its own session and returns a plain result the view words in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engage_desktop.config import data_dir
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import translate_storage_error
from engage_desktop.services.core.journal import verify_chain
from engage_desktop.services.core.journal_anchor import BOOK_NAME, AnchorBook, anchor_problem


@dataclass(frozen=True)
class JournalCheck:
    """`bad_seq` is the first row that does not fit (None when the chain holds)."""

    intact: bool
    checked: int
    bad_seq: int | None = None
    bad_event_id: int | None = None
    reason: str = ""  # the chain's explanation, in English (the journal's own wording)
    anchor_problem: str = ""  # this workstation's anchor no longer found, in English
    anchored: bool = False  # an anchor for this database was known and checked


def check_journal(
    ctx: ServiceContext, database_label: str, progress: Callable[[int], None] | None = None
) -> JournalCheck:
    """Walks the whole chain, then checks the anchor this workstation recorded for `database_label`."""
    anchor = AnchorBook(data_dir() / BOOK_NAME).get(database_label)
    try:
        with ctx.session_factory() as session:
            report = verify_chain(session, progress=progress)
            problem = anchor_problem(session, anchor) if anchor is not None else None
    except Exception as exc:
        raise translate_storage_error(exc) from exc
    return JournalCheck(
        intact=report.ok and problem is None,
        checked=report.checked,
        bad_seq=report.bad_seq,
        bad_event_id=report.bad_event_id,
        reason=report.reason,
        anchor_problem=problem or "",
        anchored=anchor is not None,
    )
