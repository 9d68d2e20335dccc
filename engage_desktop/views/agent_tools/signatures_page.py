"""Agent tools › Signatures: every agent's signatures (per user, channel and language) in one list.

These are the records of the user editor's Signatures tab: the editor here saves through the same
user service, so the user editor shows the change and the journal says `user.updated`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from engage_desktop.services.agent_tools.signatures import SignatureRow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.source_fields import LANGUAGES
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.users.records import SignatureForm
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.users.user_picker import UserPickerDialog
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import Column, FilterSpec, ListPanel, Selection
from engage_desktop.views.widgets.versioned_save import save_with_version


def language_choices() -> list[tuple[str, str]]:
    names = {code: QCoreApplication.translate("SourceFormWidget", name) for code, name in LANGUAGES.items()}
    return sorted(((f"{name} ({code})", code) for code, name in names.items()), key=lambda c: c[0])


class SignatureEditorDialog(FormDialog):
    """A new signature for `user` (id, name: picked first, among 100k if need be) or an existing one."""

    def __init__(
        self,
        session: AppSession,
        signature_id: int | None,
        parent: QWidget | None = None,
        *,
        user: tuple[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureEditor")
        self.service = session.signatures
        self.signature_id = signature_id
        self.user_version: int | None = None
        self.user_id: int | None = user[0] if user else None
        self.user_label = QLabel(user[1] if user else "")
        self.user_label.setObjectName("signatureUserLabel")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("signatureNameEdit")
        self.name_edit.setMaxLength(120)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("signatureLanguageCombo")
        self.language_combo.addItem(self.tr("Any language"), "")
        for label, code in language_choices():
            self.language_combo.addItem(label, code)
        self.sources_list = CheckList(visible_rows=4)
        self.sources_list.setObjectName("signatureSourcesList")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("signatureBodyEdit")
        for widget, name in (
            (self.user_label, self.tr("Agent")),
            (self.name_edit, self.tr("Name")),
            (self.language_combo, self.tr("Language")),
            (self.sources_list, self.tr("Channels")),
            (self.body_edit, self.tr("Signature")),
        ):
            widget.setAccessibleName(name)
        try:
            self.sources_list.set_choices(self.service.source_choices())
        except DomainError as exc:
            self.form.show_form_error(exc.message)
        self.form.add_field("user", self.tr("Agent"), self.user_label)
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("language", self.tr("Language"), self.language_combo)
        self.form.add_field(
            "sources", self.tr("Channels"), self.sources_list, self.tr("None ticked: every channel.")
        )
        self.form.add_field("signatures", self.tr("Signature"), self.body_edit)
        self.setWindowTitle(self.tr("New signature") if signature_id is None else self.tr("Edit signature"))
        self.reload()

    def reload(self) -> None:
        if self.signature_id is None:
            return
        try:
            detail = self.service.get_signature(self.signature_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.user_version = detail.user_version
        self.user_id = detail.user_id
        self.user_label.setText(detail.user_name)
        self.name_edit.setText(detail.form.name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(detail.form.language)))
        self.sources_list.set_checked(detail.form.source_ids)
        self.body_edit.setPlainText(detail.form.body)

    def current_form(self) -> SignatureForm:
        return SignatureForm(
            self.name_edit.text(),
            self.body_edit.toPlainText(),
            self.language_combo.currentData() or "",
            tuple(self.sources_list.checked_values()),
            self.signature_id,
        )

    def save(self) -> bool:
        form, service, user_id = self.current_form(), self.service, self.user_id
        if user_id is None:
            return False
        if self.signature_id is None:
            return self.submit(lambda: service.create_signature(user_id, form)) is not None
        signature_id = self.signature_id
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_signature(user_id, signature_id, form, version=version),
            self.user_version,
            {"signatures": self.tr("Signatures")},
            self.reload,
        )
        return saved is not None


class SignaturesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self.picker: UserPickerDialog | None = None
        service = session.signatures
        columns = [
            Column("user", self.tr("Agent"), lambda r: r.user_name, width=180),
            Column("name", self.tr("Name"), lambda r: r.name, width=160),
            Column("language", self.tr("Language"), lambda r: r.language or self.tr("any"), width=90),
            Column(
                "sources",
                self.tr("Channels"),
                lambda r: r.sources or self.tr("every channel"),
                sortable=False,
                width=200,
            ),
            Column("body", self.tr("Signature"), lambda r: r.body, sortable=False),
        ]
        self.panel = panel = ListPanel(
            self.tr("Signatures"),
            columns,
            service.count_signatures,
            service.list_signatures,
            count_text=lambda n: self.tr("%Ln signature(s)", "", n),
            search_placeholder=self.tr("Search by agent or signature name"),
            filters=[
                FilterSpec(
                    "language",
                    self.tr("Language"),
                    [(self.tr("Any language"), None), (self.tr("No language"), ""), *language_choices()],
                )
            ],
            empty_title=self.tr("No signature yet"),
            empty_message=self.tr("Replies end with the agent's signature for the channel and language."),
            stretch_columns=("body",),
        )
        can_edit = session.user_capabilities.edit  # the service checks again, through the user
        self.new_button = panel.add_action(
            self.tr("New signature"),
            self.new_signature,
            allowed=can_edit,
            object_name="newSignatureButton",
            variant="primary",
        )
        self.edit_button = panel.add_action(
            self.tr("Edit"),
            self.edit_selected,
            selection=Selection.ONE,
            allowed=can_edit,
            object_name="editSignatureButton",
        )
        self.delete_button = panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            allowed=can_edit,
            object_name="deleteSignatureButton",
            variant="danger",
        )
        panel.opened.connect(lambda row: self.open_signature(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_signature(self) -> None:
        """First the agent (the user picker stays fluid at 100k users), then the signature."""
        picker = UserPickerDialog(self.session, self.tr("New signature for…"), self.tr("Choose"), parent=self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(lambda users: self.new_signature_for(users[0].id, users[0].display_name))
        self.picker = picker
        picker.open()

    def new_signature_for(self, user_id: int, name: str) -> None:
        self.panel.open_dialog(lambda: SignatureEditorDialog(self.session, None, self, user=(user_id, name)))

    def edit_selected(self) -> None:
        row: SignatureRow | None = self.panel.current_row()
        if row is not None:
            self.open_signature(row.id)

    def open_signature(self, signature_id: int) -> None:
        self.panel.open_dialog(lambda: SignatureEditorDialog(self.session, signature_id, self))

    def delete_selected(self) -> None:
        row: SignatureRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete signature"),
            self.tr("Delete the signature “%1” of %2?").replace("%1", row.name).replace("%2", row.user_name),
            self.tr("Delete signature"),
            self.tr("The agent's user record changes; the journal records it."),
        ):
            self.panel.run(lambda: self.session.signatures.delete_signature(row.user_id, row.id))
