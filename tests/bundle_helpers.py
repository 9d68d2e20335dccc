"""Shared by the bundle tests: a bundle written by hand that holds every resource, and rewriting
one file of a bundle folder (with or without fixing its checksum)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from engage_desktop.services.bundles.bundle_format import MANIFEST


def oid(n: int) -> str:
    return f"{n:024x}"


def every_resource() -> dict[str, list[dict[str, Any]]]:
    """One or two objects of each resource, referring to one another through platform ids."""
    return {
        "roles": [{"id": oid(1), "label": "Night agent", "permissions": ["read_user", "receive_tasks"]}],
        "communities": [{"id": oid(2), "name": "Mail", "type": "email", "active": True}],
        "time_sheets": [{"id": oid(3), "label": "Office", "timezone": "Europe/Paris", "monday_hours": "0900-1800",
                         "holidays": [{"date": "2027-01-01", "name": "New year"}]}],
        "channels": [{"id": oid(4), "name": "Mail desk", "soft_capability": 2, "hard_capability": 4,
                      "auto_complete_category_ids": [oid(7)]}],
        "content_sources": [{"id": oid(5), "name": "Support mailbox", "type": "email", "community_id": oid(2),
                             "channel_id": oid(4), "default_category_ids": [oid(6)], "time_sheet_ids": [oid(3)],
                             "settings": {"imap_host": "imap.example.com", "imap_username": "support",
                                          "smtp_host": "smtp.example.com", "smtp_username": "support",
                                          "from_address": "support@example.com"},
                             "secrets": {"imap_password": f"secret:{oid(5)}/imap_password"}}],
        "categories": [
            {"id": oid(6), "name": "Billing", "color": 3, "source_ids": [oid(5)]},
            {"id": oid(7), "name": "Refunds", "parent_id": oid(6), "mandatory": True},
        ],
        "user_capacities": [{"id": oid(8), "name": "Light",
                             "channels": [{"channel_id": oid(4), "default_capacity": 1, "max_capacity": 2}]}],
        "users": [{"id": oid(9), "nickname": "nina", "email": "nina@example.com", "firstname": "Nina",
                   "lastname": "Petit",
                   "role_id": oid(1), "team_ids": [oid(10)], "category_ids": [oid(7)],
                   "user_capacity_id": oid(8), "spoken_languages": ["fr"]}],
        "teams": [{"id": oid(10), "name": "Nights", "user_ids": [oid(9)], "leader_ids": [oid(9)]}],
        "presence_status": [{"id": oid(11), "name": "Dinner", "maps_to": "away", "position": 7}],
        "topologies": [{"id": oid(12), "name": "Weekend", "config": {"queues": []}}],
        "rules": [{"id": oid(13), "name": "VIP first", "position": 1, "conditions": {"all": []},
                   "actions": [{"kind": "set_priority", "priority": 5}]}],
        "tags": [{"id": oid(14), "name": "VIP"}],
        "custom_fields": [{"id": oid(15), "associated_type_name": "IdentityGroup", "key": "tier", "label": "Tier",
                           "type": "single_choice", "choices": ["gold", "silver"]}],
        "folders": [{"id": oid(16), "label": "Urgent", "query": "tag:VIP",
                     "role_restriction": {"only": [oid(1)]}, "team_restriction": {"only": [oid(10)]}}],
        "reply_assistant_groups": [{"id": oid(17), "name": "Greetings", "position": 1}],
        "reply_assistant_entries": [{"id": oid(18), "label": "Hello", "shortcuts": ["hi", "hello"],
                                     "entry_group_id": oid(17), "category_ids": [oid(6)], "source_ids": [oid(5)]}],
        "reply_assistant_versions": [{"id": oid(19), "entry_id": oid(18), "body": "Bonjour !", "language": "fr",
                                      "source_ids": [oid(5)]}],
        "email_templates": [{"id": oid(20), "name": "Welcome", "subject": "Hi {customer}", "body_text": "Hello",
                             "source_ids": [oid(5)]}],
        "settings": [{"id": oid(21), "name": "Night shift Ltd", "timezone": "Europe/Paris", "session_timeout": 30}],
    }  # fmt: skip


def rewrite(folder: Path, name: str, data: bytes, *, fix_checksum: bool) -> None:
    (folder / name).write_bytes(data)
    if fix_checksum:
        manifest = json.loads((folder / MANIFEST).read_text())
        manifest["files"][name] = hashlib.sha256(data).hexdigest()
        (folder / MANIFEST).write_text(json.dumps(manifest))


def records_file(records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"records": records}).encode()
