"""The editor of an existing content source: its tabbed form in an editor dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.channels.channel_widgets import type_icon
from engage_desktop.views.channels.source_form import SourceFormWidget
from engage_desktop.views.widgets.form import FormDialog


class SourceEditorDialog(FormDialog):
    """Raises DomainError from the constructor when the source cannot be read (the caller shows it).
    Read-only without update_content_source."""

    def __init__(self, session: AppSession, source_id: int, parent: QWidget | None = None) -> None:
        detail = session.sources.get_source(source_id)
        super().__init__(parent, read_only=not session.can(Permission.UPDATE_CONTENT_SOURCE))
        self.setObjectName("sourceEditor")
        self.session = session
        self.source_id = source_id
        self.setWindowTitle(self.tr("Edit channel “%1”").replace("%1", detail.name))
        self.setWindowIcon(type_icon(detail.type))
        # The source form has one FormWidget per tab (errors go to the right tab); the dialog's own
        # single form stays empty.
        self.form.hide()
        self.source_form = SourceFormWidget(session, detail.type, detail, parent=self)
        self.add_widget(self.source_form, 1)
        self.resize(720, 760)

    def save(self) -> bool:
        if self.read_only:
            self.reject()
            return False
        form = self.source_form
        try:
            detail = self.session.sources.update_source(
                self.source_id, form.form_value(), form.secrets_value()
            )
        except DomainError as exc:
            form.show_domain_error(exc)
            return False
        self.saved_object = detail
        self.saved.emit(detail)
        self.accept()
        return True
