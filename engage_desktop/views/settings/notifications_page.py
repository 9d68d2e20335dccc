"""Settings › Notifications: which journal events I am told about (in the console, by e-mail) and,
for administrators, the account's custom notifications (event, condition, channel)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.notifications import (
    CustomNotificationForm,
    CustomNotificationRow,
    Preference,
)
from engage_desktop.services.settings.webhooks import EVENT_NAMES
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection


class CustomNotificationDialog(FormDialog):
    def __init__(
        self, session: AppSession, row: CustomNotificationRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customNotificationEditor")
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Edit notification") if row else self.tr("New notification"))
        self.label_edit = self.form.add_field("label", self.tr("Label"), QLineEdit(row.label if row else ""))
        self.label_edit.setObjectName("notificationLabelEdit")
        self.event_combo = self.form.add_field("event", self.tr("When"), QComboBox())
        self.event_combo.setObjectName("notificationEventCombo")
        self.event_combo.addItems(list(EVENT_NAMES))
        if row:
            self.event_combo.setCurrentText(row.event)
        self.condition_edit = self.form.add_field(
            "text_contains",
            self.tr("And it mentions"),
            QLineEdit(row.text_contains if row else ""),
            self.tr("Optional: a word the change must contain (a name, an id)."),
        )
        self.condition_edit.setObjectName("notificationConditionEdit")
        self.channel_combo = self.form.add_field("channel", self.tr("Tell"), QComboBox())
        self.channel_combo.setObjectName("notificationChannelCombo")
        self.channel_combo.addItem(self.tr("In the console"), "in_app")
        self.channel_combo.addItem(self.tr("By e-mail"), "email")
        if row:
            self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(row.channel), 0))
        self.active_check = self.form.add_field("active", "", QCheckBox(self.tr("Active")))
        self.active_check.setChecked(row.active if row else True)
        self.resize(520, 320)

    def save(self) -> bool:
        form = CustomNotificationForm(
            self.label_edit.text(),
            self.event_combo.currentText(),
            self.condition_edit.text(),
            str(self.channel_combo.currentData()),
            self.active_check.isChecked(),
        )
        service, row = self.session.settings.notifications, self.row
        if row is None:
            return self.submit(lambda: service.create_custom_notification(form)) is not None
        return (
            self.submit(lambda: service.update_custom_notification(row.id, form, version=row.version))
            is not None
        )


class NotificationsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.settings.notifications
        self.tabs = QTabWidget()
        self.tabs.setObjectName("notificationTabs")
        self.mine: ListPanel | None = None
        self.custom: ListPanel | None = None
        yes, no = self.tr("Yes"), self.tr("No")
        if session.can(Permission.MANAGE_OWN_NOTIFICATIONS):
            self.mine = ListPanel(
                self.tr("My notifications"),
                [
                    Column("event", self.tr("Event"), lambda r: r.event, width=300),
                    Column(
                        "in_app", self.tr("In the console"), lambda r: yes if r.in_app else no, sortable=False
                    ),
                    Column("email", self.tr("By e-mail"), lambda r: yes if r.email else no, sortable=False),
                ],
                service.count_my_preferences,
                service.list_my_preferences,
                count_text=self._events_text,
                search_placeholder=self.tr("Search events"),
                filters=[
                    FilterSpec(
                        "on", self.tr("Show"), [(self.tr("All events"), None), (self.tr("Chosen"), True)]
                    )
                ],
                row_key=lambda r: r.event,
                sort="event",
            )
            self.console_button = self.mine.add_action(
                self.tr("In the console"), lambda: self.set_selected(True, None), selection=Selection.SOME
            )
            self.email_button = self.mine.add_action(
                self.tr("Also by e-mail"), lambda: self.set_selected(None, True), selection=Selection.SOME
            )
            self.off_button = self.mine.add_action(
                self.tr("Turn off"), lambda: self.set_selected(False, False), selection=Selection.SOME
            )
            self.tabs.addTab(self.mine, self.tr("My notifications"))
        if session.can(Permission.MANAGE_CUSTOM_NOTIFICATIONS):
            self.custom = ListPanel(
                self.tr("Custom notifications"),
                [
                    Column("label", self.tr("Label"), lambda r: r.label, width=220, sortable=False),
                    Column("event", self.tr("When"), lambda r: r.event, width=220, sortable=False),
                    Column(
                        "condition", self.tr("Mentions"), lambda r: r.text_contains or "—", sortable=False
                    ),
                    Column(
                        "channel",
                        self.tr("Tell"),
                        lambda r: (
                            self.tr("In the console") if r.channel == "in_app" else self.tr("By e-mail")
                        ),
                        sortable=False,
                    ),
                    Column("active", self.tr("Active"), lambda r: yes if r.active else no, sortable=False),
                ],
                service.count_custom_notifications,
                service.list_custom_notifications,
                count_text=self._custom_text,
                empty_title=self.tr("No custom notifications"),
                empty_message=self.tr(
                    "Tell everyone when something happens: an event, a condition, a channel."
                ),
            )
            self.new_button = self.custom.add_action(
                self.tr("New notification"),
                self.new_custom,
                object_name="newNotificationButton",
                variant="primary",
            )
            self.custom.add_action(self.tr("Edit"), self.edit_custom, selection=Selection.ONE)
            self.custom.add_action(
                self.tr("Delete"), self.delete_custom, selection=Selection.ONE, variant="danger"
            )
            self.custom.set_empty_action(self.tr("New notification"), self.new_custom)
            self.custom.opened.connect(self.open_custom)
            self.tabs.addTab(self.custom, self.tr("Custom notifications"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _events_text(self, n: int) -> str:
        return self.tr("%Ln event(s)", "", n)

    def _custom_text(self, n: int) -> str:
        return self.tr("%Ln notification(s)", "", n)

    def set_selected(self, in_app: bool | None, email: bool | None) -> None:
        """None keeps that channel as it is."""
        panel = self.mine
        if panel is None:
            return
        rows: list[Preference] = panel.selected_rows()
        service = self.session.settings.notifications

        def apply() -> None:
            for row in rows:
                service.set_my_preference(
                    row.event, row.in_app if in_app is None else in_app, row.email if email is None else email
                )

        panel.run(apply)

    def new_custom(self) -> None:
        if self.custom is not None:
            self.custom.open_dialog(lambda: CustomNotificationDialog(self.session, None, self))

    def edit_custom(self) -> None:
        row = self.custom.current_row() if self.custom else None
        if row is not None:
            self.open_custom(row)

    def open_custom(self, row: CustomNotificationRow) -> None:
        if self.custom is not None:
            self.custom.open_dialog(lambda: CustomNotificationDialog(self.session, row, self))

    def delete_custom(self) -> None:
        panel = self.custom
        row: CustomNotificationRow | None = panel.current_row() if panel else None
        if (
            panel is not None
            and row is not None
            and confirm_destructive(
                self,
                self.tr("Delete notification"),
                self.tr("Delete the notification “%1”?").replace("%1", row.label),
                self.tr("Delete notification"),
            )
        ):
            panel.run(lambda: self.session.settings.notifications.delete_custom_notification(row.id))
