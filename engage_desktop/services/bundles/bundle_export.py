"""Export the local configuration of every section to a bundle (no password, no secret).

Reads whole tables with a few set-based queries per resource (100,000 users export in seconds),
translating our integer keys to platform ids. Source secrets become named placeholders
(`secret:<source id>/<field>`); apply asks for them or takes them from the keyring.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from engage_desktop.models import Base
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.bundles.bundle_format import SECRET_PLACEHOLDER_PREFIX, Manifest, write_bundle
from engage_desktop.services.bundles.bundle_records import RESOURCES
from engage_desktop.services.bundles.bundle_tables import (
    ACCOUNT_SETTINGS,
    SECURITY_SETTINGS,
    TABLES,
    ResourceTable,
)
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.unit_of_work import UnitOfWork

Resources = dict[str, list[dict[str, Any]]]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _plain(value: Any) -> Any:
    return value


def read_configuration(session: Session) -> Resources:
    """Every resource as platform records, read in one session (no permission check: callers do)."""
    ids: dict[str, dict[int, str]] = {}
    rows: dict[str, list[Any]] = {}
    for endpoint, spec in TABLES.items():
        table = _table(spec.table)
        rows[endpoint] = list(session.execute(select(table).order_by(table.c.id)).mappings())
        ids[endpoint] = {row["id"]: row["platform_id"] for row in rows[endpoint]}
    resources: Resources = {}
    for endpoint, spec in TABLES.items():
        resources[endpoint] = _records(session, spec, rows[endpoint], ids)
    _add_specials(session, resources, ids)
    resources["settings"] = _settings(session)
    return {name: resources.get(name, []) for name in RESOURCES}


def _records(
    session: Session, spec: ResourceTable, rows: list[Any], ids: dict[str, dict[int, str]]
) -> list[dict[str, Any]]:
    links: dict[str, dict[int, list[str]]] = {}
    for link in spec.links:
        table = _table(link.table)
        query = select(table.c[link.owner_column], table.c[link.target_column])
        for column, value in link.where:
            query = query.where(table.c[column] == value)
        grouped: dict[int, list[str]] = defaultdict(list)
        target_ids = ids[link.target]
        for owner, target in session.execute(query):
            grouped[owner].append(target_ids[target])
        links[link.api_field] = grouped
    records = []
    for row in rows:
        record: dict[str, Any] = {"id": row["platform_id"]}
        for name in spec.scalars:
            record[name] = _plain(row[name])
        for ref in spec.refs:
            value = row[ref.column]
            record[ref.api_field] = None if value is None else ids[ref.target][value]
        for name, grouped in links.items():
            record[name] = sorted(grouped.get(row["id"], []))
        records.append(record)
    return records


def _add_specials(session: Session, resources: Resources, ids: dict[str, dict[int, str]]) -> None:
    """Fields that are not a column or a plain link table."""
    by_id = {endpoint: {r["id"]: r for r in records} for endpoint, records in resources.items()}
    users, teams = ids["users"], ids["teams"]
    perms = _table("role_permissions")
    granted: dict[int, list[str]] = defaultdict(list)
    for role_id, permission in session.execute(select(perms.c.role_id, perms.c.permission)):
        granted[role_id].append(permission)
    for role_id, platform_id in ids["roles"].items():
        by_id["roles"][platform_id]["permissions"] = sorted(granted[role_id])
    for record in resources["users"]:
        record.update(team_ids=[], user_capacity_id=None)
    for record in resources["teams"]:
        record.update(user_ids=[], leader_ids=[])
    members = _table("team_members")
    for team_id, user_id, leader in session.execute(
        select(members.c.team_id, members.c.user_id, members.c.is_leader)
    ):
        team = by_id["teams"][teams[team_id]]
        team["user_ids"].append(users[user_id])
        if leader:
            team["leader_ids"].append(users[user_id])
        by_id["users"][users[user_id]]["team_ids"].append(teams[team_id])
    for endpoint, fields in (("teams", ("user_ids", "leader_ids")), ("users", ("team_ids",))):
        for record in resources[endpoint]:
            for name in fields:
                record[name].sort()
    assigned = _table("user_capacity_assignments")
    for user_id, capacity_id in session.execute(select(assigned.c.user_id, assigned.c.capacity_id)):
        by_id["users"][users[user_id]]["user_capacity_id"] = ids["user_capacities"][capacity_id]
    for record in resources["user_capacities"]:
        record["channels"] = []
    per_channel = _table("user_capacity_channels")
    for row in session.execute(select(per_channel).order_by(per_channel.c.channel_id)).mappings():
        by_id["user_capacities"][ids["user_capacities"][row["capacity_id"]]]["channels"].append(
            {
                "channel_id": ids["channels"][row["channel_id"]],
                "default_capacity": row["default_capacity"],
                "max_capacity": row["max_capacity"],
            }
        )
    shortcuts = _table("reply_assistant_shortcuts")
    for record in resources["reply_assistant_entries"]:
        record["shortcuts"] = []
    for entry_id, shortcut in session.execute(
        select(shortcuts.c.entry_id, shortcuts.c.shortcut).order_by(
            shortcuts.c.entry_id, shortcuts.c.position
        )
    ):
        by_id["reply_assistant_entries"][ids["reply_assistant_entries"][entry_id]]["shortcuts"].append(
            shortcut
        )
    folders = _table("folders")
    for row in session.execute(select(folders)).mappings():
        record = by_id["folders"][row["platform_id"]]
        for kind, endpoint in (("role", "roles"), ("team", "teams"), ("user", "users")):
            known = ids[endpoint]
            only = sorted(known[i] for i in row[f"{kind}_ids"] or [] if i in known)
            record[f"{kind}_restriction"] = {"only": only}
    sources = _table("content_sources")
    for platform_id, secret_fields in session.execute(
        select(sources.c.platform_id, sources.c.secret_fields_set)
    ):
        by_id["content_sources"][platform_id]["secrets"] = {
            name: f"{SECRET_PLACEHOLDER_PREFIX}{platform_id}/{name}" for name in sorted(secret_fields or [])
        }


def _settings(session: Session) -> list[dict[str, Any]]:
    account = session.execute(select(_table("account_settings")).limit(1)).mappings().first()
    security = session.execute(select(_table("security_settings")).limit(1)).mappings().first()
    if account is None:
        return []
    record: dict[str, Any] = {"id": account["platform_id"]}
    record.update({name: account[name] for name in ACCOUNT_SETTINGS})
    if security is not None:
        record.update({name: security[name] for name in SECURITY_SETTINGS})
    return [record]


def export_configuration(uow: UnitOfWork) -> Resources:
    """The operation: an administrator (settings and roles) reads the whole configuration."""
    uow.require(Permission.UPDATE_SETTINGS, Permission.MANAGE_ROLES)
    return read_configuration(uow.session)


def export_bundle(ctx: ServiceContext, path: Path, *, origin: str = "") -> Manifest:
    """Export to a folder or .zip and journal it (`bundle.exported`)."""
    with UnitOfWork(ctx) as uow:
        resources = export_configuration(uow)
        manifest = write_bundle(resources, path, origin=origin)
        counts = {name: len(records) for name, records in resources.items() if records}
        uow.record("bundle.exported", object_type="bundle", details={"path": str(path), "records": counts})
        uow.commit()
    return manifest
