"""`engage-desktop audit verify|anchor`: prove the journal from the command line, read-only.

Verification never writes to the database: it opens it read-only, refuses a path where no
database exists (a mistyped path must not create an empty, "intact" journal) and neither upgrades
the schema nor recreates reference data or a deleted head row. It checks the hash chain, then
that the chain still holds this workstation's anchor and, with `--anchor FILE`, an exported one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engage_desktop.config import data_dir

if TYPE_CHECKING:
    from engage_desktop.services.core.journal_anchor import AnchorBook


def anchor_book() -> AnchorBook:
    from engage_desktop.services.core.journal_anchor import BOOK_NAME, AnchorBook  # not at start-up

    return AnchorBook(data_dir() / BOOK_NAME)


def add_audit_parser(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    """`common`: options every command accepts after its name too (`--db`, `--demo`)."""
    audit = sub.add_parser("audit", help="audit journal", parents=common)
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify",
        parents=common,
        help="prove the journal's hash chain and that it still holds this workstation's anchor; "
        "names the first bad row (read-only)",
    )
    verify.add_argument(
        "--anchor",
        metavar="FILE",
        type=Path,
        help="also check against an anchor saved by `audit anchor --out`",
    )
    anchor = audit_sub.add_parser(
        "anchor",
        parents=common,
        help="verify the journal, then save its newest event (seq and hash) to FILE for safekeeping",
    )
    anchor.add_argument("--out", metavar="FILE", type=Path, required=True)


def run_audit(args: argparse.Namespace, url: str) -> int:
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from engage_desktop.db import Database
    from engage_desktop.services.core.errors import StorageError, translate_storage_error
    from engage_desktop.services.core.journal import verify_chain
    from engage_desktop.services.core.journal_anchor import (
        Anchor,
        AnchorFileError,
        anchor_problem,
        journal_tip,
        load_anchor,
        save_anchor,
    )

    try:
        database = Database(url, read_only=True)
        with database.engine.connect() as conn:
            if not inspect(conn).has_table("audit_events"):
                print(f"error: {database.display_url} holds no Engage Desktop journal.", file=sys.stderr)
                return 2
        book = anchor_book()
        anchors: list[tuple[str, Anchor]] = []
        local = book.get(database.display_url)
        if local is not None:
            anchors.append(("this workstation's anchor", local))
        given = getattr(args, "anchor", None)
        if given is not None:
            anchors.append((f"the anchor in {given}", load_anchor(given)))
        with database.session_factory() as session:
            report = verify_chain(session)
            problems = [
                f"{label}: {problem}" for label, a in anchors if (problem := anchor_problem(session, a))
            ]
            tip = journal_tip(session)
    except StorageError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:  # not a database, unreadable: say which file
        message = translate_storage_error(exc, database.file_path).message
        print(f"error: {message}", file=sys.stderr)
        return 2
    except AnchorFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if "database" in locals():
            database.dispose()

    if not report.ok or problems:
        if not report.ok:
            print(report.describe())
        for problem in problems:
            print(f"Audit journal BROKEN: {problem}")
        return 1
    current = Anchor.of(database.display_url, *tip) if tip is not None else None
    if current is not None:
        book.advance(current)
    if args.audit_command == "anchor":
        if current is None:
            print("error: the journal is empty; there is nothing to anchor yet.", file=sys.stderr)
            return 2
        save_anchor(args.out, current)
        print(f"Anchor saved to {args.out}: event #{current.seq} of {database.display_url}.")
        return 0
    held = f" and holds {len(anchors)} anchor(s)" if anchors else " (no anchor known yet for this database)"
    print(report.describe() + held)
    return 0
