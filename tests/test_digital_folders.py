"""Folders at the service layer, on SQLite and PostgreSQL: the tree (create, move, no cycle,
delete with the branch), the query checked (span of the fault, tags must exist), restrictions by
role/team/user, and the live count of matching customer profiles (tag conditions included)."""

from __future__ import annotations

import pytest
from conftest import Signed
from digital_helpers import add_group, journal, user_with_role
from sqlalchemy import select
from users_helpers import add_member, build_world

from engage_desktop.models import User
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import GroupChanges, IdentityGroupService
from engage_desktop.services.digital.search_query import QuerySyntaxError
from engage_desktop.services.digital.tags import TagService


def test_tree_moves_and_cycles(admin: Signed) -> None:
    folders = FolderService(admin.ctx)
    inbox = folders.create_folder(FolderForm("Inbox"))
    vip = folders.create_folder(FolderForm("VIP", parent_id=inbox.id))
    press = folders.create_folder(FolderForm("Press", parent_id=inbox.id))
    later = folders.create_folder(FolderForm("Later"))
    assert [(n.label, n.depth) for n in folders.list_tree()] == [
        ("Inbox", 0),
        ("VIP", 1),
        ("Press", 1),
        ("Later", 0),
    ]
    folders.move_folder(press.id, inbox.id, 0)
    folders.move_folder(later.id, vip.id, 0)
    assert [(n.label, n.depth) for n in folders.list_tree()] == [
        ("Inbox", 0),
        ("Press", 1),
        ("VIP", 1),
        ("Later", 2),
    ]
    with pytest.raises(ValidationError) as cycle:
        folders.move_folder(inbox.id, later.id, 0)
    assert cycle.value.field == "parent_id"
    assert folders.delete_folder(vip.id) == 2
    assert [n.label for n in folders.list_tree()] == ["Inbox", "Press"]
    assert len(journal(admin, "folder.destroyed")) == 2


def test_query_errors_carry_their_span(admin: Signed) -> None:
    folders = FolderService(admin.ctx)
    TagService(admin.ctx).create_tag("VIP")
    with pytest.raises(QuerySyntaxError) as unknown_tag:
        folders.create_folder(FolderForm("Press", "refund tag:Press"))
    assert (unknown_tag.value.start, unknown_tag.value.end) == (11, 16)
    with pytest.raises(QuerySyntaxError) as bad_keyword:
        folders.count_query("tag:VIP colour:red")
    assert (bad_keyword.value.start, bad_keyword.value.end) == (8, 14)
    with pytest.raises(ValidationError) as both:
        folders.create_folder(FolderForm("", 'tag:"VIP'))
    assert set(both.value.errors) == {"label", "query"}
    created = folders.create_folder(FolderForm("VIP", "  tag:vip  "))
    assert created.query == "tag:vip"


def test_live_count_of_customers(admin: Signed) -> None:
    world = build_world(admin)
    fb = world.communities["Facebook"]
    tags = TagService(admin.ctx)
    vip, press = tags.create_tag("VIP"), tags.create_tag("Press")
    profiles = IdentityGroupService(admin.ctx)
    made = [
        add_group(admin, fb, {"display_name": n}, firstname=n, company=c)[0]
        for n, c in (("Chloé", "Acme"), ("Marc", "Globex"), ("Zoé", "Acme"), ("Ana", ""))
    ]
    profiles.set_group_tags(made[0], [vip.id])
    profiles.set_group_tags(made[1], [vip.id, press.id])
    profiles.set_group_tags(made[2], [press.id])
    profiles.update_identity_group(made[3], GroupChanges(notes="call back"))
    folders = FolderService(admin.ctx)

    def count(query: str) -> int | None:
        return folders.count_query(query).count

    assert count("") == 4
    assert count("tag:VIP") == 2
    assert count("tag:VIP tag:Press") == 3  # a repeated keyword: either
    assert count("tag:VIP -tag:Press") == 1
    assert count("-tag:VIP -tag:Press") == 1
    assert count("company:acme") == 2
    assert count("chlo") == 1
    assert count("has_notes:yes") == 1
    assert count("community:Facebook") == 4
    assert count("community:E-mail") == 0
    blocked = folders.count_query("tag:VIP category:Refunds status:open")
    assert blocked.count is None and blocked.thread_keywords == ("category", "status")


def test_restrictions_by_role_team_and_user(admin: Signed) -> None:
    world = build_world(admin)
    agent_a = user_with_role(admin, "Night", ["receive_tasks"], "nightowl")
    agent_b = user_with_role(admin, "Day", ["receive_tasks"], "daybird")
    carol = user_with_role(admin, "Carol role", ["receive_tasks"], "carol")
    add_member(admin, world.teams["Billing"], agent_b.user.id)
    with admin.db.session_factory() as session:
        night_role = session.scalar(select(User.role_id).where(User.id == agent_a.user.id))
    assert night_role is not None
    folders = FolderService(admin.ctx)
    everyone = folders.create_folder(FolderForm("Everyone"))
    night = folders.create_folder(FolderForm("Night shift", role_ids=(night_role,)))
    billing = folders.create_folder(FolderForm("Billing", team_ids=(world.teams["Billing"],)))
    inside = folders.create_folder(
        FolderForm("Billing › Carol", parent_id=billing.id, user_ids=(carol.user.id,))
    )
    mine = folders.create_folder(FolderForm("Carol only", user_ids=(carol.user.id,)))
    assert everyone.restricted is False and inside.restricted

    def seen(user_id: int) -> list[str]:
        return [n.label for n in folders.folders_visible_to(user_id)]

    assert seen(agent_a.user.id) == ["Everyone", "Night shift"]
    assert seen(agent_b.user.id) == ["Everyone", "Billing"]
    assert seen(carol.user.id) == ["Everyone", "Carol only"]  # not inside a parent she cannot see
    with pytest.raises(ValidationError) as gone:
        folders.update_folder(mine.id, FolderForm("Carol only", user_ids=(carol.user.id, 999_999)))
    assert gone.value.field == "user_ids"
    assert night.role_ids == (night_role,)
    with pytest.raises(PermissionDenied):
        FolderService(agent_a.ctx).create_folder(FolderForm("Mine"))
    with pytest.raises(PermissionDenied):
        FolderService(agent_a.ctx).count_query("tag:x")


def test_hostile_text(admin: Signed) -> None:
    folders = FolderService(admin.ctx)
    for label in ("a\x00", "\udc80", "x" * 1_000_000):
        with pytest.raises(ValidationError):
            folders.create_folder(FolderForm(label))
    with pytest.raises(ValidationError):
        folders.create_folder(FolderForm("Big", "refund " * 400))
    stored = folders.create_folder(FolderForm("=cmd|' /C calc'!A0", 'text:"=1+1" -"<script>"'))
    assert folders.get_folder(stored.id).query == 'text:"=1+1" -"<script>"'
