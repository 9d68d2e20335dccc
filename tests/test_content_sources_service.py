"""Content sources at the service layer, on SQLite and PostgreSQL: every validation and guard."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from channels_helpers import (
    EMAIL_SETTINGS,
    community,
    email_form,
    journal,
    routing_channel,
    sources,
    user_with_role,
)
from conftest import Signed

from engage_desktop.models import Category
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.services.channels.communities import CommunityService
from engage_desktop.services.channels.sources import SourceForm
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery


def categories(admin: Signed, *names: str) -> list[int]:
    with admin.db.session_factory() as session, session.begin():
        made = [Category(name=name) for name in names]
        session.add_all(made)
        session.flush()
        return [c.id for c in made]


def time_sheet(admin: Signed, label: str) -> int:
    with admin.db.session_factory() as session, session.begin():
        sheet = TimeSheet(label=label)
        session.add(sheet)
        session.flush()
        return sheet.id


def field_error(caught: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    assert field in caught.value.errors, caught.value.errors
    return caught.value.errors[field]


def test_create_email_source_with_every_common_field(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    channel = routing_channel(admin, "Front office")
    cat_a, cat_b = categories(admin, "Billing", "Orders")
    sheet = time_sheet(admin, "Office hours")
    form = email_form(
        mail,
        color=6,
        channel_id=channel,
        default_category_ids=(cat_a, cat_b),
        user_thread_default_category_ids=(cat_b,),
        time_sheet_ids=(sheet,),
        sla_response=900,
        sla_threshold=75,
        sla_expired_strategy="half",
        default_task_priority=3,
        intervention_messages_boost=2,
        transferred_tasks_boost=5,
        content_languages=("en", "fr"),
        default_content_language="fr",
        auto_detect_content_language=True,
        hidden_from_stats=True,
        content_archiving=True,
        content_archiving_period=365,
    )
    detail = sources(admin).create_source("email", form, {"imap_password": "pw-1", "smtp_password": "pw-2"})
    assert detail.form == replace(form, settings=detail.form.settings)
    assert detail.form.settings["imap_host"] == "imap.acme.example"
    assert detail.form.settings["reopen_thread_days"] == 30  # default filled in
    assert detail.channel_name == "Front office" and detail.community_name == "Mail"
    assert detail.secret_fields_set == {"imap_password", "smtp_password"}
    assert detail.secrets_changed_at is not None
    assert detail.status == "pending" and detail.missing_secrets == ()
    event = journal(admin, "content_source.created")[0]
    assert event.changes["name"] == {"from": None, "to": "Support mailbox"}
    assert event.changes["default_categories"] == {"added": ["Billing", "Orders"], "removed": []}
    assert event.changes["imap_password"] == "changed"
    assert event.changes["settings.imap_host"] == {"from": None, "to": "imap.acme.example"}


def test_list_shows_type_colour_community_channel_active_status(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    fb = community(admin, "Facebook", "facebook")
    channel = routing_channel(admin, "Social")
    service = sources(admin)
    service.create_source("email", email_form(mail, color=4))
    service.create_source(
        "facebook", SourceForm("Acme page", fb, channel_id=channel, color=1, settings={"account_id": "1234"})
    )
    rows = service.list_sources(ListQuery(sort="name"))
    assert [
        (r.name, r.type_label, r.color, r.community_name, r.channel_name, r.active, r.status) for r in rows
    ] == [
        ("Acme page", "Facebook", 1, "Facebook", "Social", True, "ok"),
        ("Support mailbox", "E-mail", 4, "Mail", None, True, "pending"),
    ]
    assert service.count_sources(ListQuery(filters={"type": "facebook"})) == 1
    assert service.count_sources(ListQuery(filters={"channel_id": channel})) == 1
    assert service.count_sources(ListQuery(search="mailbox")) == 1
    by_community = service.list_sources(ListQuery(sort="community", descending=True))
    assert by_community[0].name == "Support mailbox"


def test_type_must_match_the_community_type(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("email", email_form(fb))
    assert "choose one of type E-mail" in field_error(caught, "community_id")
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("email", email_form(None))  # type: ignore[arg-type]
    field_error(caught, "community_id")
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("telex", email_form(fb))
    field_error(caught, "type")


def test_moving_to_another_community_of_the_same_type_only(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    mail2 = community(admin, "Mail 2", "email")
    sms = community(admin, "SMS", "sms")
    service = sources(admin)
    source = service.create_source("email", email_form(mail))
    moved = service.update_source(source.id, replace(source.form, community_id=mail2))
    assert moved.community_name == "Mail 2"
    with pytest.raises(ValidationError):
        service.update_source(source.id, replace(source.form, community_id=sms))


def test_inactive_community_takes_no_new_source(admin: Signed) -> None:
    chat = community(admin, "Chat", "engage_chat")
    CommunityService(admin.ctx).update_community(chat, "Chat", "engage_chat", False)
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("engage_chat", SourceForm("Web chat", chat))
    assert "inactive" in field_error(caught, "community_id")


def test_names_are_unique(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    service.create_source("email", email_form(mail, "Support"))
    with pytest.raises(ValidationError) as caught:
        service.create_source("email", email_form(mail, "  SUPPORT "))
    assert "already exists" in field_error(caught, "name")
    other = service.create_source("email", email_form(mail, "Billing"))
    with pytest.raises(ValidationError):
        service.update_source(other.id, replace(other.form, name="support"))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": ""}, "name"),
        ({"color": 12}, "color"),
        ({"color": -1}, "color"),
        ({"sla_response": -1}, "sla_response"),
        ({"sla_threshold": -5}, "sla_threshold"),
        ({"sla_threshold": 101}, "sla_threshold"),
        ({"sla_expired_strategy": "panic"}, "sla_expired_strategy"),
        ({"default_task_priority": -1}, "default_task_priority"),
        ({"intervention_messages_boost": -1}, "intervention_messages_boost"),
        ({"transferred_tasks_boost": "3"}, "transferred_tasks_boost"),
        ({"content_languages": ("en", "klingon")}, "content_languages"),
        ({"content_languages": ("en",), "default_content_language": "fr"}, "default_content_language"),
        ({"content_archiving": True, "content_archiving_period": 0}, "content_archiving_period"),
        ({"content_archiving_period": -3}, "content_archiving_period"),
        ({"channel_id": 99999}, "channel_id"),
        ({"default_category_ids": (99999,)}, "default_category_ids"),
        ({"time_sheet_ids": (99999,)}, "time_sheet_ids"),
    ],
)
def test_common_field_validation(admin: Signed, changes: dict[str, Any], field: str) -> None:
    mail = community(admin, "Mail", "email")
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("email", email_form(mail, **changes))
    field_error(caught, field)
    assert sources(admin).count_sources(ListQuery()) == 0


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"imap_host": ""}, "imap_host"),
        ({"imap_host": "bad host.example"}, "imap_host"),
        ({"imap_host": "-bad.example"}, "imap_host"),
        ({"smtp_host": "exa_mple.com"}, "smtp_host"),
        ({"smtp_host": "1.2.3.4.5"}, "smtp_host"),
        ({"imap_port": 0}, "imap_port"),
        ({"imap_port": 65536}, "imap_port"),
        ({"smtp_port": "twenty-five"}, "smtp_port"),
        ({"imap_tls": "maybe"}, "imap_tls"),
        ({"smtp_auth": "kerberos"}, "smtp_auth"),
        ({"imap_username": ""}, "imap_username"),
        ({"mailboxes": []}, "mailboxes"),
        ({"from_address": "not-an-address"}, "from_address"),
        ({"from_address": ""}, "from_address"),
        ({"reopen_thread_days": -1}, "reopen_thread_days"),
        ({"imap_password": "oops"}, "imap_password"),
        ({"colour_of_the_sky": "blue"}, "colour_of_the_sky"),
    ],
)
def test_email_settings_validation(admin: Signed, settings: dict[str, Any], field: str) -> None:
    mail = community(admin, "Mail", "email")
    with pytest.raises(ValidationError) as caught:
        sources(admin).create_source("email", email_form(mail, settings=settings))
    field_error(caught, field)


def test_valid_hosts_ports_and_no_smtp_login(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    for i, (host, port) in enumerate([("127.0.0.1", 143), ("::1", 1), ("mail.example.co.uk.", 65535)]):
        settings = {"imap_host": host, "imap_port": port, "smtp_auth": "none", "smtp_username": ""}
        created = service.create_source("email", email_form(mail, f"Box {i}", settings=settings))
        assert created.form.settings["imap_port"] == port
        assert created.missing_secrets == ("IMAP password",)


def test_social_chat_and_sdk_settings(admin: Signed) -> None:
    service = sources(admin)
    wa = community(admin, "WhatsApp", "whatsapp")
    chat = community(admin, "Chat", "engage_chat")
    sdk = community(admin, "SDK", "source_sdk")
    with pytest.raises(ValidationError) as caught:
        service.create_source("whatsapp", SourceForm("WA", wa, settings={}))
    assert "Phone number id is required" in field_error(caught, "account_id")
    created = service.create_source(
        "whatsapp",
        SourceForm("WA", wa, settings={"account_id": "+33 6 12", "app_id": "987"}),
        {"app_secret": "s3", "access_token": "t0k"},
    )
    assert created.form.settings == {"account_id": "+33 6 12", "app_id": "987"}
    assert created.secret_fields_set == {"app_secret", "access_token"}
    assert created.status == "ok"
    web = service.create_source("engage_chat", SourceForm("Web", chat, settings={"ios_enabled": True}))
    assert web.form.settings == {"web_enabled": True, "ios_enabled": True, "android_enabled": False}
    with pytest.raises(ValidationError) as caught:
        service.create_source("engage_chat", SourceForm("Web 2", chat), {"access_token": "x"})
    field_error(caught, "access_token")
    with pytest.raises(ValidationError) as caught:
        service.create_source("source_sdk", SourceForm("Bot", sdk, settings={"endpoint_url": "http://x"}))
    field_error(caught, "endpoint_url")
    bot = service.create_source(
        "source_sdk", SourceForm("Bot", sdk, settings={"endpoint_url": "https://bot.test/hook"})
    )
    assert bot.missing_secrets == ("API token",)


def test_update_records_diff_and_secret_only_as_changed(admin: Signed) -> None:
    fb = community(admin, "Facebook", "facebook")
    service = sources(admin)
    created = service.create_source(
        "facebook", SourceForm("Page", fb, settings={"account_id": "1"}), {"access_token": "first-token"}
    )
    before = len(journal(admin, "content_source.updated"))
    service.update_source(created.id, created.form, {"access_token": ""})  # untouched field: no change
    assert len(journal(admin, "content_source.updated")) == before
    service.update_source(
        created.id,
        replace(created.form, sla_threshold=50, settings={"account_id": "2"}),
        {"access_token": "second"},
    )
    event = journal(admin, "content_source.updated")[0]
    assert event.changes == {
        "access_token": "changed",
        "settings.account_id": {"from": "1", "to": "2"},
        "sla_threshold": {"from": 80, "to": 50},
    }
    cleared = service.update_source(created.id, service.get_source(created.id).form, {"access_token": None})
    assert cleared.secret_fields_set == frozenset()
    assert journal(admin, "content_source.updated")[0].changes == {"access_token": "changed"}


def test_activation_and_deactivation(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    service = sources(admin)
    created = service.create_source("email", email_form(mail))
    assert not service.set_active(created.id, False).active
    assert journal(admin, "content_source.updated")[0].changes == {"active": {"from": True, "to": False}}
    before = len(journal(admin))
    service.set_active(created.id, False)  # already inactive: nothing happens
    assert len(journal(admin)) == before
    CommunityService(admin.ctx).update_community(mail, "Mail", "email", False)
    with pytest.raises(Conflict, match="community “Mail” is inactive"):
        service.set_active(created.id, True)
    CommunityService(admin.ctx).update_community(mail, "Mail", "email", True)
    assert service.set_active(created.id, True).active
    assert service.count_sources(ListQuery(filters={"active": True})) == 1


def test_permissions_are_checked_by_the_service(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    created = sources(admin).create_source("email", email_form(mail))
    reader = sources(user_with_role(admin, "Readers", ["read_content_source"], "reader"))
    assert reader.count_sources(ListQuery()) == 1
    assert reader.get_source(created.id).name == "Support mailbox"
    with pytest.raises(PermissionDenied):
        reader.create_source("email", email_form(mail, "Another"))
    with pytest.raises(PermissionDenied):
        reader.update_source(created.id, created.form)
    with pytest.raises(PermissionDenied):
        reader.set_active(created.id, False)
    with pytest.raises(PermissionDenied):
        reader.test_email_settings(EMAIL_SETTINGS, {}, created.id)
    with pytest.raises(PermissionDenied):
        reader.check_source_connection(created.id)
    nobody = sources(user_with_role(admin, "None", [], "nobody"))
    with pytest.raises(PermissionDenied):
        nobody.list_sources(ListQuery())
    with pytest.raises(PermissionDenied):
        nobody.api_records()
    maker = sources(user_with_role(admin, "Makers", ["create_content_source"], "maker"))
    maker.create_source("email", email_form(mail, "Made by maker"))
    with pytest.raises(PermissionDenied):
        maker.update_source(created.id, created.form)


def test_missing_source_is_not_found(admin: Signed) -> None:
    with pytest.raises(NotFound):
        sources(admin).get_source(424242)
    with pytest.raises(NotFound):
        sources(admin).set_active(424242, True)


def test_choices_for_the_editor(admin: Signed) -> None:
    with admin.db.session_factory() as session, session.begin():
        parent = Category(name="Billing")
        session.add(parent)
        session.flush()
        session.add(Category(name="Refund", parent_id=parent.id))
    routing_channel(admin, "Front office")
    time_sheet(admin, "Office hours")
    service = sources(admin)
    assert [c.label for c in service.category_choices()] == ["Billing", "Billing / Refund"]
    assert [c.label for c in service.routing_channel_choices()] == ["Front office"]
    assert [c.label for c in service.time_sheet_choices()] == ["Office hours"]


def test_api_records_have_the_platform_layout(admin: Signed) -> None:
    mail = community(admin, "Mail", "email")
    created = sources(admin).create_source("email", email_form(mail), {"imap_password": "zzz"})
    (record,) = sources(admin).api_records()
    assert record["id"] == created.platform_id
    assert record["type"] == "email" and record["imap_host"] == "imap.acme.example"
    assert record["secrets_set"] == ["imap_password"]
    assert "imap_password" not in record
