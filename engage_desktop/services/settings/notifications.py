"""Settings › Notifications: each user's own choices (which journal events to be told about, in the
console and/or by e-mail) and the administrator's custom notifications (event + condition +
channel), and the feed the console's notification centre reads.

Own choices need `manage_own_notifications` (journaled `notification_preference.updated`); custom
notifications need `manage_custom_notifications` (`custom_notification.created|updated|destroyed`).
The feed reads journal events after a given `seq`; the e-mail channel is recorded but this console
sends no e-mail (the platform does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engage_desktop.models import AuditEvent, CustomNotification, NotificationPreference
from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.core.context import ServiceContext
from engage_desktop.services.core.errors import ErrorCode, NotFound
from engage_desktop.services.core.journal import field_diff
from engage_desktop.services.core.listing import ListQuery
from engage_desktop.services.core.translatable import QT_TRANSLATE_NOOP
from engage_desktop.services.core.unit_of_work import UnitOfWork, run_operation
from engage_desktop.services.core.validation import FieldErrors, is_id, unstorable
from engage_desktop.services.settings.webhooks import EVENT_NAMES

OWN = Permission.MANAGE_OWN_NOTIFICATIONS
CUSTOM = Permission.MANAGE_CUSTOM_NOTIFICATIONS
CHANNELS = ("in_app", "email")
FEED_LIMIT = 200

EVENT_UNKNOWN = ErrorCode(
    "notification.event_unknown", QT_TRANSLATE_NOOP("Errors", "“{name}” is not a journal event.")
)
CHANNEL_UNKNOWN = ErrorCode(
    "notification.channel_unknown", QT_TRANSLATE_NOOP("Errors", "Choose in the console or by e-mail.")
)
CONDITION_TOO_LONG = ErrorCode(
    "notification.condition_bad",
    QT_TRANSLATE_NOOP(
        "Errors", "The condition text is too long (200 characters at most) or holds control characters."
    ),
)
NOTIFICATION_GONE = ErrorCode(
    "custom_notification.not_found",
    QT_TRANSLATE_NOOP("Errors", "This notification no longer exists (it may have been deleted elsewhere)."),
)


@dataclass(frozen=True)
class Preference:
    event: str
    in_app: bool
    email: bool


@dataclass(frozen=True)
class CustomNotificationForm:
    label: str
    event: str
    text_contains: str = ""  # the condition: the event's changes or details mention this text
    channel: str = "in_app"
    active: bool = True


@dataclass(frozen=True)
class CustomNotificationRow:
    id: int
    platform_id: str
    label: str
    event: str
    text_contains: str
    channel: str
    active: bool
    version: int


@dataclass(frozen=True)
class NotificationItem:
    seq: int
    created_at: datetime
    event: str
    who: str
    object_type: str
    object_id: str
    reason: str  # the custom notification's label, or "" for one's own choice


class NotificationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ---- own choices ---------------------------------------------------------------------------
    def my_preferences(self) -> list[Preference]:
        with UnitOfWork(self.ctx) as uow:
            actor = uow.require(OWN)
            saved = {
                p.event: p
                for p in uow.session.scalars(
                    select(NotificationPreference).where(NotificationPreference.user_id == actor.id)
                )
            }
            return [
                Preference(name, saved[name].in_app, saved[name].email)
                if name in saved
                else Preference(name, False, False)
                for name in EVENT_NAMES
            ]

    def count_my_preferences(self, query: ListQuery) -> int:
        return len(self.list_my_preferences(query, 0, len(EVENT_NAMES)))

    def list_my_preferences(self, query: ListQuery, offset: int = 0, limit: int = 200) -> list[Preference]:
        """For the list panel: search in the event names, filter on "on" (either channel)."""
        rows = self.my_preferences()
        needle = query.search.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in r.event]
        if query.filters.get("on") is not None:
            rows = [r for r in rows if (r.in_app or r.email) == bool(query.filters["on"])]
        if query.descending:
            rows.reverse()
        return rows[offset : offset + limit]

    def set_my_preference(self, event: str, in_app: bool, email: bool) -> Preference:
        return run_operation(self.ctx, set_my_preference, event, in_app, email)

    # ---- custom notifications ------------------------------------------------------------------
    def count_custom_notifications(self, query: ListQuery) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.require(CUSTOM)
            return int(uow.session.scalar(select(func.count(CustomNotification.id))) or 0)

    def list_custom_notifications(
        self, query: ListQuery, offset: int = 0, limit: int = 200
    ) -> list[CustomNotificationRow]:
        with UnitOfWork(self.ctx) as uow:
            uow.require(CUSTOM)
            stmt = select(CustomNotification).order_by(CustomNotification.label, CustomNotification.id)
            return [_row(n) for n in uow.session.scalars(stmt.offset(offset).limit(limit))]

    def create_custom_notification(self, form: CustomNotificationForm) -> CustomNotificationRow:
        return run_operation(self.ctx, create_custom_notification, form)

    def update_custom_notification(
        self, notification_id: int, form: CustomNotificationForm, *, version: int | None = None
    ) -> CustomNotificationRow:
        return run_operation(self.ctx, update_custom_notification, notification_id, form, version=version)

    def delete_custom_notification(self, notification_id: int) -> None:
        run_operation(self.ctx, delete_custom_notification, notification_id)

    # ---- the feed ------------------------------------------------------------------------------
    def latest_seq(self) -> int:
        with UnitOfWork(self.ctx) as uow:
            uow.actor()
            return int(uow.session.scalar(select(func.max(AuditEvent.seq))) or 0)

    def notifications_since(self, seq: int) -> list[NotificationItem]:
        """In-console notifications for the signed-in user among the journal events after `seq`."""
        with UnitOfWork(self.ctx) as uow:
            actor = uow.actor()
            session = uow.session
            own = set(
                session.scalars(
                    select(NotificationPreference.event).where(
                        NotificationPreference.user_id == actor.id, NotificationPreference.in_app.is_(True)
                    )
                )
            )
            custom = list(
                session.scalars(
                    select(CustomNotification).where(
                        CustomNotification.active.is_(True), CustomNotification.channel == "in_app"
                    )
                )
            )
            wanted = own | {c.event for c in custom}
            if not wanted:
                return []
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.seq > seq, AuditEvent.name.in_(sorted(wanted)))
                .order_by(AuditEvent.seq)
                .limit(FEED_LIMIT)
            )
            return [item for event in events if (item := _match(event, own, custom)) is not None]


def _match(event: AuditEvent, own: set[str], custom: list[CustomNotification]) -> NotificationItem | None:
    reason: str | None = "" if event.name in own else None
    if reason is None:
        text = f"{event.changes} {event.details} {event.object_id}".casefold()
        for notification in custom:
            needle = str((notification.condition or {}).get("text_contains", "")).casefold()
            if notification.event == event.name and (not needle or needle in text):
                reason = notification.label
                break
    if reason is None:
        return None
    return NotificationItem(
        event.seq, event.created_at, event.name, event.user_label, event.object_type, event.object_id, reason
    )


# ---- operations ----------------------------------------------------------------------------------
def set_my_preference(uow: UnitOfWork, event: str, in_app: bool, email: bool) -> Preference:
    actor = uow.require(OWN)
    if event not in EVENT_NAMES:
        errors = FieldErrors()
        errors.add("event", EVENT_UNKNOWN(name=str(event)[:80]))
        errors.raise_if_any()
    row = uow.session.scalar(
        select(NotificationPreference).where(
            NotificationPreference.user_id == actor.id, NotificationPreference.event == event
        )
    )
    before = {"in_app": row.in_app, "email": row.email} if row else {"in_app": False, "email": False}
    if row is None:
        row = NotificationPreference(user_id=actor.id, event=event)
        uow.session.add(row)
    row.in_app, row.email = bool(in_app), bool(email)
    changes = field_diff(before, {"in_app": row.in_app, "email": row.email})
    if changes:
        uow.session.flush()
        uow.record(
            "notification_preference.updated",
            object_type="user",
            object_id=actor.platform_id,
            changes=changes,
            details={"event": event},
        )
    return Preference(event, row.in_app, row.email)


def create_custom_notification(uow: UnitOfWork, form: CustomNotificationForm) -> CustomNotificationRow:
    uow.require(CUSTOM)
    values = _valid(form)
    notification = CustomNotification(**values)
    uow.session.add(notification)
    uow.session.flush()
    _record(uow, "custom_notification.created", notification, {})
    return _row(notification)


def update_custom_notification(
    uow: UnitOfWork, notification_id: int, form: CustomNotificationForm, *, version: int | None = None
) -> CustomNotificationRow:
    uow.require(CUSTOM)
    notification = _load(uow.session, notification_id)
    values = _valid(form)
    uow.ensure_version(
        notification, version, object_type="custom_notification", theirs=_snapshot(notification), mine=values
    )
    before = _snapshot(notification)
    for key, value in values.items():
        setattr(notification, key, value)
    _record(uow, "custom_notification.updated", notification, before)
    return _row(notification)


def delete_custom_notification(uow: UnitOfWork, notification_id: int) -> None:
    uow.require(CUSTOM)
    notification = _load(uow.session, notification_id)
    before, platform_id = _snapshot(notification), notification.platform_id
    uow.session.delete(notification)
    uow.session.flush()
    uow.record(
        "custom_notification.destroyed",
        object_type="custom_notification",
        object_id=platform_id,
        changes=field_diff(before, {}),
    )


def _valid(form: CustomNotificationForm) -> dict[str, Any]:
    errors = FieldErrors()
    label = errors.required("label", form.label, QT_TRANSLATE_NOOP("Errors", "Label"))
    if form.event not in EVENT_NAMES:
        errors.add("event", EVENT_UNKNOWN(name=str(form.event)[:80]))
    if form.channel not in CHANNELS:
        errors.add("channel", CHANNEL_UNKNOWN())
    needle = form.text_contains.strip() if isinstance(form.text_contains, str) else ""
    if len(needle) > 200 or unstorable(needle):
        errors.add("text_contains", CONDITION_TOO_LONG())
    errors.raise_if_any()
    return {
        "label": label,
        "event": form.event,
        "condition": {"text_contains": needle} if needle else {},
        "channel": form.channel,
        "active": bool(form.active),
    }


def _snapshot(notification: CustomNotification) -> dict[str, Any]:
    return {
        "label": notification.label,
        "event": notification.event,
        "condition": dict(notification.condition or {}),
        "channel": notification.channel,
        "active": notification.active,
    }


def _record(uow: UnitOfWork, name: str, notification: CustomNotification, before: dict[str, Any]) -> None:
    changes = field_diff(before, _snapshot(notification))
    if changes:
        uow.session.flush()
        uow.record(
            name, object_type="custom_notification", object_id=notification.platform_id, changes=changes
        )


def _load(session: Session, notification_id: int) -> CustomNotification:
    notification = session.get(CustomNotification, notification_id) if is_id(notification_id) else None
    if notification is None:
        raise NotFound(NOTIFICATION_GONE())
    return notification


def _row(notification: CustomNotification) -> CustomNotificationRow:
    return CustomNotificationRow(
        notification.id,
        notification.platform_id,
        notification.label,
        notification.event,
        str((notification.condition or {}).get("text_contains", "")),
        notification.channel,
        notification.active,
        notification.version,
    )
