"""Can this console use that database, and if not, exactly why (connection dialog, issue #16).

An administrator setting up a shared PostgreSQL configuration needs to know which of the usual
suspects failed — the server name, the port, TLS, the password, the database, or the schema — and
which field to fix. libpq's messages are precise but cryptic; this sorts them into those cases.
No Qt here: the dialog runs `check_connection` on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from engage_desktop.db import COPY_MARKER_TABLE, Database, revision_graph
from engage_desktop.services.core.errors import DomainError, ErrorCode, Message
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP

TLS_MODES = ("disable", "prefer", "require", "verify-full")
# libpq also knows these; the form shows the nearest of its four choices.
_TLS_ALIASES = {**{mode: mode for mode in TLS_MODES}, "allow": "prefer", "verify-ca": "verify-full"}
CHECK_TIMEOUT_S = 5

DNS = ErrorCode(
    "connection.dns",
    QT_TRANSLATE_NOOP("Errors", "No server named {host} could be found: check the server name (DNS)."),
)
REFUSED = ErrorCode(
    "connection.refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing answers on {host} port {port}: the server is stopped, the port is wrong, or a firewall "
        "blocks it.",
    ),
)
TIMEOUT = ErrorCode(
    "connection.timeout",
    QT_TRANSLATE_NOOP("Errors", "{host} did not answer within {seconds} seconds (network or firewall)."),
)
TLS = ErrorCode(
    "connection.tls",
    QT_TRANSLATE_NOOP("Errors", "The secure connection (TLS) failed: {detail}"),
)
AUTHENTICATION = ErrorCode(
    "connection.authentication",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The server refused user {user}: wrong password, or this user may not connect from this computer.",
    ),
)
MISSING_DATABASE = ErrorCode(
    "connection.missing_database",
    QT_TRANSLATE_NOOP(
        "Errors", "The server has no database named {database}: ask its administrator to create it (empty)."
    ),
)
NEWER_SCHEMA = ErrorCode(
    "connection.newer_schema",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This database was written by a newer version of Engage Desktop (schema {revision}): update this "
        "console before using it.",
    ),
)
UNFINISHED_COPY = ErrorCode(
    "connection.unfinished_copy",
    QT_TRANSLATE_NOOP(
        "Errors", "This database holds an unfinished copy: run the move to this database again to finish it."
    ),
)
OTHER = ErrorCode("connection.other", QT_TRANSLATE_NOOP("Errors", "The connection failed: {detail}"))
BAD_ADDRESS = ErrorCode(
    "connection.bad_address", QT_TRANSLATE_NOOP("Errors", "This is not a database address: {detail}")
)


@dataclass(frozen=True)
class ConnectionCheck:
    """`field` names the form field the problem belongs next to (host, port, tls, user, password,
    database, address); `revision` is the schema found (empty: a new database)."""

    ok: bool
    revision: str = ""
    problem: str = ""
    field: str = ""
    message: Message | None = None


@dataclass(frozen=True)
class PostgresAddress:
    host: str = ""
    port: int = 5432
    database: str = ""
    user: str = ""
    password: str | None = None
    tls_mode: str = "require"
    ca_file: str = ""

    def url(self) -> str:
        query: dict[str, str] = {}
        if self.tls_mode in TLS_MODES:
            query["sslmode"] = self.tls_mode
        if self.tls_mode == "verify-full" and self.ca_file:
            query["sslrootcert"] = self.ca_file
        return URL.create(
            "postgresql",
            username=self.user or None,
            password=self.password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        ).render_as_string(hide_password=False)

    @staticmethod
    def parse(address: str) -> PostgresAddress | None:
        """The fields of a PostgreSQL address, or None for anything else (SQLite, malformed)."""
        try:
            url = make_url(address)
        except ArgumentError:
            return None
        if url.get_backend_name() != "postgresql":
            return None
        query = {k: v if isinstance(v, str) else v[0] for k, v in url.query.items()}
        return PostgresAddress(
            host=url.host or "",
            port=url.port or 5432,
            database=url.database or "",
            user=url.username or "",
            password=url.password,
            tls_mode=_TLS_ALIASES.get(query.get("sslmode") or "prefer", "prefer"),
            ca_file=query.get("sslrootcert", ""),
        )


def with_typed_password(address: str, password: str) -> str:
    """A PostgreSQL address with the password typed in its own field (forms show addresses
    without one); any other address, or one that already carries a password, is left as it is."""
    parsed = PostgresAddress.parse(address)
    if parsed is None or parsed.password or not password:
        return address
    return replace(parsed, password=password).url()


def _with_timeout(address: str) -> str:
    url = make_url(address)
    if url.get_backend_name() != "postgresql" or "connect_timeout" in url.query:
        return address
    query = dict(parse_qsl(urlencode(dict(url.query), doseq=True)))
    query["connect_timeout"] = str(CHECK_TIMEOUT_S)
    return url.set(query=query).render_as_string(hide_password=False)


_PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "dns",
        "host",
        re.compile(r"could not translate host name|Name or service not known|nodename nor servname"),
    ),
    ("refused", "port", re.compile(r"Connection refused|No such file or directory.*socket")),
    ("timeout", "host", re.compile(r"timeout expired|timed out")),
    (
        "authentication",
        "password",
        re.compile(
            r"password authentication failed|no password supplied|authentication failed|role \".*\" does not exist"
        ),
    ),
    ("missing_database", "database", re.compile(r"database \".*\" does not exist")),
    ("tls", "tls", re.compile(r"SSL|TLS|certificate|sslmode|root cert", re.IGNORECASE)),
)


def _first_line(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__ or exc
    detail = str(getattr(exc, "orig", None) or cause or exc).strip()
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    # libpq prefixes its lines with "connection to server at … failed:"; keep the reason.
    reasons = [re.sub(r"^.*\bfailed: ", "", line) for line in lines]
    return reasons[-1] if reasons else exc.__class__.__name__


def classify_failure(exc: BaseException, address: PostgresAddress | None) -> ConnectionCheck:
    text_ = str(getattr(exc, "orig", None) or exc)
    a = address or PostgresAddress()
    for problem, field, pattern in _PATTERNS:
        if not pattern.search(text_):
            continue
        message = {
            "dns": lambda: DNS(host=a.host),
            "refused": lambda: REFUSED(host=a.host or "localhost", port=a.port),
            "timeout": lambda: TIMEOUT(host=a.host, seconds=CHECK_TIMEOUT_S),
            "authentication": lambda: AUTHENTICATION(user=a.user),
            "missing_database": lambda: MISSING_DATABASE(database=a.database),
            "tls": lambda: TLS(detail=_first_line(exc)),
        }[problem]()
        return ConnectionCheck(False, problem=problem, field=field, message=message)
    if isinstance(exc, DomainError):
        return ConnectionCheck(False, problem="other", field="address", message=exc.message)
    return ConnectionCheck(False, problem="other", field="address", message=OTHER(detail=_first_line(exc)))


def check_connection(address: str) -> ConnectionCheck:
    """Connect, read the schema version and say whether this console can use the database."""
    postgres = PostgresAddress.parse(address)
    try:
        database = Database(_with_timeout(address))
    except DomainError as exc:
        return ConnectionCheck(
            False, problem="address", field="address", message=BAD_ADDRESS(detail=exc.message)
        )
    try:
        with database.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = (
                str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or "")
                if "alembic_version" in tables
                else ""
            )
    except Exception as exc:
        return classify_failure(exc, postgres)
    finally:
        database.dispose()
    if COPY_MARKER_TABLE in tables:
        return ConnectionCheck(False, revision, "unfinished_copy", "address", UNFINISHED_COPY())
    if revision and revision not in revision_graph()[0]:
        return ConnectionCheck(False, revision, "newer_schema", "address", NEWER_SCHEMA(revision=revision))
    return ConnectionCheck(True, revision)
