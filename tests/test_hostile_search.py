"""Every list of the console searched with text no database stores (a lone surrogate, NUL) answers
like a search that matches nothing, on SQLite and PostgreSQL, instead of failing in the driver."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import pytest
from conftest import Signed

from engage_desktop.secrets import SecretStore
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.core.listing import ListQuery

HOSTILE = ("\ud800", "ab\udfffcd", "\x00", "x\x00y z")


def list_methods(session: AppSession) -> Iterator[tuple[str, Callable[..., Any]]]:
    """(name, bound method) of every service's count_*/list_* that takes a ListQuery first."""
    for attribute, value in inspect.getmembers(type(session)):
        if not isinstance(value, property | cached_property):
            continue
        try:
            service = getattr(session, attribute)
        except Exception:  # a service this session cannot open is not a list to search
            continue
        for name, method in inspect.getmembers(service, inspect.ismethod):
            if not name.startswith(("count_", "list_")):
                continue
            parameters = list(inspect.signature(method).parameters.values())
            if parameters and parameters[0].annotation in (ListQuery, "ListQuery"):
                required = [p for p in parameters[1:] if p.default is inspect.Parameter.empty]
                if not required:
                    yield f"{attribute}.{name}", method


def test_the_lists_are_found_by_reflection(sqlite_admin: Signed) -> None:
    names = {
        name
        for name, _ in list_methods(
            AppSession(sqlite_admin.db, sqlite_admin.ctx, sqlite_admin.user, SecretStore())
        )
    }
    assert {"users.list_users", "roles.count_roles"} <= names
    assert len(names) >= 30


@pytest.mark.parametrize(
    "text", HOSTILE, ids=["lone high surrogate", "lone low surrogate", "NUL", "NUL inside"]
)
def test_a_search_no_database_stores_finds_nothing_instead_of_failing(admin: Signed, text: str) -> None:
    session = AppSession(admin.db, admin.ctx, admin.user, SecretStore())
    failures = []
    for name, method in list_methods(session):
        try:
            result = method(ListQuery(search=text))
        except DomainError:  # a refusal with its message (the journal's event-name syntax) is an answer
            continue
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
            continue
        assert isinstance(result, int | list), name
    assert failures == []


def test_the_search_text_keeps_what_can_be_stored() -> None:
    assert ListQuery(search="Chloé =SUM(1) 😀").search == "Chloé =SUM(1) 😀"
    assert ListQuery(search="a\ud800b\x00").search == "a\ufffdb\ufffd"
