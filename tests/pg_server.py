"""Pytest plugin: a throwaway PostgreSQL server for the test session.

Service-layer tests must also pass on PostgreSQL, and neither CI nor a developer machine runs one
for us, so the session starts its own from the installed server binaries (``initdb`` + ``pg_ctl``)
in a temporary directory, listening on 127.0.0.1 only, and throws it away at the end.

Loaded from ``tests/conftest.py`` with ``pytest_plugins = ["pg_server"]``. Use::

    @pytest.mark.postgres
    def test_something(postgres_server: PostgresServer) -> None:
        engine = create_engine(postgres_server.new_database())

Environment:
    ENGAGE_TEST_PG_URL  use this existing server instead (any SQLAlchemy or libpq URL of a role
                        allowed to CREATE DATABASE); its databases are dropped at the end.
    ENGAGE_PG_BINDIR    look for the server binaries only in this directory.
    CI                  "true" or "1": missing PostgreSQL fails the tests instead of skipping them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import URL, make_url

URL_ENV = "ENGAGE_TEST_PG_URL"
BINDIR_ENV = "ENGAGE_PG_BINDIR"
SERVER_BINARIES = ("initdb", "pg_ctl", "postgres")
SUPERUSER = "postgres"
# initdb and postgres refuse to run as root; as root we run them as this system user.
SYSTEM_USER = "postgres"
START_ATTEMPTS = 3


class PostgresServer:
    """A PostgreSQL server on which tests create their own databases."""

    def __init__(self, admin_url: URL) -> None:
        self.admin_url = admin_url.set(drivername="postgresql+psycopg")
        self._counter = itertools.count(1)
        self.created: list[str] = []

    def new_database(self) -> str:
        """Create an empty, uniquely named database and return its SQLAlchemy URL."""
        name = f"engage_test_{os.getpid()}_{next(self._counter)}_{secrets.token_hex(3)}"
        with psycopg.connect(_libpq_conninfo(self.admin_url), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.created.append(name)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def drop_created_databases(self) -> None:
        with psycopg.connect(_libpq_conninfo(self.admin_url), autocommit=True) as conn:
            for name in self.created:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        self.created.clear()


def is_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


def unavailable(reason: str) -> None:
    """Skip the requesting test, or fail it in CI, where a missing PostgreSQL is a broken setup."""
    if is_ci():
        pytest.fail(f"PostgreSQL is required in CI (CI={os.environ['CI']}): {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL not available: {reason}")


def _has_server_binaries(directory: Path) -> bool:
    return all(os.access(directory / name, os.X_OK) for name in SERVER_BINARIES)


def _version_key(bindir: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name))


def find_bindir() -> Path | None:
    """Directory holding initdb, pg_ctl and postgres, or None when the server is not installed."""
    override = os.environ.get(BINDIR_ENV)
    if override:
        return Path(override) if _has_server_binaries(Path(override)) else None

    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    return next((path for path in candidates if _has_server_binaries(path)), None)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _libpq_conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class LocalCluster:
    """initdb + pg_ctl in a private directory; runs the binaries as SYSTEM_USER when we are root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        # Under /tmp: reachable by SYSTEM_USER (unlike /root), and short enough for a socket path.
        self.root = Path(tempfile.mkdtemp(prefix="engage-pg-", dir="/tmp"))
        self.datadir = self.root / "data"
        self.logfile = self.root / "server.log"
        self.port = 0

    def _command(self, *args: str) -> list[str]:
        if self.as_root:
            return ["runuser", "-u", SYSTEM_USER, "--", *args]
        return list(args)

    def _run(self, args: Sequence[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._command(*args),
            cwd=self.root,  # SYSTEM_USER may not be allowed into our cwd
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "LC_ALL": "C", "TZ": "UTC"},
        )

    def prepare(self) -> None:
        if self.as_root:
            try:
                account = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                unavailable(
                    f"running as root, and there is no '{SYSTEM_USER}' system user to run the server as"
                    " (installing the Debian 'postgresql' package creates it)"
                )
                return
            if shutil.which("runuser") is None:
                unavailable("running as root, and 'runuser' is missing to drop privileges")
                return
            self.root.chmod(0o755)
            os.chown(self.root, account.pw_uid, account.pw_gid)

        initdb = self._run(
            [
                str(self.bindir / "initdb"),
                "--pgdata", str(self.datadir),
                "--username", SUPERUSER,
                "--auth", "trust",
                "--encoding", "UTF8",
                "--locale", "C",
                "--no-sync",
            ]
        )  # fmt: skip
        if initdb.returncode != 0:
            raise RuntimeError(f"initdb failed ({initdb.returncode}):\n{initdb.stdout}\n{initdb.stderr}")

    def start(self) -> None:
        result = None
        for _attempt in range(START_ATTEMPTS):
            self.port = _free_port()
            settings = {
                "listen_addresses": "'127.0.0.1'",
                "port": str(self.port),
                "unix_socket_directories": f"'{self.root}'",
                # A throwaway server: durability costs time and buys nothing.
                "fsync": "off",
                "synchronous_commit": "off",
                "full_page_writes": "off",
            }
            # Later lines win; appending keeps the file owned by the server's user.
            with (self.datadir / "postgresql.conf").open("a") as conf:
                conf.write("\n# engage tests\n")
                conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
            result = self._run(
                [str(self.bindir / "pg_ctl"), "start", "--pgdata", str(self.datadir),
                 "--log", str(self.logfile), "--wait", "--timeout", "60"]
            )  # fmt: skip
            if result.returncode == 0:
                return
        output = f"{result.stdout}\n{result.stderr}" if result else ""
        raise RuntimeError(f"PostgreSQL did not start ({self.bindir}):\n{output}\n{self._log_tail()}")

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return "server.log:\n" + "\n".join(self.logfile.read_text().splitlines()[-30:])
        return ""

    def stop(self) -> None:
        if self.datadir.joinpath("postmaster.pid").exists():
            self._run([str(self.bindir / "pg_ctl"), "stop", "--pgdata", str(self.datadir),
                       "--mode", "immediate", "--wait"])  # fmt: skip

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg", username=SUPERUSER, host="127.0.0.1", port=self.port, database="postgres"
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for this session; call ``.new_database()`` for a fresh database URL."""
    external = os.environ.get(URL_ENV)
    if external:
        server = PostgresServer(make_url(external))
        try:
            yield server
        finally:
            server.drop_created_databases()
        return

    bindir = find_bindir()
    if bindir is None:
        where = (
            f"{BINDIR_ENV}={os.environ[BINDIR_ENV]}"
            if os.environ.get(BINDIR_ENV)
            else "pg_config --bindir, /usr/lib/postgresql/*/bin and PATH"
        )
        unavailable(
            f"no initdb/pg_ctl/postgres found in {where}; install the server "
            f"(`scripts/setup.sh --with-postgres`) or set {URL_ENV}"
        )
        return

    cluster = LocalCluster(bindir)
    try:
        cluster.prepare()
        cluster.start()
        yield PostgresServer(cluster.url())
    finally:
        cluster.stop()
        cluster.remove()
