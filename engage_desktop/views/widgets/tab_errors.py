"""Field errors on a form split over tabs: every tab holding one is marked, the first comes forward.

A message under a field on a tab nobody looks at is a message nobody reads: the user editor and the
channel form both place a service's `ValidationError` through here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget

from engage_desktop.views.widgets.form import FormWidget
from engage_desktop.views.widgets.icons import icon
from engage_desktop.views.widgets.theme import Palette

TabForms = Sequence[tuple[QWidget, FormWidget]]  # each tab's page and the form on it


def show_errors_on_tabs(tabs: QTabWidget, pages: TabForms, errors: Mapping[str, str]) -> dict[str, str]:
    """Each error under its field; an alert on each tab with one; the first such tab shown, its
    first bad field focused. Returns the errors no tab has a field for (for the form's top)."""
    first: FormWidget | None = None
    placed: set[str] = set()
    for page, form in pages:
        mine = {name: message for name, message in errors.items() if name in form.field_names()}
        if not mine:
            continue
        form.show_errors(mine)
        placed.update(mine)
        mark_tab_error(tabs, page, True)
        if first is None:
            first = form
            tabs.setCurrentWidget(page)
    if first is not None:
        _focus_first_error(first)
    return {name: message for name, message in errors.items() if name not in placed}


def mark_tab_error(tabs: QTabWidget, page: QWidget, marked: bool) -> None:
    index = tabs.indexOf(page)
    tabs.setTabIcon(index, icon("alert", Palette.ERROR) if marked else QIcon())
    tabs.setTabToolTip(
        index, QCoreApplication.translate("TabErrors", "This tab has fields to correct") if marked else ""
    )


def clear_tab_errors(tabs: QTabWidget, pages: TabForms) -> None:
    for page, form in pages:
        form.clear_errors()
        mark_tab_error(tabs, page, False)


def has_error_mark(tabs: QTabWidget, page: QWidget) -> bool:
    return not tabs.tabIcon(tabs.indexOf(page)).isNull()


def _focus_first_error(form: FormWidget) -> None:
    """Once its tab is shown: focusing a field on a hidden tab does nothing."""
    for name in form.field_names():
        if form.error_label(name).text():
            field = form.field(name)
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
            return
