"""Identity tags at the service layer, on SQLite and PostgreSQL: the maintained customer count stays
equal to a real count through tagging, merge and delete; rename and merge rewrite folder queries;
a tag used by a folder is not deleted; permissions; journal; hostile names."""

from __future__ import annotations

import pytest
from conftest import Signed
from digital_helpers import add_group, community, counters_match, journal, tag_counts, user_with_role

from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.folders import FolderForm, FolderService
from engage_desktop.services.digital.identity_groups import IdentityGroupService
from engage_desktop.services.digital.tags import TagService


@pytest.fixture
def groups(admin: Signed) -> list[int]:
    fb = community(admin, "Facebook", "facebook")
    return [add_group(admin, fb, {"display_name": f"P{n}"}, firstname=f"P{n}")[0] for n in range(5)]


def test_counts_follow_tagging_merge_and_delete(admin: Signed, groups: list[int]) -> None:
    tags = TagService(admin.ctx)
    profiles = IdentityGroupService(admin.ctx)
    vip, press, gold = (tags.create_tag(n) for n in ("VIP", "Press", "Gold"))
    for g in groups[:3]:
        profiles.set_group_tags(g, [vip.id])
    profiles.set_group_tags(groups[2], [vip.id, press.id])
    profiles.set_group_tags(groups[3], [press.id, gold.id])
    assert tag_counts(admin) == {"VIP": (3, 3), "Press": (2, 2), "Gold": (1, 1)}
    profiles.set_group_tags(groups[0], [])  # untag
    assert tags.get_tag(vip.id).group_count == 2

    merged = tags.merge_tags([press.id, gold.id], vip.id)
    # groups 1, 2 had VIP; 2 and 3 had Press; 3 had Gold: VIP now on 1, 2, 3.
    assert merged.group_count == 3
    assert tag_counts(admin) == {"VIP": (3, 3)}
    with pytest.raises(NotFound):
        tags.get_tag(press.id)

    lost = tags.delete_tag(vip.id)
    assert lost == 3
    assert tag_counts(admin) == {}
    names = [e.name for e in journal(admin, "tag.created", "tag.updated", "tag.destroyed")]
    assert names.count("tag.destroyed") == 3 and names.count("tag.created") == 3
    assert counters_match(admin)


def test_list_sorts_by_count_and_searches(admin: Signed, groups: list[int]) -> None:
    tags = TagService(admin.ctx)
    profiles = IdentityGroupService(admin.ctx)
    few, many = tags.create_tag("Churn risk"), tags.create_tag("Éditeur")
    for g in groups:
        profiles.set_group_tags(g, [many.id])
    profiles.set_group_tags(groups[0], [many.id, few.id])
    rows = tags.list_tags(ListQuery(sort="group_count", descending=True))
    assert [(r.name, r.group_count) for r in rows] == [("Éditeur", 5), ("Churn risk", 1)]
    assert [r.name for r in tags.list_tags(ListQuery(search="CHURN"))] == ["Churn risk"]
    assert tags.count_tags(ListQuery(search="éDIT")) == 1


def test_rename_and_merge_rewrite_folders_and_delete_refuses_a_used_tag(admin: Signed) -> None:
    tags = TagService(admin.ctx)
    folders = FolderService(admin.ctx)
    vip, press = tags.create_tag("VIP"), tags.create_tag("Press")
    folder = folders.create_folder(FolderForm("Important", 'tag:VIP -tag:press text:"refund now"'))
    tags.update_tag(vip.id, "Very important")
    assert folders.get_folder(folder.id).query == 'tag:"Very important" -tag:press text:"refund now"'
    tags.merge_tags([press.id], vip.id)
    assert (
        folders.get_folder(folder.id).query == 'tag:"Very important" -tag:"Very important" text:"refund now"'
    )
    impact = tags.deletion_impact(vip.id)
    assert impact.folders == ("Important",)
    with pytest.raises(ValidationError) as refused:
        tags.delete_tag(vip.id)
    assert "Important" in refused.value.message
    assert tags.get_tag(vip.id).name == "Very important"


def test_names_unique_ignoring_case_and_hostile_text(admin: Signed) -> None:
    tags = TagService(admin.ctx)
    tags.create_tag("  VIP  ")
    with pytest.raises(ValidationError) as taken:
        tags.create_tag("vip")
    assert taken.value.field == "name"
    for hostile in ("a\x00b", "\ud800", "", "x" * 1_000_000):
        with pytest.raises(ValidationError):
            tags.create_tag(hostile)
    formula = tags.create_tag("=cmd|' /C calc'!A0")
    assert tags.get_tag(formula.id).name == "=cmd|' /C calc'!A0"
    assert tags.count_tags(ListQuery()) == 2


def test_refusals_without_manage_tags(admin: Signed) -> None:
    reader = user_with_role(admin, "Reader", ["read_identity"], "reader")
    vip = TagService(admin.ctx).create_tag("VIP")
    assert [r.name for r in TagService(reader.ctx).list_tags(ListQuery())] == ["VIP"]
    for call in (
        lambda s: s.create_tag("Other"),
        lambda s: s.update_tag(vip.id, "Other"),
        lambda s: s.delete_tag(vip.id),
        lambda s: s.merge_tags([vip.id], vip.id),
    ):
        with pytest.raises(PermissionDenied):
            call(TagService(reader.ctx))
    assert TagService(admin.ctx).get_tag(vip.id).name == "VIP"
