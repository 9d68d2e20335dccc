"""Bundle export and import of a large configuration, beside a plain json.dump/json.load.

Builds a bundle of `--users` users (default 100,000) and `--others` other objects (default
10,000: categories, tags, teams, reply-assistant entries and versions), merges it into an empty
SQLite database as an administrator (validation, checksums, references, one journal event per
object), exports it back, and prints seconds for each with the ratio to writing and reading the
same records with bare `json.dump`/`json.load`. The request rate of an apply is in
`bench/bundle_apply.py`.

    python bench/bundle.py [--users 100000] [--others 10000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_kit import record  # noqa: E402
from engage_desktop.db import Database  # noqa: E402
from engage_desktop.services.access import sign_in as auth  # noqa: E402
from engage_desktop.services.bundles.bundle_format import load_bundle, write_bundle  # noqa: E402
from engage_desktop.services.bundles.bundle_service import BundleService  # noqa: E402
from engage_desktop.services.core.context import ServiceContext  # noqa: E402
from engage_desktop.services.core.reference_data import ensure_reference_data  # noqa: E402


def oid(n: int) -> str:
    return f"{n:024x}"


def configuration(users: int, others: int) -> dict[str, list[dict[str, Any]]]:
    share = max(others // 5, 1)
    categories = [{"id": oid(1_000_000 + i), "name": f"Category {i}", "parent_id": oid(1_000_000 + i // 10)
                   if i >= 10 else None} for i in range(share)]  # fmt: skip
    teams = [
        {"id": oid(2_000_000 + i), "name": f"Team {i}", "user_ids": [], "leader_ids": []}
        for i in range(share)
    ]
    role = {"id": oid(3_000_000), "label": "Bench agent", "permissions": ["receive_tasks"]}
    people = [
        {"id": oid(i + 1), "nickname": f"agent{i}", "email": f"agent{i}@example.com", "firstname": "Agent",
         "lastname": str(i), "role_id": role["id"], "team_ids": [teams[i % share]["id"]],
         "category_ids": [categories[i % share]["id"]]}
        for i in range(users)
    ]  # fmt: skip
    for person in people:
        teams[int(person["nickname"][5:]) % share]["user_ids"].append(person["id"])
    for team in teams:
        team["user_ids"].sort()
    entries = [
        {"id": oid(4_000_000 + i), "label": f"Answer {i}", "shortcuts": [f"a{i}"]} for i in range(share)
    ]
    versions = [{"id": oid(5_000_000 + i), "entry_id": entries[i]["id"], "body": f"Hello {i}", "language": "en"}
                for i in range(share)]  # fmt: skip
    tags = [{"id": oid(6_000_000 + i), "name": f"Tag {i}"} for i in range(others - 4 * share)]
    return {"roles": [role], "categories": categories, "teams": teams, "users": people, "tags": tags,
            "reply_assistant_entries": entries, "reply_assistant_versions": versions}  # fmt: skip


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--others", type=int, default=10_000)
    args = parser.parse_args()
    resources = configuration(args.users, args.others)
    with tempfile.TemporaryDirectory(prefix="bundle-bench-") as tmp:
        folder = Path(tmp)
        json_write, _ = timed(lambda: json.dump(resources, (folder / "plain.json").open("w")))
        json_read, _ = timed(lambda: json.load((folder / "plain.json").open()))
        write, _ = timed(lambda: write_bundle(resources, folder / "source"))
        load, bundle = timed(lambda: load_bundle(folder / "source"))
        database = Database(f"sqlite:///{folder}/bench.sqlite3")
        database.upgrade()
        base = ServiceContext(database.session_factory, workstation="bench")
        ensure_reference_data(base)
        admin = auth.create_first_administrator(
            base, firstname="Bench", lastname="Admin", email="bench@example.com", nickname="bench",
            password="Bench-Passw0rd!",
        )  # fmt: skip
        service = BundleService(base.acting_as(admin.id))
        merge_cpu = time.process_time()
        merge, report = timed(lambda: service.merge_bundle(bundle))
        merge_cpu = time.process_time() - merge_cpu
        export, _ = timed(lambda: service.export_bundle(folder / "exported"))
        again, _ = timed(lambda: service.merge_bundle(load_bundle(folder / "exported")))
        database.dispose()
    objects = args.users + args.others
    plain = json_write + json_read
    print(f"{args.users:,} users + {args.others:,} other objects ({report.changes:,} created)")
    print(f"  json.dump {json_write:6.2f} s   json.load {json_read:6.2f} s   (plain, together {plain:.2f} s)")
    print(f"  bundle write {write:6.2f} s  ({write / json_write:5.1f}x json.dump)")
    print(
        f"  bundle load  {load:6.2f} s  ({load / json_read:5.1f}x json.load; checksums, schemas, references)"
    )
    print(f"  import (merge into an empty database, journaled) {merge:6.2f} s  ({merge / plain:5.1f}x plain)")
    print(f"    of which CPU {merge_cpu:6.2f} s  ({1000 * merge_cpu / max(objects, 1):.3f} ms per object)")
    print(f"  export (database -> bundle) {export:6.2f} s  ({export / json_write:5.1f}x json.dump)")
    print(f"  second merge of the export (nothing to change) {again:6.2f} s")
    record("bundle import, objects/s", objects / merge, "objects/s")
    record("bundle import CPU, ms/object", 1000 * merge_cpu / max(objects, 1), "ms/object")
    record("bundle export, s", export, "s", reference=json_write, reference_label="json.dump")
    record("bundle load, s", load, "s", reference=json_read, reference_label="json.load")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
