"""E-mail templates: name, subject, HTML and text bodies with `{{placeholders}}`, and the sources
that use them. A placeholder we do not know is refused, named; the HTML body is sanitised like a
reply-assistant version; `preview` fills the placeholders with sample data (escaped in HTML).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models.agent_tools import EmailTemplate, EmailTemplateSource
from engage_desktop.models.base import utcnow
from engage_desktop.models.channels import ContentSource
from engage_desktop.models.text_keys import fold
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.agent_tools.entry_rules import (
    SOURCES_GONE,
    clean_body,
    remote_images_allowed,
    source_names,
)
from engage_desktop.services.agent_tools.html_safety import sanitize_html
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery, like_pattern
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id

MANAGE = Permission.MANAGE_EMAILS_TEMPLATES
TEMPLATE_EVENT = "emails.template"
PLACEHOLDER_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")

# name: (menu label, sample value for the preview)
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "customer_firstname": (QT_TRANSLATE_NOOP("EmailTemplates", "Customer first name"), "Chloé"),
    "customer_lastname": (QT_TRANSLATE_NOOP("EmailTemplates", "Customer last name"), "Dubois"),
    "agent_name": (QT_TRANSLATE_NOOP("EmailTemplates", "Agent name"), "Sam Agent"),
    "agent_signature": (
        QT_TRANSLATE_NOOP("EmailTemplates", "Agent signature"),
        "Sam Agent\nAcme customer care",
    ),
    "quoted_message": (
        QT_TRANSLATE_NOOP("EmailTemplates", "Quoted original message"),
        "Hello, my parcel has not arrived yet. Can you help?",
    ),
    "source_name": (QT_TRANSLATE_NOOP("EmailTemplates", "Source name"), "Support mailbox"),
    "date": (QT_TRANSLATE_NOOP("EmailTemplates", "Date"), "2026-11-30"),
}

TEMPLATE_GONE = ErrorCode(
    "emails_template.not_found",
    QT_TRANSLATE_NOOP(
        "Errors", "This template no longer exists (it may have been deleted on another workstation)."
    ),
)
TEMPLATE_NAME_TAKEN = ErrorCode(
    "emails_template.name_taken", QT_TRANSLATE_NOOP("Errors", "A template named “{name}” already exists.")
)
UNKNOWN_PLACEHOLDER = ErrorCode(
    "emails_template.unknown_placeholder",
    QT_TRANSLATE_NOOP("Errors", "Unknown placeholder {{{{{name}}}}}: use one from the Insert menu."),
)
BODIES_EMPTY = ErrorCode(
    "emails_template.bodies_empty", QT_TRANSLATE_NOOP("Errors", "Write an HTML body, a text body or both.")
)


@dataclass(frozen=True)
class TemplateForm:
    name: str
    subject: str = ""
    body_html: str = ""
    body_text: str = ""
    source_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    subject: str
    source_count: int
    updated_at: Any


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    platform_id: str
    form: TemplateForm
    version: int


@dataclass(frozen=True)
class RenderedTemplate:
    subject: str
    html: str
    text: str


def placeholders_in(text: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER_RE.finditer(text)]


def render(form: TemplateForm, values: dict[str, str] | None = None) -> RenderedTemplate:
    """The template with its placeholders filled (sample data by default); HTML values escaped,
    line breaks kept, the quoted message in a blockquote."""
    filled = {name: sample for name, (_label, sample) in PLACEHOLDERS.items()} | (values or {})

    def plain(match: re.Match[str]) -> str:
        return filled.get(match.group(1), match.group(0))

    def marked(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in filled:
            return html.escape(match.group(0))
        value = html.escape(filled[name]).replace("\n", "<br>")
        return f"<blockquote>{value}</blockquote>" if name == "quoted_message" else value

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    text_body = PLACEHOLDER_RE.sub(plain, text(form.body_text))
    html_body = PLACEHOLDER_RE.sub(marked, text(form.body_html))
    return RenderedTemplate(
        PLACEHOLDER_RE.sub(plain, text(form.subject)), sanitize_html(html_body), text_body
    )


class EmailTemplateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def count_templates(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return int(uow.session.scalar(_filtered(select(func.count(EmailTemplate.id)), query)) or 0)

    def list_templates(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[TemplateRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            order = EmailTemplate.updated_at if query.sort == "updated_at" else EmailTemplate.name_key
            stmt = _filtered(select(EmailTemplate), query).order_by(
                order.desc() if query.descending else order, EmailTemplate.id
            )
            return [
                TemplateRow(t.id, t.name, t.subject, len(t.source_ids), t.updated_at)
                for t in uow.session.scalars(stmt.offset(offset).limit(limit))
            ]

    def get_template(self, template_id: int) -> TemplateDetail:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            return _detail(_load(uow.session, template_id))

    def source_choices(self) -> list[tuple[int, str]]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
            stmt = select(ContentSource.id, ContentSource.name).order_by(ContentSource.name_key)
            return [(row.id, row.name) for row in uow.session.execute(stmt)]

    def preview(self, form: TemplateForm) -> RenderedTemplate:
        """The form as typed (not saved), filled with sample data; unknown placeholders refused."""
        with UnitOfWork(self.ctx) as uow:
            uow.require(MANAGE)
        errors = FieldErrors()
        _check_placeholders(errors, form)
        errors.raise_if_any()
        return render(form)

    def create_template(self, form: TemplateForm) -> TemplateDetail:
        return run_operation(self.ctx, create_template, form)

    def update_template(
        self, template_id: int, form: TemplateForm, *, version: int | None = None
    ) -> TemplateDetail:
        return run_operation(self.ctx, update_template, template_id, form, version=version)

    def delete_template(self, template_id: int) -> None:
        run_operation(self.ctx, delete_template, template_id)


# ---- operations ----------------------------------------------------------------------------------
def create_template(uow: UnitOfWork, form: TemplateForm) -> TemplateDetail:
    uow.require(MANAGE)
    clean = _valid(uow.session, form)
    template = EmailTemplate()
    _apply(template, clean)
    uow.session.add(template)
    uow.session.flush()
    _record(uow, "created", template, {})
    return _detail(template)


def update_template(
    uow: UnitOfWork, template_id: int, form: TemplateForm, *, version: int | None = None
) -> TemplateDetail:
    uow.require(MANAGE)
    session = uow.session
    template = _load(session, template_id)
    clean = _valid(session, form, template.id)
    before = _snapshot(session, template)
    uow.ensure_version(
        template, version, object_type=TEMPLATE_EVENT, theirs=before, mine=_form_snapshot(session, clean)
    )
    _apply(template, clean)
    session.flush()
    _record(uow, "updated", template, before)
    return _detail(template)


def delete_template(uow: UnitOfWork, template_id: int) -> None:
    uow.require(MANAGE)
    template = _load(uow.session, template_id)
    before, platform_id = _snapshot(uow.session, template), template.platform_id
    uow.session.delete(template)
    uow.session.flush()
    uow.record(
        f"{TEMPLATE_EVENT}.destroyed",
        object_type=TEMPLATE_EVENT,
        object_id=platform_id,
        changes=field_diff(before, {}),
    )


# ---- helpers -------------------------------------------------------------------------------------
def _check_placeholders(errors: FieldErrors, form: TemplateForm) -> None:
    for field in ("subject", "body_html", "body_text"):
        value = getattr(form, field)
        for name in placeholders_in(value if isinstance(value, str) else ""):
            if name not in PLACEHOLDERS:
                errors.add(field, UNKNOWN_PLACEHOLDER(name=name[:60]))
                break


def _valid(session: Session, form: TemplateForm, exclude_id: int | None = None) -> TemplateForm:
    errors = FieldErrors()
    name = errors.required("name", form.name, QT_TRANSLATE_NOOP("Errors", "Name"))
    subject = errors.required("subject", form.subject, QT_TRANSLATE_NOOP("Errors", "Subject"), max_length=255)
    body_html = body_text = ""
    if not (isinstance(form.body_html, str) and form.body_html.strip()) and not (
        isinstance(form.body_text, str) and form.body_text.strip()
    ):
        errors.add("body_text", BODIES_EMPTY())
    else:
        if isinstance(form.body_html, str) and form.body_html.strip():
            allowed = remote_images_allowed(session)
            body_html = clean_body(errors, "body_html", form.body_html, "html", allow_remote_images=allowed)
        if isinstance(form.body_text, str) and form.body_text.strip():
            body_text = clean_body(errors, "body_text", form.body_text, "text")
    _check_placeholders(errors, form)
    if "name" not in errors.errors:
        clash = select(EmailTemplate.id).where(EmailTemplate.name_key == fold(name))
        if exclude_id is not None:
            clash = clash.where(EmailTemplate.id != exclude_id)
        if session.scalar(clash) is not None:
            errors.add("name", TEMPLATE_NAME_TAKEN(name=name))
    ids = form.source_ids if isinstance(form.source_ids, list | tuple) else ()
    wanted = sorted({i for i in ids if is_id(i)})
    found = (
        set(session.scalars(select(ContentSource.id).where(ContentSource.id.in_(wanted))))
        if wanted
        else set()
    )
    if len(wanted) != len(set(ids)) or found != set(wanted):
        errors.add("source_ids", SOURCES_GONE())
    errors.raise_if_any()
    return TemplateForm(name, subject, body_html, body_text, tuple(wanted))


def _apply(template: EmailTemplate, clean: TemplateForm) -> None:
    template.name, template.name_key, template.subject = clean.name, fold(clean.name), clean.subject
    template.body_html, template.body_text = clean.body_html, clean.body_text
    if template.source_ids != list(clean.source_ids):
        template.source_links = [EmailTemplateSource(source_id=s) for s in clean.source_ids]
        template.updated_at = utcnow()  # sources are children: their change moves the version too


def _form_snapshot(session: Session, clean: TemplateForm) -> dict[str, Any]:
    return {
        "name": clean.name,
        "subject": clean.subject,
        "body_html": clean.body_html,
        "body_text": clean.body_text,
        "sources": source_names(session, clean.source_ids),
    }


def _snapshot(session: Session, template: EmailTemplate) -> dict[str, Any]:
    return _form_snapshot(session, _detail(template).form)


def _record(uow: UnitOfWork, action: str, template: EmailTemplate, before: dict[str, Any]) -> None:
    changes = field_diff(before, _snapshot(uow.session, template))
    if changes or action != "updated":
        uow.record(
            f"{TEMPLATE_EVENT}.{action}",
            object_type=TEMPLATE_EVENT,
            object_id=template.platform_id,
            changes=changes,
        )


def _filtered(stmt: Any, query: ListQuery) -> Any:
    if query.search.strip():
        stmt = stmt.where(EmailTemplate.name_key.like(like_pattern(query.search), escape="\\"))
    return stmt


def _load(session: Session, template_id: int) -> EmailTemplate:
    template = session.get(EmailTemplate, template_id) if is_id(template_id) else None
    if template is None:
        raise NotFound(TEMPLATE_GONE())
    return template


def _detail(template: EmailTemplate) -> TemplateDetail:
    form = TemplateForm(
        template.name, template.subject, template.body_html, template.body_text, tuple(template.source_ids)
    )
    return TemplateDetail(template.id, template.platform_id, form, template.version)
