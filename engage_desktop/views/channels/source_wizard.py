"""The "New channel" wizard: first the type, then — if no community of that type exists — an offer
to create one (the wizard will not go on without it), then the form of that type."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.source_types import SOURCE_TYPES, source_type
from engage_desktop.services.channels.sources import SourceDetail
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.channels.channel_widgets import type_icon
from engage_desktop.views.channels.communities_page import CommunityEditorDialog
from engage_desktop.views.channels.source_form import SourceFormWidget
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import make_default
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.unsaved_changes import UnsavedChanges

TYPE_STEP, COMMUNITY_STEP, FORM_STEP = 0, 1, 2


class SourceWizard(QDialog):
    saved = Signal(object)  # SourceDetail

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceWizard")
        self.setWindowTitle(self.tr("New channel"))
        self.session = session
        self.saved_object: SourceDetail | None = None  # what ListPanel.open_dialog selects
        self.form: SourceFormWidget | None = None
        self.community_dialog: CommunityEditorDialog | None = None
        self.unsaved = UnsavedChanges(self)  # the form's fields as they were when it appeared

        self.step_label = QLabel()
        self.step_label.setObjectName("mutedLabel")
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.stack = QStackedWidget()

        # Step 1: the type.
        type_page = QWidget()
        self.type_list = QListWidget()
        self.type_list.setObjectName("typeList")
        self.type_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.type_list.setIconSize(QSize(40, 40))
        self.type_list.setGridSize(QSize(150, 92))
        self.type_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.type_list.setMovement(QListWidget.Movement.Static)
        self.type_list.setWordWrap(True)
        self.type_list.setSpacing(6)
        for kind in SOURCE_TYPES:
            item = QListWidgetItem(type_icon(kind.key), kind.label, self.type_list)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.type_list.itemSelectionChanged.connect(self._update_buttons)
        self.type_list.itemDoubleClicked.connect(lambda _item: self.next_step())
        type_layout = QVBoxLayout(type_page)
        type_layout.setContentsMargins(0, 0, 0, 0)
        type_layout.addWidget(self.type_list)

        # Step 2 (only when needed): no community of that type.
        community_page = QWidget()
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingCommunityLabel")
        self.missing_label.setWordWrap(True)
        self.create_community_button = QPushButton()
        self.create_community_button.setObjectName("createCommunityButton")
        self.create_community_button.setProperty("variant", "primary")
        self.create_community_button.setAutoDefault(False)
        self.create_community_button.clicked.connect(self.create_community)
        self.no_right_label = QLabel(
            self.tr("Your role cannot create communities: ask an administrator to create one first.")
        )
        self.no_right_label.setObjectName("hintLabel")
        self.no_right_label.setWordWrap(True)
        community_layout = QVBoxLayout(community_page)
        community_layout.setContentsMargins(0, 24, 0, 0)
        community_layout.addWidget(self.missing_label)
        community_layout.addSpacing(12)
        community_layout.addWidget(self.create_community_button, 0, Qt.AlignmentFlag.AlignLeft)
        community_layout.addWidget(self.no_right_label)
        community_layout.addStretch(1)

        self.form_holder = QWidget()
        QVBoxLayout(self.form_holder).setContentsMargins(0, 0, 0, 0)
        for page in (type_page, community_page, self.form_holder):
            self.stack.addWidget(page)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next_step)
        self.create_button = QPushButton(self.tr("Create channel"))
        self.create_button.setObjectName("createButton")
        self.create_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.back_button, self.next_button, self.create_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        resize_within_screen(self, 760, 780)
        self._go(TYPE_STEP)

    # ---- steps ----------------------------------------------------------------------------------
    def chosen_type(self) -> str | None:
        """The selected type; the list starts with none (focus alone marks an item current, not chosen)."""
        items = self.type_list.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def choose_type(self, type_key: str) -> None:
        for i in range(self.type_list.count()):
            if self.type_list.item(i).data(Qt.ItemDataRole.UserRole) == type_key:
                self.type_list.setCurrentRow(i)

    def step(self) -> int:
        return self.stack.currentIndex()

    def next_step(self) -> None:
        kind = self.chosen_type()
        if kind is None:
            return
        if self.step() == TYPE_STEP or self.step() == COMMUNITY_STEP:
            try:
                communities = self.session.communities.communities_of_type(kind)
            except DomainError as exc:
                show_error(self, exc)
                return
            if not communities:
                self._go(COMMUNITY_STEP)
                return
            self._show_form(kind, communities[0].id)

    def previous_step(self) -> None:
        self._go(TYPE_STEP)

    def _show_form(self, kind: str, community_id: int) -> None:
        if self.form is None or self.form.kind.key != kind:
            if self.form is not None:
                self.form.setParent(None)  # out of the wizard now: its fields no longer count
                self.form.deleteLater()
            try:
                self.form = SourceFormWidget(
                    self.session, kind, community_id=community_id, parent=self.form_holder
                )
            except DomainError as exc:
                show_error(self, exc)
                return
            layout = self.form_holder.layout()
            assert layout is not None
            layout.addWidget(self.form)
            self.unsaved.remember()
        self._go(FORM_STEP)
        self.form.name_edit.setFocus()

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        kind = self.chosen_type()
        label = source_type(kind).label if kind else ""
        titles = {
            TYPE_STEP: self.tr("What kind of channel?"),
            COMMUNITY_STEP: self.tr("A %1 community is needed").replace("%1", label),
            FORM_STEP: self.tr("Set up the %1 channel").replace("%1", label),
        }
        self.title_label.setText(titles[step])
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", "1" if step == TYPE_STEP else "2").replace("%2", "2")
        )
        if step == COMMUNITY_STEP:
            self.missing_label.setText(
                self.tr(
                    "There is no active %1 community yet. Every channel belongs to a community of its "
                    "type, which holds the identities of its customers. Create one to go on."
                ).replace("%1", label)
            )
            self.create_community_button.setText(self.tr("Create a %1 community…").replace("%1", label))
            can_create = self.session.can(Permission.CREATE_COMMUNITY)
            self.create_community_button.setEnabled(can_create)
            self.no_right_label.setVisible(not can_create)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step()
        self.back_button.setVisible(step != TYPE_STEP)
        self.next_button.setVisible(step != FORM_STEP)
        self.next_button.setEnabled(step == TYPE_STEP and self.chosen_type() is not None)
        self.create_button.setVisible(step == FORM_STEP)
        make_default(self.create_button if step == FORM_STEP else self.next_button)

    def reject(self) -> None:
        """Cancel, Escape or the window's button: asks first when the channel's form was changed."""
        self.unsaved.close_or_ask(super().reject)

    # ---- actions --------------------------------------------------------------------------------
    def create_community(self) -> None:
        """Window-modal community editor with the type chosen; back here, the wizard goes on."""
        kind = self.chosen_type()
        dialog = CommunityEditorDialog(self.session, None, preset_type=kind, parent=self)
        dialog.name_edit.setText(source_type(kind).label if kind else "")
        dialog.type_combo.setEnabled(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.next_step)
        dialog.finished.connect(self._forget_community_dialog)
        self.community_dialog = dialog
        dialog.open()

    def _forget_community_dialog(self) -> None:
        self.community_dialog = None

    def save(self) -> bool:
        if self.form is None:
            return False
        form = self.form
        try:
            detail = self.session.sources.create_source(
                form.kind.key, form.form_value(), form.secrets_value()
            )
        except DomainError as exc:
            form.show_domain_error(exc)
            return False
        self.saved_object = detail
        self.saved.emit(detail)
        self.accept()
        return True
