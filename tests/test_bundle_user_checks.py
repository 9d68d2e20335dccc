"""A bundle's users are checked from tables read once (`form_lookups.PreloadedLookups`), not with
seven queries each; the refusals must stay the very ones of the user editor's form: the same
records, the same fields, the same messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import every_resource, oid
from conftest import Signed
from sqlalchemy import func, select
from test_bundle_validation import _state
from test_roles_service import user_with_role
from users_helpers import World, build_world

from engage_desktop.models import User
from engage_desktop.services.bundles.bundle_export import read_configuration
from engage_desktop.services.bundles.bundle_format import (
    BundleError,
    BundleProblem,
    load_bundle,
    write_bundle,
)
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.core.validation import FieldErrors
from engage_desktop.services.users.editing import CleanForm, clean_form
from engage_desktop.services.users.form_lookups import PreloadedLookups
from engage_desktop.services.users.records import UserForm
from engage_desktop.services.users.service import UserService

Resources = dict[str, list[dict[str, Any]]]


def _user(number: int, nickname: str, email: str, role_id: str = oid(1)) -> dict[str, Any]:
    return {"id": oid(100 + number), "nickname": nickname, "email": email, "firstname": "Sam",
            "lastname": f"Number {number}", "role_id": role_id}  # fmt: skip


def _refused(signed: Signed, resources: Resources, folder: Path) -> list[BundleProblem]:
    write_bundle(resources, folder)
    before = _state(signed)
    with pytest.raises(BundleError) as refused:
        BundleService(signed.ctx).merge_bundle(load_bundle(folder))
    assert _state(signed) == before  # nothing written, nothing journaled
    return list(refused.value.problems)


def _where(problems: list[BundleProblem]) -> list[tuple[str, int, str, str]]:
    return sorted((p.file, p.record, p.field, p.message.code) for p in problems)


def test_two_records_of_one_bundle_with_the_same_folded_email_or_nickname_are_refused(
    admin: Signed, tmp_path: Path
) -> None:
    """Case and composed/decomposed accents fold away (as the editor's uniqueness check folds)."""
    resources = every_resource()
    resources["users"] += [
        _user(1, "chloé", "NINA@Example.COM"),  # nina@example.com's e-mail in capitals
        _user(2, "Chloe\u0301", "chloe@example.com"),  # "chloé" decomposed, capital C
        _user(3, "dora", "dora@example.com"),
    ]
    problems = _refused(admin, resources, tmp_path / "twice")
    assert _where(problems) == [
        ("users.json", 1, "email", "bundle.key_taken_in_bundle"),
        ("users.json", 2, "nickname", "bundle.key_taken_in_bundle"),
    ]
    by_record = {p.record: p for p in problems}
    assert by_record[1].message.params["other"] == 0 and by_record[2].message.params["other"] == 1


def test_an_email_a_user_outside_the_bundle_holds_is_refused(
    admin: Signed, world: World, tmp_path: Path
) -> None:
    UserService(admin.ctx).create_user(world.form("bea"))
    resources = every_resource()
    resources["users"] += [_user(1, "carl", "carl@example.com"), _user(2, "beatrice", " BEA@example.com ")]
    problems = _refused(admin, resources, tmp_path / "taken")
    assert _where(problems) == [("users.json", 2, "email", "bundle.key_taken")]


def test_changing_users_already_imported_keeps_their_own_email_and_nickname(
    admin: Signed, tmp_path: Path
) -> None:
    """A user the bundle updates holds its own keys: the preloaded check leaves it out, as the
    editor's query does."""
    resources = every_resource()
    resources["users"] += [_user(n, f"agent{n}", f"agent{n}@example.com") for n in range(1, 4)]
    write_bundle(resources, tmp_path / "first")
    assert BundleService(admin.ctx).merge_bundle(load_bundle(tmp_path / "first")).created["users"] == 4
    for user in resources["users"]:
        user["lastname"] += " (moved)"
        user["email"] = user["email"].upper()
    write_bundle(resources, tmp_path / "second")
    report = BundleService(admin.ctx).merge_bundle(load_bundle(tmp_path / "second"))
    assert report.updated["users"] == 4 and not report.created
    with admin.db.session_factory() as session:
        moved = session.scalar(select(func.count(User.id)).where(User.lastname.like("% (moved)")))
    assert moved == 4


def test_every_user_given_a_role_above_the_importer_is_refused(admin: Signed, tmp_path: Path) -> None:
    """The verdict on a role is reached once and given to each record that names it."""
    hirer = user_with_role(admin, "Hirer", ["create_user", "read_user"], "hirer")
    user_with_role(admin, "Reader", ["read_user"], "reader")
    with admin.db.session_factory() as session:
        current = read_configuration(session)
    roles = {r["label"]: r["id"] for r in current["roles"]}
    people = [
        _user(1, "ann", "ann@example.com", roles["Administrator"]),
        _user(2, "bob", "bob@example.com", roles["Reader"]),  # within the hirer's own permissions
        _user(3, "cyd", "cyd@example.com", roles["Administrator"]),
        _user(4, "dee", "dee@example.com", roles["Supervisor"]),
    ]
    problems = _refused(hirer, {"roles": current["roles"], "users": people}, tmp_path / "above")
    assert [(p.file, p.record, p.field) for p in problems] == [
        ("users.json", 0, "role_id"),
        ("users.json", 2, "role_id"),
        ("users.json", 3, "role_id"),
    ]
    assert problems[0].message == problems[1].message and "Administrator" in problems[0].message
    assert "Supervisor" in problems[2].message


@pytest.fixture
def world(admin: Signed) -> World:
    return build_world(admin)


def _same(one: tuple[CleanForm | None, FieldErrors], other: tuple[CleanForm | None, FieldErrors]) -> None:
    def errors(found: FieldErrors) -> dict[str, tuple[str, str, dict[str, Any]]]:
        return {f: (str(m), m.code, dict(m.params)) for f, m in found.errors.items()}

    assert errors(other[1]) == errors(one[1])
    clean, again = one[0], other[0]
    assert (clean is None) == (again is None)
    if clean is not None and again is not None:
        assert [t.id for t in again.teams] == [t.id for t in clean.teams]
        assert [c.id for c in again.categories] == [c.id for c in clean.categories]
        assert again.role.id == clean.role.id
        assert (again.capacity and again.capacity.id) == (clean.capacity and clean.capacity.id)
        assert (again.nickname, again.email) == (clean.nickname, clean.email)


def test_the_preloaded_checks_answer_every_form_as_the_queries_do(admin: Signed, world: World) -> None:
    """Differential: the same forms through the editor's one-query-per-question lookups and
    through the batch's preloaded ones give the same refusals and the same clean values."""
    bea = UserService(admin.ctx).create_user(world.form("bea", team_ids=(world.teams["Care"],)))
    teams, categories = world.teams, world.categories
    capacity = next(iter(world.capacities.values()))
    forms: list[tuple[UserForm, int | None]] = [
        (world.form("dina"), None),
        (world.form("ada2", email=" ADA@example.COM"), None),  # the administrator's, other case
        (world.form("BEA", email="bea@example.com"), None),  # nickname and e-mail taken
        (world.form("bea"), bea.id),  # their own: not taken
        (world.form("bea", email="ada@example.com"), bea.id),
        (world.form("eve", role_id=987_654, capacity_id=987_653), None),  # gone role and capacity
        (world.form("fay", role_id=True), None),  # type: ignore[arg-type]
        (world.form("gus", team_ids=(teams["Billing"], 987_652, teams["Care"], teams["Billing"])), None),
        (world.form("hal", category_ids=(categories["Products"], categories["Shipping"])), None),
        (world.form("ivy", team_ids=(teams["Care"], "x")), None),  # type: ignore[arg-type]
        (world.form("jo", category_ids=(categories["Refunds"], categories["Shipping"]), capacity_id=capacity), None),
        (world.form("", email="not-an-address", timezone="Mars/Olympus", locale="tlh"), None),
    ]  # fmt: skip
    with admin.db.session_factory() as session:
        preloaded = PreloadedLookups(session)
        for form, user_id in forms:
            user = session.get(User, user_id) if user_id is not None else None
            _same(clean_form(session, form, user), clean_form(session, form, user, preloaded))
        assert clean_form(session, forms[0][0], None, preloaded)[0] is not None
        assert set(clean_form(session, forms[2][0], None, preloaded)[1].errors) == {"nickname", "email"}
        assert "email" not in clean_form(session, forms[3][0], session.get(User, bea.id), preloaded)[1].errors
