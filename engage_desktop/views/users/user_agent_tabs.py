"""The user editor's tabs about how the agent works: their agent capacity (tasks per routing
channel) and their signatures (name, language, channels, text). Nothing is saved until the editor is."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.users.records import SignatureForm
from engage_desktop.views.channels.channel_widgets import CheckList, type_icon
from engage_desktop.views.users.user_editor_tabs import EditorContext, UserTab
from engage_desktop.views.users.user_form_widgets import language_label, line_edit, muted_label, roomy
from engage_desktop.views.widgets.column_layout import HEADER_PADDING, SORT_ARROW_ROOM


class SignaturesTab(UserTab):
    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        self.signatures: list[SignatureForm] = list(context.detail.form.signatures if context.detail else ())
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("signatureList")
        self.list.setAlternatingRowColors(True)
        self.list.setFixedWidth(230)
        roomy(self.list)
        self.languages = dict(context.choices.languages)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addSignatureButton")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeSignatureButton")
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setEnabled(not context.read_only)
        self.add_button.clicked.connect(self.add_signature)
        self.remove_button.clicked.connect(self.remove_signature)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.name_edit = line_edit("", "signatureName", placeholder=self.tr("e.g. Formal, Chat"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("signatureLanguage")
        self.language_combo.addItem(self.tr("Any language"), "")
        for code, name in context.choices.languages:
            self.language_combo.addItem(language_label(name), code)
        self.sources_list = CheckList(visible_rows=4)
        self.sources_list.setObjectName("signatureSources")
        self.sources_list.set_choices([(s.id, s.name) for s in context.choices.sources])
        for i, source in enumerate(context.choices.sources):
            self.sources_list.item(i).setIcon(type_icon(source.type))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("signatureBody")
        self.body_edit.setPlaceholderText(self.tr("Best regards,\nThe support team"))
        self.editor = QWidget()
        fields = QFormLayout(self.editor)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Name"), self.name_edit)
        fields.addRow(self.tr("Language"), self.language_combo)
        fields.addRow(self.tr("Channels"), self.sources_list)
        fields.addRow("", muted_label(self.tr("None ticked: used on every channel.")))
        fields.addRow(self.tr("Text"), self.body_edit)
        self.empty_label = muted_label(
            self.tr("No signature yet. Add one to end this agent's replies with it.")
        )
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.empty_label)
        right.addStretch(0)

        row = QHBoxLayout()
        row.setSpacing(16)
        row.addLayout(left)
        row.addLayout(right, 1)
        self.form.add_field("signatures", "", QWidget())  # errors about any signature
        self.body.insertLayout(0, row, 1)

        self.list.currentRowChanged.connect(self._show)
        self.name_edit.textEdited.connect(self._store)
        self.language_combo.currentIndexChanged.connect(self._store)
        self.sources_list.itemChanged.connect(self._store)
        self.body_edit.textChanged.connect(self._store)
        self.lock(self.name_edit, self.language_combo, self.sources_list)
        self.body_edit.setReadOnly(context.read_only)
        for signature in self.signatures:
            QListWidgetItem(self._label(signature), self.list)
        self.list.setCurrentRow(0 if self.signatures else -1)
        self._show(self.list.currentRow())

    def add_signature(self) -> None:
        self.signatures.append(SignatureForm(self.tr("New signature")))
        QListWidgetItem(self._label(self.signatures[-1]), self.list)
        self.list.setCurrentRow(len(self.signatures) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_signature(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.signatures):
            del self.signatures[row]
            self.list.takeItem(row)
            self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        valid = 0 <= row < len(self.signatures)
        self.editor.setVisible(valid)
        self.empty_label.setVisible(not self.signatures)
        self.remove_button.setEnabled(valid and not self.context.read_only)
        if not valid:
            return
        signature = self.signatures[row]
        self._loading = True
        self.name_edit.setText(signature.name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(signature.language)))
        self.sources_list.set_checked(signature.source_ids)
        self.body_edit.setPlainText(signature.body)
        self._loading = False

    def _store(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.signatures):
            return
        self.signatures[row] = replace(
            self.signatures[row],
            name=self.name_edit.text(),
            language=self.language_combo.currentData() or "",
            source_ids=tuple(self.sources_list.checked_values()),
            body=self.body_edit.toPlainText(),
        )
        self.list.item(row).setText(self._label(self.signatures[row]))

    def _label(self, signature: SignatureForm) -> str:
        """Two lines: the name, then where and in which language it is used."""
        language = (
            language_label(self.languages[signature.language])
            if signature.language in self.languages
            else self.tr("Any language")
        )
        n = len(signature.source_ids)
        where = self.tr("every channel") if not n else self.tr("%Ln channel(s)", "", n)
        name = signature.name or self.tr("(no name)")
        return f"{name}\n{language} · {where}"

    def collect(self, values: dict[str, Any]) -> None:
        values["signatures"] = tuple(self.signatures)


class CapacityTab(UserTab):
    """The agent capacity overrides the routing channels' own: shown channel by channel."""

    def __init__(self, context: EditorContext) -> None:
        super().__init__(context, scroll=False)
        current = context.detail.form.capacity_id if context.detail else None
        self.capacities = {c.id: c for c in context.choices.capacities}
        self.capacity_combo = QComboBox()
        self.capacity_combo.setObjectName("capacityCombo")
        self.capacity_combo.addItem(self.tr("None: each routing channel's own capacity"), None)
        for capacity in context.choices.capacities:
            self.capacity_combo.addItem(capacity.name, capacity.id)
        self.capacity_combo.setCurrentIndex(max(0, self.capacity_combo.findData(current)))
        self.form.add_field("capacity_id", self.tr("Agent capacity"), self.capacity_combo)
        self.form.setMaximumWidth(640)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("capacityChannels")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Routing channel"), self.tr("Tasks pushed"), self.tr("At most")]
        )
        for column in (0, 1, 2):
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                side = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                header_item.setTextAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        bold = QFont(self.table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # as style.qss draws header sections
        titles = (self.tr("Tasks pushed"), self.tr("At most"))
        room = HEADER_PADDING + SORT_ARROW_ROOM + 2
        numbers = [max(150, QFontMetrics(bold).horizontalAdvance(title) + room) for title in titles]
        self.table.setColumnWidth(0, 600 - sum(numbers))  # the titles whole ("Tâches distribuées")
        self.table.setColumnWidth(1, numbers[0])
        self.table.setColumnWidth(2, numbers[1])
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedWidth(604)
        self.note = muted_label()
        self.note.setMaximumWidth(640)
        self.body.addWidget(self.table)
        self.body.addWidget(self.note)
        self.body.addStretch(1)
        self.capacity_combo.currentIndexChanged.connect(self._show)
        self._show()
        self.lock(self.capacity_combo)

    def _show(self) -> None:
        capacity = self.capacities.get(self.capacity_combo.currentData())
        channels = capacity.channels if capacity else ()
        self.table.setRowCount(len(channels))
        for row, (name, default, maximum) in enumerate(channels):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, value in ((1, default), (2, maximum)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        rows_height = sum(self.table.rowHeight(r) for r in range(len(channels)))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + 4)
        self.table.setVisible(bool(channels))
        if capacity is None:
            note = self.tr(
                "Without an agent capacity, each routing channel's own soft and hard capacity applies."
            )
        else:
            note = self.tr(
                "Routing pushes this agent up to “Tasks pushed” tasks per channel; transfers by hand can "
                "reach “At most”. Other routing channels keep their own capacity."
            )
        self.note.setText(note + " " + self.tr("Capacities are defined in Users › Agent capacities."))

    def collect(self, values: dict[str, Any]) -> None:
        values["capacity_id"] = self.capacity_combo.currentData()
