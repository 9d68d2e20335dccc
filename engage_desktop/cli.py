"""`engage-desktop`: no subcommand opens the console; subcommands serve scripts and recovery."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from engage_desktop import __version__
from engage_desktop.audit_commands import add_audit_parser
from engage_desktop.bundle_commands import add_bundle_parsers
from engage_desktop.bundle_platform_commands import add_bundle_platform_parsers
from engage_desktop.config import DATA_DIR_ENV, DB_URL_ENV, DataFolderError, choose_database_url
from engage_desktop.db_commands import add_db_copy_parser
from engage_desktop.exports_commands import add_exports_parser, run_exports
from engage_desktop.routing_commands import add_routing_parsers
from engage_desktop.stand_in_commands import add_stand_in_parser
from engage_desktop.users_commands import add_users_parser, run_users

if TYPE_CHECKING:  # imported when a command runs, so that --help stays quick
    from PySide6.QtCore import QSettings

    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext

ADMIN_PASSWORD_ENV = "ENGAGE_ADMIN_PASSWORD"


class CommandLineError(Exception):
    """Wrong use or environment (no terminal, a prompt cancelled): one line on stderr, exit 2."""


def ask_password(*prompts: str, hint: str) -> list[str]:
    """Each prompt's answer, read from the terminal; `hint` says how to give it without one."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandLineError(f"no terminal to ask for the password: {hint}")
    try:
        return [getpass.getpass(prompt) for prompt in prompts]
    except (KeyboardInterrupt, EOFError):
        print(file=sys.stderr)  # the prompt's line stays open after Ctrl-C
        raise CommandLineError("password prompt cancelled; nothing was done") from None


def database_options() -> argparse.ArgumentParser:
    """`--db` and `--demo` once more for every command, so that `db upgrade --db URL` works too;
    SUPPRESS keeps a value given before the command."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    options.add_argument(
        "--demo", action="store_true", default=argparse.SUPPRESS, help="use the demo database"
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="engage-desktop",
        description="Administrator console for an omnichannel customer-engagement platform. "
        "Without a command, opens the console.",
        epilog=f"The database is the first of: --db URL, ${DB_URL_ENV}, the address saved in the "
        "settings (File > connect), a SQLite file engage.sqlite3 in the data folder (demo.sqlite3 "
        f"with --demo). ${DATA_DIR_ENV} names one folder for everything: the SQLite files, the "
        "settings (an ini file inside it) and the secrets kept without a keyring; without it they "
        "live in your user data and config folders.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $ENGAGE_DB_URL, then the "
        "settings, then a SQLite file in your data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the separate demo database, filled with sample data, signed in as a demo admin",
    )
    parser.add_argument(
        "--lang", choices=("en", "fr"), help="interface language (default: system or settings)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [database_options()]

    db = sub.add_parser("db", help="database maintenance", parents=common)
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="bring the database schema to this version", parents=common)
    upgrade.add_argument(
        "--even-if-connected",
        action="store_true",
        help="upgrade although consoles of an older version are using the database (they will stop working)",
    )
    add_db_copy_parser(db_sub, common)

    add_audit_parser(sub, common)
    add_users_parser(sub, common)
    add_routing_parsers(sub, common)
    add_exports_parser(sub, common)
    add_bundle_parsers(sub, common)
    add_bundle_platform_parsers(sub, common)
    add_stand_in_parser(sub)

    admin = sub.add_parser(
        "create-admin", help="create an administrator (the first one, or a recovery one)", parents=common
    )
    admin.add_argument("--email", required=True)
    admin.add_argument("--nickname", required=True)
    admin.add_argument("--firstname", required=True)
    admin.add_argument("--lastname", required=True)
    admin.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"read the password from standard input (or set ${ADMIN_PASSWORD_ENV}); "
        "otherwise it is asked for",
    )
    admin.add_argument(
        "--recovery",
        action="store_true",
        help="allow adding an administrator when users already exist (journaled)",
    )
    return parser


def _open(args: argparse.Namespace) -> tuple[Database, ServiceContext]:
    from engage_desktop.audit_commands import anchor_book
    from engage_desktop.db import Database
    from engage_desktop.services.core.context import ServiceContext
    from engage_desktop.services.core.journal_anchor import AnchorRecorder
    from engage_desktop.services.core.reference_data import ensure_reference_data

    url = args.db or choose_database_url(saved_database_url(), demo=args.demo).url
    database = Database(url)
    report = database.upgrade(even_if_connected=getattr(args, "even_if_connected", False))
    if report.changed:
        print(
            f"Database {database.display_url}: schema upgraded from {report.before or 'empty'} "
            f"to {report.after}.",
            file=sys.stderr,
        )
    ctx = ServiceContext(
        database.session_factory,
        journal_anchor=AnchorRecorder(anchor_book(), database.display_url),
    )
    ensure_reference_data(ctx)
    return database, ctx


def saved_database_url() -> str:
    """The address the console's connection dialog saved, with its password from the keyring
    (QtCore only: no window is opened)."""

    from engage_desktop.config import SETTINGS_DB_URL
    from engage_desktop.secrets import restore_database_password

    url = str(open_settings().value(SETTINGS_DB_URL, "") or "")
    return restore_database_password(url)  # the password is kept in the keyring


def open_settings() -> QSettings:
    """The settings the console uses: in the data folder when ENGAGE_DATA_DIR names one."""
    from PySide6.QtCore import QSettings

    from engage_desktop import APP_NAME, ORG_NAME
    from engage_desktop.config import settings_file

    path = settings_file()
    if path is None:
        return QSettings(ORG_NAME, APP_NAME)
    return QSettings(str(path), QSettings.Format.IniFormat)


def keep_settings_in_data_folder() -> None:
    """Before the console starts: every QSettings of the app (window, pages, connection) goes to
    the ini file in ENGAGE_DATA_DIR, the one `open_settings` reads; nothing comes from outside."""
    if not os.environ.get(DATA_DIR_ENV):
        return
    from PySide6.QtCore import QSettings

    from engage_desktop.config import data_dir

    folder = str(data_dir())
    if sys.platform in ("win32", "darwin"):  # the registry or a plist: not a file in the folder
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):  # native: ini on Linux
            QSettings.setPath(kind, scope, folder)


def _read_password(args: argparse.Namespace) -> str:
    if os.environ.get(ADMIN_PASSWORD_ENV):
        return os.environ[ADMIN_PASSWORD_ENV]
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first, again = ask_password(
        "Password: ",
        "Repeat the password: ",
        hint=f"use --password-stdin or set ${ADMIN_PASSWORD_ENV}",
    )
    if again != first:
        raise CommandLineError("the two passwords differ; nothing was created")
    return first


def run_command(args: argparse.Namespace) -> int:
    from engage_desktop.services.access import sign_in as auth
    from engage_desktop.services.core.errors import DomainError, ValidationError

    if args.command == "audit":
        from engage_desktop.audit_commands import run_audit

        return run_audit(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    if args.command == "users":
        return run_users(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    if args.command in ("ingest", "simulate"):
        from engage_desktop.routing_commands import run_ingest, run_simulate

        run = run_ingest if args.command == "ingest" else run_simulate
        return run(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    if args.command == "db" and args.db_command == "copy":
        from engage_desktop.db_commands import run_db_copy

        return run_db_copy(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    if getattr(args, "bundle_local_command", None):
        from engage_desktop.bundle_commands import run_bundle

        return run_bundle(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    if getattr(args, "platform_command", None):
        from engage_desktop.bundle_platform_commands import run_bundle_platform

        return run_bundle_platform(
            args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url
        )
    if args.command == "stand-in":
        from engage_desktop.stand_in_commands import run_stand_in

        return run_stand_in(args)
    if args.command == "exports":
        return run_exports(args, args.db or choose_database_url(saved_database_url(), demo=args.demo).url)
    try:
        database, ctx = _open(args)
        if args.command == "db":
            print(f"Database {database.display_url} is at schema {database.current_revision()}.")
            return 0
        if args.command == "create-admin":
            user = auth.create_first_administrator(
                ctx,
                firstname=args.firstname,
                lastname=args.lastname,
                email=args.email,
                nickname=args.nickname,
                password=_read_password(args),
                recovery=args.recovery,
            )
            print(f"Administrator {user.nickname} <{user.email}> created with the role {user.role_label}.")
            return 0
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    return 2


NO_DISPLAY = (
    "No display: run it under xvfb-run (xvfb-run .venv/bin/engage-desktop --demo) "
    "or set QT_QPA_PLATFORM=offscreen"
)


def has_no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a misleading xcb-cursor message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command:
            return run_command(args)
        if has_no_display():
            raise CommandLineError(NO_DISPLAY)
        keep_settings_in_data_folder()
        from engage_desktop.app import run_gui

        return run_gui(db_url=args.db, demo=args.demo, language=args.lang)
    except (CommandLineError, DataFolderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
