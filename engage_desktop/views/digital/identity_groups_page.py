"""Digital › Identity groups: customer profiles, searched at 1M rows, with the selected profile's
identities, tags, custom field values and notes beside the list."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from engage_desktop.services.app_session import AppSession
from engage_desktop.services.core.errors import DomainError
from engage_desktop.services.digital.identity_groups import GroupRow, IdentityGroupDetail
from engage_desktop.views.digital.identity_group_detail import IdentityGroupDetailPanel
from engage_desktop.views.widgets.error_display import show_error
from engage_desktop.views.widgets.list_panel import RIGHT, Column, FilterSpec, ListPanel


class IdentityGroupsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.session = session
        self._shown_once = False
        service = session.identity_groups
        columns = [
            Column("name", self.tr("Customer"), lambda r: r.name, width=200),
            Column("company", self.tr("Company"), lambda r: r.company, sortable=False, width=140),
            Column("email", self.tr("E-mail"), lambda r: r.email, sortable=False, width=210),
            Column(
                "identities",
                self.tr("Identities"),
                lambda r: r.identity_count,
                sortable=False,
                alignment=RIGHT,
                width=90,
            ),
            Column("tags", self.tr("Tags"), lambda r: ", ".join(r.tags), sortable=False, width=160),
            Column("updated_at", self.tr("Updated"), lambda r: r.updated_at),
        ]
        self.panel = ListPanel(
            self.tr("Identity groups"),
            columns,
            service.count_identity_groups,
            None,
            fetch_after=lambda query, after, limit: service.list_identity_groups(
                query, 0, limit, after_id=after
            ),
            count_text=self._count_text,
            search_placeholder=self.tr("Search names, companies, e-mails, phones"),
            filters=[FilterSpec("tag_id", self.tr("Tag"), self._tag_choices())],
            empty_title=self.tr("No customer profiles yet"),
            empty_message=self.tr("A profile gathers one customer's identities across communities."),
            sort="name",
        )
        self.detail_panel = IdentityGroupDetailPanel(session)
        self.detail_panel.setMinimumWidth(380)
        self.detail_panel.changed.connect(self._after_change)
        self.panel.selectionChanged.connect(self._show_current)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 12, 16, 12)
        holder_layout.addWidget(self.detail_panel)
        splitter.addWidget(holder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _count_text(self, n: int) -> str:
        return self.tr("%Ln customer(s)", "", n)

    def _tag_choices(self) -> list[tuple[str, object]]:
        choices: list[tuple[str, object]] = [(self.tr("All tags"), None)]
        with contextlib.suppress(DomainError):  # a role reading profiles but not tags: no tag filter
            choices += [(t.name, t.id) for t in self.session.tags.tag_choices()]
        return choices

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_once:
            self.panel.set_filter_choices("tag_id", self._tag_choices())  # the list refreshes itself
        self._shown_once = True
        super().showEvent(event)

    def _show_current(self) -> None:
        row: GroupRow | None = self.panel.current_row()
        if row is None:
            self.detail_panel.show_group(None)
            return
        try:
            self.detail_panel.show_group(self.session.identity_groups.get_identity_group(row.id))
        except DomainError as exc:
            show_error(self, exc)
            self.panel.refresh()

    def _after_change(self, detail: IdentityGroupDetail) -> None:
        self.panel.refresh()
        self.panel.select_key_when_loaded(detail.id)
