"""The custom field editor: owner, label, snake_case key, type and choice values. Changing the type
of a field holding values asks before converting them; values that cannot convert are named under
the type."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.digital.custom_field_storage import Progress
from engage_desktop.services.digital.custom_fields import ConversionNeeded, CustomFieldForm, CustomFieldRow
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import CancelToken, ProgressDialog, Report

CHOICE_TYPES = ("single_choice", "multiple_choice")


def suggested_key(label: str) -> str:
    """'Loyalty tier (2026)' -> 'loyalty_tier_2026'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c)).lower()
    key = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    if key and not key[0].isalpha():
        key = "field_" + key
    return key[:64]


class CustomFieldDialog(FormDialog):
    def __init__(
        self, session: AppSession, field: CustomFieldRow | None, owner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldEditor")
        self.session = session
        self.field = field
        self.setWindowTitle(
            self.tr("Edit custom field “%1”").replace("%1", field.label)
            if field
            else self.tr("New custom field")
        )
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("fieldOwnerCombo")
        self.owner_combo.setAccessibleName(self.tr("Belongs to"))
        self.owner_combo.addItem(self.tr("Customer profiles"), "IdentityGroup")
        self.owner_combo.addItem(self.tr("Interventions"), "Intervention")
        self.owner_combo.setCurrentIndex(
            max(0, self.owner_combo.findData(field.associated_type_name if field else owner))
        )
        self.owner_combo.setEnabled(field is None)
        self.label_edit = QLineEdit(field.label if field else "")
        self.label_edit.setObjectName("fieldLabelEdit")
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.key_edit = QLineEdit(field.key if field else "")
        self.key_edit.setObjectName("fieldKeyEdit")
        self.key_edit.setAccessibleName(self.tr("Key"))
        self.key_edit.setPlaceholderText("loyalty_tier")
        self._key_touched = field is not None
        self.key_edit.textEdited.connect(self._on_key_edited)
        self.label_edit.textEdited.connect(self._on_label_edited)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("fieldTypeCombo")
        self.type_combo.setAccessibleName(self.tr("Type"))
        for key, text in (
            ("string", self.tr("Short text")),
            ("text", self.tr("Long text")),
            ("boolean", self.tr("Yes / no")),
            ("integer", self.tr("Whole number")),
            ("float", self.tr("Decimal number")),
            ("date", self.tr("Date")),
            ("single_choice", self.tr("Single choice")),
            ("multiple_choice", self.tr("Multiple choice")),
        ):
            self.type_combo.addItem(text, key)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(field.type if field else "string")))
        self.choices_edit = QPlainTextEdit("\n".join(field.choices) if field else "")
        self.choices_edit.setObjectName("fieldChoicesEdit")
        self.choices_edit.setAccessibleName(self.tr("Choice values"))
        self.choices_edit.setPlaceholderText(self.tr("One value per line"))
        self.choices_edit.setMaximumHeight(110)
        self.form.add_field("associated_type_name", self.tr("Belongs to"), self.owner_combo)
        self.form.add_field("label", self.tr("Label"), self.label_edit)
        self.form.add_field(
            "key",
            self.tr("Key"),
            self.key_edit,
            self.tr("snake_case, unique among this kind's fields; used by the API"),
        )
        self.form.add_field("type", self.tr("Type"), self.type_combo)
        self.form.add_field("choices", self.tr("Values"), self.choices_edit)
        self.type_combo.currentIndexChanged.connect(self._show_choices)
        self._show_choices()
        self.resize(520, 420)
        self.label_edit.setFocus()

    def _on_label_edited(self, text: str) -> None:
        if not self._key_touched:
            self.key_edit.setText(suggested_key(text))

    def _on_key_edited(self, _text: str) -> None:
        self._key_touched = True

    def _show_choices(self) -> None:
        self.choices_edit.setEnabled(self.type_combo.currentData() in CHOICE_TYPES)

    def current_form(self) -> CustomFieldForm:
        choices = tuple(line.strip() for line in self.choices_edit.toPlainText().splitlines() if line.strip())
        kind = str(self.type_combo.currentData())
        return CustomFieldForm(
            str(self.owner_combo.currentData()),
            self.key_edit.text(),
            self.label_edit.text(),
            kind,
            choices if kind in CHOICE_TYPES else (),
        )

    def save(self) -> bool:
        form, service, field = self.current_form(), self.session.custom_fields, self.field
        if field is None:
            return self.submit(lambda: service.create_custom_field(form)) is not None

        def update() -> CustomFieldRow | None:
            try:
                return service.update_custom_field(field.id, form, version=field.version)
            except ConversionNeeded as needed:
                if not confirm_destructive(
                    self,
                    self.tr("Convert stored values"),
                    message_text(needed.message),
                    self.tr("Convert"),
                    self.tr("Each stored value is rewritten in the new type."),
                ):
                    return None
                return self._convert(field, form)

        return self.submit(update) is not None

    def _convert(self, field: CustomFieldRow, form: CustomFieldForm) -> CustomFieldRow | None:
        """Every stored value rewritten on a worker, with progress and Cancel (all or nothing)."""
        service = self.session.custom_fields

        def job(token: CancelToken, report: Report) -> CustomFieldRow:
            progress = Progress(report=report, stop=lambda: token.cancelled)
            return service.update_custom_field(
                field.id, form, version=field.version, convert=True, progress=progress
            )

        dialog = ProgressDialog(
            self.tr("Converting values"), self.tr("Converting the stored values…"), job, self
        )
        try:
            if dialog.run():
                result: CustomFieldRow = dialog.result_value
                return result
            if dialog.error is not None:
                raise dialog.error  # Stopped too: the form says nothing was converted
            return None
        finally:
            dialog.deleteLater()
