"""Settings › Account settings: the account's name, language, zone and week, content languages, the
Routing mode switch (it says what is missing before it can be on) and the agent-interface options."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.settings.account import AccountDetail, AccountForm
from engage_desktop.services.settings.business_hours import zone_names
from engage_desktop.views.settings.settings_form_page import SettingsFormPage
from engage_desktop.views.widgets.messages import message_text


class AccountSettingsPage(SettingsFormPage):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Account settings"),
            self.tr("How the whole account works. Every change is written to the audit journal."),
            parent,
        )
        self.session = session
        self.version: int | None = None
        general = self.add_group(self.tr("General"))
        self.name_edit = general.add_field("name", self.tr("Account name"), QLineEdit())
        self.name_edit.setObjectName("accountNameEdit")
        self.name_edit.setMaxLength(120)
        self.locale_combo = general.add_field("locale", self.tr("Language"), QComboBox())
        self.locale_combo.setObjectName("accountLocaleCombo")
        self.locale_combo.addItem(self.tr("English"), "en")
        self.locale_combo.addItem(self.tr("French"), "fr")
        self.zone_combo = general.add_field("timezone", self.tr("Time zone"), QComboBox())
        self.zone_combo.setObjectName("accountZoneCombo")
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(zone_names())
        completer = QCompleter(zone_names(), self.zone_combo)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.zone_combo.setCompleter(completer)
        self.week_combo = general.add_field("beginning_of_week", self.tr("Weeks start on"), QComboBox())
        self.week_combo.setObjectName("accountWeekCombo")
        for text, value in (
            (self.tr("Monday"), "monday"),
            (self.tr("Sunday"), "sunday"),
            (self.tr("Saturday"), "saturday"),
        ):
            self.week_combo.addItem(text, value)
        self.languages_edit = general.add_field(
            "content_languages",
            self.tr("Content languages"),
            QLineEdit(),
            self.tr("Language codes separated by commas, e.g. fr, en, de."),
        )
        self.languages_edit.setObjectName("contentLanguagesEdit")
        self.multi_lang = general.add_field(
            "multi_lang", "", self.check("multiLang", self.tr("Several languages per message"))
        )
        routing = self.add_group(self.tr("Agent interface"))
        self.routing_mode = routing.add_field(
            "routing_mode",
            "",
            self.check("routingMode", self.tr("Routing mode: push work to agents as tasks")),
        )
        self.routing_hint = QLabel()
        self.routing_hint.setObjectName("hintLabel")
        self.routing_hint.setWordWrap(True)
        routing.form_layout.addRow("", self.routing_hint)
        self.urgent = routing.add_field(
            "urgent_task_threshold",
            self.tr("A task is urgent after"),
            self.spin("urgent", 1, 100, self.tr(" % of its SLA")),
        )
        self.closing = routing.add_field(
            "intervention_closing_period",
            self.tr("Close idle interventions after"),
            self.spin("closing", 0, 365, self.tr(" days"), self.tr("Never")),
        )
        self.identity_merge = routing.add_field(
            "identity_merge",
            "",
            self.check("identityMerge", self.tr("Merge identities of the same customer")),
        )
        self.reply_any = routing.add_field(
            "reply_as_any_identity",
            "",
            self.check("replyAny", self.tr("Agents may reply as any company identity")),
        )
        self.spelling = routing.add_field(
            "spellchecking", "", self.check("spelling", self.tr("Spell-check replies"))
        )
        self.tracking = routing.add_field(
            "activity_tracking", "", self.check("tracking", self.tr("Track agent activity"))
        )
        self.presence = routing.add_field(
            "activity_presence_threshold",
            self.tr("Away after"),
            self.spin("presence", 1, 240, self.tr(" minutes without activity")),
        )
        self.finish()
        self.load()

    def load(self) -> None:
        detail: AccountDetail | None = self.submit(self.session.settings.account.get_account_settings)
        if detail is None:
            return
        self.version = detail.version
        form = detail.form
        self.name_edit.setText(form.name)
        self.locale_combo.setCurrentIndex(max(self.locale_combo.findData(form.locale), 0))
        self.zone_combo.setCurrentText(form.timezone)
        self.week_combo.setCurrentIndex(max(self.week_combo.findData(form.beginning_of_week), 0))
        self.languages_edit.setText(", ".join(form.content_languages))
        self.multi_lang.setChecked(form.multi_lang)
        self.routing_mode.setChecked(form.routing_mode)
        problems = detail.routing_problems
        self.routing_hint.setText(
            self.tr("Inbox mode: agents pick work from folders.")
            if not form.routing_mode and not problems
            else ("" if form.routing_mode and not problems else message_text(problems[0]))
        )
        self.routing_hint.setVisible(bool(self.routing_hint.text()))
        self.urgent.setValue(form.urgent_task_threshold)
        self.closing.setValue(form.intervention_closing_period)
        self.identity_merge.setChecked(form.identity_merge)
        self.reply_any.setChecked(form.reply_as_any_identity)
        self.spelling.setChecked(form.spellchecking)
        self.tracking.setChecked(form.activity_tracking)
        self.presence.setValue(form.activity_presence_threshold)

    def form_values(self) -> AccountForm:
        return AccountForm(
            name=self.name_edit.text(),
            locale=str(self.locale_combo.currentData()),
            timezone=self.zone_combo.currentText().strip(),
            beginning_of_week=str(self.week_combo.currentData()),
            content_languages=tuple(part.strip() for part in self.languages_edit.text().split(",")),
            multi_lang=self.multi_lang.isChecked(),
            routing_mode=self.routing_mode.isChecked(),
            urgent_task_threshold=self.urgent.value(),
            intervention_closing_period=self.closing.value(),
            identity_merge=self.identity_merge.isChecked(),
            reply_as_any_identity=self.reply_any.isChecked(),
            spellchecking=self.spelling.isChecked(),
            activity_tracking=self.tracking.isChecked(),
            activity_presence_threshold=self.presence.value(),
        )

    def save(self) -> None:
        service, form, version = self.session.settings.account, self.form_values(), self.version
        if self.submit(lambda: service.update_account_settings(form, version=version)) is not None:
            self.load()
            self.status_label.setText(self.tr("Saved."))
