"""Agent tools › Reply-assistant groups: in the order agents see them; drag a row onto another
(or use ↑/↓) to reorder; create, edit (name, autocomplete, member entries), delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from engage_desktop.services.agent_tools.groups import GroupForm, GroupRow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel, Selection
from engage_desktop.views.widgets.versioned_save import save_with_version


class GroupEditorDialog(FormDialog):
    def __init__(self, session: AppSession, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupEditor")
        self.service = session.reply_assistant_groups
        self.group_id = group_id
        self.version: int | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("groupNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(120)
        self.autocomplete_check = QCheckBox(self.tr("Suggest these entries while the agent types"))
        self.autocomplete_check.setObjectName("groupAutocompleteCheck")
        self.autocomplete_check.setChecked(True)
        self.entries_list = CheckList(visible_rows=10)
        self.entries_list.setObjectName("groupEntriesList")
        self.entries_list.setAccessibleName(self.tr("Entries in the group"))
        try:
            self.entries_list.set_choices(self.service.entry_choices())
        except DomainError as exc:
            self.form.show_form_error(exc.message)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("autocomplete", self.tr("Autocomplete"), self.autocomplete_check)
        self.form.add_field(
            "entry_ids",
            self.tr("Entries"),
            self.entries_list,
            self.tr("An entry belongs to one group: ticking it here takes it out of its other group."),
        )
        self.setWindowTitle(self.tr("New group") if group_id is None else self.tr("Edit group"))
        self.reload()

    def reload(self) -> None:
        if self.group_id is None:
            return
        try:
            detail = self.service.get_group(self.group_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.version = detail.version
        self.name_edit.setText(detail.name)
        self.autocomplete_check.setChecked(detail.autocomplete)
        self.entries_list.set_checked(detail.entry_ids)

    def current_form(self) -> GroupForm:
        return GroupForm(
            self.name_edit.text(),
            self.autocomplete_check.isChecked(),
            tuple(self.entries_list.checked_values()),
        )

    def save(self) -> bool:
        form, service = self.current_form(), self.service
        if self.group_id is None:
            return self.submit(lambda: service.create_group(form)) is not None
        group_id = self.group_id
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_group(group_id, form, version=version),
            self.version,
            {"name": self.tr("Name"), "autocomplete": self.tr("Autocomplete"), "entries": self.tr("Entries")},
            self.reload,
        )
        return saved is not None


class ReplyAssistantGroupsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.panel: ListPanel | None = None
        self._drag_row: GroupRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        service = session.reply_assistant_groups
        if not session.reply_assistant.is_enabled():
            self.off_label = QLabel(
                self.tr(
                    "The reply assistant is switched off for this account. "
                    "An administrator can switch it on in Settings › Extensions."
                )
            )
            self.off_label.setObjectName("emptyStateMessage")
            self.off_label.setWordWrap(True)
            layout.addWidget(self.off_label)
            layout.addStretch(1)
            return
        columns = [
            Column(
                "position", self.tr("#"), lambda r: r.position + 1, sortable=False, alignment=RIGHT, width=56
            ),
            Column("name", self.tr("Name"), lambda r: r.name, sortable=False, width=260),
            Column(
                "autocomplete", self.tr("Autocomplete"), lambda r: r.autocomplete, sortable=False, width=120
            ),
            Column(
                "entry_count", self.tr("Entries"), lambda r: r.entry_count, sortable=False, alignment=RIGHT
            ),
        ]
        self.panel = panel = ListPanel(
            self.tr("Reply-assistant groups"),
            columns,
            service.count_groups,
            service.list_groups,
            count_text=lambda n: self.tr("%Ln group(s)", "", n),
            search_placeholder=self.tr("Search groups by name"),
            empty_title=self.tr("No group yet"),
            empty_message=self.tr("Groups sort the entries agents see; drag them into the order you want."),
        )
        self.new_button = panel.add_action(
            self.tr("New group"), self.new_group, object_name="newGroupButton", variant="primary"
        )
        self.edit_button = panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editGroupButton"
        )
        self.up_button = panel.add_action(
            "↑", lambda: self.move_selected(-1), selection=Selection.ONE, object_name="moveGroupUpButton"
        )
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = panel.add_action(
            "↓", lambda: self.move_selected(1), selection=Selection.ONE, object_name="moveGroupDownButton"
        )
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.delete_button = panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            object_name="deleteGroupButton",
            variant="danger",
        )
        panel.set_empty_action(self.tr("New group"), self.new_group)
        panel.opened.connect(lambda row: self.open_group(row.id))
        panel.table.viewport().installEventFilter(self)
        panel.table.viewport().setToolTip(self.tr("Drag a group onto another row to move it there"))
        layout.addWidget(panel)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog if self.panel else None

    def new_group(self) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: GroupEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row = self.panel.current_row() if self.panel else None
        if row is not None:
            self.open_group(row.id)

    def open_group(self, group_id: int) -> None:
        if self.panel:
            self.panel.open_dialog(lambda: GroupEditorDialog(self.session, group_id, self))

    def move_selected(self, delta: int) -> None:
        if self.panel is None:
            return
        row, index = self.panel.current_row(), self.panel.table.currentIndex()
        if row is not None and index.isValid():
            self.move_to(row, index.row() + delta)

    def move_to(self, row: GroupRow, position: int) -> None:
        """`position` counts rows of the whole list from 0 (the page shows it unsorted, in order)."""
        if self.panel is not None and position >= 0:
            self.panel.run(lambda: self.session.reply_assistant_groups.move_group(row.id, position))
            self.panel.select_key_when_loaded(row.id)

    def delete_selected(self) -> None:
        row = self.panel.current_row() if self.panel else None
        if row is None or self.panel is None:
            return
        if confirm_destructive(
            self,
            self.tr("Delete group"),
            self.tr("Delete the group “%1”?").replace("%1", row.name),
            self.tr("Delete group"),
            self.tr("Its entries stay, without a group."),
        ):
            self.panel.run(lambda: self.session.reply_assistant_groups.delete_group(row.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag and drop of rows: pressed on one group, released on another moves it there."""
        if self.panel is not None and isinstance(event, QMouseEvent):
            table = self.panel.table
            if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
                index = table.indexAt(event.position().toPoint())
                self._drag_row = self.panel.model.row_at(index.row()) if index.isValid() else None
            elif event.type() == QEvent.Type.MouseButtonRelease and self._drag_row is not None:
                index = table.indexAt(event.position().toPoint())
                target = self.panel.model.row_at(index.row()) if index.isValid() else None
                dragged, self._drag_row = self._drag_row, None
                if target is not None and target.id != dragged.id:
                    self.move_to(dragged, index.row())  # the list is in position order
        return super().eventFilter(watched, event)
