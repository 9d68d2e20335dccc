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
from engage_desktop.services.bundles import bundle_messages as say
from engage_desktop.services.bundles.bundle_records import RECORD_MODELS, REFERENCES, RESOURCES
from engage_desktop.services.core.errors import DomainError, ErrorCode, Message

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
    message: Message

    def __str__(self) -> str:
        where = self.file if self.record is None else f"{self.file}[{self.record}]"
        return f"{where}{'.' + self.field if self.field else ''}: {self.message}"


class BundleError(DomainError):
    """The bundle cannot be used; `problems` says where and why (nothing was changed). Its
    `message` counts them; `str()` lists the first twenty, as the CLI and logs show them."""

    def __init__(self, problems: list[BundleProblem]) -> None:
        super().__init__(say.REFUSED(count=len(problems)))
        self.problems = problems
        self.args = ("; ".join(str(p) for p in problems[:20]),)

    def __str__(self) -> str:
        return str(self.args[0])


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
            problems.append(BundleProblem(f"{endpoint}.json", index, path, say.SECRET_WRITTEN()))

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
    raise BundleError([BundleProblem(path.name, None, "", say.NOT_A_BUNDLE_PATH())])


def load_bundle(path: Path) -> Bundle:
    """Read and check a bundle; raises `BundleError` listing every problem found."""
    if not path.exists():
        raise BundleError([BundleProblem(str(path), None, "", say.NO_SUCH_PATH())])
    return parse_bundle(_read_files(path))


def parse_bundle(files: dict[str, bytes]) -> Bundle:
    manifest = _parse_manifest(files)
    problems: list[BundleProblem] = []
    for name, digest in sorted(manifest.files.items()):
        data = files.get(name)
        if data is None:
            problems.append(BundleProblem(name, None, "", say.FILE_MISSING()))
        elif hashlib.sha256(data).hexdigest() != digest:
            problems.append(BundleProblem(name, None, "", say.CHECKSUM_MISMATCH()))
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
        raise BundleError([BundleProblem(MANIFEST, None, "", say.MANIFEST_MISSING())])
    try:
        raw = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError([BundleProblem(MANIFEST, None, "", say.NOT_JSON(reason=str(exc)))]) from exc
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and version != FORMAT_VERSION:
        unsupported = say.FORMAT_UNSUPPORTED(version=version, supported=FORMAT_VERSION)
        raise BundleError([BundleProblem(MANIFEST, None, "format_version", unsupported)])
    try:
        return Manifest.model_validate(raw)
    except PydanticError as exc:
        raise BundleError(
            [
                BundleProblem(MANIFEST, None, ".".join(str(p) for p in e["loc"]), schema_message(e))
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
        problems.append(BundleProblem(name, None, "", say.NOT_JSON(reason=str(exc))))
        return []
    if not isinstance(raw, dict) or not isinstance(raw.get("records"), list):
        problems.append(BundleProblem(name, None, "records", say.NOT_RECORDS()))
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
                problems.append(BundleProblem(name, index, loc, schema_message(error)))
    seen: set[str] = set()
    for index, record in enumerate(records):
        if record["id"] in seen:
            problems.append(BundleProblem(name, index, "id", say.DUPLICATE_ID(id=record["id"])))
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
                        dangling = say.DANGLING(target=ref.target, id=value)
                        problems.append(BundleProblem(f"{endpoint}.json", index, ref.field, dangling))
    return problems


_SCHEMA: dict[str, ErrorCode] = {
    "missing": say.FIELD_REQUIRED,
    "extra_forbidden": say.FIELD_UNKNOWN,
    "string_type": say.NOT_TEXT,
    "string_unicode": say.NOT_TEXT,
    "int_type": say.NOT_INTEGER,
    "int_parsing": say.NOT_INTEGER,
    "bool_type": say.NOT_BOOLEAN,
    "list_type": say.NOT_LIST,
    "dict_type": say.NOT_OBJECT,
    "model_type": say.NOT_OBJECT,
}


def schema_message(error: Any) -> Message:
    """A pydantic error as one of our messages (translated), in pydantic's English words."""
    kind, ctx = str(error.get("type", "")), error.get("ctx") or {}
    if kind in _SCHEMA:
        return _SCHEMA[kind]()
    if kind == "string_too_short":
        return say.TEXT_TOO_SHORT(min_length=int(ctx.get("min_length", 1)))
    if kind in ("less_than_equal", "greater_than_equal", "less_than", "greater_than"):
        limit = next(iter(ctx.values()), "")
        return say.OUT_OF_RANGE(limit=limit) if kind.startswith("less") else say.BELOW_RANGE(limit=limit)
    if kind == "string_pattern_mismatch":
        return say.BAD_ID(pattern=str(ctx.get("pattern", "")))
    if kind == "value_error":
        return say.HAS_NUL() if "NUL" in str(error.get("msg", "")) else say.HAS_SURROGATE()
    return say.INVALID_VALUE(type=kind)
