"""The demo account's name: a company, not the placeholder "Engage" a fresh database starts with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from engage_desktop.models import AccountSettings, User
from engage_desktop.services.demo.channels import Journal

DEMO_ACCOUNT_NAME = "Acme Retail"


def name_the_account(session: Session, journal: Journal, when: datetime, admin: User) -> None:
    settings = session.scalar(select(AccountSettings).limit(1))
    if settings is None:
        settings = AccountSettings()
        session.add(settings)
    before = settings.name
    settings.name = DEMO_ACCOUNT_NAME
    session.flush()
    journal(
        when,
        "settings.updated",
        admin,
        "account_settings",
        settings.platform_id,
        {"name": {"from": before, "to": DEMO_ACCOUNT_NAME}},
    )
