"""Data-changing actions of the Agent tools section (services/agent_tools).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
Signatures are the user editor's records, saved through `UserService.update_user`: they need what
editing a user needs.
"""

from __future__ import annotations

from engage_desktop.services.agent_tools.email_templates import EmailTemplateService
from engage_desktop.services.agent_tools.entries import ReplyAssistantService
from engage_desktop.services.agent_tools.entry_import import ReplyAssistantImportService
from engage_desktop.services.agent_tools.groups import GroupForm, ReplyAssistantGroupService
from engage_desktop.services.agent_tools.signatures import SignatureService
from engage_desktop.services.users.records import SignatureForm

from .action_base import ANY, P, ServiceAction
from .context_agent_tools import IMPORT_MAPPING, entry_form, template_form, with_agent_tools

RA = (P.MANAGE_REPLY_ASSISTANT,)
TEMPLATES = (P.MANAGE_EMAILS_TEMPLATES,)
USER_MANAGERS = (P.UPDATE_USER, P.MANAGE_USERS_OF_MY_TEAMS)


def _action(name: str, needs: tuple[P, ...], call, mode: str = "all") -> ServiceAction:  # type: ignore[no-untyped-def]
    return ServiceAction(name, needs, call, mode=mode, setup=with_agent_tools)  # type: ignore[arg-type]


ACTIONS: tuple[ServiceAction, ...] = (
    _action(
        "ReplyAssistantService.create_entry",
        RA,
        lambda x, c: ReplyAssistantService(x).create_entry(entry_form("New")),
    ),
    _action(
        "ReplyAssistantService.update_entry",
        RA,
        lambda x, c: ReplyAssistantService(x).update_entry(c.extra["entry"], entry_form("Renamed")),
    ),
    _action(
        "ReplyAssistantService.delete_entry",
        RA,
        lambda x, c: ReplyAssistantService(x).delete_entry(c.extra["entry"]),
    ),
    _action(
        "ReplyAssistantGroupService.create_group",
        RA,
        lambda x, c: ReplyAssistantGroupService(x).create_group(
            GroupForm("Greetings", True, (c.extra["entry"],))
        ),
    ),
    _action(
        "ReplyAssistantGroupService.update_group",
        RA,
        lambda x, c: ReplyAssistantGroupService(x).update_group(c.extra["group"], GroupForm("Bills", False)),
    ),
    _action(
        "ReplyAssistantGroupService.delete_group",
        RA,
        lambda x, c: ReplyAssistantGroupService(x).delete_group(c.extra["group"]),
    ),
    _action(
        "ReplyAssistantGroupService.move_group",
        RA,
        lambda x, c: ReplyAssistantGroupService(x).move_group(c.extra["group"], 1),
    ),
    _action(
        "ReplyAssistantImportService.import_entries",
        RA,
        lambda x, c: ReplyAssistantImportService(x).import_entries(c.extra["sheet"], IMPORT_MAPPING),
    ),
    _action(
        "ReplyAssistantImportService.export_entries",
        RA,
        lambda x, c: ReplyAssistantImportService(x).export_entries(c.tmp / "reply_assistant.csv"),
    ),
    _action(
        "EmailTemplateService.create_template",
        TEMPLATES,
        lambda x, c: EmailTemplateService(x).create_template(template_form("Welcome")),
    ),
    _action(
        "EmailTemplateService.update_template",
        TEMPLATES,
        lambda x, c: EmailTemplateService(x).update_template(c.extra["template"], template_form("Renamed")),
    ),
    _action(
        "EmailTemplateService.delete_template",
        TEMPLATES,
        lambda x, c: EmailTemplateService(x).delete_template(c.extra["template"]),
    ),
    _action(
        "SignatureService.create_signature",
        USER_MANAGERS,
        lambda x, c: SignatureService(x).create_signature(c.target_user, SignatureForm("Short", "S.", "fr")),
        ANY,
    ),
    _action(
        "SignatureService.update_signature",
        USER_MANAGERS,
        lambda x, c: SignatureService(x).update_signature(
            c.target_user, c.extra["signature"], SignatureForm("Formal", "Best", "en")
        ),
        ANY,
    ),
    _action(
        "SignatureService.delete_signature",
        USER_MANAGERS,
        lambda x, c: SignatureService(x).delete_signature(c.target_user, c.extra["signature"]),
        ANY,
    ),
)
