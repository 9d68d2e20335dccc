"""The offline bundle on disk: a folder or zip of `manifest.json` + one `<endpoint>.json` each.

Records keep the platform's field names (`api.md`), so a bundle reads like what the API would
answer. Loading never trusts the files: every problem is reported with its file, record index and
field, and a bundle with a bad checksum or a format version we do not know is refused outright.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticError

from engage_desktop import __version__
from engage_desktop.services.bundles.bundle_records import RECORD_MODELS, REFERENCES, RESOURCES

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SECRET_PLACEHOLDER_PREFIX = "secret:"
# Field names that would carry a secret: refused by write_bundle whatever their value.
SECRET_FIELDS = frozenset(
    {"password", "password_hash", "token", "access_token", "api_token", "secret", "app_secret",
     "client_secret", "verify_token", "smtp_password", "imap_password"}
)  # fmt: skip


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format_version: int
    tool_version: str
    created_at: str
    origin: str = ""
    files: dict[str, str]


@dataclass(frozen=True)
class BundleProblem:
    file: str
    record: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.record is None else f"{self.file}[{self.record}]"
        return f"{where}{'.' + self.field if self.field else ''}: {self.message}"


class BundleError(Exception):
    """The bundle cannot be used; `problems` says where and why (nothing was changed)."""

    def __init__(self, problems: list[BundleProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:20]))


@dataclass
class Bundle:
    manifest: Manifest
    resources: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _encode(records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"records": records}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def find_secrets(resources: dict[str, list[dict[str, Any]]]) -> list[BundleProblem]:
    """Fields named like secrets holding anything but a named placeholder."""
    problems: list[BundleProblem] = []

    def walk(value: Any, name: str, path: str, index: int, endpoint: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, str(key), f"{path}.{key}" if path else str(key), index, endpoint)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, name, path, index, endpoint)
        elif (
            name in SECRET_FIELDS
            and value not in (None, "")
            and not (isinstance(value, str) and value.startswith(SECRET_PLACEHOLDER_PREFIX))
        ):
            problems.append(BundleProblem(f"{endpoint}.json", index, path, "a secret may not be written"))

    for endpoint, records in resources.items():
        for index, record in enumerate(records):
            walk(record, "", "", index, endpoint)
    return problems


def write_bundle(resources: dict[str, list[dict[str, Any]]], path: Path, *, origin: str = "") -> Manifest:
    """Write a folder (or a zip when `path` ends in .zip); refuses a record carrying a secret."""
    secrets = find_secrets(resources)
    if secrets:
        raise BundleError(secrets)
    payloads = {f"{name}.json": _encode(resources.get(name, [])) for name in RESOURCES}
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        tool_version=__version__,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        origin=origin,
        files={name: hashlib.sha256(data).hexdigest() for name, data in payloads.items()},
    )
    payloads[MANIFEST] = json.dumps(manifest.model_dump(), indent=1, sort_keys=True).encode("utf-8")
    if path.suffix.lower() == ".zip":
        partial = path.with_name(path.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in payloads.items():
                archive.writestr(name, data)
        partial.replace(path)
    else:
        path.mkdir(parents=True, exist_ok=True)
        for name, data in payloads.items():
            (path / name).write_bytes(data)
    return manifest


def _read_files(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in path.iterdir() if p.is_file() and p.suffix == ".json"}
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return {Path(n).name: archive.read(n) for n in archive.namelist() if n.endswith(".json")}
    raise BundleError([BundleProblem(path.name, None, "", "not a bundle folder or zip file")])


def load_bundle(path: Path) -> Bundle:
    """Read and check a bundle; raises `BundleError` listing every problem found."""
    if not path.exists():
        raise BundleError([BundleProblem(str(path), None, "", "no such file or folder")])
    return parse_bundle(_read_files(path))


def parse_bundle(files: dict[str, bytes]) -> Bundle:
    manifest = _parse_manifest(files)
    problems: list[BundleProblem] = []
    for name, digest in sorted(manifest.files.items()):
        data = files.get(name)
        if data is None:
            problems.append(BundleProblem(name, None, "", "file listed in the manifest is missing"))
        elif hashlib.sha256(data).hexdigest() != digest:
            problems.append(
                BundleProblem(name, None, "", "checksum does not match the manifest (file altered)")
            )
    if problems:
        raise BundleError(problems)
    resources: dict[str, list[dict[str, Any]]] = {}
    invalid_ids: dict[str, set[str]] = {}
    for endpoint in RESOURCES:
        name = f"{endpoint}.json"
        if name not in files:
            if name in manifest.files:
                continue
            resources[endpoint] = []
            continue
        resources[endpoint] = _parse_records(endpoint, files[name], problems, invalid_ids)
    problems.extend(dangling_references(resources, invalid_ids))
    problems.extend(find_secrets(resources))
    if problems:
        raise BundleError(problems)
    return Bundle(manifest=manifest, resources=resources)


def _parse_manifest(files: dict[str, bytes]) -> Manifest:
    if MANIFEST not in files:
        raise BundleError([BundleProblem(MANIFEST, None, "", "missing: this is not a bundle")])
    try:
        raw = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError([BundleProblem(MANIFEST, None, "", f"not valid JSON ({exc})")]) from exc
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version != FORMAT_VERSION:
        raise BundleError(
            [
                BundleProblem(
                    MANIFEST, None, "format_version",
                    f"format version {version} is not supported (this tool reads {FORMAT_VERSION})",
                )
            ]
        )  # fmt: skip
    try:
        return Manifest.model_validate(raw)
    except PydanticError as exc:
        raise BundleError(
            [
                BundleProblem(MANIFEST, None, ".".join(str(p) for p in e["loc"]), e["msg"])
                for e in exc.errors()
            ]
        ) from exc


def _parse_records(
    endpoint: str, data: bytes, problems: list[BundleProblem], invalid_ids: dict[str, set[str]]
) -> list[dict[str, Any]]:
    name = f"{endpoint}.json"
    try:
        raw = json.load(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(BundleProblem(name, None, "", f"not valid JSON ({exc})"))
        return []
    if not isinstance(raw, dict) or not isinstance(raw.get("records"), list):
        problems.append(BundleProblem(name, None, "records", 'expected {"records": [...]}'))
        return []
    model = RECORD_MODELS[endpoint]
    records: list[dict[str, Any]] = []
    for index, record in enumerate(raw["records"]):
        try:
            records.append(model.model_validate(record).model_dump())
        except PydanticError as exc:
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                invalid_ids.setdefault(endpoint, set()).add(record["id"])  # already reported
            for error in exc.errors():
                loc = ".".join(str(p) for p in error["loc"])
                problems.append(BundleProblem(name, index, loc, error["msg"]))
    seen: set[str] = set()
    for index, record in enumerate(records):
        if record["id"] in seen:
            problems.append(BundleProblem(name, index, "id", f"duplicate id {record['id']}"))
        seen.add(record["id"])
    return records


def dangling_references(
    resources: dict[str, list[dict[str, Any]]], invalid_ids: dict[str, set[str]] | None = None
) -> list[BundleProblem]:
    """References to ids that no file of the bundle holds (`invalid_ids`: records already
    reported as malformed, whose references are not reported a second time)."""
    ids = {endpoint: {r["id"] for r in records} | (invalid_ids or {}).get(endpoint, set())
           for endpoint, records in resources.items()}  # fmt: skip
    problems: list[BundleProblem] = []
    for endpoint, refs in REFERENCES.items():
        for index, record in enumerate(resources.get(endpoint, [])):
            for ref in refs:
                for value in ref.values(record):
                    if value not in ids.get(ref.target, set()):
                        problems.append(
                            BundleProblem(
                                f"{endpoint}.json", index, ref.field,
                                f"refers to {ref.target} id {value}, which the bundle does not hold",
                            )
                        )  # fmt: skip
    return problems
