"""Notifications on SQLite and PostgreSQL: one's own choices, custom notifications with a text
condition, the in-console feed after a journal position, journal and permissions."""

from __future__ import annotations

import pytest
from conftest import Signed
from test_roles_service import journal, user_with_role

from engage_desktop.services.core.errors import PermissionDenied, ValidationError
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.settings.notifications import CustomNotificationForm, NotificationService
from engage_desktop.services.settings.time_sheets import TimeSheetForm, TimeSheetService


def test_own_choices_drive_the_feed(admin: Signed) -> None:
    notes = NotificationService(admin.ctx)
    assert all(not p.in_app for p in notes.my_preferences())
    start = notes.latest_seq()
    TimeSheetService(admin.ctx).create_time_sheet(TimeSheetForm("Before", "UTC"))
    assert notes.notifications_since(start) == []
    notes.set_my_preference("time_sheet.created", True, False)
    items = notes.notifications_since(start)
    assert [(i.event, i.who, i.reason) for i in items] == [("time_sheet.created", "ada", "")]
    assert notes.notifications_since(items[-1].seq) == []
    assert {p.event: p.in_app for p in notes.my_preferences()}["time_sheet.created"]
    [event] = journal(admin, "notification_preference.updated")
    assert event.changes == {"in_app": {"from": False, "to": True}}
    with pytest.raises(ValidationError):
        notes.set_my_preference("nope.nothing", True, True)


def test_custom_notification_with_condition(admin: Signed) -> None:
    notes = NotificationService(admin.ctx)
    start = notes.latest_seq()
    row = notes.create_custom_notification(
        CustomNotificationForm("Paris sheets", "time_sheet.created", text_contains="paris")
    )
    sheets = TimeSheetService(admin.ctx)
    sheets.create_time_sheet(TimeSheetForm("London desk", "Europe/London"))
    sheets.create_time_sheet(TimeSheetForm("Paris office", "Europe/Paris"))
    items = notes.notifications_since(start)
    assert [(i.event, i.reason) for i in items] == [("time_sheet.created", "Paris sheets")]
    notes.update_custom_notification(
        row.id,
        CustomNotificationForm("Paris sheets", "time_sheet.created", "paris", "email"),
        version=row.version,
    )
    assert notes.notifications_since(start) == []  # e-mail only: nothing in the console
    with pytest.raises(ValidationError) as caught:
        notes.create_custom_notification(CustomNotificationForm("", "x.y", "a\x00", "pigeon"))
    assert set(caught.value.errors) == {"label", "event", "text_contains", "channel"}
    notes.delete_custom_notification(row.id)
    assert notes.count_custom_notifications(ListQuery()) == 0
    names = [
        e.name
        for e in journal(
            admin,
            "custom_notification.created",
            "custom_notification.updated",
            "custom_notification.destroyed",
        )
    ]
    assert names[::-1] == [
        "custom_notification.created",
        "custom_notification.updated",
        "custom_notification.destroyed",
    ]


def test_permissions(admin: Signed) -> None:
    agent = user_with_role(admin, "Agents", ["manage_own_notifications"], "agent")
    NotificationService(agent.ctx).set_my_preference("user.created", True, True)
    with pytest.raises(PermissionDenied):
        NotificationService(agent.ctx).create_custom_notification(CustomNotificationForm("X", "user.created"))
    reader = user_with_role(admin, "Readers", ["read_user"], "reader")
    with pytest.raises(PermissionDenied):
        NotificationService(reader.ctx).set_my_preference("user.created", True, True)
    assert NotificationService(reader.ctx).notifications_since(0) == []
