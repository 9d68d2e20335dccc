"""Digital › Custom fields: the fields of customer profiles and of interventions, in the order
agents see them — drag a row onto another's place (or Move up/down from the keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.custom_fields import CustomFieldRow
from engage_desktop.views.digital.custom_field_editor import CustomFieldDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection


class CustomFieldsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.can_manage = session.can(Permission.MANAGE_CUSTOM_FIELDS)
        service = session.custom_fields
        self.type_names = {
            "string": self.tr("Short text"),
            "text": self.tr("Long text"),
            "boolean": self.tr("Yes / no"),
            "integer": self.tr("Whole number"),
            "float": self.tr("Decimal number"),
            "date": self.tr("Date"),
            "single_choice": self.tr("Single choice"),
            "multiple_choice": self.tr("Multiple choice"),
        }
        columns = [
            Column("position", self.tr("Order"), lambda r: r.position + 1, width=90),
            Column("label", self.tr("Label"), lambda r: r.label, width=220),
            Column("key", self.tr("Key"), lambda r: r.key, width=180),
            Column("type", self.tr("Type"), lambda r: self.type_names.get(r.type, r.type), width=150),
            Column("choices", self.tr("Values"), lambda r: ", ".join(r.choices), sortable=False),
        ]
        owners = [(self.tr("Customer profiles"), "IdentityGroup"), (self.tr("Interventions"), "Intervention")]
        self.panel = ListPanel(
            self.tr("Custom fields"),
            columns,
            service.count_custom_fields,
            service.list_custom_fields,
            count_text=self._count_text,
            search_placeholder=self.tr("Search labels and keys"),
            filters=[FilterSpec("associated_type_name", self.tr("Fields of"), owners)],
            empty_title=self.tr("No custom fields"),
            empty_message=self.tr("Custom fields add your own information to profiles and interventions."),
            sort="position",
        )
        self.new_button = self.panel.add_action(
            self.tr("New field"),
            self.new_field,
            allowed=self.can_manage,
            object_name="newFieldButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=self.can_manage,
            object_name="editFieldButton",
        )
        self.up_button = self.panel.add_action(
            self.tr("Move up"),
            lambda: self.move_selected(-1),
            selection=Selection.ONE,
            allowed=self.can_manage,
        )
        self.down_button = self.panel.add_action(
            self.tr("Move down"),
            lambda: self.move_selected(+1),
            selection=Selection.ONE,
            allowed=self.can_manage,
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=self.can_manage,
            object_name="deleteFieldButton",
            variant="danger",
        )
        if self.can_manage:
            self.panel.set_empty_action(self.tr("New field"), self.new_field)
            self.panel.opened.connect(self.open_field)
            self.panel.table.viewport().installEventFilter(self)
        self._drag_from: tuple[int, QPoint] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln field(s)", "", n)

    def owner(self) -> str:
        return str(self.panel.filter_value("associated_type_name") or "IdentityGroup")

    def new_field(self) -> None:
        self.panel.open_dialog(lambda: CustomFieldDialog(self.session, None, self.owner(), self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_field(row)

    def open_field(self, row: CustomFieldRow) -> None:
        self.panel.open_dialog(lambda: CustomFieldDialog(self.session, row, self.owner(), self))

    def move_selected(self, offset: int) -> None:
        row: CustomFieldRow | None = self.panel.current_row()
        if row is not None:
            self.move_to(row, row.position + offset)

    def move_to(self, row: CustomFieldRow, position: int) -> None:
        if self.panel.run(lambda: self.session.custom_fields.move_custom_field(row.id, max(0, position))):
            self.panel.select_key_when_loaded(row.id)

    def delete_selected(self) -> bool:
        row: CustomFieldRow | None = self.panel.current_row()
        if row is None or not confirm_destructive(
            self,
            self.tr("Delete custom field"),
            self.tr("Delete the field “%1”?").replace("%1", row.label),
            self.tr("Delete field"),
            self.tr("Every value stored in it is deleted too."),
        ):
            return False
        return self.panel.run(lambda: self.session.custom_fields.delete_custom_field(row.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag to reorder: press on a row, release on another row's place."""
        if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            row = self.panel.table.rowAt(point.y())
            if event.type() == QEvent.Type.MouseButtonPress and row >= 0:
                self._drag_from = (row, point)
            elif event.type() == QEvent.Type.MouseButtonRelease and self._drag_from is not None:
                start, pressed = self._drag_from
                self._drag_from = None
                moved = (point - pressed).manhattanLength() >= QApplication.startDragDistance()
                source, target = self.panel.model.row_at(start), self.panel.model.row_at(row)
                if moved and row >= 0 and row != start and source is not None and target is not None:
                    self.move_to(source, target.position)
                    return True
        return super().eventFilter(watched, event)
