"""Account settings on SQLite and PostgreSQL: save journaled as settings.updated, field errors,
Routing mode refused without an active topology (saying what is missing), refused while the active
topology has problems, accepted with a valid one; the permission."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Signed
from sqlalchemy import update
from test_roles_service import journal, user_with_role

from engage_desktop.models import Topology
from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.routing.topologies import TopologyService
from engage_desktop.services.settings.account import AccountForm, AccountSettingsService

VALID_CONFIG = {"queues": [], "default_queue": {"steps": [{"target": {"any_agent": True}}]}}


def test_account_settings_save_and_journal(admin: Signed) -> None:
    service = AccountSettingsService(admin.ctx)
    detail = service.get_account_settings()
    assert detail.form.beginning_of_week == "monday" and not detail.form.routing_mode
    form = replace(
        detail.form,
        name="Northwind",
        timezone="Europe/Paris",
        beginning_of_week="sunday",
        content_languages=("fr", "en", "fr", " "),
        spellchecking=False,
        urgent_task_threshold=90,
    )
    saved = service.update_account_settings(form, version=detail.version)
    assert saved.form.content_languages == ("fr", "en") and saved.form.name == "Northwind"
    [event] = journal(admin, "settings.updated")
    assert event.changes["beginning_of_week"] == {"from": "monday", "to": "sunday"}
    assert event.changes["spellchecking"] == {"from": True, "to": False}


def test_account_settings_field_errors(admin: Signed) -> None:
    service = AccountSettingsService(admin.ctx)
    bad = AccountForm(
        name="",
        locale="xx",
        timezone="Nowhere/City",
        beginning_of_week="friday",
        content_languages=("french!",),
        urgent_task_threshold=0,
    )
    with pytest.raises(ValidationError) as caught:
        service.update_account_settings(bad)
    assert set(caught.value.errors) == {
        "name",
        "locale",
        "timezone",
        "beginning_of_week",
        "content_languages",
        "urgent_task_threshold",
    }
    assert not journal(admin, "settings.updated")


def test_routing_mode_needs_an_active_valid_topology(admin: Signed) -> None:
    service = AccountSettingsService(admin.ctx)
    assert "active topology" in service.get_account_settings().routing_problems[0]
    with pytest.raises(ValidationError) as caught:
        service.update_account_settings(AccountForm(routing_mode=True))
    assert "Routing › Topologies" in caught.value.errors["routing_mode"]

    topologies = TopologyService(admin.ctx)
    created = topologies.create_topology("Weekdays", VALID_CONFIG)
    topologies.activate_topology(created.id)
    # A topology saved before a referenced object went away can have problems: simulate it.
    with admin.db.session_factory() as session, session.begin():
        broken = {"queues": [{"name": "vip", "match": {"category_ids": ["gone"]}, "steps": []}]}
        session.execute(update(Topology).values(config=broken))
    with pytest.raises(ValidationError) as caught:
        service.update_account_settings(AccountForm(routing_mode=True))
    assert "Weekdays" in caught.value.errors["routing_mode"]

    with admin.db.session_factory() as session, session.begin():
        session.execute(update(Topology).values(config=VALID_CONFIG))
    saved = service.update_account_settings(AccountForm(routing_mode=True))
    assert saved.form.routing_mode and saved.routing_problems == ()


def test_account_settings_need_update_settings(admin: Signed) -> None:
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        AccountSettingsService(reader.ctx).get_account_settings()
    with pytest.raises(PermissionDenied):
        AccountSettingsService(reader.ctx).update_account_settings(AccountForm())
