"""The reply-assistant entry editor: label, shortcuts (with a warning when another entry uses one),
group, categories, channels, foreign id, and the versions with their preview and attachments."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.agent_tools.entries import EntryChoices, EntryDetail, EntryForm
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.agent_tools.version_editor import VersionEditor
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.versioned_save import save_with_version


class EntryEditorDialog(FormDialog):
    """Create (`entry_id` None) or edit an entry; saves everything (versions too) at once."""

    CLASH_DELAY_MS = 300

    def __init__(self, session: AppSession, entry_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self.service = session.reply_assistant
        self.entry_id = entry_id
        self.version: int | None = None
        resize_within_screen(self, 980, 720)
        try:
            choices = self.service.choices()
        except DomainError as exc:
            choices = EntryChoices((), (), ())
            self.form.show_form_error(exc.message)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("entryLabelEdit")
        self.label_edit.setMaxLength(255)
        self.shortcuts_edit = QLineEdit()
        self.shortcuts_edit.setObjectName("entryShortcutsEdit")
        self.shortcuts_edit.setPlaceholderText(self.tr("#refund #money (separated by spaces)"))
        self.clash_label = QLabel()
        self.clash_label.setObjectName("shortcutClashWarning")
        self.clash_label.setWordWrap(True)
        self.clash_label.hide()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("entryGroupCombo")
        self.group_combo.addItem(self.tr("(no group)"), None)
        for group_id, name in choices.groups:
            self.group_combo.addItem(name, group_id)
        self.categories_list = CheckList(visible_rows=3)
        self.categories_list.setObjectName("entryCategoriesList")
        self.categories_list.set_choices(choices.categories)
        self.sources_list = CheckList(visible_rows=3)
        self.sources_list.setObjectName("entrySourcesList")
        self.sources_list.set_choices(choices.sources)
        for checklist in (self.categories_list, self.sources_list):
            checklist.setMaximumHeight(84)
        self.foreign_id_edit = QLineEdit()
        self.foreign_id_edit.setObjectName("entryForeignIdEdit")
        self.foreign_id_edit.setMaxLength(120)
        form = self.form
        form.add_field("label", self.tr("Label"), self.label_edit)
        form.add_field("shortcuts", self.tr("Shortcuts"), self.shortcuts_edit)
        form.form_layout.addRow("", self.clash_label)
        form.add_field("group_id", self.tr("Group"), self.group_combo)
        lists = QWidget()
        row = QHBoxLayout(lists)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.categories_list)
        row.addWidget(self.sources_list)
        form.add_field("category_ids", self.tr("Categories · channels"), lists)
        form.add_field("foreign_id", self.tr("Foreign id"), self.foreign_id_edit)
        self.versions_editor = VersionEditor(
            list(choices.sources), allow_remote_images=choices.allow_remote_images
        )
        self.versions_editor.setObjectName("versionEditor")
        # The fields and the versions scroll together above Save/Cancel: they need about 700 px,
        # a 1024×640 screen gives the dialog 600.
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.body.removeWidget(self.form)
        content_layout.addWidget(self.form)
        content_layout.addWidget(self.versions_editor, 1)
        scroll = QScrollArea()
        scroll.setObjectName("entryEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)  # the dialog's own background shows through
        content.setAutoFillBackground(False)
        self.body.insertWidget(0, scroll, 1)
        for widget, name in (
            (self.label_edit, self.tr("Label")),
            (self.shortcuts_edit, self.tr("Shortcuts")),
            (self.group_combo, self.tr("Group")),
            (self.categories_list, self.tr("Categories")),
            (self.sources_list, self.tr("Channels")),
            (self.foreign_id_edit, self.tr("Foreign id")),
        ):
            widget.setAccessibleName(name)
        self._clash_timer = QTimer(self)
        self._clash_timer.setSingleShot(True)
        self._clash_timer.setInterval(self.CLASH_DELAY_MS)
        self._clash_timer.timeout.connect(self.check_shortcuts)
        self.shortcuts_edit.textEdited.connect(self._clash_timer.start)
        if entry_id is None:
            self.setWindowTitle(self.tr("New reply-assistant entry"))
            self.versions_editor.add_version()
        else:
            self.reload()

    def reload(self) -> None:
        if self.entry_id is None:
            return
        try:
            detail = self.service.get_entry(self.entry_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.load(detail)

    def load(self, detail: EntryDetail) -> None:
        self.version = detail.version
        self.setWindowTitle(self.tr("Edit entry “%1”").replace("%1", detail.label))
        self.label_edit.setText(detail.label)
        self.shortcuts_edit.setText(" ".join(detail.shortcuts))
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(detail.group_id)))
        self.categories_list.set_checked(detail.category_ids)
        self.sources_list.set_checked(detail.source_ids)
        self.foreign_id_edit.setText(detail.foreign_id)
        self.versions_editor.set_versions(detail.versions)
        self.check_shortcuts()

    def current_form(self) -> EntryForm:
        return EntryForm(
            self.label_edit.text(),
            tuple(self.shortcuts_edit.text().split()),
            self.group_combo.currentData(),
            tuple(self.categories_list.checked_values()),
            tuple(self.sources_list.checked_values()),
            self.foreign_id_edit.text(),
            self.versions_editor.versions(),
        )

    def check_shortcuts(self) -> None:
        """A shortcut another entry uses is allowed, but the agent would get two answers: warn."""
        try:
            clashes = self.service.shortcut_clashes(tuple(self.shortcuts_edit.text().split()), self.entry_id)
        except DomainError:
            clashes = {}
        lines = [
            "⚠ "
            + self.tr("“%1” is also a shortcut of: %2")
            .replace("%1", shortcut)
            .replace("%2", ", ".join(labels))
            for shortcut, labels in clashes.items()
        ]
        self.clash_label.setText("\n".join(lines))
        self.clash_label.setVisible(bool(lines))

    def save(self) -> bool:
        """A version's problem has no field of its own: it shows above the form, naming the version."""
        form, service = self.current_form(), self.service
        if self.entry_id is None:
            saved = self.submit(lambda: service.create_entry(form))
        else:
            entry_id = self.entry_id
            saved = save_with_version(
                self,
                self.submit,
                lambda version: service.update_entry(entry_id, form, version=version),
                self.version,
                {"label": self.tr("Label"), "shortcuts": self.tr("Shortcuts"), "group": self.tr("Group")},
                self.reload,
            )
        return saved is not None
