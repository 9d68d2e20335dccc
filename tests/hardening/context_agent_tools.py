"""What the Agent tools actions act on: an entry, a group, a template, a signature and a sheet."""

from __future__ import annotations

from dataclasses import replace

from conftest import Signed

from engage_desktop.services.agent_tools.email_templates import EmailTemplateService, TemplateForm
from engage_desktop.services.agent_tools.entries import EntryForm, ReplyAssistantService, VersionForm
from engage_desktop.services.agent_tools.entry_sheet import Sheet
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.users.records import SignatureForm
from engage_desktop.services.users.service import UserService

from .action_context import Context, build_context

IMPORT_MAPPING = {"label": 0, "language": 1, "body": 2}


def entry_form(label: str = "Refunds") -> EntryForm:
    return EntryForm(label, ("#refund",), versions=(VersionForm("en", "text", "Refunded in 5 days"),))


def template_form(name: str = "Answer") -> TemplateForm:
    return TemplateForm(name, "Re: {{customer_firstname}}", "<p>Hi {{customer_firstname}}</p>", "Hi")


def with_agent_tools(admin: Signed) -> Context:
    context = build_context(admin)
    context.extra["entry"] = ReplyAssistantService(admin.ctx).create_entry(entry_form()).id
    context.extra["group"] = ReplyAssistantGroupService(admin.ctx).create_group(GroupForm("Billing")).id
    ReplyAssistantGroupService(admin.ctx).create_group(GroupForm("Shipping"))
    context.extra["template"] = EmailTemplateService(admin.ctx).create_template(template_form()).id
    users = UserService(admin.ctx)
    detail = users.get_user(context.target_user)
    users.update_user(
        context.target_user,
        replace(detail.form, signatures=(SignatureForm("Formal", "Regards", "en"),)),
        version=detail.version,
    )
    context.extra["signature"] = users.get_user(context.target_user).form.signatures[0].id
    context.extra["sheet"] = Sheet(("label", "language", "body"), (("Imported", "en", "Hello"),))
    return context
