"""The selected customer profile: its fields, its identities across communities (merge, unmerge),
its tags, its custom field values and notes, each editable where the role allows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.identity_groups import (
    CustomFieldValue,
    GroupChanges,
    IdentityGroupDetail,
)
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.digital.identity_merge_dialog import IdentityMergeDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormWidget


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class IdentityGroupDetailPanel(QFrame):
    changed = Signal(object)  # IdentityGroupDetail after a change

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        self.detail: IdentityGroupDetail | None = None
        self.can_update = session.can(Permission.UPDATE_IDENTITY)
        self.title_label = QLabel(self.tr("No customer selected"))
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("company", self.tr("Company")),
            ("emails", self.tr("E-mails")),
            ("phones", self.tr("Phones")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(text, label)
            self.fact_labels[key] = label

        self.identities_list = QListWidget()
        self.identities_list.setObjectName("groupIdentities")
        self.identities_list.setAccessibleName(self.tr("Identities of this customer"))
        self.identities_list.setMaximumHeight(100)
        self.merge_button = QPushButton(self.tr("Merge an identity…"))
        self.merge_button.setObjectName("mergeIdentityButton")
        self.merge_button.clicked.connect(self.merge_identity)
        self.unmerge_button = QPushButton(self.tr("Unmerge"))
        self.unmerge_button.setObjectName("unmergeIdentityButton")
        self.unmerge_button.setToolTip(self.tr("The selected identity leaves with what it brought"))
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.identities_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        identity_buttons = QHBoxLayout()
        identity_buttons.addWidget(self.merge_button)
        identity_buttons.addWidget(self.unmerge_button)
        identity_buttons.addStretch(1)

        self.form = FormWidget()
        self.tags_list = CheckList(visible_rows=6)
        self.tags_list.setObjectName("groupTags")
        self.tags_list.setAccessibleName(self.tr("Tags of this customer"))
        self.form.add_field("tag_ids", self.tr("Tags"), self.tags_list)
        self.custom_box = QWidget()
        self.custom_layout = QFormLayout(self.custom_box)
        self.custom_layout.setContentsMargins(0, 0, 0, 0)
        self.custom_editors: dict[str, QWidget] = {}
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("groupNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setMaximumHeight(110)
        self.form.add_field("notes", self.tr("Notes"), self.notes_edit)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setObjectName("saveGroupButton")
        self.save_button.setProperty("variant", "primary")
        self.save_button.clicked.connect(self.save)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.title_label)
        layout.addLayout(self.facts)
        layout.addWidget(_heading(self.tr("Identities")))
        layout.addWidget(self.identities_list)
        layout.addLayout(identity_buttons)
        layout.addWidget(_heading(self.tr("Profile")))
        layout.addWidget(self.form)
        layout.addWidget(_heading(self.tr("Custom fields")))
        layout.addWidget(self.custom_box)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_group(None)

    def show_group(self, detail: IdentityGroupDetail | None) -> None:
        self.detail = detail
        self.form.clear_errors()
        for widget in (self.form, self.custom_box, self.save_button, self.identities_list):
            widget.setEnabled(detail is not None)
        self.identities_list.clear()
        if detail is None:
            self.title_label.setText(self.tr("No customer selected"))
            for label in self.fact_labels.values():
                label.clear()
            self._update_buttons()
            return
        self.title_label.setText(detail.label)
        self.fact_labels["company"].setText(detail.company or "—")
        self.fact_labels["emails"].setText(", ".join(detail.emails) or "—")
        self.fact_labels["phones"].setText(", ".join((*detail.mobile_phones, *detail.home_phones)) or "—")
        for identity in detail.identities:
            text = f"{identity.display_name} — {identity.community_name}"
            if identity.merged:
                text += " " + self.tr("(merged)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, identity.id)
            self.identities_list.addItem(item)
        tags = self.session.tags.tag_choices()
        self.tags_list.set_choices([(t.id, t.name) for t in tags], [tag_id for tag_id, _ in detail.tags])
        self.notes_edit.setPlainText(detail.notes)
        self._build_custom(detail.custom_fields)
        for widget in (self.tags_list, self.notes_edit, self.save_button, *self.custom_editors.values()):
            widget.setEnabled(self.can_update)
        self._update_buttons()

    def _build_custom(self, fields: tuple[CustomFieldValue, ...]) -> None:
        while self.custom_layout.rowCount():
            self.custom_layout.removeRow(0)
        self.custom_editors = {}
        if not fields:
            self.custom_layout.addRow(QLabel(self.tr("No custom fields for customer profiles yet.")))
        for field in fields:
            editor = self._editor(field)
            editor.setAccessibleName(field.label)
            editor.setObjectName(f"custom_{field.key}")
            self.custom_layout.addRow(field.label, editor)
            self.custom_editors[field.key] = editor

    def _editor(self, field: CustomFieldValue) -> QWidget:
        value = field.value
        if field.type == "boolean":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if field.type == "single_choice":
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in field.choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if field.type == "multiple_choice":
            checks = CheckList(visible_rows=3)
            checks.set_choices([(c, c) for c in field.choices], value or [])
            return checks
        edit = QLineEdit("" if value is None else str(value))
        if field.type == "date":
            edit.setPlaceholderText("2026-12-31")
        return edit

    def _custom_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, editor in self.custom_editors.items():
            if isinstance(editor, QCheckBox):
                values[key] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                values[key] = editor.currentData()
            elif isinstance(editor, CheckList):
                values[key] = editor.checked_values()
            elif isinstance(editor, QLineEdit):
                values[key] = editor.text()
        return values

    def _update_buttons(self) -> None:
        detail = self.detail
        self.merge_button.setEnabled(detail is not None and self.can_update)
        self.unmerge_button.setEnabled(
            detail is not None
            and self.can_update
            and len(detail.identities) > 1
            and self.identities_list.currentItem() is not None
        )

    def save(self) -> IdentityGroupDetail | None:
        """Tags, notes and custom values in one change (over the version shown: a newer one is refused)."""
        detail = self.detail
        if detail is None:
            return None
        service = self.session.identity_groups
        tag_ids = [int(t) for t in self.tags_list.checked_values()]
        notes, values = self.notes_edit.toPlainText(), self._custom_values()

        def apply() -> IdentityGroupDetail:
            return service.update_profile(
                detail.id, GroupChanges(notes=notes), tag_ids, values, version=detail.version
            )

        saved = self.form.submit(apply)
        if saved is not None:
            self.show_group(saved)
            self.changed.emit(saved)
        return saved

    def merge_identity(self) -> None:
        if self.detail is None:
            return
        dialog = IdentityMergeDialog(self.session, self.detail, self)
        try:
            if dialog.exec() and dialog.saved_object is not None:
                self.show_group(dialog.saved_object)
                self.changed.emit(dialog.saved_object)
        finally:
            dialog.deleteLater()

    def unmerge_selected(self) -> IdentityGroupDetail | None:
        detail, item = self.detail, self.identities_list.currentItem()
        if detail is None or item is None:
            return None
        # Read before asking: the list may be rebuilt while the question is open (a refresh).
        identity_id, text = int(item.data(Qt.ItemDataRole.UserRole)), item.text()
        if not confirm_destructive(
            self,
            self.tr("Unmerge identity"),
            self.tr("Take “%1” out of this customer profile?").replace("%1", text),
            self.tr("Unmerge"),
            self.tr("It gets a profile of its own again, with the values and tags it brought."),
        ):
            return None
        saved = self.form.submit(
            lambda: self.session.identity_merge.remove_identity_from_group(identity_id, detail.id)
        )
        if saved is not None:
            self.show_group(saved)
            self.changed.emit(saved)
        return saved
