"""The editor of an existing content source: its form in a dialog, saved through the service."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.content_sources import SourceDetail
from engage_desktop.services.errors import DomainError
from engage_desktop.services.permissions import Permission
from engage_desktop.views.channel_widgets import editor_buttons, type_icon
from engage_desktop.views.source_form import SourceFormWidget


class SourceEditorDialog(QDialog):
    """Raises DomainError from the constructor when the source cannot be read (the caller shows it).
    Read-only without update_content_source."""

    saved = Signal(object)  # SourceDetail

    def __init__(self, session: AppSession, source_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEditor")
        self.session = session
        self.source_id = source_id
        self.saved_source: SourceDetail | None = None
        detail = session.sources.get_source(source_id)
        self.read_only = not session.can(Permission.UPDATE_CONTENT_SOURCE)
        self.setWindowTitle(self.tr("Edit channel “%1”").replace("%1", detail.name))
        self.setWindowIcon(type_icon(detail.type))
        self.form = SourceFormWidget(session, detail.type, detail, parent=self)
        buttons, self.save_button = editor_buttons(self, self.read_only, self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self.resize(720, 760)

    def save(self) -> bool:
        if self.read_only:
            self.reject()
            return False
        try:
            detail = self.session.sources.update_source(
                self.source_id, self.form.form_value(), self.form.secrets_value()
            )
        except DomainError as exc:
            self.form.show_domain_error(exc)
            return False
        self.saved_source = detail
        self.saved.emit(detail)
        self.accept()
        return True
