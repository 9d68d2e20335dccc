"""The rule editor's "Test rule" pane: a sample message (text, trigger, source, language, tags,
categories, custom fields, business hours) and what the rule would do with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.routing.rule_conditions import SampleMessage, Trigger
from engage_desktop.services.routing.rules import RuleTest
from engage_desktop.services.routing.topologies import RoutingChoices
from engage_desktop.views.widgets.messages import message_text

CTX = "RuleTestPane"


def trigger_labels() -> dict[str, str]:
    return {
        Trigger.MESSAGE_RECEIVED.value: QCoreApplication.translate("RuleTestPane", "A message is received"),
        Trigger.INTERVENTION_OPENED.value: QCoreApplication.translate(
            "RuleTestPane", "An intervention is opened"
        ),
        Trigger.INTERVENTION_CLOSED.value: QCoreApplication.translate(
            "RuleTestPane", "An intervention is closed"
        ),
        Trigger.TASK_EXPIRED.value: QCoreApplication.translate("RuleTestPane", "A task expires"),
    }


def _ids(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())


def _pairs(text: str) -> dict[str, str]:
    """ "contract=Gold, plan=pro" → {"contract": "Gold", "plan": "pro"}."""
    out = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        if sep and key.strip():
            out[key.strip()] = value.strip()
    return out


class RuleTestPane(QGroupBox):
    test_requested = Signal()

    def __init__(self, choices: RoutingChoices, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RuleTestPane", "Test rule"), parent)
        self.names = dict(choices.categories)
        self.teams = dict(choices.teams)
        self.setObjectName("ruleTestPane")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("sampleTextEdit")
        self.text_edit.setAccessibleName(QCoreApplication.translate("RuleTestPane", "Sample message text"))
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate("RuleTestPane", "Type a customer message…")
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(110)
        self.trigger_combo = QComboBox()
        self.trigger_combo.setObjectName("sampleTriggerCombo")
        for key, label in trigger_labels().items():
            self.trigger_combo.addItem(label, key)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sampleSourceCombo")
        self.source_combo.addItem(QCoreApplication.translate("RuleTestPane", "No source"), None)
        for pid, label in choices.sources:
            self.source_combo.addItem(label, pid)
        self.language_edit = QLineEdit()
        self.language_edit.setObjectName("sampleLanguageEdit")
        self.language_edit.setPlaceholderText(QCoreApplication.translate("RuleTestPane", "e.g. fr"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("sampleTagsEdit")
        self.tags_edit.setPlaceholderText(
            QCoreApplication.translate("RuleTestPane", "tag ids, comma-separated")
        )
        self.categories_edit = QLineEdit()
        self.categories_edit.setObjectName("sampleCategoriesEdit")
        self.categories_edit.setPlaceholderText(
            QCoreApplication.translate("RuleTestPane", "category ids, comma-separated")
        )
        self.fields_edit = QLineEdit()
        self.fields_edit.setObjectName("sampleFieldsEdit")
        self.fields_edit.setPlaceholderText(
            QCoreApplication.translate("RuleTestPane", "contract=Gold, plan=pro")
        )
        self.profile_edit = QLineEdit()
        self.profile_edit.setObjectName("sampleProfileEdit")
        self.profile_edit.setPlaceholderText(QCoreApplication.translate("RuleTestPane", "company=ACME"))
        self.hours_combo = QComboBox()
        self.hours_combo.setObjectName("sampleHoursCombo")
        self.hours_combo.addItem(QCoreApplication.translate("RuleTestPane", "Open now"), True)
        self.hours_combo.addItem(QCoreApplication.translate("RuleTestPane", "Closed now"), False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Message"), self.text_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Event"), self.trigger_combo)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Source"), self.source_combo)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Language"), self.language_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Customer tags"), self.tags_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Categories"), self.categories_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Custom fields"), self.fields_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Customer profile"), self.profile_edit)
        form.addRow(QCoreApplication.translate("RuleTestPane", "Business hours"), self.hours_combo)
        # Beside the rule on a 1024 px screen: long French labels wrap and the combos may narrow.
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is not None:
                self._let_shrink(form, field)
        for label_widget in (self.text_edit, self.language_edit, self.tags_edit):
            label_widget.setToolTip(
                QCoreApplication.translate("RuleTestPane", "Changing the sample tests the rule again")
            )

        self.run_button = QPushButton(QCoreApplication.translate("RuleTestPane", "Test rule"))
        self.run_button.setObjectName("testRuleButton")
        self.run_button.setAutoDefault(False)
        self.run_button.setToolTip(
            QCoreApplication.translate(
                "RuleTestPane", "Evaluate the rule as edited (not saved) on this message"
            )
        )
        self.run_button.clicked.connect(lambda _checked=False: self.test_requested.emit())
        self.verdict = QLabel(QCoreApplication.translate("RuleTestPane", "Type a message and test the rule."))
        self.verdict.setObjectName("testVerdict")
        self.verdict.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("testOutcome")
        self.outcome.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.verdict)
        layout.addWidget(self.outcome)
        layout.addStretch(1)

        self.text_edit.textChanged.connect(self.test_requested)
        for edit in (
            self.language_edit,
            self.tags_edit,
            self.categories_edit,
            self.fields_edit,
            self.profile_edit,
        ):
            edit.textEdited.connect(lambda _text: self.test_requested.emit())
        for combo in (self.trigger_combo, self.source_combo, self.hours_combo):
            combo.activated.connect(lambda _index: self.test_requested.emit())

    @staticmethod
    def _let_shrink(form: QFormLayout, field: QWidget) -> None:
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setWordWrap(True)
        if isinstance(field, QComboBox):
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            field.setMinimumContentsLength(12)

    @property
    def open_now(self) -> bool:
        return bool(self.hours_combo.currentData())

    def sample(self) -> SampleMessage:
        return SampleMessage(
            text=self.text_edit.toPlainText(),
            source_id=self.source_combo.currentData(),
            language=self.language_edit.text().strip() or None,
            category_ids=_ids(self.categories_edit.text()),
            customer_tag_ids=_ids(self.tags_edit.text()),
            custom_fields=_pairs(self.fields_edit.text()),
            identity_group=_pairs(self.profile_edit.text()),
            trigger=Trigger(self.trigger_combo.currentData()),
        )

    def show_result(self, test: RuleTest | None, refused: str = "") -> None:
        if test is None:
            self.verdict.setText(refused)
            self.verdict.setStyleSheet("color: #B3261E;")
            self.outcome.clear()
            return
        evaluation = test.evaluation
        if evaluation.fired:
            self.verdict.setText(
                QCoreApplication.translate("RuleTestPane", "✓ The rule fires on this message.")
            )
            self.verdict.setStyleSheet("color: #1E7F4F; font-weight: 600;")
        elif not evaluation.trigger_matched:
            self.verdict.setText(
                QCoreApplication.translate(
                    "RuleTestPane", "✗ The rule does not fire: it runs on another event."
                )
            )
            self.verdict.setStyleSheet("color: #B3261E; font-weight: 600;")
        else:
            self.verdict.setText(
                QCoreApplication.translate(
                    "RuleTestPane", "✗ The rule does not fire: its conditions do not hold."
                )
            )
            self.verdict.setStyleSheet("color: #B3261E; font-weight: 600;")
        lines = []
        outcome = test.outcome
        if outcome is not None:
            message = outcome.message
            if message.category_ids:
                names = sorted(self.names.get(i, i) for i in message.category_ids)
                lines.append(
                    QCoreApplication.translate("RuleTestPane", "Categories: %1").replace(
                        "%1", ", ".join(names)
                    )
                )
            if message.customer_tag_ids:
                lines.append(
                    QCoreApplication.translate("RuleTestPane", "Customer tags: %1").replace(
                        "%1", ", ".join(sorted(message.customer_tag_ids))
                    )
                )
            lines.append(
                QCoreApplication.translate("RuleTestPane", "Priority: %1").replace(
                    "%1", str(message.priority)
                )
            )
            if outcome.queue:
                lines.append(
                    QCoreApplication.translate("RuleTestPane", "Queue: %1").replace("%1", outcome.queue)
                )
            if outcome.team:
                lines.append(
                    QCoreApplication.translate("RuleTestPane", "Team: %1").replace(
                        "%1", self.teams.get(outcome.team, outcome.team)
                    )
                )
            if outcome.reply_entry_ids:
                lines.append(
                    QCoreApplication.translate("RuleTestPane", "Auto-reply with: %1").replace(
                        "%1", ", ".join(outcome.reply_entry_ids)
                    )
                )
            if outcome.ignored:
                lines.append(QCoreApplication.translate("RuleTestPane", "The message is ignored (archived)."))
        if test.problems:
            lines.append(
                QCoreApplication.translate(
                    "RuleTestPane", "The rule has problems (marked in red): %1"
                ).replace("%1", "; ".join(message_text(p.message) for p in test.problems))
            )
        self.outcome.setText("\n".join(lines))
