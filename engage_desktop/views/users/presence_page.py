"""Users › Presence statuses: what agents can say they are doing, each counting as available or
away for routing, in the order agents see them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.users.presence import AVAILABLE, AWAY, PresenceRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.conflict_dialog import plain_value
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.versioned_save import save_with_version


class PresenceStatusDialog(FormDialog):
    """Create (status None) or edit a presence status."""

    def __init__(
        self, session: AppSession, status: PresenceRow | None, parent: QWidget | None = None
    ) -> None:
        current = session.presence_statuses.get_status(status.id) if status is not None else None
        super().__init__(parent, read_only=not session.can(Permission.UPDATE_SETTINGS))
        self.setObjectName("presenceStatusEditor")
        self.session = session
        self.status_id = current.id if current else None
        self.version = current.version if current else None  # a save over a newer one: Conflict
        self.setWindowTitle(
            self.tr("Edit presence status “%1”").replace("%1", current.name)
            if current
            else self.tr("New presence status")
        )
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setObjectName("presenceNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lunch"))
        self.name_edit.setReadOnly(self.read_only)
        self.maps_to_combo = QComboBox()
        self.maps_to_combo.setObjectName("presenceMapsToCombo")
        self.maps_to_combo.addItem(self.tr("Available: routing sends tasks"), AVAILABLE)
        self.maps_to_combo.addItem(self.tr("Away: routing sends nothing"), AWAY)
        self.maps_to_combo.setCurrentIndex(
            self.maps_to_combo.findData(current.maps_to if current else AVAILABLE)
        )
        self.maps_to_combo.setEnabled(not self.read_only)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field(
            "maps_to",
            self.tr("Counts as"),
            self.maps_to_combo,
            self.tr("At least one status must count as available, or no agent could take work."),
        )
        self.body.insertStretch(self.body.count() - 1, 1)
        self.resize(500, 250)
        self.name_edit.setFocus()

    def save(self) -> bool:
        if self.status_id is None:
            name, maps_to = self.name_edit.text(), self.maps_to_combo.currentData()
            service = self.session.presence_statuses
            return self.submit(lambda: service.create_status(name, maps_to)) is not None
        return self._save_over(self.version)

    def _save_over(self, version: int | None) -> bool:
        """Saves on top of `version`; a newer saved status asks: keep mine, take theirs or cancel."""
        name, maps_to = self.name_edit.text(), self.maps_to_combo.currentData()
        service, status_id = self.session.presence_statuses, self.status_id
        assert status_id is not None
        labels = {"name": self.tr("Name"), "maps_to": self.tr("Counts as")}
        saved = save_with_version(
            self,
            self.submit,
            lambda v: service.update_status(status_id, name, maps_to, version=v),
            version,
            labels,
            self.reload,
            self._shown,
        )
        return saved is not None

    def _shown(self, field: str, value: object) -> str:
        if field == "maps_to":
            index = self.maps_to_combo.findData(value)
            return self.maps_to_combo.itemText(index) if index >= 0 else plain_value(value)
        return plain_value(value)

    def reload(self) -> None:
        """The status as saved now (after "Take theirs")."""
        status_id = self.status_id
        if status_id is None:
            return
        current = self.form.submit(lambda: self.session.presence_statuses.get_status(status_id))
        if current is not None:
            self.version = current.version
            self.name_edit.setText(current.name)
            self.maps_to_combo.setCurrentIndex(self.maps_to_combo.findData(current.maps_to))


class PresenceStatusesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        can_change = session.can(Permission.UPDATE_SETTINGS)
        service = session.presence_statuses
        columns = [
            Column("position", self.tr("Order"), lambda r: r.position + 1, alignment=RIGHT, width=90),
            Column("name", self.tr("Name"), lambda r: r.name, width=300),
            Column("maps_to", self.tr("Counts as"), self.maps_to_text, width=160),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        filters = [
            FilterSpec(
                "maps_to",
                self.tr("Counts as"),
                [(self.tr("All statuses"), None), (self.tr("Available"), AVAILABLE), (self.tr("Away"), AWAY)],
            )
        ]
        self.panel = ListPanel(
            self.tr("Presence statuses"),
            columns,
            service.count_statuses,
            service.list_statuses,
            count_text=self._count_text,
            search_placeholder=self.tr("Search statuses by name"),
            filters=filters,
            empty_title=self.tr("No presence statuses"),
            empty_message=self.tr("Agents pick a status; each counts as available or away for routing."),
            sort="position",
        )
        self.new_button = self.panel.add_action(
            self.tr("New status"),
            self.new_status,
            allowed=can_change,
            object_name="newStatusButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editStatusButton"
        )
        self.up_button = self.panel.add_action(
            self.tr("Move up"),
            lambda: self.move_selected(-1),
            selection=Selection.ONE,
            allowed=can_change,
            object_name="moveUpButton",
        )
        self.down_button = self.panel.add_action(
            self.tr("Move down"),
            lambda: self.move_selected(+1),
            selection=Selection.ONE,
            allowed=can_change,
            object_name="moveDownButton",
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_change,
            object_name="deleteStatusButton",
            variant="danger",
        )
        if can_change:
            self.panel.set_empty_action(self.tr("New status"), self.new_status)
        self.panel.opened.connect(self.open_status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def maps_to_text(self, row: PresenceRow) -> str:
        return self.tr("Available") if row.maps_to == AVAILABLE else self.tr("Away")

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln status(es)", "", n)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_status(self) -> None:
        self.panel.open_dialog(lambda: PresenceStatusDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_status(row)

    def open_status(self, row: PresenceRow) -> None:
        self.panel.open_dialog(lambda: PresenceStatusDialog(self.session, row, self))

    def move_selected(self, offset: int) -> None:
        row: PresenceRow | None = self.panel.current_row()
        if row is not None:
            self.panel.run(lambda: self.session.presence_statuses.move_status(row.id, offset))

    def delete_selected(self) -> None:
        row: PresenceRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete presence status"),
            self.tr("Delete the presence status “%1”?").replace("%1", row.name),
            self.tr("Delete status"),
            self.tr("Agents can no longer pick it. The deletion is written to the audit journal."),
        ):
            self.panel.run(lambda: self.session.presence_statuses.delete_status(row.id))
