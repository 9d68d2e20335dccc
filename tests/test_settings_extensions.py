"""Extensions on SQLite and PostgreSQL: switching needs create_and_destroy_extension, settings need
update_extension, both journaled; a feature off hides its pages (navigation) and its permissions
(role editor), refuses its service, and deletes nothing: on again, its data is back."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.services.core.errors import NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.routing.rule_conditions import (
    Action,
    ActionKind,
    ConditionKind,
    Group,
    Leaf,
    RuleSpec,
    Trigger,
)
from engage_desktop.services.routing.rules import RuleForm, RuleService
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.users.roles import RoleService
from engage_desktop.views.shell.navigation_map import visible_sections


def page_keys(permissions: frozenset[str], off: frozenset[str]) -> set[str]:
    return {p.key for _s, pages in visible_sections(permissions, off) for p in pages}


def test_switch_off_hides_pages_and_permissions_keeps_data_and_on_restores(admin: Signed) -> None:
    extensions = ExtensionService(admin.ctx)
    rules = RuleService(admin.ctx)
    spec = RuleSpec(
        Trigger.MESSAGE_RECEIVED,
        Group("all", (Leaf(ConditionKind.TEXT_CONTAINS, value="x"),)),
        (Action(ActionKind.SET_PRIORITY, priority=90),),
    )
    rules.create_rule(RuleForm("Keep me", spec))
    everything = admin.user.permissions
    assert "routing.rules" in page_keys(everything, extensions.disabled_names())

    extensions.set_extension_enabled("rules_engine", False)
    off = extensions.disabled_names()
    assert off == {"rules_engine"}
    assert "routing.rules" not in page_keys(everything, off)
    assert "settings.extensions" in page_keys(everything, off)
    shown = {c.permission.value: c.visible for c in RoleService(admin.ctx).permission_choices()}
    assert not shown["manage_rules_engine_rules"] and shown["manage_tags"]
    with pytest.raises(PermissionDenied):
        rules.list_rules(ListQuery())
    [row] = [r for r in extensions.list_extensions(ListQuery()) if r.name == "rules_engine"]
    assert not row.enabled and row.permissions == ("manage_rules_engine_rules",)

    extensions.set_extension_enabled("rules_engine", True)
    assert [r.name for r in rules.list_rules(ListQuery())] == ["Keep me"]
    assert RoleService(admin.ctx).permission_choices()
    names = [e.name for e in journal(admin, "extension.enabled", "extension.disabled")][::-1]
    assert names == ["extension.disabled", "extension.enabled"]
    extensions.set_extension_enabled("rules_engine", True)  # no change, no event
    assert len(journal(admin, "extension.enabled")) == 1


def test_settings_are_a_json_object_journaled(admin: Signed) -> None:
    extensions = ExtensionService(admin.ctx)
    row = extensions.update_extension("surveys", '{"send_after_hours": 2, "url": "https://s.example"}')
    assert row.settings == {"send_after_hours": 2, "url": "https://s.example"}
    for bad in ("[1, 2]", "{not json", '{"a": "\\u0000"}', "x" * 30_000):
        with pytest.raises(ValidationError):
            extensions.update_extension("surveys", bad)
    with pytest.raises(NotFound):
        extensions.update_extension("teleportation", "{}")
    [event] = journal(admin, "extension.updated")
    assert event.changes["settings"]["to"]["send_after_hours"] == 2
    assert extensions.update_extension("surveys", "").settings == {}


def test_permissions_split_between_switching_and_settings(admin: Signed) -> None:
    updater = user_with_role(admin, "Updaters", ["update_extension"], "updater")
    switcher = user_with_role(admin, "Switchers", ["create_and_destroy_extension"], "switcher")
    with pytest.raises(PermissionDenied):
        ExtensionService(updater.ctx).set_extension_enabled("video", False)
    ExtensionService(updater.ctx).update_extension("video", '{"max_minutes": 30}')
    with pytest.raises(PermissionDenied):
        ExtensionService(switcher.ctx).update_extension("video", "{}")
    ExtensionService(switcher.ctx).set_extension_enabled("video", False)
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        ExtensionService(reader.ctx).list_extensions(ListQuery())
    assert ExtensionService(reader.ctx).disabled_names() == {"video"}
