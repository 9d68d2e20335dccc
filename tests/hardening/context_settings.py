"""What the Settings actions act on: a time sheet, an API token, a webhook… made by the administrator."""

from __future__ import annotations

from datetime import date

from conftest import Signed

from engage_desktop.services.settings.business_hours import Holiday
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService

from .action_context import Context, build_context


def sheet_form(label: str = "Office") -> TimeSheetForm:
    return TimeSheetForm(
        label, "Europe/Paris", {"monday": "0900-1800"}, (Holiday(date(2026, 12, 25), "Christmas"),)
    )


def with_time_sheet(admin: Signed) -> Context:
    context = build_context(admin)
    context.extra["time_sheet_id"] = TimeSheetService(admin.ctx).create_time_sheet(sheet_form()).id
    return context


def with_api_token(admin: Signed) -> Context:
    from engage_desktop.services.settings.api_tokens import ApiTokenService

    context = build_context(admin)
    context.extra["api_token_id"] = ApiTokenService(admin.ctx).create_api_token("Robot", admin.user.id).row.id
    return context


def with_webhook(admin: Signed) -> Context:
    from engage_desktop.services.settings.webhooks import WebhookForm, WebhookService

    context = build_context(admin)
    form = WebhookForm("Local", "http://127.0.0.1:9/hook", ("user.created",))  # nothing listens on port 9
    context.extra["webhook_id"] = WebhookService(admin.ctx).create_webhook(form).id
    return context


def with_custom_notification(admin: Signed) -> Context:
    from engage_desktop.services.settings.notifications import CustomNotificationForm, NotificationService

    context = build_context(admin)
    form = CustomNotificationForm("New users", "user.created")
    context.extra["notification_id"] = NotificationService(admin.ctx).create_custom_notification(form).id
    return context
