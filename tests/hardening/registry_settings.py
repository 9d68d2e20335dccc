"""Data-changing actions of the Settings section (services/settings).

Same rules as `registry.py`: each entry names the permission(s) the action needs and calls it.
"""

from __future__ import annotations

from engage_desktop.services.settings.account import AccountForm, AccountSettingsService
from engage_desktop.services.settings.api_tokens import ApiTokenService
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.settings.notifications import CustomNotificationForm, NotificationService
from engage_desktop.services.settings.security import SecurityForm, SecuritySettingsService
from engage_desktop.services.settings.time_sheets import TimeSheetService
from engage_desktop.services.settings.webhooks import WebhookForm, WebhookService

from .action_base import P, ServiceAction
from .context_settings import (
    sheet_form,
    with_api_token,
    with_custom_notification,
    with_time_sheet,
    with_webhook,
)

ACTIONS: tuple[ServiceAction, ...] = (
    # ---- business hours
    ServiceAction(
        "TimeSheetService.create_time_sheet",
        (P.UPDATE_TIME_SHEET,),
        lambda x, c: TimeSheetService(x).create_time_sheet(sheet_form("Night")),
    ),
    ServiceAction(
        "TimeSheetService.update_time_sheet",
        (P.UPDATE_TIME_SHEET,),
        lambda x, c: TimeSheetService(x).update_time_sheet(c.extra["time_sheet_id"], sheet_form("Renamed")),
        setup=with_time_sheet,
    ),
    ServiceAction(
        "TimeSheetService.delete_time_sheet",
        (P.UPDATE_TIME_SHEET,),
        lambda x, c: TimeSheetService(x).delete_time_sheet(c.extra["time_sheet_id"]),
        setup=with_time_sheet,
    ),
    ServiceAction(
        "TimeSheetService.import_holidays",
        (P.UPDATE_TIME_SHEET,),
        lambda x, c: TimeSheetService(x).import_holidays(c.extra["time_sheet_id"], "2027-01-01,New Year\n"),
        setup=with_time_sheet,
    ),
    # ---- API access tokens (acting as the actor themself: no escalation question here)
    ServiceAction(
        "ApiTokenService.create_api_token",
        (P.MANAGE_API_ACCESS_TOKENS,),
        lambda x, c: ApiTokenService(x).create_api_token("Robot", x.actor_id or 0),
    ),
    ServiceAction(
        "ApiTokenService.update_api_token",
        (P.MANAGE_API_ACCESS_TOKENS,),
        lambda x, c: ApiTokenService(x).update_api_token(c.extra["api_token_id"], "Renamed", False),
        setup=with_api_token,
    ),
    ServiceAction(
        "ApiTokenService.delete_api_token",
        (P.MANAGE_API_ACCESS_TOKENS,),
        lambda x, c: ApiTokenService(x).delete_api_token(c.extra["api_token_id"]),
        setup=with_api_token,
    ),
    # ---- security settings
    ServiceAction(
        "SecuritySettingsService.update_security_settings",
        (P.UPDATE_SETTINGS,),
        lambda x, c: SecuritySettingsService(x).update_security_settings(
            SecurityForm(password_min_length=12), acknowledged=True
        ),
    ),
    # ---- account settings
    ServiceAction(
        "AccountSettingsService.update_account_settings",
        (P.UPDATE_SETTINGS,),
        lambda x, c: AccountSettingsService(x).update_account_settings(AccountForm(name="Renamed")),
    ),
    # ---- extensions
    ServiceAction(
        "ExtensionService.set_extension_enabled",
        (P.CREATE_AND_DESTROY_EXTENSION,),
        lambda x, c: ExtensionService(x).set_extension_enabled("video", False),
    ),
    ServiceAction(
        "ExtensionService.update_extension",
        (P.UPDATE_EXTENSION,),
        lambda x, c: ExtensionService(x).update_extension("video", '{"max_minutes": 30}'),
    ),
    # ---- webhooks
    ServiceAction(
        "WebhookService.create_webhook",
        (P.UPDATE_SETTINGS,),
        lambda x, c: WebhookService(x).create_webhook(
            WebhookForm("CRM", "https://crm.example", ("user.created",))
        ),
    ),
    ServiceAction(
        "WebhookService.update_webhook",
        (P.UPDATE_SETTINGS,),
        lambda x, c: WebhookService(x).update_webhook(
            c.extra["webhook_id"], WebhookForm("CRM", "https://crm.example", ("user.created",))
        ),
        setup=with_webhook,
    ),
    ServiceAction(
        "WebhookService.delete_webhook",
        (P.UPDATE_SETTINGS,),
        lambda x, c: WebhookService(x).delete_webhook(c.extra["webhook_id"]),
        setup=with_webhook,
    ),
    ServiceAction(
        "WebhookService.test_webhook",
        (P.UPDATE_SETTINGS,),
        lambda x, c: WebhookService(x).test_webhook(c.extra["webhook_id"]),
        setup=with_webhook,
    ),
    # ---- notifications
    ServiceAction(
        "NotificationService.set_my_preference",
        (P.MANAGE_OWN_NOTIFICATIONS,),
        lambda x, c: NotificationService(x).set_my_preference("user.created", True, True),
    ),
    ServiceAction(
        "NotificationService.create_custom_notification",
        (P.MANAGE_CUSTOM_NOTIFICATIONS,),
        lambda x, c: NotificationService(x).create_custom_notification(
            CustomNotificationForm("Roles", "role.updated")
        ),
    ),
    ServiceAction(
        "NotificationService.update_custom_notification",
        (P.MANAGE_CUSTOM_NOTIFICATIONS,),
        lambda x, c: NotificationService(x).update_custom_notification(
            c.extra["notification_id"], CustomNotificationForm("Renamed", "user.created")
        ),
        setup=with_custom_notification,
    ),
    ServiceAction(
        "NotificationService.delete_custom_notification",
        (P.MANAGE_CUSTOM_NOTIFICATIONS,),
        lambda x, c: NotificationService(x).delete_custom_notification(c.extra["notification_id"]),
        setup=with_custom_notification,
    ),
)
