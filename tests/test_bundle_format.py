"""Malformed bundles are refused with the file, record index and field of every problem, and a
refused bundle changes nothing: bad JSON, a missing file, wrong types, dangling references, a bad
checksum, an unknown format version, a zip as well as a folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bundle_helpers import every_resource, oid, records_file, rewrite
from conftest import Signed
from sqlalchemy import func, select

from engage_desktop.models import AuditEvent
from engage_desktop.services.bundles.bundle_format import (
    BundleError,
    BundleProblem,
    load_bundle,
    write_bundle,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "bundle"
    write_bundle(every_resource(), path)
    return path


def problems(path: Path) -> list[BundleProblem]:
    with pytest.raises(BundleError) as refused:
        load_bundle(path)
    return refused.value.problems


def test_a_good_bundle_loads_from_a_folder_and_a_zip(folder: Path, tmp_path: Path) -> None:
    write_bundle(every_resource(), tmp_path / "b.zip")
    assert load_bundle(folder).resources == load_bundle(tmp_path / "b.zip").resources
    assert load_bundle(folder).resources["categories"][1]["parent_id"] == oid(6)


def test_bad_json_names_the_file(folder: Path) -> None:
    rewrite(folder, "tags.json", b'{"records": [', fix_checksum=True)
    (problem,) = problems(folder)
    assert problem.file == "tags.json" and problem.record is None and "not valid JSON" in problem.message


def test_a_missing_file_is_named(folder: Path) -> None:
    (folder / "users.json").unlink()
    assert [(p.file, p.message) for p in problems(folder)] == [
        ("users.json", "file listed in the manifest is missing")
    ]


def test_a_missing_manifest_is_not_a_bundle(folder: Path) -> None:
    (folder / "manifest.json").unlink()
    assert "not a bundle" in problems(folder)[0].message


def test_an_altered_file_fails_its_checksum(folder: Path) -> None:
    data = (folder / "tags.json").read_bytes().replace(b"VIP", b"VIQ")
    rewrite(folder, "tags.json", data, fix_checksum=False)
    (problem,) = problems(folder)
    assert problem.file == "tags.json" and "checksum" in problem.message


def test_an_unknown_format_version_is_refused_with_the_reason(folder: Path) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["format_version"] = 99
    (folder / "manifest.json").write_text(json.dumps(manifest))
    (problem,) = problems(folder)
    assert (problem.field, problem.message) == (
        "format_version",
        "format version 99 is not supported (this tool reads 1)",
    )


def test_wrong_types_name_record_and_field(folder: Path) -> None:
    users = every_resource()["users"]
    users[0]["enabled"] = "yes"
    users.append({**users[0], "id": oid(99), "nickname": 5, "enabled": True})
    rewrite(folder, "users.json", records_file(users), fix_checksum=True)
    found = {(p.file, p.record, p.field) for p in problems(folder)}
    assert found == {("users.json", 0, "enabled"), ("users.json", 1, "nickname")}


def test_unknown_fields_and_missing_required_fields_are_named(folder: Path) -> None:
    rewrite(folder, "tags.json", records_file([{"id": oid(14), "nmae": "VIP"}]), fix_checksum=True)
    found = {(p.record, p.field, p.message) for p in problems(folder)}
    assert found == {(0, "name", "Field required"), (0, "nmae", "Extra inputs are not permitted")}


def test_dangling_references_name_the_field_and_the_missing_id(folder: Path) -> None:
    users = every_resource()["users"]
    users[0]["role_id"] = oid(404)
    rewrite(folder, "users.json", records_file(users), fix_checksum=True)
    (problem,) = problems(folder)
    assert (problem.file, problem.record, problem.field) == ("users.json", 0, "role_id")
    assert oid(404) in problem.message


def test_a_secret_smuggled_into_a_file_is_refused(folder: Path) -> None:
    sources = every_resource()["content_sources"]
    sources[0]["settings"] = {"smtp_password": "hunter22"}
    rewrite(folder, "content_sources.json", records_file(sources), fix_checksum=True)
    (problem,) = problems(folder)
    assert (problem.field, problem.message) == ("settings.smtp_password", "a secret may not be written")


def test_hostile_text_is_kept_losslessly(tmp_path: Path) -> None:
    hostile = "=cmd|' /C calc'!A0 \u00e9\u0301 " + "x" * 100_000
    write_bundle({"tags": [{"id": oid(1), "name": hostile}]}, tmp_path / "h.zip")
    assert load_bundle(tmp_path / "h.zip").resources["tags"][0]["name"] == hostile


def test_a_refused_bundle_changes_nothing(sqlite_admin: Signed, folder: Path, tmp_path: Path) -> None:
    from engage_desktop.bundle_commands import run_bundle
    from engage_desktop.cli import build_parser

    broken = tmp_path / "broken"
    shutil.copytree(folder, broken)
    rewrite(broken, "teams.json", b"[]", fix_checksum=True)
    with sqlite_admin.db.session_factory() as session:
        before = session.scalar(select(func.count(AuditEvent.seq)))
    args = build_parser().parse_args(["bundle", "import", str(broken), "--merge", "--as", "ada@example.com"])
    assert run_bundle(args, str(sqlite_admin.db.engine.url)) == 1
    with sqlite_admin.db.session_factory() as session:
        assert session.scalar(select(func.count(AuditEvent.seq))) == before


@pytest.mark.parametrize(("name", "reason"), [("a\x00b", "NUL"), ("a\ud800b", "valid string")])
def test_unstorable_text_is_refused_not_altered(folder: Path, name: str, reason: str) -> None:
    data = json.dumps({"records": [{"id": oid(14), "name": name}]}).encode()  # \u escapes in the JSON
    rewrite(folder, "tags.json", data, fix_checksum=True)
    (problem,) = problems(folder)
    assert (problem.file, problem.record, problem.field) == ("tags.json", 0, "name")
    assert reason in problem.message
