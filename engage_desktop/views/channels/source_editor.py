"""The editor of an existing content source: its tabbed form in an editor dialog.

The editor keeps the version it loaded; a save over a newer one asks the user (keep mine / take
theirs, see versioned_save.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from engage_desktop.services.access.permissions import Permission
from engage_desktop.services.app_session import AppSession
from engage_desktop.services.channels.sources import SourceDetail
from engage_desktop.services.core.errors import DomainError
from engage_desktop.views.channels.channel_widgets import type_icon
from engage_desktop.views.channels.source_form import SourceFormWidget
from engage_desktop.views.widgets.form import FormDialog
from engage_desktop.views.widgets.screen_room import resize_within_screen
from engage_desktop.views.widgets.versioned_save import save_with_version

T = TypeVar("T")


class SourceEditorDialog(FormDialog):
    """Raises DomainError from the constructor when the source cannot be read (the caller shows it).
    Read-only without update_content_source."""

    def __init__(self, session: AppSession, source_id: int, parent: QWidget | None = None) -> None:
        detail = session.sources.get_source(source_id)
        super().__init__(parent, read_only=not session.can(Permission.UPDATE_CONTENT_SOURCE))
        self.setObjectName("sourceEditor")
        self.session = session
        self.source_id = source_id
        self.version = detail.version
        self.setWindowTitle(self.tr("Edit channel “%1”").replace("%1", detail.name))
        self.setWindowIcon(type_icon(detail.type))
        # The source form has one FormWidget per tab (errors go to the right tab); the dialog's own
        # single form stays empty.
        self.form.hide()
        self.source_form = SourceFormWidget(session, detail.type, detail, parent=self)
        self.add_widget(self.source_form, 1)
        resize_within_screen(self, 720, 760)

    def save(self) -> bool:
        if self.read_only:
            self.reject()
            return False
        form, service, source_id = self.source_form, self.session.sources, self.source_id
        values, secrets = form.form_value(), form.secrets_value()
        detail = save_with_version(
            self,
            self._submit,
            lambda version: service.update_source(source_id, values, secrets, version=version),
            self.version,
            form.field_labels(),
            self.reload,
        )
        if detail is None:
            return False
        self.saved_object = detail
        self.saved.emit(detail)
        self.accept()
        return True

    def _submit(self, action: Callable[[], T | None]) -> T | None:
        self.source_form.clear_errors()
        try:
            return action()
        except DomainError as exc:
            self.source_form.show_domain_error(exc)
            return None

    def reload(self) -> None:
        """Take theirs: a fresh form with the channel as saved now (on the same tab)."""
        try:
            detail: SourceDetail = self.session.sources.get_source(self.source_id)
        except DomainError as exc:
            self.source_form.show_domain_error(exc)
            return
        old = self.source_form
        tab = old.tabs.currentIndex()
        self.version = detail.version
        self.source_form = SourceFormWidget(self.session, detail.type, detail, parent=self)
        self.body.replaceWidget(old, self.source_form)
        old.hide()
        old.deleteLater()
        self.source_form.tabs.setCurrentIndex(tab)
