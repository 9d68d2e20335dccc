"""Shared by the agent tools tests: a small account (categories, sources), entries, extension switch."""

from __future__ import annotations

from conftest import Signed
from sqlalchemy import select, update

from engage_desktop.models import AuditEvent, Extension
from engage_desktop.services.agent_tools.entries import EntryForm, ReplyAssistantService, VersionForm

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def set_reply_assistant(signed: Signed, enabled: bool) -> None:
    with signed.db.session_factory() as session:
        session.execute(update(Extension).where(Extension.name == "reply_assistant").values(enabled=enabled))
        session.commit()


def events(signed: Signed, prefix: str) -> list[AuditEvent]:
    with signed.db.session_factory() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.name.like(f"{prefix}%")).order_by(AuditEvent.seq)
            )
        )


def text_entry(
    label: str, body: str = "Hello", *, shortcuts: tuple[str, ...] = (), **more: object
) -> EntryForm:
    return EntryForm(label, shortcuts, versions=(VersionForm("en", "text", body),), **more)  # type: ignore[arg-type]


def add_entries(signed: Signed, *forms: EntryForm) -> list[int]:
    service = ReplyAssistantService(signed.ctx)
    return [service.create_entry(form).id for form in forms]
