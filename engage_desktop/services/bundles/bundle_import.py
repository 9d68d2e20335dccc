"""Import a bundle into a database: a separate workspace, or merged back into the main one.

One operation (`import_configuration`) in one unit of work: the actor needs the permission of
every resource the bundle changes; each object created or changed is journaled
`<object>.created|updated` with its field-level changes, and only objects that differ are
written (importing the same bundle twice changes nothing the second time). Objects the target
holds and the bundle does not are kept: a merge never deletes.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update

from engage_desktop.db import Database
from engage_desktop.models import Base, User, utcnow
from engage_desktop.models.text_keys import fold, search_fold
from engage_desktop.models.users import user_search_key
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.bundles.bundle_diff import diff_configurations
from engage_desktop.services.bundles.bundle_export import Resources, read_configuration
from engage_desktop.services.bundles.bundle_format import Bundle, BundleError
from engage_desktop.services.bundles.bundle_keys import check_keys
from engage_desktop.services.bundles.bundle_records import RESOURCES
from engage_desktop.services.bundles.bundle_tables import ACCOUNT_SETTINGS, SECURITY_SETTINGS, TABLES, key_of
from engage_desktop.services.bundles.bundle_validation import check_before_writing, check_records
from engage_desktop.services.bundles.bundle_written import Written
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation

# Written once every object exists: they may point forward or at their own resource.
_LATE_REFS = {("categories", "parent_id"), ("folders", "parent_id"), ("content_sources", "channel_id"),
              ("reply_assistant_entries", "entry_group_id")}  # fmt: skip


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0

    @property
    def changes(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def import_configuration(uow: UnitOfWork, resources: Resources) -> ImportReport:
    """Create or update every object of `resources` in the unit of work's database."""
    session = uow.session
    before = read_configuration(session)
    diff = diff_configurations(before, resources, listing=False)
    writes = [r for r in diff.resources if r.added or r.changed]  # never deletes: "removed" asks nothing
    needed = {TABLES[r.resource].permission for r in writes if r.resource in TABLES}
    if any(r.resource == "settings" for r in writes):
        needed.add(Permission.UPDATE_SETTINGS)
    uow.require(*sorted(needed, key=lambda p: p.value))
    refused = check_keys(before, resources, diff)  # what would stop the write itself
    report = ImportReport()
    ids = {e: {pid: i for i, pid in session.execute(select(_table(s.table).c.id, _table(s.table).c.platform_id))}
           for e, s in TABLES.items()}  # fmt: skip
    for resource in diff.resources:
        if resource.resource in ids:  # matched by natural key: the target keeps its own id
            known = ids[resource.resource]
            known.update({new: known[old] for new, old in resource.renamed.items()})
    written = {r.resource: {o.key for o in r.added} | {c.key for c in r.changed} for r in diff.resources}
    refused += check_before_writing(uow, resources, written, ids)
    if refused:
        raise BundleError(refused)
    wanted = {e: {r["id"]: r for r in resources.get(e, [])} for e in RESOURCES}
    touched: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for resource in sorted(diff.resources, key=lambda r: RESOURCES.index(r.resource)):
        endpoint = resource.resource
        if endpoint == "settings":
            for change in resource.changed:
                _write_settings(uow, wanted["settings"][change.key], {f.field for f in change.fields})
            continue
        spec, table = TABLES[endpoint], _table(TABLES[endpoint].table)
        now = utcnow()
        new_rows = []
        for obj in resource.added:
            record = wanted[endpoint][obj.key]
            row = _row(endpoint, record, ids, late=False)
            new_rows.append(
                {**row, "platform_id": record["id"], "created_at": now, "updated_at": now, "version": 1}
            )
            touched[endpoint].append(record)
        if new_rows:
            session.execute(insert(table), new_rows)
            ids[endpoint].update(
                dict(session.execute(select(table.c.platform_id, table.c.id).where(
                    table.c.platform_id.in_([r["platform_id"] for r in new_rows])
                )).all())
            )  # fmt: skip
        for change in resource.changed:
            record = wanted[endpoint][change.key]
            row = _row(endpoint, record, ids, late=False)
            session.execute(
                update(table)
                .where(table.c.id == ids[endpoint][record["id"]])
                .values(**row, updated_at=now, version=table.c.version + 1)
            )
            touched[endpoint].append(record)
        for obj in resource.added:
            uow.record(f"{spec.object_type}.created", object_type=spec.object_type, object_id=obj.key,
                       changes={"bundle": [None, "imported"]})  # fmt: skip
        for change in resource.changed:
            target_id = resource.renamed.get(change.key, change.key)
            uow.record(f"{spec.object_type}.updated", object_type=spec.object_type, object_id=target_id,
                       changes={f.field: [f.old, f.new] for f in change.fields})  # fmt: skip
        report.created[endpoint] = len(resource.added)
        report.updated[endpoint] = len(resource.changed)
    for endpoint, records in touched.items():
        _write_late(uow, endpoint, records, ids)
    before_by_id = {e: {r["id"]: r for r in records} for e, records in before.items()}
    for r in diff.resources:  # a record matched by natural key reads its twin as its "before"
        twins = before_by_id[r.resource]
        twins.update({new: twins[old] for new, old in r.renamed.items() if old in twins})
    refused = check_records(Written(uow, ids, before_by_id), resources, written)
    if refused:  # raising rolls the unit of work back: nothing written stays
        raise BundleError(refused)
    report.unchanged = sum(len(r) for r in resources.values()) - report.changes
    report.created = {k: v for k, v in report.created.items() if v}
    report.updated = {k: v for k, v in report.updated.items() if v}
    return report


def _row(
    endpoint: str, record: dict[str, Any], ids: dict[str, dict[str, int]], *, late: bool
) -> dict[str, Any]:
    spec = TABLES[endpoint]
    row = {name: record[name] for name in spec.scalars}
    for column, source in spec.keys:
        row[column] = key_of(endpoint, column, record[source])
    for ref in spec.refs:
        if ((endpoint, ref.api_field) in _LATE_REFS) == late:
            value = record[ref.api_field]
            row[ref.column] = None if value is None else ids[ref.target][value]
    if endpoint == "users":
        row["search_key"] = user_search_key(record["firstname"], record["lastname"], record["nickname"],
                                            record["email"])  # fmt: skip
    if endpoint == "content_sources":  # the values stay in a keyring; the bundle names them
        row["secret_fields_set"] = sorted(record["secrets"])
    if endpoint == "reply_assistant_entries":
        row["search_key"] = search_fold(" ".join([record["label"], *record["shortcuts"]]))
    return row


def _write_late(
    uow: UnitOfWork, endpoint: str, records: list[dict[str, Any]], ids: dict[str, dict[str, int]]
) -> None:
    """Forward references, link tables and the fields kept in other tables, for written objects."""
    session, spec = uow.session, TABLES[endpoint]
    table, own = _table(spec.table), ids[endpoint]
    owners = [own[r["id"]] for r in records]
    late = [ref for ref in spec.refs if (endpoint, ref.api_field) in _LATE_REFS]
    if late and records:  # one statement for them all: every record sets the same columns
        rows = [_row(endpoint, r, ids, late=True) | {"id": own[r["id"]]} for r in records]
        values = {c: bindparam(f"late_{c}", type_=table.c[c].type) for c in rows[0] if c != "id"}
        session.execute(
            update(table).where(table.c.id == bindparam("late_id")).values(values),
            [{f"late_{c}": v for c, v in row.items()} for row in rows],
        )
    for link in spec.links:
        links = _table(link.table)
        extra = dict(link.where)
        query = delete(links).where(links.c[link.owner_column].in_(owners))
        for column, value in link.where:
            query = query.where(links.c[column] == value)
        session.execute(query)
        rows = [{link.owner_column: own[r["id"]], link.target_column: ids[link.target][t], **extra}
                for r in records for t in r[link.api_field]]  # fmt: skip
        if rows:
            session.execute(insert(links), rows)
    _write_specials(uow, endpoint, records, ids)


def _replace(
    uow: UnitOfWork, table_name: str, owner_column: str, owners: list[int], rows: list[dict[str, Any]]
) -> None:
    table = _table(table_name)
    uow.session.execute(delete(table).where(table.c[owner_column].in_(owners)))
    if rows:
        uow.session.execute(insert(table), rows)


def _write_specials(
    uow: UnitOfWork, endpoint: str, records: list[dict[str, Any]], ids: dict[str, dict[str, int]]
) -> None:
    own = ids[endpoint]
    owners = [own[r["id"]] for r in records]
    if endpoint == "roles":
        rows = [{"role_id": own[r["id"]], "permission": p} for r in records for p in r["permissions"]]
        _replace(uow, "role_permissions", "role_id", owners, rows)
    elif endpoint == "teams":
        users = ids["users"]
        rows = [{"team_id": own[r["id"]], "user_id": users[u], "is_leader": u in r["leader_ids"]}
                for r in records for u in r["user_ids"]]  # fmt: skip
        _replace(uow, "team_members", "team_id", owners, rows)
    elif endpoint == "users":
        caps = ids["user_capacities"]
        rows = [{"user_id": own[r["id"]], "capacity_id": caps[r["user_capacity_id"]]}
                for r in records if r["user_capacity_id"]]  # fmt: skip
        _replace(uow, "user_capacity_assignments", "user_id", owners, rows)
    elif endpoint == "user_capacities":
        channels = ids["channels"]
        rows = [{"capacity_id": own[r["id"]], "channel_id": channels[c["channel_id"]],
                 "default_capacity": c["default_capacity"], "max_capacity": c["max_capacity"]}
                for r in records for c in r["channels"]]  # fmt: skip
        _replace(uow, "user_capacity_channels", "capacity_id", owners, rows)
    elif endpoint == "reply_assistant_entries":
        rows = [{"entry_id": own[r["id"]], "shortcut": s, "shortcut_key": fold(s), "position": i}
                for r in records for i, s in enumerate(r["shortcuts"])]  # fmt: skip
        _replace(uow, "reply_assistant_shortcuts", "entry_id", owners, rows)
    elif endpoint == "folders":
        folders = _table("folders")
        for r in records:
            values = {f"{kind}_ids": [ids[target][i] for i in r[f"{kind}_restriction"]["only"]]
                      for kind, target in (("role", "roles"), ("team", "teams"), ("user", "users"))}  # fmt: skip
            uow.session.execute(update(folders).where(folders.c.id == own[r["id"]]).values(**values))


def _write_settings(uow: UnitOfWork, record: dict[str, Any], fields: set[str]) -> None:
    for table_name, names in (
        ("account_settings", ACCOUNT_SETTINGS),
        ("security_settings", SECURITY_SETTINGS),
    ):
        values = {n: record[n] for n in names if n in fields and n in record}
        if values:
            table = _table(table_name)
            uow.session.execute(update(table).values(**values, version=table.c.version + 1))
    uow.record("settings.updated", object_type="settings", object_id=record["id"],
               changes={n: ["", record.get(n)] for n in sorted(fields)})  # fmt: skip


def import_bundle(ctx: ServiceContext, bundle: Bundle) -> ImportReport:
    """Merge a loaded bundle into the context's database (the main one or a workspace)."""
    return run_operation(ctx, import_configuration, bundle.resources)


def _copy_actor(uow: UnitOfWork) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    actor = uow.require(Permission.UPDATE_SETTINGS, Permission.MANAGE_ROLES)
    users = _table("users")
    row = dict(uow.session.execute(select(users).where(users.c.id == actor.id)).mappings().one())
    roles = _table("roles")
    role = dict(uow.session.execute(select(roles).where(roles.c.id == actor.role_id)).mappings().one())
    return row, role, sorted(actor.role.permission_names)


def create_workspace(ctx: ServiceContext, bundle: Bundle, path: Path) -> tuple[Database, ImportReport]:
    """A new SQLite database at `path` holding the bundle, where the admin edits it offline.

    The acting administrator (their account and role, so they sign in there with the same
    password) is carried over first; the bundle is then imported as them, journaled in the
    workspace's own journal. An existing file is refused.
    """
    with UnitOfWork(ctx) as uow:
        actor, role, permissions = _copy_actor(uow)
    if path.exists():
        raise FileExistsError(path)
    partial = path.with_name(path.name + ".part")
    workspace = Database(f"sqlite:///{partial}")
    try:
        workspace.upgrade()
        with workspace.engine.begin() as conn:
            # Before the reference data, so that no default role takes the actor's role's label.
            roles, users = _table("roles"), _table("users")
            role_row = {k: v for k, v in role.items() if k != "id"}
            role_id = conn.execute(insert(roles).values(**role_row)).inserted_primary_key[0]  # type: ignore[index]
            perms = _table("role_permissions")
            conn.execute(insert(perms), [{"role_id": role_id, "permission": p} for p in permissions])
            user_row = {k: v for k, v in actor.items() if k != "id"} | {"role_id": role_id}
            user_id = conn.execute(insert(users).values(**user_row)).inserted_primary_key[0]  # type: ignore[index]
        ensure_reference_data(ServiceContext(workspace.session_factory))
        acting = ServiceContext(workspace.session_factory, workstation=ctx.workstation).acting_as(user_id)
        with UnitOfWork(acting) as uow:
            uow.actor()
            uow.record("workspace.created", object_type="user", object_id=str(actor["platform_id"]),
                       details={"bundle_created_at": bundle.manifest.created_at, "origin": bundle.manifest.origin})  # fmt: skip
            uow.commit()
        report = import_bundle(acting, bundle)
    except BaseException:
        workspace.dispose()
        partial.unlink(missing_ok=True)
        raise
    workspace.dispose()
    shutil.move(partial, path)
    return Database(f"sqlite:///{path}"), report


def workspace_actor(database: Database, email: str) -> int | None:
    with database.session_factory() as session:
        return session.scalar(select(User.id).where(User.email_key == fold(email)))
