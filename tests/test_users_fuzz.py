"""Random strings and values into user creation and CSV import (SQLite and PostgreSQL): only typed
validation errors come out, never a crash, and a refused change writes nothing at all."""

from __future__ import annotations

import os

import pytest
from conftest import Signed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from users_helpers import World, build_world

from engage_desktop.models import AuditEvent, User
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.services.users.csv_format import COLUMNS
from engage_desktop.services.users.csv_import import UserImportService
from engage_desktop.services.users.records import SignatureForm, SourcePermissions, UserForm
from engage_desktop.services.users.service import UserService

# ENGAGE_FUZZ_EXAMPLES=2000 for a longer hunt than the suite's default.
FUZZ = settings(
    max_examples=int(os.environ.get("ENGAGE_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

anything = st.one_of(
    st.text(max_size=300),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.lists(st.text(max_size=10), max_size=3),
)
texts = st.one_of(
    st.text(max_size=140),
    st.sampled_from(["", " ", "ß" * 70, "a@b.c", "x\x00y@b.co", "Europe/Paris", "../../etc", "' OR 1=1 --"]),
)
ids = st.one_of(st.integers(min_value=-3, max_value=12), st.just(2**70), st.text(max_size=3), st.none())


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def footprint(signed: Signed) -> tuple[int, int]:
    with signed.db.session_factory() as session:
        return (
            int(session.scalar(select(func.count(User.id))) or 0),
            int(session.scalar(select(func.count(AuditEvent.id))) or 0),
        )


@FUZZ
@given(
    firstname=texts,
    lastname=texts,
    nickname=texts,
    email=texts,
    role_id=ids,
    locale=anything,
    timezone=anything,
    languages=st.one_of(st.lists(st.sampled_from(["en", "fr", "zz", ""]), max_size=3), anything),
    team_ids=st.one_of(st.lists(ids, max_size=3), anything),
    category_ids=st.one_of(st.lists(ids, max_size=3), anything),
    threshold=st.one_of(st.integers(min_value=-20, max_value=120), anything),
    source_id=ids,
    identity_ids=st.one_of(st.lists(ids, max_size=3), anything),
    capacity_id=ids,
    signature=st.one_of(
        st.builds(SignatureForm, texts, texts, anything, st.lists(ids, max_size=2)), st.none()
    ),
)
def test_random_values_into_user_creation(admin: Signed, world: World, **v: object) -> None:
    permissions = (
        (SourcePermissions(v["source_id"], reply=True, approval_threshold=v["threshold"]),)  # type: ignore[arg-type]
        if v["source_id"] is not None
        else ()
    )
    form = UserForm(
        v["firstname"],  # type: ignore[arg-type]
        v["lastname"],  # type: ignore[arg-type]
        v["nickname"],  # type: ignore[arg-type]
        v["email"],  # type: ignore[arg-type]
        v["role_id"],  # type: ignore[arg-type]
        locale=v["locale"],  # type: ignore[arg-type]
        timezone=v["timezone"],  # type: ignore[arg-type]
        spoken_languages=v["languages"],  # type: ignore[arg-type]
        team_ids=v["team_ids"],  # type: ignore[arg-type]
        category_ids=v["category_ids"],  # type: ignore[arg-type]
        source_permissions=permissions,
        identity_ids=v["identity_ids"],  # type: ignore[arg-type]
        capacity_id=v["capacity_id"],  # type: ignore[arg-type]
        signatures=(v["signature"],) if v["signature"] is not None else (),  # type: ignore[arg-type]
    )
    before = footprint(admin)
    try:
        row = UserService(admin.ctx).create_user(form)
    except ValidationError:
        assert footprint(admin) == before
    except DomainError as exc:  # escalation (a random role), never a storage error
        assert exc.__class__.__name__ == "PermissionDenied", exc
        assert footprint(admin) == before
    else:
        assert footprint(admin)[0] == before[0] + 1
        UserService(admin.ctx).get_user(row.id)


cells = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["Agent", "Care|Billing", "Europe/Paris", "fr", "1", "no", "x@y.io", '"', ";", ",", "\n"]
    ),
)


@FUZZ
@given(
    rows=st.lists(st.lists(cells, min_size=0, max_size=11), max_size=8),
    separator=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    all_or_nothing=st.booleans(),
    header=st.one_of(st.just(list(COLUMNS)), st.permutations(list(COLUMNS)), st.lists(cells, max_size=10)),
)
def test_random_csv_into_import(
    admin: Signed,
    world: World,
    rows: list[list[str]],
    separator: str,
    bom: bool,
    all_or_nothing: bool,
    header: list[str],
) -> None:
    text = "\n".join(separator.join(line) for line in [header, *rows])
    data = (("\ufeff" if bom else "") + text).encode("utf-8", "surrogatepass")
    imports = UserImportService(admin.ctx)
    imports.preview(data)
    before = footprint(admin)
    try:
        result = imports.run(data, all_or_nothing=all_or_nothing)
    except ValidationError:
        assert footprint(admin) == before
    else:
        assert footprint(admin)[0] == before[0] + result.created


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_into_import(admin: Signed, world: World, data: bytes) -> None:
    imports = UserImportService(admin.ctx)
    preview = imports.preview(data)
    before = footprint(admin)
    try:
        result = imports.run(data, all_or_nothing=False)
    except ValidationError:
        assert footprint(admin) == before
    else:
        assert result.created == preview.good_count
