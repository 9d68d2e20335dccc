"""Channels › Communities: one identity database per network; a channel needs one of its type."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.communities import CommunityRow
from engage_desktop.services.channels.source_types import SOURCE_TYPES
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.channels.channel_widgets import (
    RowIconDelegate,
    TypeCombo,
    type_icon,
    type_label,
)
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.conflict_dialog import plain_value
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.versioned_save import save_with_version


class CommunityEditorDialog(FormDialog):
    """Create (community_id None, optionally with its type chosen) or edit a community.
    Raises DomainError from the constructor when the community cannot be read."""

    def __init__(
        self,
        session: AppSession,
        community_id: int | None = None,
        preset_type: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        existing = session.communities.get_community(community_id) if community_id is not None else None
        permission = Permission.UPDATE_COMMUNITY if existing else Permission.CREATE_COMMUNITY
        super().__init__(parent, read_only=not session.can(permission))
        self.setObjectName("communityEditor")
        self.session = session
        self.community_id = community_id
        self.version = existing.version if existing else None
        self.setWindowTitle(
            self.tr("Edit community “%1”").replace("%1", existing.name)
            if existing
            else self.tr("New community")
        )
        self.name_edit = QLineEdit(existing.name if existing else "")
        self.name_edit.setObjectName("communityNameEdit")
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme on Facebook"))
        self.type_combo = TypeCombo()
        self.type_combo.setObjectName("communityTypeCombo")
        self.type_combo.set_value(existing.type if existing else (preset_type or SOURCE_TYPES[0].key))
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setObjectName("communityActiveCheck")
        self.active_check.setChecked(existing.active if existing else True)
        hint = ""
        if existing and existing.source_names:
            hint = self.tr("Used by: %1. Its type cannot change while channels use it.").replace(
                "%1", ", ".join(existing.source_names)
            )
            self.type_combo.setEnabled(False)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("type", self.tr("Type"), self.type_combo, hint)
        self.form.add_field("active", "", self.active_check)
        for widget in (self.name_edit, self.type_combo, self.active_check):
            widget.setEnabled(widget.isEnabled() and not self.read_only)
        self.body.insertStretch(self.body.count() - 1, 1)
        self.resize(480, 240)
        self.name_edit.setFocus()

    def save(self) -> bool:
        name, kind, active = self.name_edit.text(), self.type_combo.value(), self.active_check.isChecked()
        service, community_id = self.session.communities, self.community_id
        if community_id is None:
            return self.submit(lambda: service.create_community(name, kind, active)) is not None
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_community(community_id, name, kind, active, version=version),
            self.version,
            self.field_labels(),
            self.reload,
            lambda field, value: type_label(value) if field == "type" else plain_value(value),
        )
        return saved is not None

    def field_labels(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "type": self.tr("Type"), "active": self.tr("Active")}

    def reload(self) -> None:
        """Take theirs: the form shows the community as saved now."""
        assert self.community_id is not None
        try:
            current = self.session.communities.get_community(self.community_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.version = current.version
        self.name_edit.setText(current.name)
        self.type_combo.set_value(current.type)
        self.active_check.setChecked(current.active)
        self.form.clear_errors()


class CommunitiesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.communities
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=280),
            Column("type", self.tr("Type"), lambda r: type_label(r.type), width=200),
            Column("active", self.tr("Active"), lambda r: r.active, width=90),
            Column("source_count", self.tr("Channels"), lambda r: r.source_count, alignment=RIGHT, width=100),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        filters = [
            FilterSpec(
                "type",
                self.tr("Type"),
                [(self.tr("All types"), None)] + [(t.label, t.key) for t in SOURCE_TYPES],
            ),
            FilterSpec(
                "active",
                self.tr("State"),
                [(self.tr("All"), None), (self.tr("Active"), True), (self.tr("Inactive"), False)],
            ),
        ]
        self.panel = ListPanel(
            self.tr("Communities"),
            columns,
            service.count_communities,
            service.list_communities,
            count_text=lambda n: self.tr("%Ln community(ies)", "", n),
            search_placeholder=self.tr("Search communities by name"),
            filters=filters,
            empty_title=self.tr("No communities yet"),
            empty_message=self.tr(
                "A community holds the identities of one network; create one before its channels."
            ),
            sort="name",
            row_muted=lambda r: not r.active,
        )
        self.panel.table.setItemDelegateForColumn(
            1, RowIconDelegate(lambda r: type_icon(r.type), self.panel.table)
        )
        can_create = session.can(Permission.CREATE_COMMUNITY)
        can_update = session.can(Permission.UPDATE_COMMUNITY)
        self.new_button = self.panel.add_action(
            self.tr("New community"),
            self.new_community,
            allowed=can_create,
            object_name="newCommunityButton",
            variant="primary",
        )
        self.edit_button = self.panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editCommunityButton"
        )
        self.delete_button = self.panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_update,
            enabled_when=lambda rows: all(r.source_count == 0 for r in rows),
            object_name="deleteCommunityButton",
            variant="danger",
        )
        if can_create:
            self.panel.set_empty_action(self.tr("New community"), self.new_community)
        self.panel.opened.connect(self.open_community)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def new_community(self) -> None:
        self.panel.open_dialog(lambda: CommunityEditorDialog(self.session, None, parent=self))

    def edit_selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.open_community(row)

    def open_community(self, row: CommunityRow) -> None:
        self.panel.open_dialog(lambda: CommunityEditorDialog(self.session, row.id, parent=self))

    def delete_selected(self) -> None:
        row: CommunityRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete community"),
            self.tr("Delete the community “%1”?").replace("%1", row.name),
            self.tr("Delete community"),
            self.tr("The deletion is written to the audit journal and cannot be undone."),
        ):
            self.panel.run(lambda: self.session.communities.delete_community(row.id))  # in use: names them
