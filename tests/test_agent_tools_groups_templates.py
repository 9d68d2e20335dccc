"""Reply-assistant groups (order, members, autocomplete), e-mail templates (placeholders refused by
name, sanitised HTML, preview with sample data, sources) and the Signatures page's service (the
user editor's records, saved through the user)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from agent_tools_helpers import add_entries, events, text_entry
from conftest import Signed
from users_helpers import build_world, quick_user

from engage_desktop.services.agent_tools.email_templates import EmailTemplateService, TemplateForm
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.agent_tools.signatures import SignatureService
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.records import SignatureForm
from engage_desktop.services.users.service import UserService


# ---- groups --------------------------------------------------------------------------------------
def test_groups_keep_their_order_members_and_flag(admin: Signed) -> None:
    a, b, c = add_entries(admin, text_entry("A"), text_entry("B"), text_entry("C"))
    groups = ReplyAssistantGroupService(admin.ctx)
    billing = groups.create_group(GroupForm("Billing", True, (a, b)))
    shipping = groups.create_group(GroupForm("Shipping", False, (c,)))
    greetings = groups.create_group(GroupForm("Greetings"))
    assert [g.name for g in groups.list_groups(ListQuery())] == ["Billing", "Shipping", "Greetings"]

    groups.move_group(greetings.id, 0)  # dragged to the top
    rows = groups.list_groups(ListQuery())
    assert [(g.name, g.position, g.entry_count) for g in rows] == [
        ("Greetings", 0, 0),
        ("Billing", 1, 2),
        ("Shipping", 2, 1),
    ]
    with pytest.raises(Conflict):  # the move changed Billing's position since it was loaded
        groups.update_group(billing.id, GroupForm("Billing", False, (b, c)), version=billing.version)
    loaded = groups.get_group(billing.id)
    moved = groups.update_group(billing.id, GroupForm("Billing", False, (b, c)), version=loaded.version)
    assert moved.entry_ids == (b, c) and not moved.autocomplete
    assert groups.get_group(shipping.id).entry_ids == ()  # an entry is in one group at a time
    with pytest.raises(ValidationError, match="already exists"):
        groups.create_group(GroupForm("billing"))
    with pytest.raises(ValidationError):
        groups.create_group(GroupForm("Ghosts", True, (999_999,)))
    with pytest.raises(Conflict):
        groups.update_group(billing.id, GroupForm("Bills"), version=loaded.version)
    groups.delete_group(billing.id)
    assert groups.count_groups(ListQuery()) == 2
    names = [e.name for e in events(admin, "reply_assistant_group.")]
    assert (
        names.count("reply_assistant_group.created") == 3 and names[-1] == "reply_assistant_group.destroyed"
    )
    change = next(e for e in events(admin, "reply_assistant_group.updated") if "entries" in e.changes)
    assert change.changes["entries"] == {"added": ["C"], "removed": ["A"]}


# ---- e-mail templates ----------------------------------------------------------------------------
def template(**more: object) -> TemplateForm:
    base = TemplateForm(
        "Answer",
        "Re: your message, {{customer_firstname}}",
        "<p>Hello {{ customer_firstname }} {{customer_lastname}},</p><p>…</p>{{quoted_message}}"
        "<p>{{agent_signature}}</p>",
        "Hello {{customer_firstname}},\n\n{{agent_signature}}\n\n> {{quoted_message}}",
    )
    return replace(base, **more)  # type: ignore[arg-type]


def test_template_with_an_unknown_placeholder_is_refused_naming_it(admin: Signed) -> None:
    service = EmailTemplateService(admin.ctx)
    with pytest.raises(ValidationError) as refused:
        service.create_template(template(body_text="Dear {{customer_fullname}}, {{date}}"))
    assert refused.value.errors["body_text"] == (
        "Unknown placeholder {{customer_fullname}}: use one from the Insert menu."
    )
    with pytest.raises(ValidationError, match="agent_nickname"):
        service.preview(template(subject="{{agent_nickname}}"))
    assert service.count_templates(ListQuery()) == 0


def test_template_saved_sanitised_previewed_and_journaled(admin: Signed) -> None:
    world = build_world(admin)
    service = EmailTemplateService(admin.ctx)
    created = service.create_template(
        template(
            body_html=template().body_html + '<img src="x" onerror="alert(1)"><script>x()</script>',
            source_ids=(world.sources["Support mailbox"],),
        )
    )
    assert "onerror" not in created.form.body_html and "<script" not in created.form.body_html
    preview = service.preview(replace(created.form, body_text="{{agent_name}} <b>&"))
    assert preview.subject == "Re: your message, Chloé"
    assert "Hello Chloé Dubois" in preview.html and "<blockquote>" in preview.html
    assert "Sam Agent<br>Acme customer care" in preview.html
    assert preview.text == "Sam Agent <b>&"  # text stays text
    hostile = service.preview(template(body_html="<p>{{quoted_message}}</p>"))
    assert "<blockquote>" in hostile.html

    updated = service.update_template(
        created.id, replace(created.form, subject="Your parcel", source_ids=()), version=created.version
    )
    assert updated.version > created.version
    (row,) = service.list_templates(ListQuery(search="answ"))
    assert row.source_count == 0
    service.delete_template(created.id)
    names = [e.name for e in events(admin, "emails.template.")]
    assert names == ["emails.template.created", "emails.template.updated", "emails.template.destroyed"]
    change = events(admin, "emails.template.updated")[0].changes
    assert change["subject"] == {"from": "Re: your message, {{customer_firstname}}", "to": "Your parcel"}
    assert change["sources"] == {"added": [], "removed": ["Support mailbox"]}


def test_template_needs_its_permission(admin: Signed) -> None:
    world = build_world(admin)
    agent = admin.ctx.acting_as(quick_user(admin, world, "agent"))
    with pytest.raises(PermissionDenied):
        EmailTemplateService(agent).create_template(template())
    with pytest.raises(PermissionDenied):
        EmailTemplateService(agent).preview(template())


# ---- signatures ----------------------------------------------------------------------------------
def test_signatures_page_edits_the_user_editor_records(admin: Signed) -> None:
    world = build_world(admin)
    users = UserService(admin.ctx)
    sam = quick_user(admin, world, "sam")
    detail = users.get_user(sam)
    users.update_user(
        sam,
        replace(detail.form, signatures=(SignatureForm("Formal", "Kind regards,\nSam", "en"),)),
        version=detail.version,
    )
    service = SignatureService(admin.ctx)
    (row,) = service.list_signatures(ListQuery())
    assert (row.user_name, row.name, row.language) == ("Sam Tester", "Formal", "en")

    loaded = service.get_signature(row.id)
    mailbox = world.sources["Support mailbox"]
    service.update_signature(
        sam,
        row.id,
        replace(loaded.form, body="Best,\nSam", source_ids=(mailbox,)),
        version=loaded.user_version,
    )
    # the user editor sees the same record, changed
    (edited,) = users.get_user(sam).form.signatures
    assert (edited.id, edited.body, edited.source_ids) == (row.id, "Best,\nSam", (mailbox,))
    assert service.list_signatures(ListQuery(search="form"))[0].sources == "Support mailbox"
    # the user's rules apply: a stale save, a bad language, a user outside the actor's reach
    with pytest.raises(Conflict):
        service.update_signature(sam, row.id, loaded.form, version=loaded.user_version)
    with pytest.raises(ValidationError, match="Signature 1"):
        service.update_signature(sam, row.id, replace(loaded.form, language="xx"))
    service.create_signature(sam, SignatureForm("Short", "S.", "fr"))
    assert service.count_signatures(ListQuery(filters={"language": "fr"})) == 1
    service.delete_signature(sam, row.id)
    with pytest.raises(NotFound):
        service.get_signature(row.id)
    assert [r.name for r in service.list_signatures(ListQuery())] == ["Short"]
    assert events(admin, "user.updated")[-1].changes
    agent = admin.ctx.acting_as(quick_user(admin, world, "agent"))
    with pytest.raises(PermissionDenied):
        SignatureService(agent).list_signatures(ListQuery())
