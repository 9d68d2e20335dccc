"""A bundle cannot put into the database what the console's own forms would refuse.

For every resource type, one record that its section's form refuses (a bad e-mail, an unknown
permission, a capacity out of range, an unreadable rule condition, a name twice…) makes the
import refuse the whole bundle, naming the file, the record's index and the field, and leaves
the database exactly as it was (configuration and journal). The bundle is otherwise the
hand-written one that merges cleanly (`test_bundle_roundtrip`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bundle_helpers import every_resource, oid
from conftest import ADMIN_PASSWORD, Signed
from sqlalchemy import func, select

from engage_desktop.bundle_commands import run_bundle
from engage_desktop.cli import build_parser
from engage_desktop.models import AuditEvent
from engage_desktop.services.bundles.bundle_export import read_configuration
from engage_desktop.services.bundles.bundle_format import (
    BundleError,
    BundleProblem,
    load_bundle,
    write_bundle,
)
from engage_desktop.services.bundles.bundle_service import BundleService
from engage_desktop.services.core.errors import DomainError, Message

Resources = dict[str, list[dict[str, Any]]]
Spoil = Callable[[Resources], None]


def _set(resource: str, index: int, **values: Any) -> Spoil:
    def spoil(resources: Resources) -> None:
        resources[resource][index].update(values)

    return spoil


def _second_tag(resources: Resources) -> None:
    resources["tags"].append({"id": oid(40), "name": "vip"})  # "VIP" folded: the same name


def _settings_of_source(resources: Resources) -> None:
    del resources["content_sources"][0]["settings"]["imap_username"]


# resource -> (what makes the section's form refuse the record, the file, index and field named)
REFUSED: dict[str, tuple[Spoil, tuple[str, int, str]]] = {
    "roles": (
        _set("roles", 0, permissions=["read_user", "rule_the_world"]),
        ("roles.json", 0, "permissions"),
    ),
    "communities": (_set("communities", 0, type="carrier_pigeon"), ("communities.json", 0, "type")),
    "time_sheets": (_set("time_sheets", 0, timezone="Mars/Olympus"), ("time_sheets.json", 0, "timezone")),
    "channels": (_set("channels", 0, soft_capability=5000), ("channels.json", 0, "soft_capability")),
    "content_sources": (_settings_of_source, ("content_sources.json", 0, "settings.imap_username")),
    "categories": (_set("categories", 1, name="Refunds/Returns"), ("categories.json", 1, "name")),
    "user_capacities": (
        _set(
            "user_capacities", 0, channels=[{"channel_id": oid(4), "default_capacity": 9, "max_capacity": 2}]
        ),
        ("user_capacities.json", 0, "channels"),
    ),
    "users": (_set("users", 0, email="nina-at-example.com"), ("users.json", 0, "email")),
    "teams": (_set("teams", 0, user_ids=[]), ("teams.json", 0, "leader_ids")),
    "presence_status": (_set("presence_status", 0, maps_to="asleep"), ("presence_status.json", 0, "maps_to")),
    "topologies": (_set("topologies", 0, config={"queues": "everyone"}), ("topologies.json", 0, "config")),
    "rules": (
        _set("rules", 0, conditions={"all": [{"kind": "moon_phase", "value": "full"}]}),
        ("rules.json", 0, "conditions"),
    ),
    "tags": (_second_tag, ("tags.json", 1, "name")),
    "custom_fields": (_set("custom_fields", 0, key="not a key!"), ("custom_fields.json", 0, "key")),
    "folders": (_set("folders", 0, query="moon:full"), ("folders.json", 0, "query")),
    "reply_assistant_groups": (
        _set("reply_assistant_groups", 0, name="   "),
        ("reply_assistant_groups.json", 0, "name"),
    ),
    "reply_assistant_entries": (
        _set("reply_assistant_entries", 0, shortcuts=["two words"]),
        ("reply_assistant_entries.json", 0, "shortcuts"),
    ),
    "reply_assistant_versions": (
        _set("reply_assistant_versions", 0, language="klingon"),
        ("reply_assistant_versions.json", 0, "language"),
    ),
    "email_templates": (
        _set("email_templates", 0, subject="Hi {{shoe_size}}"),
        ("email_templates.json", 0, "subject"),
    ),
    "settings": (_set("settings", 0, session_timeout=-5), ("settings.json", 0, "session_timeout")),
}


def _state(admin: Signed) -> tuple[Resources, int]:
    with admin.db.session_factory() as session:
        return read_configuration(session), int(session.scalar(select(func.count(AuditEvent.seq))) or 0)


def _spoiled(tmp_path: Path, spoil: Spoil) -> Path:
    resources = every_resource()
    spoil(resources)
    write_bundle(resources, tmp_path / "spoiled")
    return tmp_path / "spoiled"


def test_every_resource_type_is_covered() -> None:
    assert set(REFUSED) == set(every_resource())


@pytest.mark.parametrize("resource", sorted(REFUSED))
def test_a_record_the_form_refuses_is_refused_and_nothing_changes(
    admin: Signed, tmp_path: Path, resource: str
) -> None:
    spoil, where = REFUSED[resource]
    bundle = load_bundle(_spoiled(tmp_path, spoil))  # the file itself is well formed
    before = _state(admin)
    with pytest.raises(BundleError) as refused:
        BundleService(admin.ctx).merge_bundle(bundle)
    found = [
        (p.file, p.record, p.field.split(".")[0] if where[2] == "config" else p.field)
        for p in refused.value.problems
    ]
    assert where in found, refused.value.problems
    for problem in refused.value.problems:  # each a translatable message
        assert isinstance(problem.message, Message) and problem.message.code != "text", problem
    assert _state(admin) == before


def test_the_clean_bundle_is_accepted(sqlite_admin: Signed, tmp_path: Path) -> None:
    """The control: without the spoiled record the same bundle merges."""
    write_bundle(every_resource(), tmp_path / "clean")
    report = BundleService(sqlite_admin.ctx).merge_bundle(load_bundle(tmp_path / "clean"))
    assert report.created["users"] == 1


def test_every_problem_of_a_bundle_is_reported_at_once(admin: Signed, tmp_path: Path) -> None:
    def spoil(resources: Resources) -> None:
        for name in ("users", "channels", "rules", "settings"):
            REFUSED[name][0](resources)

    with pytest.raises(BundleError) as refused:
        BundleService(admin.ctx).merge_bundle(load_bundle(_spoiled(tmp_path, spoil)))
    assert {p.file for p in refused.value.problems} == {
        "users.json",
        "channels.json",
        "rules.json",
        "settings.json",
    }
    assert isinstance(refused.value, DomainError) and "4 problem" in refused.value.message


def test_a_name_the_database_holds_already_is_refused(admin: Signed, tmp_path: Path) -> None:
    """Another user's e-mail in another spelling: the bundle's user would take it over."""
    resources = every_resource()
    resources["users"][0]["email"] = admin.user.email.upper()
    write_bundle(resources, tmp_path / "taken")
    before = _state(admin)
    with pytest.raises(BundleError) as refused:
        BundleService(admin.ctx).merge_bundle(load_bundle(tmp_path / "taken"))
    (problem,) = refused.value.problems
    assert (problem.file, problem.record, problem.field) == ("users.json", 0, "email")
    assert problem.message.code == "bundle.key_taken"
    assert _state(admin) == before


def test_text_longer_than_its_column_is_refused_before_writing(admin: Signed, tmp_path: Path) -> None:
    resources = every_resource()
    resources["tags"][0]["name"] = "t" * 500
    write_bundle(resources, tmp_path / "long")
    with pytest.raises(BundleError) as refused:
        BundleService(admin.ctx).merge_bundle(load_bundle(tmp_path / "long"))
    assert [(p.file, p.record, p.field) for p in refused.value.problems] == [("tags.json", 0, "name")]


def test_a_workspace_is_not_made_from_a_refused_bundle(sqlite_admin: Signed, tmp_path: Path) -> None:
    bundle = load_bundle(_spoiled(tmp_path, REFUSED["users"][0]))
    with pytest.raises(BundleError):
        BundleService(sqlite_admin.ctx).import_into_workspace(bundle, tmp_path / "work.sqlite3")
    assert not (tmp_path / "work.sqlite3").exists()


def test_the_cli_prints_each_refusal_with_file_record_and_field(
    sqlite_admin: Signed, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENGAGE_PASSWORD", ADMIN_PASSWORD)
    folder = _spoiled(tmp_path, REFUSED["users"][0])
    before = _state(sqlite_admin)
    args = build_parser().parse_args(
        ["bundle", "import", str(folder), "--merge", "--as", sqlite_admin.user.email]
    )
    assert run_bundle(args, str(sqlite_admin.db.engine.url)) == 1
    err = capsys.readouterr().err
    assert "error: users.json[0].email: “nina-at-example.com” is not a valid e-mail address." in err
    assert "nothing was changed" in err
    assert _state(sqlite_admin)[0] == before[0]


def test_problems_print_as_file_record_field() -> None:
    from engage_desktop.services.bundles.bundle_messages import FIELD_REQUIRED

    assert str(BundleProblem("tags.json", 3, "name", FIELD_REQUIRED())) == "tags.json[3].name: Field required"


def test_a_role_granting_what_the_actor_lacks_is_refused(sqlite_admin: Signed, tmp_path: Path) -> None:
    """The no-escalation rule of the Roles page holds for a merged role too."""
    from test_roles_service import user_with_role

    keeper = user_with_role(sqlite_admin, "Role keeper", ["manage_roles", "read_user"], "keeper")
    write_bundle(
        {"roles": [{"id": oid(1), "label": "Power", "permissions": ["update_settings"]}]}, tmp_path / "b"
    )
    before = _state(sqlite_admin)
    with pytest.raises(BundleError) as refused:
        BundleService(keeper.ctx).merge_bundle(load_bundle(tmp_path / "b"))
    (problem,) = refused.value.problems
    assert (problem.file, problem.record, problem.field) == ("roles.json", 0, "permissions")
    assert "update_settings" in problem.message
    assert _state(sqlite_admin) == before
    write_bundle({"roles": [{"id": oid(1), "label": "Power", "permissions": ["read_user"]}]}, tmp_path / "c")
    assert BundleService(keeper.ctx).merge_bundle(load_bundle(tmp_path / "c")).created == {"roles": 1}


def test_a_user_given_a_role_above_the_actor_is_refused(sqlite_admin: Signed, tmp_path: Path) -> None:
    """Giving a user a role grants its permissions: the users page's no-escalation rule holds."""
    from test_roles_service import user_with_role

    hirer = user_with_role(sqlite_admin, "Hirer", ["create_user", "read_user"], "hirer")
    with sqlite_admin.db.session_factory() as session:
        admin_role = read_configuration(session)["users"][0]["role_id"]  # the administrator's
    user = {"id": oid(9), "nickname": "nina", "email": "nina@example.com", "firstname": "Nina", "lastname": "Petit",
            "role_id": admin_role}  # fmt: skip
    with sqlite_admin.db.session_factory() as session:
        roles = read_configuration(session)["roles"]
    write_bundle({"roles": roles, "users": [user]}, tmp_path / "b")
    before = _state(sqlite_admin)
    with pytest.raises(BundleError) as refused:
        BundleService(hirer.ctx).merge_bundle(load_bundle(tmp_path / "b"))
    (problem,) = refused.value.problems
    assert (problem.file, problem.record, problem.field) == ("users.json", 0, "role_id")
    assert _state(sqlite_admin) == before
