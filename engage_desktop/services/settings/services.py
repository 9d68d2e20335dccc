"""The Settings section's services, as the views reach them: `session.settings.time_sheets` …"""

from __future__ import annotations

from functools import cached_property

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.settings.account import AccountSettingsService
from engage_desktop.services.settings.api_tokens import ApiTokenService
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.settings.notifications import NotificationService
from engage_desktop.services.settings.security import SecuritySettingsService
from engage_desktop.services.settings.session_lock import SessionLockService
from engage_desktop.services.settings.time_sheets import TimeSheetService
from engage_desktop.services.settings.webhooks import WebhookService


class SettingsServices:
    def __init__(self, ctx: ServiceContext, secrets: SecretStore) -> None:
        self.ctx = ctx
        self.secrets = secrets

    @cached_property
    def time_sheets(self) -> TimeSheetService:
        return TimeSheetService(self.ctx)

    @cached_property
    def api_tokens(self) -> ApiTokenService:
        return ApiTokenService(self.ctx, self.secrets)

    @cached_property
    def security(self) -> SecuritySettingsService:
        return SecuritySettingsService(self.ctx)

    @cached_property
    def session_lock(self) -> SessionLockService:
        return SessionLockService(self.ctx)

    @cached_property
    def account(self) -> AccountSettingsService:
        return AccountSettingsService(self.ctx)

    @cached_property
    def extensions(self) -> ExtensionService:
        return ExtensionService(self.ctx)

    @cached_property
    def webhooks(self) -> WebhookService:
        return WebhookService(self.ctx, self.secrets)

    @cached_property
    def notifications(self) -> NotificationService:
        return NotificationService(self.ctx)
