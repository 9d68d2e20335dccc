"""Settings › Webhooks: where journal events are posted; "Send test" posts a signed sample off the
GUI thread and shows what the server answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.webhooks import EVENT_NAMES, TestResult, WebhookForm, WebhookRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import ProgressDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen


class WebhookDialog(FormDialog):
    def __init__(self, session: AppSession, row: WebhookRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webhookEditor")
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("Edit webhook") if row else self.tr("New webhook"))
        self.label_edit = self.form.add_field("label", self.tr("Label"), QLineEdit(row.label if row else ""))
        self.label_edit.setObjectName("webhookLabelEdit")
        self.label_edit.setMaxLength(120)
        self.url_edit = self.form.add_field(
            "url",
            self.tr("URL"),
            QLineEdit(row.url if row else ""),
            self.tr("https:// — or http:// to this computer only (127.0.0.1, localhost)."),
        )
        self.url_edit.setObjectName("webhookUrlEdit")
        self.url_edit.setPlaceholderText("https://crm.example.com/engage-events")
        self.events_list = QListWidget()
        self.events_list.setObjectName("webhookEventsList")
        self.events_list.setAccessibleName(self.tr("Events to send"))
        chosen = set(row.registered_events) if row else set()
        for name in EVENT_NAMES:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.events_list.addItem(item)
        self.events_list.setMinimumHeight(200)
        self.form.add_field("registered_events", self.tr("Events to send"), self.events_list)
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("webhookTokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(
            self.tr("Leave empty to keep the current one") if row else self.tr("Leave empty to generate one")
        )
        self.form.add_field(
            "verify_token",
            self.tr("Verify token"),
            self.token_edit,
            self.tr("Signs each post (header X-Engage-Signature, HMAC-SHA256); kept in the system keyring."),
        )
        self.active_check = self.form.add_field("active", "", QCheckBox(self.tr("Active")))
        self.active_check.setChecked(row.active if row else True)
        self.staging_check = self.form.add_field(
            "staging_use", "", QCheckBox(self.tr("For a staging system"))
        )
        self.staging_check.setChecked(row.staging_use if row else False)
        resize_within_screen(self, 600, 620)
        self.label_edit.setFocus()

    def form_values(self) -> WebhookForm:
        events = tuple(
            self.events_list.item(i).text()
            for i in range(self.events_list.count())
            if self.events_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return WebhookForm(
            self.label_edit.text(),
            self.url_edit.text(),
            events,
            self.active_check.isChecked(),
            self.staging_check.isChecked(),
            self.token_edit.text() or None,
        )

    def save(self) -> bool:
        service, form, row = self.session.settings.webhooks, self.form_values(), self.row
        if row is None:
            return self.submit(lambda: service.create_webhook(form)) is not None
        return self.submit(lambda: service.update_webhook(row.id, form, version=row.version)) is not None


class WebhooksPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.settings.webhooks
        columns = [
            Column("label", self.tr("Label"), lambda r: r.label, width=200),
            Column("url", self.tr("URL"), lambda r: r.url, width=360),
            Column("events", self.tr("Events"), lambda r: len(r.registered_events), sortable=False),
            Column("active", self.tr("Active"), lambda r: self.tr("Yes") if r.active else self.tr("No")),
        ]
        filters = [
            FilterSpec(
                "active",
                self.tr("State"),
                [(self.tr("All webhooks"), None), (self.tr("Active"), True), (self.tr("Inactive"), False)],
            )
        ]
        self.panel = ListPanel(
            self.tr("Webhooks"),
            columns,
            service.count_webhooks,
            service.list_webhooks,
            count_text=self._count_text,
            search_placeholder=self.tr("Search webhooks by label or URL"),
            filters=filters,
            empty_title=self.tr("No webhooks"),
            empty_message=self.tr("A webhook posts chosen journal events to another system as they happen."),
            sort="label",
            row_muted=lambda r: not r.active,
        )
        self.new_button = self.panel.add_action(
            self.tr("New webhook"), self.new_webhook, object_name="newWebhookButton", variant="primary"
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editWebhookButton"
        )
        self.test_button = self.panel.add_action(
            self.tr("Send test"), self.test_selected, selection=Selection.ONE, object_name="testWebhookButton"
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            object_name="deleteWebhookButton",
            variant="danger",
        )
        self.panel.set_empty_action(self.tr("New webhook"), self.new_webhook)
        self.panel.opened.connect(self.open_webhook)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.last_result: TestResult | None = None
        self.progress: ProgressDialog | None = None

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln webhook(s)", "", n)

    def new_webhook(self) -> None:
        self.panel.open_dialog(lambda: WebhookDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_webhook(row)

    def open_webhook(self, row: WebhookRow) -> None:
        self.panel.open_dialog(lambda: WebhookDialog(self.session, row, self))

    def test_selected(self) -> None:
        row: WebhookRow | None = self.panel.current_row()
        if row is None:
            return
        service = self.session.settings.webhooks
        self.progress = ProgressDialog(
            self.tr("Send test"),
            self.tr("Posting a signed sample event to %1…").replace("%1", row.url),
            lambda _token, _report: service.test_webhook(row.id),
            self,
        )
        self.progress.succeeded.connect(self._show_result)
        self.progress.failed.connect(lambda exc: show_error(self, exc))
        self.progress.start()

    def _show_result(self, result: TestResult) -> None:
        self.last_result = result
        if result.ok:
            text = self.tr("The server accepted the test (HTTP %1).").replace("%1", str(result.status))
        elif result.status is not None:
            text = (
                self.tr("The server refused the test: HTTP %1 %2.")
                .replace("%1", str(result.status))
                .replace("%2", message_text(result.detail))
            )
        else:
            text = self.tr("No answer from the server: %1").replace("%1", message_text(result.detail))
        box = QMessageBox(
            QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
            self.tr("Send test"),
            text,
        )
        box.setObjectName("webhookTestResult")
        box.setParent(self, box.windowFlags())
        box.open()

    def delete_selected(self) -> None:
        row: WebhookRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete webhook"),
            self.tr("Delete the webhook “%1”?").replace("%1", row.label),
            self.tr("Delete webhook"),
            self.tr("Its events stop being posted. The deletion is written to the audit journal."),
        ):
            self.panel.run(lambda: self.session.settings.webhooks.delete_webhook(row.id))
