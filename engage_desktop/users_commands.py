"""`engage-desktop users import|export`: the Users page's CSV import and export for scripts.

The command acts as a user who signs in (`--as EMAIL`, the password from `$ENGAGE_PASSWORD`, else
the first line of standard input, else asked for), so the same permission checks, scope and
journal apply as in the console: `session.created`, the import's `user.created` or the export's
`export.requested|created`, then `session.destroyed`; a wrong password is journaled
`session.failed`. Exit codes: 0 done; 1 refused (sign-in, permission) or invalid (each problem
printed as FILE:LINE:COLUMN: message; with problems and no `--all-or-nothing`, the good lines are
still imported); 2 usage (arguments, missing file or database).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext

PASSWORD_ENV = "ENGAGE_PASSWORD"
FORMATS = ("bi", "excel-en", "excel-fr")  # as services/users/export.py names them


def add_users_parser(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    """`common`: options every command accepts after its name too (`--db`, `--demo`)."""
    users = sub.add_parser(
        "users", help="import or export users as a signed-in user (for scripts)", parents=common
    )
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    who = argparse.ArgumentParser(add_help=False, parents=common)
    who.add_argument(
        "--as",
        dest="actor",
        metavar="EMAIL",
        required=True,
        help=f"sign in as this user (e-mail or nickname); password from ${PASSWORD_ENV}, "
        "else the first line of standard input",
    )
    imports = users_sub.add_parser(
        "import",
        parents=[who],
        help="create users from a CSV file (columns firstname, lastname, nickname, email, role, "
        "and optionally teams separated by |, ; or , — locale, timezone, enabled)",
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing unless every line is valid"
    )
    imports.add_argument("--dry-run", action="store_true", help="check every line, write nothing")
    exports = users_sub.add_parser(
        "export",
        parents=[who],
        help="write the users you may see to a CSV file (needs read_user and read_export)",
    )
    exports.add_argument("file", type=Path, metavar="FILE")
    exports.add_argument("--format", choices=FORMATS, default="bi", help="default: bi")
    exports.add_argument(
        "--fields",
        metavar="NAMES",
        help="comma-separated columns; names and e-mail (firstname, lastname, email) only when "
        "listed; default: nickname,role,teams,locale,timezone,enabled",
    )


def _password() -> str:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    from engage_desktop.cli import ask_password  # cli imports this module

    (password,) = ask_password("Password: ", hint=f"pipe it on standard input or set ${PASSWORD_ENV}")
    return password


def _error(text: object) -> None:
    print(f"error: {text}", file=sys.stderr)


def run_signed_in(url: str, actor: str, act: Callable[[ServiceContext], int], *, unopened: int = 2) -> int:
    """Open the database, sign `actor` in (password from $ENGAGE_PASSWORD or stdin), return what
    `act` returns acting as them, then sign out. A database that cannot be opened exits `unopened`;
    a refused sign-in, or a refusal `act` lets through, prints its message and exits 1."""
    from engage_desktop.services.access.sign_in import sign_in, sign_out
    from engage_desktop.services.core.errors import DomainError

    try:
        opened = _open(url)
    except DomainError as exc:
        _error(exc.message)
        return unopened
    if opened is None:
        return unopened
    database, ctx = opened
    try:
        try:
            user = sign_in(ctx, actor, _password())
        except DomainError as exc:
            _error(exc.message)
            return 1
        acting = ctx.acting_as(user.id)
        try:
            return act(acting)
        except DomainError as exc:
            _error(exc.message)
            return 1
        finally:
            sign_out(acting)
    finally:
        database.dispose()


def _open(url: str) -> tuple[Database, ServiceContext] | None:
    """The database the console would open; a SQLite path where none exists is refused."""
    from sqlalchemy.engine import make_url

    from engage_desktop.audit_commands import anchor_book
    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.core.journal_anchor import AnchorRecorder
    from engage_desktop.services.core.reference_data import ensure_reference_data

    parsed = make_url(url)
    on_disk = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
    if on_disk and not Path(str(parsed.database)).is_file():
        _error(f"no database at {parsed.database}")
        return None
    database = Database(url)
    report = database.upgrade()
    if report.changed:
        print(f"Database {database.display_url}: schema upgraded to {report.after}.", file=sys.stderr)
    ctx = ServiceContext(
        database.session_factory, journal_anchor=AnchorRecorder(anchor_book(), database.display_url)
    )
    ensure_reference_data(ctx)
    return database, ctx


def run_users(args: argparse.Namespace, url: str) -> int:
    from engage_desktop.services.core.errors import ValidationError

    if args.users_command == "import" and not args.file.is_file():
        _error(f"cannot read {args.file}: no such file")
        return 2
    fields: tuple[str, ...] | None = None
    if args.users_command == "export":
        chosen = _fields(args.fields)
        if isinstance(chosen, int):
            return chosen
        fields = chosen

    def act(acting: ServiceContext) -> int:
        try:
            if args.users_command == "import":
                return _import(acting, args)
            return _export(acting, args, fields)
        except ValidationError as exc:
            for field, message in exc.errors.items():
                _error(f"{field}: {message}")
            return 1

    return run_signed_in(url, args.actor, act)


def _fields(text: str | None) -> tuple[str, ...] | int | None:
    """The chosen columns, None for the default, or exit code 2 for an unknown name."""
    from engage_desktop.services.core.errors import ValidationError
    from engage_desktop.services.users.export import chosen_fields

    if text is None:
        return None
    try:
        return chosen_fields([name for name in text.split(",") if name.strip()])
    except ValidationError as exc:
        _error(f"--fields: {exc.message}")
        return 2


def _import(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from engage_desktop.services.users.csv_import import UserImportService

    imports, name = UserImportService(ctx), args.file.name
    data = args.file.read_bytes()
    preview = imports.preview(data, name)
    for issue in preview.issues():
        print(f"{args.file}:{issue.line}:{issue.column or '-'}: {issue.message}", file=sys.stderr)
    if preview.file_issues:
        print("The file cannot be imported; nothing was written.")
        return 1
    if args.dry_run:
        print(
            f"Dry run: {preview.good_count} line(s) ready, {preview.bad_count} with problems; "
            "nothing was written."
        )
        return 1 if preview.bad_count else 0
    result = imports.run(data, all_or_nothing=args.all_or_nothing, filename=name)
    left_out = f"; {len(result.skipped_lines)} line(s) left out" if result.skipped_lines else ""
    print(f"{result.created} user(s) imported{left_out}.")
    return 1 if result.skipped_lines else 0


def _export(ctx: ServiceContext, args: argparse.Namespace, fields: tuple[str, ...] | None) -> int:
    from engage_desktop.services.core.listing import ListQuery
    from engage_desktop.services.users.export import ExportFormat, UserCsvExport

    target = args.file.resolve()
    written = UserCsvExport(ctx).export(target, ListQuery(), ExportFormat.named(args.format), fields=fields)
    print(f"{written} user(s) exported to {args.file}.")
    return 0
