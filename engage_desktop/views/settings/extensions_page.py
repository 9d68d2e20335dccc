"""Settings › Extensions: the account's feature switches, each with what it does, its settings and
the permissions it hides while off (its data is kept)."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.extensions import ExtensionRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection


def title_of(row: ExtensionRow) -> str:
    return QCoreApplication.translate("Extensions", row.title)


def description_of(row: ExtensionRow) -> str:
    return QCoreApplication.translate("Extensions", row.description) if row.description else ""


class ExtensionSettingsDialog(FormDialog):
    def __init__(self, session: AppSession, row: ExtensionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent, read_only=not session.can(Permission.UPDATE_EXTENSION))
        self.setObjectName("extensionSettingsEditor")
        self.session, self.name, self.version = session, row.name, row.version
        self.setWindowTitle(self.tr("Settings of “%1”").replace("%1", title_of(row)))
        about = QLabel(description_of(row))
        about.setWordWrap(True)
        self.add_widget(about)
        self.settings_edit = QPlainTextEdit(
            json.dumps(row.settings, indent=2, ensure_ascii=False) if row.settings else ""
        )
        self.settings_edit.setObjectName("extensionSettingsEdit")
        self.settings_edit.setAccessibleName(self.tr("Settings (JSON)"))
        self.settings_edit.setPlaceholderText('{"limit": 5}')
        self.settings_edit.setReadOnly(self.read_only)
        self.form.add_field(
            "settings",
            self.tr("Settings (JSON)"),
            self.settings_edit,
            self.tr("Names and values this feature reads."),
        )
        self.resize(520, 360)

    def save(self) -> bool:
        service, name, text, version = (
            self.session.settings.extensions,
            self.name,
            self.settings_edit.toPlainText(),
            self.version,
        )
        return self.submit(lambda: service.update_extension(name, text, version=version)) is not None


class ExtensionsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_switch = session.can(Permission.CREATE_AND_DESTROY_EXTENSION)
        service = session.settings.extensions
        columns = [
            Column("title", self.tr("Feature"), title_of, width=190),
            Column(
                "enabled",
                self.tr("State"),
                lambda r: self.tr("On") if r.enabled else self.tr("Off"),
                width=70,
            ),
            Column(
                "permissions",
                self.tr("Permissions hidden while off"),
                lambda r: ", ".join(r.permissions) or "—",
                sortable=False,
                width=330,
            ),
            Column(
                "description", self.tr("What it does"), description_of, sortable=False, tooltip=description_of
            ),
        ]
        filters = [
            FilterSpec(
                "enabled",
                self.tr("State"),
                [(self.tr("All features"), None), (self.tr("On"), True), (self.tr("Off"), False)],
            )
        ]
        self.panel = ListPanel(
            self.tr("Extensions"),
            columns,
            service.count_extensions,
            service.list_extensions,
            count_text=self._count_text,
            search_placeholder=self.tr("Search features"),
            filters=filters,
            empty_title=self.tr("No extensions"),
            sort="title",
            row_key=lambda r: r.name,
            row_muted=lambda r: not r.enabled,
        )
        self.on_button = self.panel.add_action(
            self.tr("Turn on"),
            lambda: self.switch_selected(True),
            selection=Selection.ONE,
            allowed=can_switch,
            object_name="turnOnButton",
            variant="primary",
        )
        self.off_button = self.panel.add_action(
            self.tr("Turn off"),
            lambda: self.switch_selected(False),
            selection=Selection.ONE,
            allowed=can_switch,
            object_name="turnOffButton",
        )
        self.settings_button = self.panel.add_action(
            self.tr("Settings…"),
            self.edit_selected,
            selection=Selection.ONE,
            object_name="extensionSettingsButton",
        )
        self.panel.opened.connect(self.open_settings)
        hint = QLabel(
            self.tr(
                "A feature that is off keeps its data: its pages and permissions are hidden and come back "
                "when it is turned on again. The navigation follows at the next sign-in."
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        hint.setContentsMargins(16, 0, 16, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(hint)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln feature(s)", "", n)

    def switch_selected(self, enabled: bool) -> None:
        row: ExtensionRow | None = self.panel.current_row()
        if row is None or row.enabled == enabled:
            return
        if not enabled and not confirm_destructive(
            self,
            self.tr("Turn off feature"),
            self.tr("Turn off “%1”?").replace("%1", title_of(row)),
            self.tr("Turn off"),
            self.tr("Its pages and permissions are hidden and its actions refused; nothing is deleted."),
        ):
            return
        self.panel.run(lambda: self.session.settings.extensions.set_extension_enabled(row.name, enabled))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_settings(row)

    def open_settings(self, row: ExtensionRow) -> None:
        self.panel.open_dialog(lambda: ExtensionSettingsDialog(self.session, row, self))
