"""Revision 0010 (settings): a database at 0009 holding a time sheet (label only), account and
security settings and a switched-off extension upgrades to head and keeps them (the sheet closed
every day, as it was, in UTC; the new settings at their defaults), and the new settings can be
written on it; down to 0009 and back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text
from test_channels_migration import alembic_config, bare_db, upgrade_to

from engage_desktop.db import Database
from engage_desktop.models.business_hours import TimeSheet
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.reference_data import ensure_reference_data
from engage_desktop.services.settings.account import AccountSettingsService
from engage_desktop.services.settings.extensions import ExtensionService
from engage_desktop.services.settings.security import SecuritySettingsService
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService

__all__ = ["bare_db"]


def _fill_0009(database: Database) -> None:
    with database.engine.begin() as conn:
        run = conn.execute
        run(text("INSERT INTO roles (id, platform_id, label, label_key) VALUES (1, 'r1', 'Admin', 'admin')"))
        run(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, 'update_time_sheet')"))
        run(
            text(
                "INSERT INTO users (id, platform_id, firstname, lastname, nickname, nickname_key, email, "
                "email_key, role_id, enabled, invitation_pending, locale, timezone) VALUES "
                "(1, 'u1', 'Ada', 'Admin', 'ada', 'ada', 'ada@x.io', 'ada@x.io', 1, :t, :f, 'en', 'UTC')"
            ),
            {"t": True, "f": False},
        )
        run(
            text("INSERT INTO time_sheets (id, platform_id, label, active) VALUES (1, 'ts1', 'Office', :t)"),
            {"t": True},
        )
        run(
            text(
                "INSERT INTO account_settings (platform_id, name, locale, timezone, routing_mode) "
                "VALUES ('acc1', 'Northwind', 'fr', 'Europe/Paris', :f)"
            ),
            {"f": False},
        )
        run(
            text(
                "INSERT INTO security_settings (platform_id, password_min_length, password_numbers, "
                "password_non_word, session_timeout, lockout_attempts, lockout_minutes) "
                "VALUES ('sec1', 12, :t, :t, 30, 4, 20)"
            ),
            {"t": True},
        )
        run(
            text("INSERT INTO extensions (platform_id, name, enabled) VALUES ('ext1', 'video', :f)"),
            {"f": False},
        )


def test_0009_database_with_a_time_sheet_upgrades_and_takes_hours(bare_db: Database) -> None:
    upgrade_to(bare_db, "0009")
    _fill_0009(bare_db)

    bare_db.upgrade()

    assert bare_db.current_revision() in bare_db.head_revisions()
    with bare_db.session_factory() as session:
        sheet = session.scalars(select(TimeSheet)).one()
        assert (sheet.label, sheet.timezone, sheet.monday_hours, sheet.holidays) == ("Office", "UTC", "", [])
    ensure_reference_data(ServiceContext(bare_db.session_factory))
    actor = ServiceContext(bare_db.session_factory).acting_as(1)
    with bare_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO role_permissions (role_id, permission) VALUES (1, 'update_settings')"))
    account = AccountSettingsService(actor).get_account_settings().form
    assert (account.name, account.locale, account.timezone, account.beginning_of_week) == (
        "Northwind",
        "fr",
        "Europe/Paris",
        "monday",
    )
    security = SecuritySettingsService(actor).get_security_settings().form
    assert (security.password_min_length, security.session_timeout, security.lockout_attempts) == (12, 30, 4)
    assert not security.expire_password_enabled and security.api_allowed_ip_ranges == ()
    assert ExtensionService(actor).disabled_names() == {"video"}
    sheets = TimeSheetService(ServiceContext(bare_db.session_factory).acting_as(1))
    detail = sheets.update_time_sheet(1, TimeSheetForm("Office", "Europe/Paris", {"monday": "0900-1800"}))
    assert detail.hours["monday"] == "0900-1800"


def test_downgrade_to_0009_and_back(bare_db: Database) -> None:
    upgrade_to(bare_db, "0009")
    _fill_0009(bare_db)
    bare_db.upgrade()
    cfg = alembic_config()
    with bare_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    assert bare_db.current_revision() == "0009"
    with bare_db.engine.connect() as conn:
        assert conn.execute(text("SELECT label FROM time_sheets")).scalar() == "Office"
    bare_db.upgrade()
    assert bare_db.current_revision() in bare_db.head_revisions()
