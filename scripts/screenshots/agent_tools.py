"""Screenshots of Agent tools: the reply-assistant entry editor with its HTML preview, the import
preview with errors and a sanitiser diff, the e-mail template preview and the Signatures list.

    python scripts/screenshots/agent_tools.py [output folder]
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from screenshot_kit import data_dir, new_admin_session, output_dir, save, settle, show_main_window, start_app

from engage_desktop.models import Category
from engage_desktop.models.channels import Community, ContentSource
from engage_desktop.models.text_keys import fold
from engage_desktop.services.agent_tools.email_templates import TemplateForm
from engage_desktop.services.agent_tools.entries import AttachmentForm, EntryForm, VersionForm
from engage_desktop.services.agent_tools.groups import GroupForm
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.users.records import NewUser, SignatureForm
from engage_desktop.views.agent_tools.email_templates_page import EmailTemplatesPage, TemplateEditorDialog
from engage_desktop.views.agent_tools.entry_editor import EntryEditorDialog
from engage_desktop.views.agent_tools.entry_import_dialog import EntryImportDialog
from engage_desktop.views.agent_tools.reply_assistant_page import ReplyAssistantPage

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
REFUND_HTML = (
    "<p>Hello,</p><p>Your refund of <b>€49.90</b> was sent today. It reaches your account "
    "within <i>5 working days</i>.</p><ul><li>Order: <b>#10482</b></li><li>Method: original card</li></ul>"
    '<p>More in our <a href="https://help.northwind.example/refunds">refund guide</a>.</p>'
)


def seed(folder: Path) -> tuple[AppSession, dict[str, int]]:
    session = new_admin_session(folder)
    ids: dict[str, int] = {}
    # Demo data only: sources have their own page and script.
    with session.database.session_factory() as db, db.begin():
        community = Community(name="E-mail", name_key="e-mail", type="email")
        db.add(community)
        db.flush()
        for name in ("Support mailbox", "Billing mailbox"):
            source = ContentSource(name=name, name_key=fold(name), type="email", community_id=community.id)
            db.add(source)
            db.flush()
            ids[name] = source.id
        for name in ("Refunds", "Delivery", "Account"):
            category = Category(name=name, name_key=fold(name))
            db.add(category)
            db.flush()
            ids[name] = category.id
    groups = session.reply_assistant_groups
    for name in ("Billing", "Shipping", "Greetings"):
        ids[name] = groups.create_group(GroupForm(name)).id
    entries = session.reply_assistant
    entries.create_entry(
        EntryForm(
            "Refund sent",
            ("#refund", "#money"),
            ids["Billing"],
            category_ids=(ids["Refunds"],),
            source_ids=(ids["Billing mailbox"],),
            foreign_id="kb-104",
            versions=(
                VersionForm(
                    "en", "html", REFUND_HTML, attachments=(AttachmentForm("refund-steps.png", PNG),)
                ),
                VersionForm("fr", "text", "Bonjour,\nVotre remboursement de 49,90 € est parti aujourd'hui."),
            ),
        )
    )
    for label, shortcut, text in (
        ("Parcel delayed", "#late", "Your parcel is on its way; the carrier reports a one-day delay."),
        ("Welcome", "#hello", "Hello and thank you for contacting Northwind support!"),
        ("Password reset", "#pwd", "Use the link below to choose a new password."),
        ("Money back guarantee", "#refund", "Every order can be returned within 30 days."),
    ):
        entries.create_entry(EntryForm(label, (shortcut,), versions=(VersionForm("en", "text", text),)))
    return session, ids


def import_file(folder: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(
        [
            ["label", "shortcuts", "group", "language", "format", "body"],
            ["Store hours", "#hours", "Greetings", "en", "text", "We are open 9:00–18:00, Monday to Friday."],
            ["", "#x", "", "en", "text", "A line without its label"],
            ["Lost parcel", "#lost", "Logistics", "en", "text", "We opened an inquiry with the carrier."],
            ["Horaires", "#horaires", "Greetings", "french", "text", "Ouvert de 9 h à 18 h."],
            [
                "Tracking",
                "#track",
                "Shipping",
                "en",
                "html",
                '<p onclick="track()">Follow your parcel <a href="javascript:steal()">here</a>.</p>'
                "<script>steal()</script>",
            ],
        ]
    )
    path = folder / "entries.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def add_signatures(session: AppSession, ids: dict[str, int]) -> None:
    roles = dict((label, role_id) for role_id, label in session.users.role_names())
    people = (
        ("Léa", "Dubois", [("Formal", "fr", "Cordialement,\nLéa Dubois — Service client Northwind", [])]),
        (
            "Marco",
            "Rossi",
            [
                ("Billing", "en", "Best regards,\nMarco Rossi, Billing team", [ids["Billing mailbox"]]),
                ("Short", "", "— Marco", []),
            ],
        ),
        (
            "Priya",
            "Nair",
            [("Default", "en", "Kind regards,\nPriya Nair | Northwind Support", [ids["Support mailbox"]])],
        ),
    )
    for first, last, signatures in people:
        nickname = first.lower().replace("é", "e")
        row = session.users.create_user(
            NewUser(first, last, nickname, f"{nickname}@northwind.example", roles["Agent"])
        )
        detail = session.users.get_user(row.id)
        forms = tuple(SignatureForm(n, body, lang, tuple(src)) for n, lang, body, src in signatures)
        session.users.update_user(row.id, replace(detail.form, signatures=forms), version=detail.version)


def main() -> None:
    out = output_dir()
    app = start_app()
    with data_dir() as folder:
        session, ids = seed(folder)
        add_signatures(session, ids)
        window = show_main_window(session, folder)
        window.show_page("agent_tools.reply_assistant")
        settle(app, 0.5)
        page = window.page_widget("agent_tools.reply_assistant")
        assert isinstance(page, ReplyAssistantPage)
        save(window, out / "reply-assistant-list.png")

        entry = session.reply_assistant.list_entries(ListQuery(search="refund sent"))[0]
        page.open_entry(entry)
        editor = page.editor
        assert isinstance(editor, EntryEditorDialog)
        editor.resize(1100, 860)
        settle(app, 0.6)
        save(editor, out / "reply-assistant-entry-editor.png")
        editor.reject()

        dialog = EntryImportDialog(session, window)
        dialog.path_edit.setText(str(import_file(folder)))
        dialog.show()
        dialog.next_button.click()
        dialog.next_button.click()
        settle(app, 0.6)
        dialog.lines_panel.table.selectRow(4)
        settle(app, 0.4)
        save(dialog, out / "reply-assistant-import-preview.png")
        dialog.reject()

        session.email_templates.create_template(
            TemplateForm(
                "Standard answer",
                "Re: your message, {{customer_firstname}}",
                "<p>Hello {{customer_firstname}} {{customer_lastname}},</p>"
                "<p>Thank you for writing to {{source_name}}. Here is what we found.</p>"
                "<p>{{agent_signature}}</p><p><small>{{date}}</small></p>{{quoted_message}}",
                "Hello {{customer_firstname}},\n\n{{agent_signature}}\n\n> {{quoted_message}}",
                (ids["Support mailbox"],),
            )
        )
        window.show_page("agent_tools.email_templates")
        settle(app, 0.5)
        templates = window.page_widget("agent_tools.email_templates")
        assert isinstance(templates, EmailTemplatesPage)
        templates.open_template(session.email_templates.list_templates(ListQuery())[0].id)
        template_editor = templates.editor
        assert isinstance(template_editor, TemplateEditorDialog)
        template_editor.resize(1100, 720)
        settle(app, 0.6)
        save(template_editor, out / "email-template-preview.png")
        template_editor.reject()

        window.show_page("agent_tools.signatures")
        settle(app, 0.6)
        save(window, out / "signatures-list.png")
        window.close()


if __name__ == "__main__":
    main()
