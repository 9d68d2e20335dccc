"""Plan and apply beyond the basics: references across resources, folder trees with restrictions,
and routing channels and content sources that only the platform creates."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_bundle_apply import plan_and_apply, pull, stand_in

from engage_desktop.services.bundles.bundle_records import RECORD_MODELS
from engage_desktop.services.bundles.plan import make_plan
from engage_desktop.services.bundles.platform_resources import Configuration
from engage_desktop.services.bundles.stand_in import StandInThread
from engage_desktop.services.core.errors import DomainError

__all__ = ["stand_in"]  # the fixture, shared


def test_references_across_resources_get_the_ids_the_platform_gives(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    given: Configuration = {
        "categories": [{"id": "cat-refund", "name": "Refund"}],
        "presence_status": [{"id": "ps-1", "name": "Lunch", "maps_to": "away"}],
        "reply_assistant_groups": [{"id": "grp-1", "name": "Billing answers"}],
        "reply_assistant_entries": [
            {
                "id": "ent-1",
                "label": "Refund delay",
                "entry_group_id": "grp-1",
                "category_ids": ["cat-refund"],
            }
        ],
        "reply_assistant_versions": [
            {"id": "ver-en", "entry_id": "ent-1", "body": "It takes 5 days.", "language": "en"},
            {"id": "ver-fr", "entry_id": "ent-1", "body": "Comptez 5 jours.", "language": "fr"},
        ],
    }
    desired = {
        name: [RECORD_MODELS[name](**r).model_dump() for r in records] for name, records in given.items()
    }
    plan = plan_and_apply(stand_in, desired, tmp_path / "plan.json")
    assert [s.resource for s in plan.steps] == [
        "categories",
        "presence_status",
        "reply_assistant_groups",
        "reply_assistant_entries",
        "reply_assistant_versions",
        "reply_assistant_versions",
    ]
    pulled = pull(stand_in, list(desired))
    [category], [group], [entry] = (
        pulled["categories"],
        pulled["reply_assistant_groups"],
        pulled["reply_assistant_entries"],
    )
    assert (entry["entry_group_id"], entry["category_ids"]) == (group["id"], [category["id"]])
    assert {v["language"]: v["entry_id"] for v in pulled["reply_assistant_versions"]} == {
        "en": entry["id"],
        "fr": entry["id"],
    }
    assert [r.path for r in stand_in.state.request_log if r.method == "POST"][
        -1
    ] == "/1.0/reply_assistant/versions"
    assert make_plan(desired, pulled).steps == ()


def test_folders_keep_their_tree_and_restrictions(stand_in: StandInThread, tmp_path: Path) -> None:
    given: Configuration = {
        "roles": [{"id": "role-sup", "label": "Supervisor"}],
        "teams": [{"id": "team-n", "name": "Night shift"}],
        "folders": [
            {
                "id": "f-child",
                "label": "Urgent",
                "parent_id": "f-root",
                "role_restriction": {"only": ["role-sup"]},
            },
            {"id": "f-root", "label": "Queues", "team_restriction": {"only": ["team-n"]}},
        ],
        "user_capacities": [{"id": "cap-1", "name": "Part time"}],
    }
    desired = {
        name: [RECORD_MODELS[name](**r).model_dump() for r in records] for name, records in given.items()
    }
    plan_and_apply(stand_in, desired, tmp_path / "plan.json")
    pulled = pull(stand_in, list(desired))
    [role], [team] = pulled["roles"], pulled["teams"]
    folders = {f["label"]: f for f in pulled["folders"]}
    assert folders["Urgent"]["parent_id"] == folders["Queues"]["id"]
    assert folders["Urgent"]["role_restriction"] == {"only": [role["id"]]}
    assert folders["Queues"]["team_restriction"] == {"only": [team["id"]]}
    assert make_plan(desired, pulled).steps == ()


def test_sources_and_channels_made_by_the_platform_are_updated_last(
    stand_in: StandInThread, tmp_path: Path
) -> None:
    """They cannot be created through the API: matched by name, updated once what they name exists."""
    channel_id, source_id, community_id = "a" * 24, "b" * 24, "c" * 24
    stand_in.state.store["communities"] = {
        community_id: {"id": community_id, "name": "Mail", "type": "email", "active": True}
    }
    stand_in.state.store["channels"] = {
        channel_id: {"id": channel_id, "name": "Email", "auto_complete_category_ids": []}
    }
    stand_in.state.store["content_sources"] = {
        source_id: {"id": source_id, "name": "Support inbox", "type": "email", "community_id": community_id,
                    "channel_id": None, "default_category_ids": [], "time_sheet_ids": [], "secrets": {"imap": "pw"}}
    }  # fmt: skip
    given: Configuration = {
        "time_sheets": [{"id": "ts-1", "label": "Office hours"}],
        "categories": [{"id": "cat-1", "name": "Invoices", "source_ids": ["src-local"]}],
        "channels": [{"id": "chan-local", "name": "Email", "auto_complete_category_ids": ["cat-1"]}],
        "content_sources": [
            {"id": "src-local", "name": "Support inbox", "type": "email", "community_id": community_id,
             "channel_id": "chan-local", "default_category_ids": ["cat-1"], "time_sheet_ids": ["ts-1"],
             "secrets": {"imap": "secret:inbox.imap"}}
        ],
    }  # fmt: skip
    desired = {
        name: [RECORD_MODELS[name](**r).model_dump() for r in records] for name, records in given.items()
    }
    desired["content_sources"][0] = {k: v for k, v in given["content_sources"][0].items()}
    desired["channels"][0] = dict(given["channels"][0])
    plan = plan_and_apply(stand_in, desired, tmp_path / "plan.json")
    assert [(s.action, s.resource) for s in plan.steps] == [
        ("create", "time_sheets"),
        ("create", "categories"),
        ("update", "channels"),
        ("update", "content_sources"),
    ]
    [category] = stand_in.state.store["categories"].values()
    [sheet] = stand_in.state.store["time_sheets"].values()
    assert category["source_ids"] == [source_id]
    source = stand_in.state.store["content_sources"][source_id]
    assert (source["channel_id"], source["default_category_ids"], source["time_sheet_ids"]) == (
        channel_id,
        [category["id"]],
        [sheet["id"]],
    )
    assert source["secrets"] == {"imap": "pw"}  # credentials have their own endpoint
    assert stand_in.state.store["channels"][channel_id]["auto_complete_category_ids"] == [category["id"]]
    assert make_plan(desired, pull(stand_in, list(desired))).steps == ()

    desired["channels"].append({"id": "chan-new", "name": "Voice"})
    with pytest.raises(DomainError, match="channels Voice does not exist on the account"):
        make_plan(desired, pull(stand_in, list(desired)))
