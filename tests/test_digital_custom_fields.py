"""Custom fields at the service layer: keys snake_case and unique per type, positions, and type
changes over stored values — pure conversions, a change that asks before converting, a change
refused naming the values that do not convert, a key rename carrying the values, deletion."""

from __future__ import annotations

import pytest
from conftest import Signed
from digital_helpers import add_group, community, journal

from engage_desktop.services.core.errors import ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.digital.custom_field_storage import Progress, Stopped
from engage_desktop.services.digital.custom_field_values import NotConvertible, convert
from engage_desktop.services.digital.custom_fields import (
    ConversionNeeded,
    CustomFieldForm,
    CustomFieldService,
)
from engage_desktop.services.digital.identity_groups import IdentityGroupService


@pytest.mark.parametrize(
    ("value", "to_type", "choices", "expected"),
    [
        ("42", "integer", (), 42),
        (" -7 ", "integer", (), -7),
        ("3.0", "integer", (), 3),
        (3.5, "string", (), "3.5"),
        ("3,5", "float", (), 3.5),
        (True, "string", (), "true"),
        ("Yes", "boolean", (), True),
        ("off", "boolean", (), False),
        (1, "boolean", (), True),
        ("2026-02-28", "date", (), "2026-02-28"),
        ("gold", "single_choice", ("Gold", "Silver"), "Gold"),
        ("Gold", "multiple_choice", ("Gold", "Silver"), ["Gold"]),
        (["Silver"], "single_choice", ("Gold", "Silver"), "Silver"),
        (["Gold", "Silver"], "text", (), "Gold, Silver"),
    ],
)
def test_conversions(value: object, to_type: str, choices: tuple[str, ...], expected: object) -> None:
    assert convert(value, to_type, choices) == expected


@pytest.mark.parametrize(
    ("value", "to_type", "choices"),
    [
        ("lots", "integer", ()),
        ("3.5", "integer", ()),
        ("nan", "float", ()),
        ("maybe", "boolean", ()),
        ("31/02/2026", "date", ()),
        ("Bronze", "single_choice", ("Gold",)),
        (["Gold", "Silver"], "single_choice", ("Gold", "Silver")),
        ("line\nbreak", "string", ()),
        ("x" * 300, "string", ()),
        (True, "float", ()),
    ],
)
def test_conversions_refused(value: object, to_type: str, choices: tuple[str, ...]) -> None:
    with pytest.raises(NotConvertible):
        convert(value, to_type, choices)


def test_keys_positions_and_listing(admin: Signed) -> None:
    fields = CustomFieldService(admin.ctx)
    a = fields.create_custom_field(CustomFieldForm("IdentityGroup", "loyalty_tier", "Loyalty", "string"))
    b = fields.create_custom_field(CustomFieldForm("IdentityGroup", "birthday", "Birthday", "date"))
    fields.create_custom_field(
        CustomFieldForm("Intervention", "loyalty_tier", "Tier", "string")
    )  # other type
    for bad in ("Loyalty", "2fast", "with space", "é", "", "x" * 65):
        with pytest.raises(ValidationError) as refused:
            fields.create_custom_field(CustomFieldForm("IdentityGroup", bad, "L", "string"))
        assert refused.value.field == "key"
    with pytest.raises(ValidationError) as taken:
        fields.create_custom_field(CustomFieldForm("IdentityGroup", "loyalty_tier", "Again", "string"))
    assert taken.value.field == "key"
    with pytest.raises(ValidationError) as no_choice:
        fields.create_custom_field(CustomFieldForm("IdentityGroup", "tier", "Tier", "single_choice"))
    assert no_choice.value.field == "choices"
    fields.move_custom_field(b.id, 0)
    rows = fields.list_custom_fields(ListQuery(filters={"associated_type_name": "IdentityGroup"}))
    assert [(r.key, r.position) for r in rows] == [("birthday", 0), ("loyalty_tier", 1)]
    assert a.id == rows[1].id


def test_type_change_asks_converts_or_names_bad_values(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    fields = CustomFieldService(admin.ctx)
    profiles = IdentityGroupService(admin.ctx)
    score = fields.create_custom_field(CustomFieldForm("IdentityGroup", "score", "Score", "string"))
    groups = [add_group(admin, fb, {"display_name": f"P{n}"}, firstname=f"P{n}")[0] for n in range(4)]
    for group, value in zip(groups, ("12", "7", "n/a", "many"), strict=True):
        profiles.set_custom_field_values(group, {"score": value})

    impact = fields.type_change_impact(score.id, "integer")
    assert (impact.values, impact.not_convertible, set(impact.examples)) == (4, 2, {"n/a", "many"})
    with pytest.raises(ValidationError) as refused:
        fields.update_custom_field(score.id, CustomFieldForm("IdentityGroup", "score", "Score", "integer"))
    assert "n/a" in refused.value.message and "many" in refused.value.message
    assert fields.list_custom_fields(ListQuery())[0].type == "string"

    profiles.set_custom_field_values(groups[2], {"score": None})
    profiles.set_custom_field_values(groups[3], {"score": "3"})
    form = CustomFieldForm("IdentityGroup", "score", "Score", "integer")
    with pytest.raises(ConversionNeeded) as asked:
        fields.update_custom_field(score.id, form)
    assert asked.value.count == 3
    fields.update_custom_field(score.id, form, convert=True)
    values = [dict((c.key, c.value) for c in profiles.get_identity_group(g).custom_fields) for g in groups]
    assert values == [{"score": 12}, {"score": 7}, {"score": None}, {"score": 3}]

    fields.update_custom_field(score.id, CustomFieldForm("IdentityGroup", "points", "Points", "integer"))
    assert profiles.get_identity_group(groups[0]).custom_fields[0].key == "points"
    assert profiles.get_identity_group(groups[0]).custom_fields[0].value == 12

    assert fields.delete_custom_field(score.id) == 3
    assert profiles.get_identity_group(groups[0]).custom_fields == ()
    (deleted,) = journal(admin, "custom_field.destroyed")
    assert deleted.details["values_removed"] == 3


def test_choice_values_removed_while_used_are_named(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    fields = CustomFieldService(admin.ctx)
    tier = fields.create_custom_field(
        CustomFieldForm("IdentityGroup", "tier", "Tier", "single_choice", ("Gold", "Silver"))
    )
    group, _ = add_group(admin, fb, {"display_name": "P"}, firstname="P")
    IdentityGroupService(admin.ctx).set_custom_field_values(group, {"tier": "silver"})
    with pytest.raises(ValidationError) as refused:
        fields.update_custom_field(
            tier.id, CustomFieldForm("IdentityGroup", "tier", "Tier", "single_choice", ("Gold",))
        )
    assert "Silver" in refused.value.message
    with pytest.raises(ConversionNeeded):
        fields.update_custom_field(
            tier.id, CustomFieldForm("IdentityGroup", "tier", "Tier", "multiple_choice", ("Gold", "Silver"))
        )


def test_a_long_conversion_reports_and_can_be_stopped_with_nothing_changed(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    fields = CustomFieldService(admin.ctx)
    profiles = IdentityGroupService(admin.ctx)
    score = fields.create_custom_field(CustomFieldForm("IdentityGroup", "score", "Score", "string"))
    groups = [add_group(admin, fb, {"display_name": f"P{n}"}, firstname=f"P{n}")[0] for n in range(3)]
    for n, group in enumerate(groups):
        profiles.set_custom_field_values(group, {"score": str(n)})
    form = CustomFieldForm("IdentityGroup", "score", "Score", "integer")
    with pytest.raises(Stopped):
        fields.update_custom_field(score.id, form, convert=True, progress=Progress(stop=lambda: True))
    assert fields.list_custom_fields(ListQuery())[0].type == "string"
    assert profiles.get_identity_group(groups[2]).custom_fields[0].value == "2"
    reports: list[tuple[int, int]] = []
    fields.update_custom_field(
        score.id, form, convert=True, progress=Progress(report=lambda d, t: reports.append((d, t)))
    )
    assert reports and reports[0] == (0, 3)
    assert profiles.get_identity_group(groups[2]).custom_fields[0].value == 2
