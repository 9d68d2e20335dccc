"""`engage-desktop db copy --to URL`: move a configuration to a shared database (db_copy.py)."""

from __future__ import annotations

import argparse
import socket
import sys
import time
from typing import Any


def add_db_copy_parser(db_sub: Any, common: list[argparse.ArgumentParser]) -> None:
    copy = db_sub.add_parser(
        "copy",
        help="copy this database (every table, the journal and its anchor) into another, empty one",
        parents=common,
        description="Copy the database (--db, or the usual one) into the database at --to, usually "
        "an empty PostgreSQL database that several workstations will share. The copy is verified "
        "(row counts, the journal's hash chain) before the target becomes usable; a copy that "
        "stops half-way leaves the target marked unfinished, and running the command again "
        "starts it over.",
    )
    copy.add_argument("--to", required=True, metavar="URL", help="the target database address")
    copy.add_argument(
        "--replace", action="store_true", help="overwrite a target that already holds Engage Desktop tables"
    )


def run_db_copy(args: argparse.Namespace, source_url: str) -> int:
    from engage_desktop.audit_commands import anchor_book
    from engage_desktop.db import Database
    from engage_desktop.db_copy import CopyCancelled, copy_database
    from engage_desktop.services.core.errors import StorageError
    from engage_desktop.services.core.journal_anchor import Anchor, anchor_problem

    source = target = None
    try:
        source = Database(source_url, read_only=True)
        target = Database(args.to)
        if target.display_url == source.display_url:
            print("error: the source and the target are the same database", file=sys.stderr)
            return 2
        book = anchor_book()
        anchor = book.get(source.display_url)
        if anchor is not None:
            with source.session_factory() as session:
                problem = anchor_problem(session, anchor)
            if problem:
                print(
                    f"error: the source journal fails its anchor: {problem}; nothing was copied",
                    file=sys.stderr,
                )
                return 1
        shown = [0.0]

        def progress(done: int, total: int, table: str) -> bool:
            now = time.monotonic()
            if now - shown[0] > 0.5 or done == total:
                shown[0] = now
                percent = 100 * done // total if total else 100
                print(
                    f"\r{percent:3d}%  {done}/{total} rows  {table:<40}", end="", file=sys.stderr, flush=True
                )
            return True

        report = copy_database(
            source, target, replace=args.replace, progress=progress, workstation=socket.gethostname()
        )
        print(file=sys.stderr)
        if report.journal_tip is not None:
            book.replace(Anchor.of(target.display_url, *report.journal_tip))
        again = " (an unfinished copy was started over)" if report.restarted else ""
        print(
            f"Copied {report.rows} rows in {len(report.rows_per_table)} tables to {report.target}{again}; "
            f"the journal verifies ({report.journal_events} events) and its anchor moved with it."
        )
        return 0
    except CopyCancelled:
        print("\ncopy stopped; the target is marked unfinished", file=sys.stderr)
        return 1
    except StorageError as exc:
        print(f"\nerror: {exc.message}", file=sys.stderr)
        return 1
    finally:
        for database in (source, target):
            if database is not None:
                database.dispose()
