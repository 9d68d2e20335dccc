"""`engage-desktop exports run-due`: run the automated exports that are due, for a system
scheduler (cron, a systemd timer, the Windows task scheduler) when no console is open.

Each task runs as its owner; the command needs no password (it acts for the owners of the
tasks, as the open console does). It takes the database's automated-exports lock (exports_lock.py)
like the consoles do: while a console (or another run-due) holds it, it runs nothing and says so.
Exit status 0 when every run succeeded (or nothing was due, or another holder runs them), 1 when a
run failed (it is journaled and retried at the next call after its back-off).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_exports_parser(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    exports = sub.add_parser("exports", help="automated exports", parents=common)
    actions = exports.add_subparsers(dest="exports_command", metavar="ACTION", required=True)
    actions.add_parser(
        "run-due",
        help="run the automated exports that are due (missed ones too); for a system scheduler",
        parents=common,
    )


def run_exports(args: argparse.Namespace, url: str) -> int:
    from engage_desktop.secrets import SecretStore
    from engage_desktop.services.digital.exports_lock import ExportsDuty
    from engage_desktop.services.digital.exports_runner import AutomaticExportRunner
    from engage_desktop.users_commands import _open

    opened = _open(url)
    if opened is None:
        return 2
    database, ctx = opened
    duty = ExportsDuty(database, AutomaticExportRunner(ctx, SecretStore()))
    try:
        found = duty.check()
    finally:
        duty.release()
        database.dispose()
    if found is None:
        print("Another console (or run-due) runs the automated exports of this database; nothing done.")
        return 0
    outcomes = found
    for outcome in outcomes:
        when = outcome.slot.strftime("%Y-%m-%d %H:%M UTC")
        if outcome.ok:
            print(f"{outcome.task} ({when}): {outcome.rows} rows, {', '.join(outcome.files)}")
        else:
            print(f"{outcome.task} ({when}): FAILED: {outcome.error}", file=sys.stderr)
    if not outcomes:
        print("No automated export is due.")
    return 1 if any(not o.ok for o in outcomes) else 0
