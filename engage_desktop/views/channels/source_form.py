"""The form of a content source: common fields on three tabs, the type's own fields on a fourth.

Used by the creation wizard (last step) and by the editor of an existing source. Secrets are typed
into password fields and handed to the service, which keeps them in the keyring; an empty field
keeps the stored one. The e-mail "Test connection" runs on a worker thread (ProgressDialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.email_check import ConnectionReport
from engage_desktop.services.channels.source_fields import LANGUAGES, TypedNumber
from engage_desktop.services.channels.source_types import (
    source_type,
)
from engage_desktop.services.channels.sources import SourceDetail, SourceForm
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.channels.channel_widgets import (
    CheckList,
    ColorCombo,
    choice_labels,
    report_lines,
    type_icon,
)
from engage_desktop.views.channels.source_connection_fields import (
    ConnectionFields,
    combo,
    number_edit,
    set_combo,
)
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.progress_dialog import ProgressDialog
from engage_desktop.views.widgets.tab_errors import clear_tab_errors, show_errors_on_tabs


def _minutes(seconds: TypedNumber) -> TypedNumber:
    """The SLA box shows minutes; text the form holds is shown as it is."""
    return round(seconds / 60) if isinstance(seconds, int) else seconds


class SourceFormWidget(QWidget):
    """All fields of one source of `type_key`; `detail` None for a new one."""

    def __init__(
        self,
        session: AppSession,
        type_key: str,
        detail: SourceDetail | None = None,
        community_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceForm")
        self.session = session
        self.kind = source_type(type_key)
        self.detail = detail
        self.last_report: ConnectionReport | None = None
        form = detail.form if detail else SourceForm(name="", community_id=community_id)
        settings = dict(form.settings)
        self._sla_seconds = form.sla_response
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sourceTabs")
        self.forms: list[FormWidget] = []

        # ---- General ---------------------------------------------------------------------------
        general = self._add_tab(self.tr("General"))
        self.general = general
        self.name_edit = QLineEdit(form.name)
        self.name_edit.setObjectName("sourceNameEdit")
        self.name_edit.setMaxLength(120)
        general.add_field("name", self.tr("Name"), self.name_edit)
        self.community_combo = combo([], "communityCombo")
        communities = session.communities.communities_of_type(self.kind.key)
        for row in communities:
            self.community_combo.addItem(type_icon(row.type), row.name, row.id)
        if detail and self.community_combo.findData(form.community_id) < 0:
            self.community_combo.addItem(type_icon(detail.type), detail.community_name, form.community_id)
        set_combo(self.community_combo, form.community_id)
        general.add_field("community_id", self.tr("Community"), self.community_combo)
        channels = [(self.tr("None"), None)] + [
            (c.label, c.id) for c in session.sources.routing_channel_choices()
        ]
        self.channel_combo = combo(channels, "routingChannelCombo")
        set_combo(self.channel_combo, form.channel_id)
        general.add_field(
            "channel_id",
            self.tr("Routing channel"),
            self.channel_combo,
            self.tr("Routing channels are managed in Routing › Routing channels."),
        )
        self.color_combo = ColorCombo()
        self.color_combo.setObjectName("colorCombo")
        self.color_combo.set_value(form.color)
        general.add_field("color", self.tr("Colour"), self.color_combo)
        self.hidden_check = QCheckBox(self.tr("Hide from statistics"))
        self.hidden_check.setChecked(form.hidden_from_stats)
        general.add_field("hidden_from_stats", "", self.hidden_check)

        # ---- Connection (type-specific) --------------------------------------------------------
        self.connection = self._add_tab(self.tr("Connection"))
        self.connection_fields = ConnectionFields(
            self.connection,
            self.kind,
            settings,
            detail.secret_fields_set if detail else frozenset(),
            self.test_connection,
            self,
        )
        fields = self.connection_fields
        self.settings_widgets, self.secret_edits = fields.settings_widgets, fields.secret_edits
        self.test_button, self.result_label = fields.test_button, fields.result_label

        # ---- Routing & SLA ---------------------------------------------------------------------
        routing = self._add_tab(self.tr("Routing and SLA"))
        categories = choice_labels(session.sources.category_choices())
        self.categories_list = CheckList()
        self.categories_list.setObjectName("defaultCategories")
        self.categories_list.set_choices(categories, form.default_category_ids)
        routing.add_field("default_category_ids", self.tr("Default categories"), self.categories_list)
        self.user_thread_list = CheckList(visible_rows=3)
        self.user_thread_list.set_choices(categories, form.user_thread_default_category_ids)
        routing.add_field(
            "user_thread_default_category_ids",
            self.tr("Categories of agent-opened threads"),
            self.user_thread_list,
        )
        sheets = choice_labels(session.sources.time_sheet_choices())
        self.time_sheets_list = CheckList(visible_rows=3)
        self.time_sheets_list.set_choices(sheets, form.time_sheet_ids)
        routing.add_field(
            "time_sheet_ids",
            self.tr("Business hours"),
            self.time_sheets_list,
            "" if sheets else self.tr("No business hours yet: create them in Settings › Business hours."),
        )
        self.sla_spin = number_edit(0, 129600, _minutes(form.sla_response))
        self.sla_spin.setObjectName("slaResponseSpin")
        routing.add_field("sla_response", self.tr("SLA: first reply within (minutes)"), self.sla_spin)
        self.threshold_spin = number_edit(0, 100, form.sla_threshold)
        routing.add_field(
            "sla_threshold",
            self.tr("SLA warning at (%)"),
            self.threshold_spin,
            self.tr("Share of the SLA time used when the task turns orange."),
        )
        self.strategy_combo = combo(
            [
                (self.tr("Raise to maximum priority"), "max"),
                (self.tr("Raise halfway to maximum"), "half"),
                (self.tr("Keep the base priority"), "base"),
            ],
            "slaStrategyCombo",
        )
        set_combo(self.strategy_combo, form.sla_expired_strategy)
        routing.add_field("sla_expired_strategy", self.tr("When the SLA expires"), self.strategy_combo)
        self.priority_spin = number_edit(0, 100, form.default_task_priority)
        routing.add_field("default_task_priority", self.tr("Default task priority"), self.priority_spin)
        self.message_boost_spin = number_edit(0, 100, form.intervention_messages_boost)
        routing.add_field(
            "intervention_messages_boost", self.tr("Boost per new message"), self.message_boost_spin
        )
        self.transfer_boost_spin = number_edit(0, 100, form.transferred_tasks_boost)
        routing.add_field(
            "transferred_tasks_boost", self.tr("Boost for transferred tasks"), self.transfer_boost_spin
        )

        # ---- Languages & archiving -------------------------------------------------------------
        other = self._add_tab(self.tr("Languages and archiving"))
        languages = sorted(LANGUAGES.items(), key=lambda kv: kv[1])
        self.languages_list = CheckList()
        self.languages_list.set_choices(
            [(code, self.tr(name)) for code, name in languages], form.content_languages
        )
        other.add_field("content_languages", self.tr("Languages"), self.languages_list)
        self.default_language_combo = combo(
            [(self.tr("None"), "")] + [(self.tr(name), code) for code, name in languages],
            "defaultLanguageCombo",
        )
        set_combo(self.default_language_combo, form.default_content_language)
        other.add_field("default_content_language", self.tr("Default language"), self.default_language_combo)
        self.detect_check = QCheckBox(self.tr("Detect the language of incoming messages"))
        self.detect_check.setChecked(form.auto_detect_content_language)
        other.add_field("auto_detect_content_language", "", self.detect_check)
        self.archiving_check = QCheckBox(self.tr("Archive messages"))
        self.archiving_check.setChecked(form.content_archiving)
        other.add_field("content_archiving", "", self.archiving_check)
        self.archiving_spin = number_edit(0, 3650, form.content_archiving_period)
        self.archiving_spin.setEnabled(form.content_archiving)
        self.archiving_check.toggled.connect(self.archiving_spin.setEnabled)
        other.add_field("content_archiving_period", self.tr("Archive after (days)"), self.archiving_spin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _add_tab(self, title: str) -> FormWidget:
        form = FormWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("page")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(16, 14, 16, 14)
        inner.addWidget(form)
        inner.addStretch(1)
        scroll.setWidget(holder)
        self.tabs.addTab(scroll, title)
        self.forms.append(form)
        return form

    # ---- values ---------------------------------------------------------------------------------
    def settings_value(self) -> dict[str, Any]:
        return self.connection_fields.settings_value()

    def secrets_value(self) -> dict[str, str | None]:
        return self.connection_fields.secrets_value()

    def form_value(self) -> SourceForm:
        minutes = self.sla_spin.value()
        seconds: TypedNumber = minutes  # not a number: the service says so under the field
        if isinstance(minutes, int):
            seconds = self._sla_seconds if _minutes(self._sla_seconds) == minutes else minutes * 60
        return SourceForm(
            name=self.name_edit.text(),
            community_id=self.community_combo.currentData(),
            channel_id=self.channel_combo.currentData(),
            color=self.color_combo.value(),
            default_category_ids=tuple(self.categories_list.checked_values()),
            user_thread_default_category_ids=tuple(self.user_thread_list.checked_values()),
            time_sheet_ids=tuple(self.time_sheets_list.checked_values()),
            sla_response=seconds,
            sla_threshold=self.threshold_spin.value(),
            sla_expired_strategy=self.strategy_combo.currentData(),
            default_task_priority=self.priority_spin.value(),
            intervention_messages_boost=self.message_boost_spin.value(),
            transferred_tasks_boost=self.transfer_boost_spin.value(),
            content_languages=tuple(self.languages_list.checked_values()),
            default_content_language=self.default_language_combo.currentData(),
            auto_detect_content_language=self.detect_check.isChecked(),
            hidden_from_stats=self.hidden_check.isChecked(),
            content_archiving=self.archiving_check.isChecked(),
            content_archiving_period=self.archiving_spin.value(),
            settings=self.settings_value(),
        )

    def field_labels(self) -> dict[str, str]:
        """Each field's label as shown, by the names a conflict uses (settings as "settings.<name>")."""
        labels: dict[str, str] = {}
        for form in self.forms:
            for name in form.field_names():
                widget = form.field(name)
                label = form.form_layout.labelForField(widget)
                text = label.text() if isinstance(label, QLabel) else ""
                if not text and isinstance(widget, QAbstractButton):
                    text = widget.text()
                labels[name] = text.replace("&", "") or name
        for name in self.settings_widgets:
            labels[f"settings.{name}"] = labels.get(name, name)
        return labels

    # ---- errors ---------------------------------------------------------------------------------
    def tab_pages(self) -> list[tuple[QWidget, FormWidget]]:
        """Each tab's page (the scroll area around its form) with the form on it."""
        pages = [self.tabs.widget(i) for i in range(len(self.forms))]
        return [(page, form) for page, form in zip(pages, self.forms, strict=True) if page is not None]

    def clear_errors(self) -> None:
        clear_tab_errors(self.tabs, self.tab_pages())

    def show_domain_error(self, exc: BaseException) -> None:
        """Field errors under their fields, every tab with one marked and the first brought forward;
        others on top of the first tab."""
        self.clear_errors()
        if not isinstance(exc, ValidationError):
            if isinstance(exc, DomainError):
                self.general.show_form_error(exc.message)
                self.tabs.setCurrentIndex(0)
            else:
                show_error(self, exc)
            return
        leftovers = show_errors_on_tabs(self.tabs, self.tab_pages(), exc.errors)
        if leftovers:
            self.general.show_form_error("\n".join(message_text(m) for m in leftovers.values()))
            if not any(form.has_errors() for form in self.forms[1:]):
                self.tabs.setCurrentIndex(0)

    # ---- e-mail connection test -----------------------------------------------------------------
    def test_connection(self) -> ConnectionReport | None:
        """IMAP then SMTP with what the form holds, on a worker thread; the result shows below."""
        settings, secrets = self.settings_value(), self.secrets_value()
        source_id = self.detail.id if self.detail else None
        service = self.session.sources
        dialog = ProgressDialog(
            self.tr("Test connection"),
            self.tr("Connecting to the IMAP and SMTP servers…"),
            lambda _token, _report: service.test_email_settings(settings, secrets, source_id),
            self,
        )
        self.connection.clear_errors()
        ok = dialog.run()
        dialog.deleteLater()
        if not ok:
            if dialog.error is not None:
                self.show_domain_error(dialog.error)
            return None
        report: ConnectionReport = dialog.result_value
        self.last_report = report
        lines = report_lines(report)
        verdict = (
            self.tr("The connection works.") if report.ok else self.tr("The connection does not work yet.")
        )
        self.result_label.setText("\n".join([verdict, *lines]))
        self.result_label.setProperty("ok", "true" if report.ok else "false")
        self.result_label.setStyleSheet(f"color: {'#1E7F4F' if report.ok else '#C9372C'};")
        return report
