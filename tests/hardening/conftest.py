"""The hardening suite signs many actors in: cheap password hashing keeps it inside its budget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from conftest import Signed
from users_helpers import World, build_world

from engage_desktop.services.access import passwords


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    yield


@pytest.fixture
def world(sqlite_admin: Signed) -> World:
    """The Users tests' small account, on SQLite."""
    return build_world(sqlite_admin)
