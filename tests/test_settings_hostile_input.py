"""Hostile input to the Settings entry points: NUL, lone surrogates, control characters, 1 MB text
and formulas are refused with a typed error (nothing written) or stored as given."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import Signed
from sqlalchemy import func, select

from engage_desktop.models import AuditEvent
from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.settings.account import AccountForm, AccountSettingsService
from engage_desktop.services.settings.api_tokens import ApiTokenService, verify_token
from engage_desktop.services.settings.business_hours import Holiday
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.settings.notifications import CustomNotificationForm, NotificationService
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService
from engage_desktop.services.settings.webhooks import WebhookForm, WebhookService

HOSTILE = [
    "bad\x00text",
    "lone \ud800 surrogate",
    "bell\x07",
    "x" * 1_000_000,
    "=cmd|' /C calc'!A0",
    "",
    "   ",
]


def events_count(signed: Signed) -> int:
    with signed.db.session_factory() as session:
        return int(session.scalar(select(func.count(AuditEvent.id))) or 0)


def refused_or_kept(signed: Signed, call: object, text: str, read_back: object = None) -> None:
    before = events_count(signed)
    try:
        result = call()  # type: ignore[operator]
    except DomainError:
        assert events_count(signed) == before, "a refusal wrote something"
        return
    if read_back is not None:
        assert read_back(result) == text.strip() or read_back(result) == " ".join(text.split())  # type: ignore[operator]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_labels_and_texts(sqlite_admin: Signed, text: str) -> None:
    ctx = sqlite_admin.ctx
    refused_or_kept(
        sqlite_admin,
        lambda: TimeSheetService(ctx).create_time_sheet(TimeSheetForm(text, "UTC")),
        text,
        lambda r: r.label,
    )
    refused_or_kept(
        sqlite_admin,
        lambda: TimeSheetService(ctx).create_time_sheet(
            TimeSheetForm("Sheet", text[:64] or "UTC", {"monday": text}, (Holiday(date(2026, 1, 1), text),))
        ),
        text,
    )
    refused_or_kept(
        sqlite_admin,
        lambda: ApiTokenService(ctx, SecretStore()).create_api_token(text, sqlite_admin.user.id),
        text,
        lambda r: r.row.label,
    )
    refused_or_kept(
        sqlite_admin,
        lambda: WebhookService(ctx, SecretStore()).create_webhook(
            WebhookForm(text, text, ("user.created",), verify_token=text or None)
        ),
        text,
    )
    refused_or_kept(
        sqlite_admin,
        lambda: NotificationService(ctx).create_custom_notification(
            CustomNotificationForm(text, "user.created", text)
        ),
        text,
    )
    refused_or_kept(
        sqlite_admin,
        lambda: AccountSettingsService(ctx).update_account_settings(AccountForm(name=text)),
        text,
    )
    refused_or_kept(sqlite_admin, lambda: ExtensionService(ctx).update_extension("video", text), text)
    assert verify_token(ctx, text) is None
    with pytest.raises(DomainError):
        TimeSheetService(ctx).import_holidays(1, text)


def test_formula_label_is_stored_as_given(sqlite_admin: Signed) -> None:
    formula = "=cmd|' /C calc'!A0"
    sheet = TimeSheetService(sqlite_admin.ctx).create_time_sheet(TimeSheetForm(formula, "UTC"))
    assert TimeSheetService(sqlite_admin.ctx).get_time_sheet(sheet.id).label == formula
