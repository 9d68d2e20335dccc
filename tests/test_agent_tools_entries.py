"""Reply assistant entries on SQLite and PostgreSQL: versions per language and format, HTML
sanitised on the way in, attachments checked and hashed, search across labels, shortcuts and
bodies, duplicate shortcut warnings, the journal, stale edits, the extension switch and hostile text."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from agent_tools_helpers import PNG, add_entries, events, set_reply_assistant, text_entry
from conftest import Signed
from users_helpers import build_world

from engage_desktop.services.agent_tools.attachments import MAX_ATTACHMENT_BYTES
from engage_desktop.services.agent_tools.entries import (
    AttachmentForm,
    EntryForm,
    ReplyAssistantService,
    VersionForm,
)
from engage_desktop.services.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery


def test_create_with_versions_edit_and_delete_journals_each(admin: Signed) -> None:
    world = build_world(admin)
    service = ReplyAssistantService(admin.ctx)
    form = EntryForm(
        "Refund policy",
        ("#refund", "#money"),
        category_ids=(world.categories["Refunds"],),
        source_ids=(world.sources["Support mailbox"],),
        foreign_id="kb-1",
        versions=(
            VersionForm("en", "text", "You will be refunded within 5 days."),
            VersionForm("fr", "html", "<p>Remboursé sous <b>5 jours</b>.</p>", (world.sources["Acme page"],)),
        ),
    )
    created = service.create_entry(form)
    assert created.shortcuts == ("#refund", "#money")
    assert [(v.language, v.format) for v in created.versions] == [("en", "text"), ("fr", "html")]
    assert created.versions[1].source_ids == (world.sources["Acme page"],)

    edited = replace(
        created.form(),
        label="Refunds",
        versions=(
            created.form().versions[0],
            replace(created.form().versions[1], body="<p>Sous 3 jours.</p>"),
        ),
    )
    updated = service.update_entry(created.id, edited, version=created.version)
    assert updated.label == "Refunds" and updated.versions[1].body == "<p>Sous 3 jours.</p>"
    assert updated.version > created.version
    service.update_entry(created.id, replace(updated.form(), versions=updated.form().versions[:1]))
    service.delete_entry(created.id)

    names = [e.name for e in events(admin, "reply_assistant_knowledge_base_")]
    assert names == [
        "reply_assistant_knowledge_base_entry.created",
        "reply_assistant_knowledge_base_version.created",
        "reply_assistant_knowledge_base_version.created",
        "reply_assistant_knowledge_base_version.updated",
        "reply_assistant_knowledge_base_entry.updated",
        "reply_assistant_knowledge_base_version.destroyed",
        "reply_assistant_knowledge_base_entry.destroyed",
    ]
    body_change = events(admin, "reply_assistant_knowledge_base_version.updated")[0]
    assert body_change.changes == {
        "body": {"from": "<p>Remboursé sous <b>5 jours</b>.</p>", "to": "<p>Sous 3 jours.</p>"}
    }
    assert body_change.details["entry_id"] == created.platform_id
    label_change = events(admin, "reply_assistant_knowledge_base_entry.updated")[0]
    assert label_change.changes == {"label": {"from": "Refund policy", "to": "Refunds"}}
    with pytest.raises(NotFound):
        service.get_entry(created.id)


def test_html_bodies_are_sanitised_before_they_are_stored(sqlite_admin: Signed) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    hostile = (
        '<p onclick="steal()">Hi <img src="x" onerror="alert(1)"><script>alert(2)</script>'
        '<a href="javascript:alert(3)">link</a><span style="width: expression(alert(4))">css</span></p>'
    )
    entry = service.create_entry(EntryForm("Hostile", versions=(VersionForm("en", "html", hostile),)))
    stored = entry.versions[0].body
    for bad in ("onclick", "onerror", "<script", "javascript:", "expression", "alert(2)"):
        assert bad not in stored
    assert "Hi" in stored and "link" in stored and "css" in stored
    # a text version keeps its text as typed, markup included (it is never rendered as HTML)
    text = service.create_entry(EntryForm("Plain", versions=(VersionForm("en", "text", "<b>a</b> & b"),)))
    assert text.versions[0].body == "<b>a</b> & b"


def test_search_finds_labels_shortcuts_and_bodies_ignoring_case_and_accents(admin: Signed) -> None:
    add_entries(
        admin,
        text_entry("Livraison retardée", "Votre colis arrive bientôt", shortcuts=("#late",)),
        text_entry("Password reset", "Click the link to choose a new password", shortcuts=("#pwd",)),
        EntryForm("Greeting", versions=(VersionForm("en", "html", "<p>Welcome to <b>Acme</b> support</p>"),)),
    )
    service = ReplyAssistantService(admin.ctx)

    def found(text: str) -> list[str]:
        return [r.label for r in service.list_entries(ListQuery(search=text))]

    assert found("RETARDEE") == ["Livraison retardée"]
    assert found("#pwd") == ["Password reset"]
    assert found("colis arrive") == ["Livraison retardée"]
    assert found("acme support") == ["Greeting"]  # the text of the HTML, without its tags
    assert found("b>") == []  # markup is not searched
    assert found("zz") == [] and service.count_entries(ListQuery(search="pass")) == 1
    rows = service.list_entries(ListQuery(sort="label"))
    assert [r.label for r in rows] == ["Greeting", "Livraison retardée", "Password reset"]
    assert rows[1].shortcuts == "#late" and rows[1].languages == "en" and rows[1].version_count == 1


def test_duplicate_shortcuts_are_a_warning_not_a_refusal(sqlite_admin: Signed) -> None:
    first, second = add_entries(
        sqlite_admin,
        text_entry("Refunds", shortcuts=("#refund",)),
        text_entry("Money back", shortcuts=("#REFUND",)),
    )
    service = ReplyAssistantService(sqlite_admin.ctx)
    assert service.shortcut_clashes(("#Refund", "#other"), exclude_id=first) == {"#Refund": ["Money back"]}
    assert service.shortcut_clashes(("#refund",)) == {"#refund": ["Money back", "Refunds"]}
    assert service.shortcut_clashes(("#refund",), exclude_id=second) == {"#refund": ["Refunds"]}
    # within one entry the same shortcut twice is kept once
    one = service.create_entry(text_entry("Twice", shortcuts=("#a", "#A", " #a ")))
    assert one.shortcuts == ("#a",)


def test_field_checks_are_reported_together(sqlite_admin: Signed) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    bad = EntryForm(
        "  ",
        ("two words",),
        group_id=999,
        category_ids=(999,),
        versions=(VersionForm("xx", "rtf", "body"), VersionForm("en", "text", "")),
    )
    with pytest.raises(ValidationError) as refused:
        service.create_entry(bad)
    errors = refused.value.errors
    assert set(errors) == {"label", "shortcuts", "group_id", "category_ids", "versions"}
    assert "xx" in errors["versions"]
    twice = EntryForm("Twice", versions=(VersionForm("en", "text", "a"), VersionForm("en", "text", "b")))
    with pytest.raises(ValidationError, match="Two versions in en"):
        service.create_entry(twice)
    assert service.count_entries(ListQuery()) == 0


def test_attachments_are_checked_hashed_and_kept_across_edits(sqlite_admin: Signed) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    version = VersionForm("en", "text", "See attached", attachments=(AttachmentForm("logo.png", PNG),))
    entry = service.create_entry(EntryForm("With file", versions=(version,)))
    (info,) = entry.versions[0].attachments
    assert (info.filename, info.mime_type, info.size) == ("logo.png", "image/png", len(PNG))
    assert info.sha256 == hashlib.sha256(PNG).hexdigest()
    assert service.attachment_data(info.id) == PNG
    # saving the loaded form keeps the stored file without sending its bytes again
    again = service.update_entry(entry.id, entry.form(), version=entry.version)
    assert again.versions[0].attachments == entry.versions[0].attachments

    def refused(name: str, data: bytes) -> str:
        form = EntryForm("Bad file", versions=(replace(version, attachments=(AttachmentForm(name, data),)),))
        with pytest.raises(ValidationError) as caught:
            service.create_entry(form)
        return str(caught.value.errors["versions"])

    assert "at most" in refused("big.png", PNG + b"\x00" * MAX_ATTACHMENT_BYTES)
    assert "cannot be attached" in refused("run.exe", b"MZ\x90\x00")
    assert "does not contain what its name says" in refused("fake.pdf", b"<html>not a pdf</html>")
    assert "is empty" in refused("empty.txt", b"")
    assert "contain what its name says" in refused("latin.txt", "café".encode("latin-1"))
    ok = replace(
        version, attachments=(AttachmentForm("x.png", PNG + b"\x00" * (MAX_ATTACHMENT_BYTES - len(PNG))),)
    )
    assert service.create_entry(EntryForm("Exactly the limit", versions=(ok,))).versions[0].attachments


def test_stale_edit_is_a_conflict(sqlite_admin: Signed) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    entry = service.create_entry(text_entry("Hours"))
    service.update_entry(entry.id, replace(entry.form(), label="Opening hours"), version=entry.version)
    with pytest.raises(Conflict) as conflict:
        service.update_entry(entry.id, replace(entry.form(), label="Hours!"), version=entry.version)
    assert conflict.value.is_stale_edit and conflict.value.theirs["label"] == "Opening hours"


def test_extension_off_refuses_everything(sqlite_admin: Signed) -> None:
    (entry_id,) = add_entries(sqlite_admin, text_entry("Hours"))
    set_reply_assistant(sqlite_admin, False)
    service = ReplyAssistantService(sqlite_admin.ctx)
    assert not service.is_enabled()
    with pytest.raises(PermissionDenied, match="switched off"):
        service.count_entries(ListQuery())
    with pytest.raises(PermissionDenied, match="switched off"):
        service.update_entry(entry_id, text_entry("Other"))


@pytest.mark.parametrize(
    "body",
    ["nul\x00inside", "lone \ud800 surrogate", "x" * 1_000_001],
)
def test_hostile_text_is_refused_cleanly(sqlite_admin: Signed, body: str) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    with pytest.raises(ValidationError):
        service.create_entry(text_entry("Hostile", body))
    with pytest.raises(ValidationError):
        service.create_entry(text_entry(body[:300], "ok"))
    assert service.count_entries(ListQuery()) == 0


def test_formula_and_markup_text_is_stored_losslessly(sqlite_admin: Signed) -> None:
    service = ReplyAssistantService(sqlite_admin.ctx)
    body = "=cmd|' /C calc'!A0 <b>not html</b> 'quoted' \"double\" \t tab\nline"
    entry = service.create_entry(text_entry('=HYPERLINK("x")', body, shortcuts=("@sum",)))
    again = service.get_entry(entry.id)
    assert (
        again.label == '=HYPERLINK("x")' and again.versions[0].body == body and again.shortcuts == ("@sum",)
    )


def test_remote_images_are_kept_only_when_the_extension_allows_them(sqlite_admin: Signed) -> None:
    from sqlalchemy import update

    from engage_desktop.models import Extension

    service = ReplyAssistantService(sqlite_admin.ctx)
    markup = '<p>Logo <img src="https://cdn.example/logo.png" alt="logo"></p>'
    blocked = service.create_entry(EntryForm("Blocked", versions=(VersionForm("en", "html", markup),)))
    assert "cdn.example" not in blocked.versions[0].body
    with sqlite_admin.db.session_factory() as session:
        session.execute(
            update(Extension)
            .where(Extension.name == "reply_assistant")
            .values(settings={"allow_remote_images": True})
        )
        session.commit()
    allowed = service.create_entry(EntryForm("Allowed", versions=(VersionForm("en", "html", markup),)))
    assert allowed.versions[0].body == markup
    assert service.choices().allow_remote_images


def test_the_search_index_follows_every_change(sqlite_admin: Signed) -> None:
    from test_search_index import assert_search_tables_intact

    service = ReplyAssistantService(sqlite_admin.ctx)
    (first, second) = add_entries(
        sqlite_admin, text_entry("Alpha", "first body"), text_entry("Beta", "second")
    )
    detail = service.get_entry(first)
    service.update_entry(first, replace(detail.form(), label="Gamma"), version=detail.version)
    service.delete_entry(second)
    assert [r.label for r in service.list_entries(ListQuery(search="gamma"))] == ["Gamma"]
    assert service.list_entries(ListQuery(search="alpha")) == []
    assert service.list_entries(ListQuery(search="second")) == []
    assert_search_tables_intact(sqlite_admin.db)
