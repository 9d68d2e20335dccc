"""Shared fixtures: a real database (SQLite file, and PostgreSQL for `db`), an in-memory keyring,
and services acting as a signed-in administrator."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import keyring.backend
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["pg_server", "qt_helpers", "suite_tally"]

from engage_desktop.db import Database  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402

ADMIN_PASSWORD = "s3cret-Passw0rd"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in this process only."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("ENGAGE_DATA_DIR", str(tmp_path_factory.mktemp("engage-data")))
    monkeypatch.delenv("ENGAGE_DB_URL", raising=False)
    yield backend
    keyring.set_keyring(previous)


def _open(url: str) -> Database:
    database = Database(url)
    database.upgrade()
    ensure_reference_data(ServiceContext(database.session_factory))
    return database


@pytest.fixture
def sqlite_db(tmp_path: pytest.TempPathFactory) -> Iterator[Database]:
    database = _open(f"sqlite:///{tmp_path}/engage.sqlite3")
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: pytest.TempPathFactory) -> Iterator[Database]:
    """The same tests on a SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/engage.sqlite3"
    else:
        url = request.getfixturevalue("postgres_server").new_database()
    database = _open(url)
    yield database
    database.dispose()


@dataclass
class Signed:
    db: Database
    ctx: ServiceContext
    user: auth.SignedInUser


def make_admin(database: Database) -> Signed:
    base = ServiceContext(database.session_factory, workstation="tests@ci")
    user = auth.create_first_administrator(
        base,
        firstname="Ada",
        lastname="Admin",
        email="ada@example.com",
        nickname="ada",
        password=ADMIN_PASSWORD,
    )
    return Signed(database, base.acting_as(user.id), user)


@pytest.fixture
def admin(db: Database) -> Signed:
    return make_admin(db)


@pytest.fixture
def sqlite_admin(sqlite_db: Database) -> Signed:
    return make_admin(sqlite_db)


@pytest.fixture
def app_session(sqlite_admin: Signed):
    """What the main window and every page receive after sign-in (SQLite; Qt tests)."""
    from engage_desktop.secrets import SecretStore
    from engage_desktop.services.app_session import AppSession

    return AppSession(sqlite_admin.db, sqlite_admin.ctx, sqlite_admin.user, SecretStore())


@pytest.fixture(autouse=True)
def english_interface(request: pytest.FixtureRequest) -> None:
    """Qt tests read the English interface as the console shows it (plural forms from the
    English .qm), whatever test ran before; tests that switch to French switch back."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from engage_desktop.i18n import install_translations

    install_translations(request.getfixturevalue("qapp"), "en")
