"""The Settings section's services, as the views reach them: `session.settings.time_sheets` …"""

from __future__ import annotations

from functools import cached_property

from engage_desktop.secrets import SecretStore
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.settings.time_sheets import TimeSheetService


class SettingsServices:
    def __init__(self, ctx: ServiceContext, secrets: SecretStore) -> None:
        self.ctx = ctx
        self.secrets = secrets

    @cached_property
    def time_sheets(self) -> TimeSheetService:
        return TimeSheetService(self.ctx)
