"""Customer profiles at the service layer, on SQLite and PostgreSQL: search, detail across
communities, edits; merging an identity (the group's values win, a profile left empty folds in,
tag counts follow) and unmerging it (what it brought goes back), both journaled; refusals."""

from __future__ import annotations

import pytest
from conftest import Signed
from digital_helpers import (
    add_group,
    community,
    counters_match,
    group_of,
    journal,
    tag_counts,
    user_with_role,
)
from sqlalchemy import func, select, update
from test_search_index import assert_search_tables_intact

from engage_desktop.models.channels import IdentityGroup
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.custom_fields import CustomFieldForm, CustomFieldService
from engage_desktop.services.digital.identity_groups import GroupChanges, IdentityGroupService
from engage_desktop.services.digital.identity_merge import IdentityMergeService
from engage_desktop.services.digital.tags import TagService


def groups_count(admin: Signed) -> int:
    with admin.db.session_factory() as session:
        return int(session.scalar(select(func.count(IdentityGroup.id))) or 0)


def test_search_detail_and_edit(admin: Signed) -> None:
    fb, mail = community(admin, "Facebook", "facebook"), community(admin, "Mail", "email")
    chloe, (on_fb,) = add_group(
        admin,
        fb,
        {"display_name": "Chloé D."},
        firstname="Chloé",
        lastname="Dubois",
        emails=["chloe@example.com"],
    )
    add_group(admin, mail, {"display_name": "Marc"}, firstname="Marc", company="Acme")
    profiles = IdentityGroupService(admin.ctx)
    assert [r.name for r in profiles.list_identity_groups(ListQuery(search="CHLOE dub"))] == ["Chloé Dubois"]
    assert [r.name for r in profiles.list_identity_groups(ListQuery(search="ac"))] == ["Marc"]
    assert profiles.count_identity_groups(ListQuery(search="example.com")) == 1
    assert [r.name for r in profiles.list_identity_groups(ListQuery(sort="name", descending=True))] == [
        "Marc",
        "Chloé Dubois",
    ]
    fields = CustomFieldService(admin.ctx)
    fields.create_custom_field(CustomFieldForm("IdentityGroup", "loyalty", "Loyalty", "integer"))
    profiles.set_custom_field_values(chloe, {"loyalty": " 42 "})
    with pytest.raises(ValidationError) as bad:
        profiles.set_custom_field_values(chloe, {"loyalty": "lots"})
    assert bad.value.field == "loyalty"
    detail = profiles.update_identity_group(chloe, GroupChanges(notes="Prefers e-mail.\nCalls on Mondays."))
    assert detail.notes == "Prefers e-mail.\nCalls on Mondays."
    assert [(c.key, c.value) for c in detail.custom_fields] == [("loyalty", 42)]
    assert [(i.id, i.community_name) for i in detail.identities] == [(on_fb, "Facebook")]
    with pytest.raises(ValidationError):
        profiles.update_identity_group(chloe, GroupChanges(firstname="a\x00b"))
    stale = detail.version
    profiles.update_identity_group(chloe, GroupChanges(company="Acme"))
    from engage_desktop.services.core.errors import Conflict

    with pytest.raises(Conflict):
        profiles.update_identity_group(chloe, GroupChanges(company="Other"), version=stale)
    assert [e.name for e in journal(admin, "identity_group.updated")].count("identity_group.updated") == 3


def test_merge_group_wins_and_unmerge_gives_back(admin: Signed) -> None:
    fb, mail = community(admin, "Facebook", "facebook"), community(admin, "Mail", "email")
    target, (fb_identity,) = add_group(
        admin, fb, {"display_name": "Chloé"}, firstname="Chloé", lastname="", emails=["chloe@example.com"]
    )
    other, (mail_identity,) = add_group(
        admin,
        mail,
        {
            "display_name": "C. Dubois",
            "email": "c.dubois@work.example",
            "firstname": "Cloe",
            "lastname": "Dubois",
        },
        firstname="Cloe",
        lastname="Dubois",
        company="Acme",
        emails=["c.dubois@work.example"],
        notes="VIP since 2020",
    )
    tags = TagService(admin.ctx)
    vip, press = tags.create_tag("VIP"), tags.create_tag("Press")
    profiles = IdentityGroupService(admin.ctx)
    profiles.set_group_tags(target, [press.id])
    profiles.set_group_tags(other, [vip.id, press.id])
    before = groups_count(admin)

    merged = IdentityMergeService(admin.ctx).merge_identity(mail_identity, target)

    assert merged.firstname == "Chloé"  # the group's value wins
    assert merged.lastname == "Dubois" and merged.company == "Acme"  # gaps filled
    assert set(merged.emails) == {"chloe@example.com", "c.dubois@work.example"}
    assert merged.notes == "VIP since 2020"
    assert {name for _, name in merged.tags} == {"VIP", "Press"}
    assert {i.id for i in merged.identities} == {fb_identity, mail_identity}
    assert groups_count(admin) == before - 1  # the emptied profile folded in
    assert tag_counts(admin) == {"VIP": (1, 1), "Press": (1, 1)}
    (event,) = journal(admin, "identity.merged")
    assert event.changes["lastname"] == {"from": "", "to": "Dubois"}

    after = IdentityMergeService(admin.ctx).remove_identity_from_group(mail_identity, target)

    assert after.firstname == "Chloé" and after.lastname == "" and after.company == ""
    assert after.emails == ("chloe@example.com",)
    assert after.notes == "" and [n for _, n in after.tags] == ["Press"]
    own = group_of(admin, mail_identity)
    assert own is not None and own != target
    back = profiles.get_identity_group(own)
    assert (back.firstname, back.lastname, back.company, back.notes) == (
        "Cloe",
        "Dubois",
        "Acme",
        "VIP since 2020",
    )
    assert {n for _, n in back.tags} == {"VIP"}
    assert tag_counts(admin) == {"VIP": (1, 1), "Press": (1, 1)}
    assert counters_match(admin)
    assert len(journal(admin, "identity.unmerged")) == 1
    assert_search_tables_intact(admin.db)  # the profiles' FTS index follows merges and unmerges
    assert [r.name for r in profiles.list_identity_groups(ListQuery(search="work.example"))] == [
        "Cloe Dubois"
    ]
    with pytest.raises(ValidationError):
        IdentityMergeService(admin.ctx).remove_identity_from_group(fb_identity, target)  # its only identity


def test_merge_keeps_a_profile_that_still_has_identities(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    target, _ = add_group(admin, fb, {"display_name": "A"}, firstname="A")
    shared, (first, second) = add_group(
        admin, fb, {"display_name": "B1"}, {"display_name": "B2"}, firstname="B"
    )
    IdentityMergeService(admin.ctx).merge_identity(first, target)
    assert group_of(admin, second) == shared
    with pytest.raises(ValidationError):
        IdentityMergeService(admin.ctx).merge_identity(first, target)


def test_refusals(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    target, (one,) = add_group(admin, fb, {"display_name": "A"}, firstname="A")
    _, (two,) = add_group(admin, fb, {"display_name": "B"}, firstname="B")
    reader = user_with_role(admin, "Reader", ["read_identity"], "reader")
    assert IdentityGroupService(reader.ctx).get_identity_group(target).firstname == "A"
    with pytest.raises(PermissionDenied):
        IdentityMergeService(reader.ctx).merge_identity(two, target)
    with pytest.raises(PermissionDenied):
        IdentityGroupService(reader.ctx).update_identity_group(target, GroupChanges(notes="x"))
    nobody = user_with_role(admin, "Nobody", [], "nobody")
    with pytest.raises(PermissionDenied):
        IdentityGroupService(nobody.ctx).list_identity_groups(ListQuery())
    assert group_of(admin, two) != target and group_of(admin, one) == target


def test_hostile_text_is_refused_cleanly_or_kept_as_is(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    group, _ = add_group(admin, fb, {"display_name": "A"}, firstname="A")
    profiles = IdentityGroupService(admin.ctx)
    fields = CustomFieldService(admin.ctx)
    fields.create_custom_field(CustomFieldForm("IdentityGroup", "remark", "Remark", "text"))
    for changes in (
        GroupChanges(notes="x" * 1_000_000),
        GroupChanges(notes="a\x00b"),
        GroupChanges(company="\ud800"),
        GroupChanges(emails=("a\x00@b.c",)),
    ):
        with pytest.raises(ValidationError):
            profiles.update_identity_group(group, changes)
    with pytest.raises(ValidationError):
        profiles.set_custom_field_values(group, {"remark": "bad\x07bell"})
    with pytest.raises(ValidationError):
        profiles.set_custom_field_values(group, {"no_such_field": "x"})
    with pytest.raises(ValidationError):
        fields.create_custom_field(
            CustomFieldForm("IdentityGroup", "tier", "Tier", "single_choice", ("ok", "\udc80"))
        )
    formula = "=cmd|' /C calc'!A0"
    kept = profiles.update_identity_group(group, GroupChanges(notes=f"{formula}\n<script>alert(1)</script>"))
    assert kept.notes == f"{formula}\n<script>alert(1)</script>"
    assert profiles.set_custom_field_values(group, {"remark": formula}).custom_fields[0].value == formula
    assert profiles.get_identity_group(group).firstname == "A"


def test_profile_save_lands_whole_or_not_at_all(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    group, _ = add_group(admin, fb, {"display_name": "A"}, firstname="A")
    vip = TagService(admin.ctx).create_tag("VIP")
    CustomFieldService(admin.ctx).create_custom_field(
        CustomFieldForm("IdentityGroup", "orders", "Orders", "integer")
    )
    profiles = IdentityGroupService(admin.ctx)
    version = profiles.get_identity_group(group).version
    with pytest.raises(ValidationError) as refused:
        profiles.update_profile(
            group, GroupChanges(notes="new"), [vip.id], {"orders": "many"}, version=version
        )
    assert refused.value.field == "orders"
    unchanged = profiles.get_identity_group(group)
    assert (unchanged.notes, unchanged.tags) == ("", ())
    assert tag_counts(admin) == {"VIP": (0, 0)}
    saved = profiles.update_profile(
        group, GroupChanges(notes="new"), [vip.id], {"orders": "3"}, version=version
    )
    assert (saved.notes, [n for _, n in saved.tags], saved.custom_fields[0].value) == ("new", ["VIP"], 3)
    assert tag_counts(admin) == {"VIP": (1, 1)}


def test_an_identity_merged_twice_is_only_marked_merged_where_it_is(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    first, _ = add_group(admin, fb, {"display_name": "A"}, firstname="A")
    second, _ = add_group(admin, fb, {"display_name": "B"}, firstname="B")
    _, (moving, _stay) = add_group(admin, fb, {"display_name": "M"}, {"display_name": "N"}, firstname="M")
    merges = IdentityMergeService(admin.ctx)
    merges.merge_identity(moving, first)
    after = merges.merge_identity(moving, second)
    assert [i.merged for i in after.identities if i.id == moving] == [True]
    left = IdentityGroupService(admin.ctx).get_identity_group(first)
    assert [i.id for i in left.identities] != [moving] and not any(i.merged for i in left.identities)


def test_saving_a_profile_with_nothing_changed_writes_nothing_and_says_nothing(admin: Signed) -> None:
    """The detail panel's Save pressed twice, or on an untouched profile: no error, no journal
    event, no new version."""
    fb = community(admin, "Facebook", "facebook")
    group, _ = add_group(admin, fb, {"display_name": "S"}, firstname="S")
    fields = CustomFieldService(admin.ctx)
    fields.create_custom_field(CustomFieldForm("IdentityGroup", "orders", "Orders", "integer"))
    fields.create_custom_field(CustomFieldForm("IdentityGroup", "opt_in", "Opt-in", "boolean"))
    vip = TagService(admin.ctx).create_tag("VIP")
    profiles = IdentityGroupService(admin.ctx)
    first = profiles.update_profile(
        group, GroupChanges(notes="Calls back\nafter 12"), [vip.id], {"orders": "3", "opt_in": True}
    )
    events = len(journal(admin, "identity_group.updated"))
    again = profiles.update_profile(
        group,
        GroupChanges(notes="Calls back\nafter 12"),
        [vip.id],
        {"orders": "3", "opt_in": True},
        version=first.version,
    )
    assert again.version == first.version
    assert len(journal(admin, "identity_group.updated")) == events
    with admin.db.session_factory() as session:  # keys left empty, as demo data used to leave them
        session.execute(update(IdentityGroup).values(name_key="", search_key=""))
        session.commit()
    untouched = profiles.update_profile(
        group, GroupChanges(notes="Calls back\nafter 12"), [vip.id], {"orders": 3}, version=first.version
    )
    assert untouched.version == first.version
    assert len(journal(admin, "identity_group.updated")) == events
