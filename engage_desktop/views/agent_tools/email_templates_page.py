"""Agent tools › E-mail templates: the list, and the editor — name, subject, HTML and text bodies,
placeholders inserted from a menu, the channels using it, and a preview filled with sample data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engage_desktop.services.agent_tools.email_templates import PLACEHOLDERS, TemplateForm, TemplateRow
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError, ValidationError
from engage_desktop.views.channels.channel_widgets import CheckList
from engage_desktop.views.widgets.confirm_dialog import confirm_destructive
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.list_panel import RIGHT, Column, ListPanel, Selection
from engage_desktop.views.widgets.messages import message_text
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.versioned_save import save_with_version


class TemplateEditorDialog(FormDialog):
    PREVIEW_DELAY_MS = 250

    def __init__(self, session: AppSession, template_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.service = session.email_templates
        self.template_id = template_id
        self.version: int | None = None
        resize_within_screen(self, 1040, 700)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateNameEdit")
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("templateSubjectEdit")
        self.html_edit = QPlainTextEdit()
        self.html_edit.setObjectName("templateHtmlEdit")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("templateTextEdit")
        self.sources_list = CheckList(visible_rows=3)
        self.sources_list.setObjectName("templateSourcesList")
        try:
            self.sources_list.set_choices(self.service.source_choices())
        except DomainError as exc:
            self.form.show_form_error(exc.message)
        for widget, name in (
            (self.name_edit, self.tr("Name")),
            (self.subject_edit, self.tr("Subject")),
            (self.html_edit, self.tr("HTML body")),
            (self.text_edit, self.tr("Text body")),
            (self.sources_list, self.tr("Channels using this template")),
        ):
            widget.setAccessibleName(name)
        self.insert_button = QToolButton()
        self.insert_button.setObjectName("insertPlaceholderButton")
        self.insert_button.setText(self.tr("Insert placeholder"))
        self.insert_button.setAccessibleName(self.tr("Insert placeholder"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.placeholder_menu = QMenu(self.insert_button)
        for name, (label, _sample) in PLACEHOLDERS.items():
            action = QAction(QCoreApplication.translate("EmailTemplates", label), self.placeholder_menu)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.insert_placeholder(n))
            self.placeholder_menu.addAction(action)
        self.insert_button.setMenu(self.placeholder_menu)
        self._target: QLineEdit | QPlainTextEdit = self.html_edit
        for widget in (self.subject_edit, self.html_edit, self.text_edit):
            widget.installEventFilter(self)

        form = self.form
        form.add_field("name", self.tr("Name"), self.name_edit)
        form.add_field("subject", self.tr("Subject"), self.subject_edit)
        form.add_field("source_ids", self.tr("Channels"), self.sources_list)
        bodies = QTabWidget()
        bodies.setObjectName("templateBodies")
        bodies.addTab(self.html_edit, self.tr("HTML"))
        bodies.addTab(self.text_edit, self.tr("Text"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview with sample data"))
        self.preview.setOpenLinks(False)
        self.preview_text = QTextBrowser()
        self.preview_text.setObjectName("templatePreviewText")
        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("templatePreviewSubject")
        self.preview_error = QLabel()
        self.preview_error.setObjectName("fieldError")
        self.preview_error.setWordWrap(True)
        self.preview_error.hide()
        previews = QTabWidget()
        previews.addTab(self.preview, self.tr("HTML preview"))
        previews.addTab(self.preview_text, self.tr("Text preview"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_subject)
        right_layout.addWidget(previews, 1)
        right_layout.addWidget(self.preview_error)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.insert_button)
        left_layout.addWidget(bodies, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        self.add_widget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.subject_edit.textChanged, self.html_edit.textChanged, self.text_edit.textChanged):
            signal.connect(self._timer.start)
        self.setWindowTitle(
            self.tr("New e-mail template") if template_id is None else self.tr("Edit e-mail template")
        )
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remembers which of subject and bodies was focused last: the menu inserts there."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._target = watched
        return False

    def insert_placeholder(self, name: str) -> None:
        """Into the subject or body last focused (the HTML body first)."""
        text = "{{" + name + "}}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(text)
        else:
            self._target.insertPlainText(text)
        self._target.setFocus()

    def reload(self) -> None:
        if self.template_id is None:
            self.update_preview()
            return
        try:
            detail = self.service.get_template(self.template_id)
        except DomainError as exc:
            self.form.show_form_error(exc.message)
            return
        self.version = detail.version
        self.name_edit.setText(detail.form.name)
        self.subject_edit.setText(detail.form.subject)
        self.html_edit.setPlainText(detail.form.body_html)
        self.text_edit.setPlainText(detail.form.body_text)
        self.sources_list.set_checked(detail.form.source_ids)
        self.update_preview()

    def current_form(self) -> TemplateForm:
        return TemplateForm(
            self.name_edit.text(),
            self.subject_edit.text(),
            self.html_edit.toPlainText(),
            self.text_edit.toPlainText(),
            tuple(self.sources_list.checked_values()),
        )

    def update_preview(self) -> None:
        try:
            rendered = self.service.preview(self.current_form())
        except ValidationError as exc:
            self.preview_error.setText("\n".join(message_text(m) for m in exc.errors.values()))
            self.preview_error.show()
            return
        except DomainError as exc:
            self.preview_error.setText(message_text(exc.message))
            self.preview_error.show()
            return
        self.preview_error.hide()
        self.preview_subject.setText(self.tr("Subject: %1").replace("%1", rendered.subject))
        self.preview.setHtml(rendered.html)
        self.preview_text.setPlainText(rendered.text)

    def save(self) -> bool:
        form, service = self.current_form(), self.service
        if self.template_id is None:
            return self.submit(lambda: service.create_template(form)) is not None
        template_id = self.template_id
        saved = save_with_version(
            self,
            self.submit,
            lambda version: service.update_template(template_id, form, version=version),
            self.version,
            {"name": self.tr("Name"), "subject": self.tr("Subject"), "body_html": self.tr("HTML body")},
            self.reload,
        )
        return saved is not None


class EmailTemplatesPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        service = session.email_templates
        columns = [
            Column("name", self.tr("Name"), lambda r: r.name, width=240),
            Column("subject", self.tr("Subject"), lambda r: r.subject, sortable=False, width=320),
            Column(
                "source_count", self.tr("Channels"), lambda r: r.source_count, sortable=False, alignment=RIGHT
            ),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = panel = ListPanel(
            self.tr("E-mail templates"),
            columns,
            service.count_templates,
            service.list_templates,
            count_text=lambda n: self.tr("%Ln template(s)", "", n),
            search_placeholder=self.tr("Search templates by name"),
            empty_title=self.tr("No template yet"),
            empty_message=self.tr(
                "Templates frame the e-mails agents send: greeting, signature, quoted message."
            ),
            sort="name",
        )
        self.new_button = panel.add_action(
            self.tr("New template"), self.new_template, object_name="newTemplateButton", variant="primary"
        )
        self.edit_button = panel.add_action(
            self.tr("Edit"), self.edit_selected, selection=Selection.ONE, object_name="editTemplateButton"
        )
        self.delete_button = panel.add_action(
            self.tr("Delete"),
            self.delete_selected,
            selection=Selection.ONE,
            object_name="deleteTemplateButton",
            variant="danger",
        )
        panel.set_empty_action(self.tr("New template"), self.new_template)
        panel.opened.connect(lambda row: self.open_template(row.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)

    @property
    def editor(self) -> QDialog | None:
        return self.panel.active_dialog

    def new_template(self) -> None:
        self.panel.open_dialog(lambda: TemplateEditorDialog(self.session, None, self))

    def edit_selected(self) -> None:
        row: TemplateRow | None = self.panel.current_row()
        if row is not None:
            self.open_template(row.id)

    def open_template(self, template_id: int) -> None:
        self.panel.open_dialog(lambda: TemplateEditorDialog(self.session, template_id, self))

    def delete_selected(self) -> None:
        row: TemplateRow | None = self.panel.current_row()
        if row is not None and confirm_destructive(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”?").replace("%1", row.name),
            self.tr("Delete template"),
            self.tr("Channels using it fall back to no template."),
        ):
            self.panel.run(lambda: self.session.email_templates.delete_template(row.id))
